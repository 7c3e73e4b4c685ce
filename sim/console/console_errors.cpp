#include "console_errors.h"

namespace vtd::sim::console {

namespace {
const QString &pixHelpHint()
{
    static const QString hint = QStringLiteral("Type help or '?' for a list of available commands.\n");
    return hint;
}
} // namespace

QString commentReply(Platform platform)
{
    return platform == Platform::Pix ? pixHelpHint() : QString();
}

QString errorReply(Platform platform, const CommandRegistry::Match &match, const QString &line,
                   int caretColumn)
{
    using Kind = CommandRegistry::Match::Kind;
    if (match.kind == Kind::NotSimulated)
        return QStringLiteral("% Not simulated: ") + match.keywords + QLatin1Char('\n');
    if (platform == Platform::Pix)
        return pixHelpHint();
    switch (match.kind) {
    case Kind::Ambiguous:
        return QStringLiteral("% Ambiguous command:  \"") + line.trimmed() + QStringLiteral("\"\n");
    case Kind::Incomplete:
        return QStringLiteral("% Incomplete command.\n");
    default:
        return QString(caretColumn, QLatin1Char(' ')) + QStringLiteral("^\n")
               + QStringLiteral("% Invalid input detected at '^' marker.\n");
    }
}

QString configErrorReply(Platform platform)
{
    if (platform == Platform::Pix)
        return pixHelpHint();
    return QStringLiteral("% Invalid input detected at '^' marker.\n");
}

} // namespace vtd::sim::console
