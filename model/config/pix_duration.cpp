#include "pix_duration.h"

#include <QStringList>

namespace vtd::model {

std::optional<HmsDuration> HmsDuration::parse(const QString &text)
{
    const QStringList parts = text.split(u':');
    if (parts.size() < 2 || parts.size() > 3)
        return std::nullopt;
    int values[3] = {0, 0, 0};
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        if (part.isEmpty() || part.size() > 4)
            return std::nullopt;
        for (const QChar c : part) {
            if (!c.isDigit() || c.unicode() > 127)
                return std::nullopt;
        }
        values[i] = part.toInt();
        if (i > 0 && values[i] > 59)
            return std::nullopt;
    }
    return HmsDuration{values[0] * 3600 + values[1] * 60 + values[2]};
}

QString HmsDuration::toString() const
{
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace vtd::model
