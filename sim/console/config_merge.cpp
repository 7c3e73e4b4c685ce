#include "config_merge.h"

#include "device_state.h"
#include "ios_config_merge.h"
#include "merge_helpers.h"
#include "pix_config_merge.h"

namespace vtd::sim::console {

MergeResult mergeConfigLine(const DeviceState &device, const QString &line)
{
    if (device.platform() == Platform::Pix)
        return mergePixLine(device.pixConfig(), line);
    return mergeIosLine(device.iosConfig(), line);
}

model::Diagnostic nothingToRemove(const QString &line)
{
    model::Diagnostic diagnostic;
    diagnostic.severity = model::Severity::Warning;
    diagnostic.code = QStringLiteral("console.nothing-to-remove");
    diagnostic.params = {{QStringLiteral("line"), line.trimmed()}};
    return diagnostic;
}

bool refuses(model::Diagnostics &diagnostics)
{
    bool refused = false;
    for (model::Diagnostic &diagnostic : diagnostics) {
        if (diagnostic.severity == model::Severity::Error || diagnostic.code.endsWith(QLatin1String(".unknown-command"))
            || diagnostic.code.endsWith(QLatin1String(".ambiguous"))) {
            diagnostic.severity = model::Severity::Error;
            refused = true;
        }
    }
    return refused;
}

bool startsWithWords(const QString &statement, const QString &prefix)
{
    const QString a = statement.simplified();
    const QString b = prefix.simplified();
    return a.compare(b, Qt::CaseInsensitive) == 0
           || a.startsWith(b + QLatin1Char(' '), Qt::CaseInsensitive);
}

std::optional<QString> negatedRest(const QString &line)
{
    const QString trimmed = line.trimmed();
    if (trimmed.size() > 3 && trimmed.startsWith(QLatin1String("no "), Qt::CaseInsensitive))
        return trimmed.mid(3).trimmed();
    return std::nullopt;
}

} // namespace vtd::sim::console
