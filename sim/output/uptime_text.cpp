#include "uptime_text.h"

#include <QStringList>

#include <array>

namespace vtd::sim::output {

namespace {

struct Unit
{
    std::int64_t seconds;
    const char *singular;
    const char *plural;
};

QString count(std::int64_t value, const Unit &unit)
{
    return QStringLiteral("%1 %2").arg(value).arg(QLatin1String(value == 1 ? unit.singular : unit.plural));
}

} // namespace

QString pixUptimeText(std::int64_t uptimeMs)
{
    static constexpr std::array<Unit, 4> units{{
        {86400, "day", "days"}, {3600, "hour", "hours"}, {60, "min", "mins"}, {1, "sec", "secs"}}};
    std::int64_t rest = uptimeMs < 0 ? 0 : uptimeMs / 1000;
    std::size_t first = units.size() - 1;
    for (std::size_t i = 0; i < units.size(); ++i) {
        if (rest >= units[i].seconds) {
            first = i;
            break;
        }
    }
    QStringList parts;
    for (std::size_t i = first; i < units.size() && parts.size() < 2; ++i) {
        const std::int64_t value = i == 0 ? rest / units[i].seconds : rest % units[i - 1].seconds / units[i].seconds;
        parts << count(value, units[i]);
    }
    return parts.join(u' ');
}

QString iosUptimeText(std::int64_t uptimeMs)
{
    static constexpr std::array<Unit, 5> units{{{365 * 86400, "year", "years"},
                                                {7 * 86400, "week", "weeks"},
                                                {86400, "day", "days"},
                                                {3600, "hour", "hours"},
                                                {60, "minute", "minutes"}}};
    std::int64_t rest = uptimeMs < 0 ? 0 : uptimeMs / 1000;
    QStringList parts;
    for (std::size_t i = 0; i < units.size(); ++i) {
        const std::int64_t value = rest / units[i].seconds;
        rest %= units[i].seconds;
        if (value > 0 || !parts.isEmpty() || i + 1 == units.size())
            parts << count(value, units[i]);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace vtd::sim::output
