#include "pix_edit.h"

#include "value_sources.h"

#include "generators/pix62/pix62_format.h"
#include "generators/pix62/pix62_order.h"
#include "generators/pix62/pix62_parser.h"

#include <QCoreApplication>

#include <algorithm>

namespace vtd::app::pixedit {

using namespace model;

template<class T>
std::optional<T> parseAs(const PixConfig &config, const QString &line, QString *error)
{
    const gen::pix62::PixLineParseResult parsed = gen::pix62::parsePixLine(line, config.version());
    for (const Diagnostic &d : parsed.diagnostics) {
        if (d.severity != Severity::Note) {
            *error = translatedDiagnostic(d);
            return std::nullopt;
        }
    }
    if (const T *typed = std::get_if<T>(&parsed.command))
        return *typed;
    *error = QCoreApplication::translate("Inspector", "The PIX does not read \"%1\".").arg(line);
    return std::nullopt;
}

// The statement types the tables read this way.
template std::optional<AccessListCmd> parseAs(const PixConfig &, const QString &, QString *);
template std::optional<GlobalCmd> parseAs(const PixConfig &, const QString &, QString *);
template std::optional<StaticCmd> parseAs(const PixConfig &, const QString &, QString *);
template std::optional<NatCmd> parseAs(const PixConfig &, const QString &, QString *);
template std::optional<IsakmpPolicyCmd> parseAs(const PixConfig &, const QString &, QString *);
template std::optional<TransformSetCmd> parseAs(const PixConfig &, const QString &, QString *);
template std::optional<CryptoMapEntryCmd> parseAs(const PixConfig &, const QString &, QString *);
template std::optional<DynamicMapEntryCmd> parseAs(const PixConfig &, const QString &, QString *);
template std::optional<VpngroupCmd> parseAs(const PixConfig &, const QString &, QString *);
template std::optional<IpLocalPoolCmd> parseAs(const PixConfig &, const QString &, QString *);

QString format(const PixCommand &command)
{
    return gen::pix62::formatCommand(command, gen::pix62::SecretMode::Revealed);
}

QString wordsAfter(const QString &line, int skip)
{
    return line.split(u' ', Qt::SkipEmptyParts).mid(skip).join(u' ');
}

void insert(PixConfig &config, const PixCommand &command)
{
    gen::pix62::insertCanonical(config, command);
}

void replaceWhere(PixConfig &config, const std::function<bool(const PixCommand &)> &same,
                  const std::optional<PixCommand> &replacement)
{
    bool placed = false;
    for (qsizetype i = 0; i < config.statements.size();) {
        if (!same(config.statements.at(i))) {
            ++i;
        } else if (replacement && !placed) {
            config.statements[i++] = *replacement;
            placed = true;
        } else {
            config.statements.removeAt(i);
        }
    }
    if (replacement && !placed)
        insert(config, *replacement);
}

namespace {

template<class T>
void renameField(T &command, const QString &from, const QString &to)
{
    if constexpr (requires { command.ifName; }) {
        if (command.ifName == from)
            command.ifName = to;
    }
    if constexpr (requires { command.realIf; }) {
        if (command.realIf == from)
            command.realIf = to;
        if (command.mappedIf == from)
            command.mappedIf = to;
    }
}

} // namespace

void renameInterface(PixConfig &config, const QString &from, const QString &to)
{
    for (PixCommand &statement : config.statements)
        std::visit([&](auto &command) { renameField(command, from, to); }, statement);
}

QString someInterface(const PixConfig &config)
{
    const QList<PixInterface> interfaces = config.interfaces();
    for (const PixInterface &i : interfaces) {
        if (i.name == QLatin1String("outside"))
            return i.name;
    }
    for (const PixInterface &i : interfaces) {
        if (!i.name.isEmpty())
            return i.name;
    }
    return QStringLiteral("outside");
}

int nextNumber(const QList<int> &used)
{
    if (used.isEmpty())
        return 10;
    return (*std::max_element(used.begin(), used.end()) / 10 + 1) * 10;
}

} // namespace vtd::app::pixedit
