#include "diagnostic_catalog.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vtd::model {

namespace {

struct CatalogEntry
{
    const char *code;
    const char *text;
};

// The one table of diagnostic codes. Codes are stable identifiers ("area.what"): scripts and
// the JSON run summary rely on them. Texts are English templates with {named} parameters;
// the GUI translates them in the "Diagnostics" context.
constexpr CatalogEntry kCatalog[] = {
    // Project files (model/io)
    {"io.cannot-read", QT_TRANSLATE_NOOP("Diagnostics", "cannot read the file: {reason}")},
    {"io.cannot-write", QT_TRANSLATE_NOOP("Diagnostics", "cannot write the file: {reason}; the previous file is unchanged")},
    {"project.not-json", QT_TRANSLATE_NOOP("Diagnostics", "not a valid JSON document: {reason} (column {column})")},
    {"project.truncated", QT_TRANSLATE_NOOP("Diagnostics", "the file ends too early; it was probably cut off while being written or copied")},
    {"project.not-a-project", QT_TRANSLATE_NOOP("Diagnostics", "not a VPN Topology Designer project: {reason}")},
    {"project.newer-schema", QT_TRANSLATE_NOOP("Diagnostics", "the project uses schema version {found}, newer than this program's {supported}; open it with a newer version of the program")},
    {"project.bad-schema", QT_TRANSLATE_NOOP("Diagnostics", "{path}: \"{value}\" is not a valid schema version")},
    {"project.missing-field", QT_TRANSLATE_NOOP("Diagnostics", "{path}: required field is missing")},
    {"project.wrong-type", QT_TRANSLATE_NOOP("Diagnostics", "{path}: expected {expected}")},
    {"project.unknown-kind", QT_TRANSLATE_NOOP("Diagnostics", "{path}: unknown node kind \"{value}\"")},
    {"project.unknown-hardware", QT_TRANSLATE_NOOP("Diagnostics", "{path}: unknown hardware model \"{value}\"")},
    {"project.hardware-kind-mismatch", QT_TRANSLATE_NOOP("Diagnostics", "{path}: hardware model \"{value}\" is not a {kind}")},
    {"project.empty-name", QT_TRANSLATE_NOOP("Diagnostics", "{path}: a node needs a name")},
    {"project.duplicate-name", QT_TRANSLATE_NOOP("Diagnostics", "{path}: the node name \"{value}\" is already used at {first}")},
    {"project.bad-address", QT_TRANSLATE_NOOP("Diagnostics", "{path}: \"{value}\" is not an IPv4 address")},
    {"project.bad-mask", QT_TRANSLATE_NOOP("Diagnostics", "{path}: \"{value}\" is not a contiguous netmask")},
    {"project.bad-mac", QT_TRANSLATE_NOOP("Diagnostics", "{path}: \"{value}\" is not a MAC address in Cisco form (0002.b945.9ff1)")},
    {"project.unknown-node", QT_TRANSLATE_NOOP("Diagnostics", "{path}: no node is named \"{value}\"")},
    {"project.missing-interface", QT_TRANSLATE_NOOP("Diagnostics", "{path}: node \"{node}\" has no interface \"{value}\"")},
    {"project.interface-needed", QT_TRANSLATE_NOOP("Diagnostics", "{path}: a link to \"{node}\" must name one of its interfaces")},
    {"project.segment-interface", QT_TRANSLATE_NOOP("Diagnostics", "{path}: \"{node}\" is a LAN segment and has no interface \"{value}\"")},
    {"project.interface-in-use", QT_TRANSLATE_NOOP("Diagnostics", "{path}: interface {value} of \"{node}\" is already linked at {first}")},
    {"project.bad-link", QT_TRANSLATE_NOOP("Diagnostics", "{path}: {reason}")},
    {"project.duplicate-scenario", QT_TRANSLATE_NOOP("Diagnostics", "{path}: the scenario name \"{value}\" is already used at {first}")},
};

QString substitute(QString text, const QMap<QString, QString> &params)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    QString result;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        result += QStringView(text).mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        result += params.contains(name) ? params.value(name) : match.captured(0);
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

} // namespace

const char *diagnosticTemplate(const QString &code)
{
    for (const CatalogEntry &entry : kCatalog) {
        if (code == QLatin1String(entry.code))
            return entry.text;
    }
    return nullptr;
}

QStringList diagnosticCodes()
{
    QStringList codes;
    for (const CatalogEntry &entry : kCatalog)
        codes << QString::fromLatin1(entry.code);
    return codes;
}

QString diagnosticMessage(const Diagnostic &d, const TemplateTranslator &translate)
{
    const char *english = diagnosticTemplate(d.code);
    if (!english) {
        // An unknown code is a programming error; still show everything we know.
        QStringList parts;
        for (auto it = d.params.begin(); it != d.params.end(); ++it)
            parts << it.key() + u'=' + it.value();
        return parts.join(QStringLiteral(", "));
    }
    const QString text = translate ? translate(english) : QString::fromUtf8(english);
    return substitute(text, d.params);
}

QString diagnosticLine(const Diagnostic &d, const TemplateTranslator &translate)
{
    QString where;
    if (!d.file.isEmpty())
        where = d.line > 0 ? QStringLiteral("%1:%2").arg(d.file).arg(d.line) : d.file;
    else
        where = d.node;
    QString line = where.isEmpty() ? QString() : where + QStringLiteral(": ");
    line += severityId(d.severity) + QStringLiteral(": ") + diagnosticMessage(d, translate);
    line += QStringLiteral(" [") + d.code + u']';
    return line;
}

} // namespace vtd::model
