#include "ios_edit.h"

#include "value_sources.h"

#include "generators/ios122/ios122_parser.h"

#include <QCoreApplication>

namespace vtd::app::iosedit {

using namespace model;

template<class T>
std::optional<T> parseAs(const QString &text, QString *error)
{
    // A snippet, not a whole configuration: it ends without `end` on purpose.
    const gen::ios122::IosParseResult parsed = gen::ios122::parseIosConfig(text + QStringLiteral("\nend\n"));
    for (const Diagnostic &d : parsed.diagnostics) {
        if (d.severity != Severity::Note) {
            *error = translatedDiagnostic(d);
            return std::nullopt;
        }
    }
    for (const IosStatement &s : parsed.config.statements) {
        if (const T *typed = std::get_if<T>(&s))
            return *typed;
    }
    *error = QCoreApplication::translate("Inspector", "The router does not read \"%1\".").arg(text.simplified());
    return std::nullopt;
}

template std::optional<IosAccessList> parseAs(const QString &, QString *);
template std::optional<IosIsakmpPolicy> parseAs(const QString &, QString *);
template std::optional<IosTransformSet> parseAs(const QString &, QString *);

void insert(IosConfig &config, const IosStatement &statement)
{
    qsizetype at = -1;
    for (qsizetype i = 0; i < config.statements.size(); ++i) {
        if (config.statements.at(i).index() == statement.index())
            at = i + 1;
    }
    if (at < 0) {
        at = config.statements.size();
        for (qsizetype i = 0; i < config.statements.size(); ++i) {
            if (std::holds_alternative<IosEnd>(config.statements.at(i))) {
                at = i;
                break;
            }
        }
    }
    config.statements.insert(at, statement);
}

QString someInterface(const IosConfig &config)
{
    const auto interfaces = config.interfaces();
    return interfaces.isEmpty() ? QStringLiteral("Ethernet0") : interfaces.first()->name;
}

} // namespace vtd::app::iosedit
