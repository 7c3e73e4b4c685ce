#include "diagnostic.h"

#include <algorithm>

namespace vtd::model {

QString severityId(Severity severity)
{
    switch (severity) {
    case Severity::Note:
        return QStringLiteral("note");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::ranges::any_of(diagnostics,
                               [](const Diagnostic &d) { return d.severity == Severity::Error; });
}

} // namespace vtd::model
