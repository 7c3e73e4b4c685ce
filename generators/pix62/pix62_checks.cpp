#include "pix62_checks.h"

#include "pix62_names.h"

#include <QRegularExpression>

namespace vtd::gen::pix62 {

using namespace model;

namespace {

struct NewerFeature
{
    QString feature;
    Severity severity = Severity::Error;
};

std::optional<NewerFeature> mapLineFeature(const MapEntryLine &line)
{
    const auto *pfs = std::get_if<MapSetPfs>(&line);
    if (pfs && pfs->group == DhGroup::Group5)
        return NewerFeature{QStringLiteral("set pfs group5")};
    return std::nullopt;
}

/** What of a statement needs PIX 6.3 (Cisco PIX 6.3 release notes). */
std::optional<NewerFeature> newerFeature(const PixCommand &command)
{
    if (const auto *p = std::get_if<IsakmpPolicyCmd>(&command)) {
        if (const auto *e = std::get_if<IkeEncryption>(&p->attribute); e && isAes(*e))
            return NewerFeature{QStringLiteral("encryption ") + encryptionKeyword(*e)};
        if (const auto *g = std::get_if<DhGroup>(&p->attribute); g && *g == DhGroup::Group5)
            return NewerFeature{QStringLiteral("group 5")};
    }
    if (const auto *t = std::get_if<TransformSetCmd>(&command)) {
        for (const IpsecTransform tr : t->transforms) {
            if (isAesTransform(tr))
                return NewerFeature{transformKeyword(tr)};
        }
    }
    if (const auto *c = std::get_if<CryptoMapEntryCmd>(&command))
        return mapLineFeature(c->line);
    if (const auto *d = std::get_if<DynamicMapEntryCmd>(&command))
        return mapLineFeature(d->line);
    if (std::holds_alternative<IsakmpNatTraversalCmd>(command))
        return NewerFeature{QStringLiteral("isakmp nat-traversal")};
    if (std::holds_alternative<AccessListRemarkCmd>(command))
        return NewerFeature{QStringLiteral("access-list ... remark"), Severity::Warning};
    if (const auto *a = std::get_if<AccessListCmd>(&command); a && a->line)
        return NewerFeature{QStringLiteral("access-list ... line"), Severity::Warning};
    return std::nullopt;
}

Diagnostic at(Severity severity, const QString &code, const QString &file, int line,
              QMap<QString, QString> params)
{
    Diagnostic d;
    d.severity = severity;
    d.code = code;
    d.file = file;
    d.line = line;
    d.params = std::move(params);
    return d;
}

int lineOf(const QList<int> &lines, qsizetype i)
{
    return i < lines.size() ? lines.at(i) : 0;
}

} // namespace

std::optional<PixVersion> parsePixVersion(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)\\.(\\d+)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return PixVersion{m.captured(1).toInt(), m.captured(2).toInt()};
}

Diagnostics checkFeatures(const PixConfig &config, const QList<int> &lines, const QString &file)
{
    Diagnostics out;
    qsizetype versionAt = -1;
    for (qsizetype i = 0; i < config.statements.size() && versionAt < 0; ++i) {
        if (std::holds_alternative<PixVersionCmd>(config.statements.at(i)))
            versionAt = i;
    }
    if (versionAt < 0)
        return out;
    const QString text = std::get<PixVersionCmd>(config.statements.at(versionAt)).version;
    const auto version = parsePixVersion(text);
    if (!version || version->major != 6 || version->minor < 2 || version->minor > 3) {
        const QString assumed = version && *version > PixVersion{6, 3} ? QStringLiteral("6.3") : QStringLiteral("6.2");
        out << at(Severity::Warning, QStringLiteral("pix.unsupported-version"), file, lineOf(lines, versionAt),
                  {{QStringLiteral("version"), text}, {QStringLiteral("assumed"), assumed}});
        if (version && *version > PixVersion{6, 3})
            return out;
    }
    if (version && *version >= PixVersion{6, 3})
        return out;
    for (qsizetype i = 0; i < config.statements.size(); ++i) {
        if (const auto f = newerFeature(config.statements.at(i))) {
            out << at(f->severity, QStringLiteral("pix.needs-63"), file, lineOf(lines, i),
                      {{QStringLiteral("feature"), f->feature}, {QStringLiteral("version"), text},
                       {QStringLiteral("version_line"), QString::number(lineOf(lines, versionAt))}});
        }
    }
    return out;
}

Diagnostics checkSecrets(const PixConfig &config, const QList<int> &lines, const QString &file)
{
    Diagnostics out;
    for (qsizetype i = 0; i < config.statements.size(); ++i) {
        const PixCommand &s = config.statements.at(i);
        if (const auto *k = std::get_if<IsakmpKeyCmd>(&s); k && !k->key.key) {
            Diagnostic d = at(Severity::Warning, QStringLiteral("pix.psk-masked"), file, lineOf(lines, i),
                              {{QStringLiteral("peer"), k->key.peer.toString()}});
            d.peer = k->key.peer.toString();
            out << d;
        } else if (const auto *g = std::get_if<VpngroupCmd>(&s)) {
            const auto *pw = std::get_if<VgPassword>(&g->attribute);
            if (pw && !pw->password)
                out << at(Severity::Warning, QStringLiteral("pix.group-password-masked"), file, lineOf(lines, i),
                          {{QStringLiteral("group"), g->group}});
        } else if (const auto *a = std::get_if<AaaServerHostCmd>(&s); a && a->hasKey && !a->key) {
            out << at(Severity::Warning, QStringLiteral("pix.aaa-key-masked"), file, lineOf(lines, i),
                      {{QStringLiteral("host"), a->host.toString()}, {QStringLiteral("tag"), a->tag}});
        }
    }
    return out;
}

Diagnostics checkInterfaces(const PixConfig &config, const QList<int> &lines, const QString &file)
{
    Diagnostics out;
    QStringList known;
    for (const NameifCmd *n : config.all<NameifCmd>())
        known << n->name;
    if (known.isEmpty())
        return out;  // a fragment: nothing to check against
    for (qsizetype i = 0; i < config.statements.size(); ++i) {
        for (const QString &name : interfaceReferences(config.statements.at(i))) {
            if (!known.contains(name))
                out << at(Severity::Warning, QStringLiteral("pix.unknown-interface"), file, lineOf(lines, i),
                          {{QStringLiteral("name"), name}});
        }
    }
    return out;
}

Diagnostics checkConfig(const PixConfig &config, const QList<int> &lines, const QString &file)
{
    Diagnostics out = checkFeatures(config, lines, file);
    out += checkInterfaces(config, lines, file);
    out += checkSecrets(config, lines, file);
    const bool full = !config.all<PixVersionCmd>().isEmpty();
    const bool ended = std::ranges::any_of(config.all<CommentCmd>(), [](const CommentCmd *c) {
        return c->text.trimmed() == QLatin1String("end");
    });
    if (full && !ended)
        out << at(Severity::Warning, QStringLiteral("pix.no-end"), file, lineOf(lines, config.statements.size() - 1), {});
    return out;
}

} // namespace vtd::gen::pix62
