#include "ios122_builder.h"

#include <algorithm>

namespace vtd::gen::ios122 {

using namespace model;

namespace {

QString l1(const char *text) { return QString::fromLatin1(text); }

/** The unmodelled lines IOS 12.2 prints by default, which the builder adds. */
const QStringList kDefaultLines{l1("service timestamps debug uptime"), l1("service timestamps log uptime"),
                                l1("no service password-encryption"), l1("ip subnet-zero"), l1("ip classless"),
                                l1("no ip http server")};

enum Section { Users, Aaa, Globals, Isakmp, Ipsec, DynamicMaps, CryptoMaps, Interfaces, Nat, Routes, Acls, AaaServers, Banners, Lines, SectionCount };

/** The section a statement is printed in; -1 for what the builder regenerates or drops. */
int sectionOf(const IosStatement &s)
{
    if (std::holds_alternative<IosUsername>(s)) return Users;
    if (std::holds_alternative<IosAaaNewModel>(s) || std::holds_alternative<IosAaaMethodList>(s)) return Aaa;
    if (std::holds_alternative<IosAaaServerHost>(s)) return AaaServers;
    if (std::holds_alternative<IosIsakmpPolicy>(s) || std::holds_alternative<IosIsakmpKey>(s)
        || std::holds_alternative<IosIsakmpIdentity>(s) || std::holds_alternative<IosClientGroup>(s)) return Isakmp;
    if (std::holds_alternative<IosIpsecLifetime>(s) || std::holds_alternative<IosTransformSet>(s)) return Ipsec;
    if (std::holds_alternative<IosDynamicMapEntry>(s)) return DynamicMaps;
    if (std::holds_alternative<IosCryptoMapEntry>(s) || std::holds_alternative<IosCryptoMapOption>(s)) return CryptoMaps;
    if (std::holds_alternative<IosInterface>(s)) return Interfaces;
    if (std::holds_alternative<IosNatInsideSource>(s)) return Nat;
    if (std::holds_alternative<IosIpRoute>(s)) return Routes;
    if (std::holds_alternative<IosAccessList>(s) || std::holds_alternative<IosNamedAccessList>(s)
        || std::holds_alternative<IosRouteMap>(s)) return Acls;
    if (std::holds_alternative<IosBanner>(s)) return Banners;
    if (std::holds_alternative<IosLine>(s)) return Lines;
    if (std::holds_alternative<IosVerbatim>(s)) return Globals;
    return -1;   // header, comments, end, version, hostname
}

/** Order inside a section as IOS prints it; equal keys keep their order (stable sort). */
QList<qint64> sortKey(const IosStatement &s, const QStringList &names)
{
    auto nameIndex = [&names](const QString &n) { return qint64(names.indexOf(n)); };
    // `aaa new-model` first, then the authentication lists before the authorization ones
    if (std::holds_alternative<IosAaaNewModel>(s)) return {0};
    if (const auto *m = std::get_if<IosAaaMethodList>(&s)) return {1, int(m->service)};
    if (const auto *p = std::get_if<IosIsakmpPolicy>(&s)) return {0, p->priority};
    if (std::holds_alternative<IosIsakmpKey>(s)) return {1};
    if (std::holds_alternative<IosIsakmpIdentity>(s)) return {2};
    if (std::holds_alternative<IosClientGroup>(s)) return {3};
    if (std::holds_alternative<IosIpsecLifetime>(s)) return {0};
    if (std::holds_alternative<IosTransformSet>(s)) return {1};
    if (const auto *d = std::get_if<IosDynamicMapEntry>(&s)) return {nameIndex(d->map), d->seq};
    if (const auto *o = std::get_if<IosCryptoMapOption>(&s)) return {nameIndex(o->map), 0, int(o->kind)};
    if (const auto *e = std::get_if<IosCryptoMapEntry>(&s)) return {nameIndex(e->map), 1, e->seq};
    if (const auto *a = std::get_if<IosAccessList>(&s)) return {0, a->number.toLongLong()};
    if (std::holds_alternative<IosNamedAccessList>(s)) return {1};
    if (const auto *r = std::get_if<IosRouteMap>(&s)) return {2, nameIndex(r->name), r->seq};
    if (const auto *l = std::get_if<IosLine>(&s)) return {int(l->kind), l->first};
    return {};
}

/** Map and route-map names in first-mention order, for grouping their entries. */
QStringList mentionOrder(const QList<IosStatement> &statements)
{
    QStringList names;
    for (const IosStatement &s : statements) {
        QString name;
        if (const auto *d = std::get_if<IosDynamicMapEntry>(&s)) name = d->map;
        else if (const auto *o = std::get_if<IosCryptoMapOption>(&s)) name = o->map;
        else if (const auto *e = std::get_if<IosCryptoMapEntry>(&s)) name = e->map;
        else if (const auto *r = std::get_if<IosRouteMap>(&s)) name = r->name;
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    return names;
}

class Builder
{
public:
    Builder(const IosConfig &config, const IosBuildOptions &options);
    IosConfig build();

private:
    void put(IosStatement s) { m_out.statements << std::move(s); }
    void bang(int count = 1) { for (int i = 0; i < count; ++i) put(IosComment{}); }
    /** A line IOS prints by default (kDefaultLines). */
    void emitDefault(const char *text);
    void emitSection(int section, int bangsAfter = 1);
    void addDefaultLines();

    QList<IosStatement> m_sections[SectionCount];
    QString m_version;
    QString m_hostname = l1("Router");
    IosConfig m_out;
};

Builder::Builder(const IosConfig &config, const IosBuildOptions &options) : m_version(options.version)
{
    for (const IosStatement &s : config.statements) {
        if (const auto *v = std::get_if<IosVersion>(&s))
            m_version = v->version;
        else if (const auto *h = std::get_if<IosHostname>(&s))
            m_hostname = h->name;
        else if (const int section = sectionOf(s); section >= 0)
            m_sections[section] << s;
    }
    const QStringList names = mentionOrder(config.statements);
    for (auto &list : m_sections)
        std::ranges::stable_sort(list, {}, [&names](const IosStatement &s) { return sortKey(s, names); });
    // defaults the model already holds as verbatim lines are printed once, at their place
    m_sections[Globals].removeIf([](const IosStatement &s) {
        return kDefaultLines.contains(std::get<IosVerbatim>(s).text);
    });
    addDefaultLines();
}

void Builder::addDefaultLines()
{
    QList<IosStatement> &lines = m_sections[Lines];
    auto has = [&lines](IosLine::Kind kind) {
        return std::ranges::any_of(lines, [kind](const IosStatement &s) { return std::get<IosLine>(s).kind == kind; });
    };
    if (!has(IosLine::Kind::Vty))
        lines.prepend(IosLine{IosLine::Kind::Vty, 0, 4, {IosLogin{}}});
    if (!has(IosLine::Kind::Aux))
        lines.prepend(IosLine{IosLine::Kind::Aux, 0, std::nullopt, {}});
    if (!has(IosLine::Kind::Console))
        lines.prepend(IosLine{IosLine::Kind::Console, 0, std::nullopt, {}});
}

void Builder::emitDefault(const char *text)
{
    put(IosVerbatim{l1(text)});
}

void Builder::emitSection(int section, int bangsAfter)
{
    if (m_sections[section].isEmpty())
        return;
    for (const IosStatement &s : std::as_const(m_sections[section])) {
        put(s);
        if (section == Interfaces)
            bang();
    }
    if (section != Interfaces)
        bang(bangsAfter);
}

IosConfig Builder::build()
{
    put(IosCurrentConfiguration{});
    bang();
    put(IosVersion{m_version});
    for (const char *line : {"service timestamps debug uptime", "service timestamps log uptime", "no service password-encryption"})
        emitDefault(line);
    bang();
    put(IosHostname{m_hostname});
    bang();
    emitSection(Users);
    emitSection(Aaa);
    emitDefault("ip subnet-zero");
    emitSection(Globals, 1);
    if (m_sections[Globals].isEmpty())
        bang();
    emitSection(Isakmp, 2);
    emitSection(Ipsec);
    emitSection(DynamicMaps);
    emitSection(CryptoMaps);
    emitSection(Interfaces);
    for (const IosStatement &s : std::as_const(m_sections[Nat]))
        put(s);
    emitDefault("ip classless");
    for (const IosStatement &s : std::as_const(m_sections[Routes]))
        put(s);
    emitDefault("no ip http server");
    bang();
    emitSection(Acls);
    emitSection(AaaServers);
    emitSection(Banners);
    emitSection(Lines);
    put(IosEnd{});
    return m_out;
}

} // namespace

IosConfig completeIosConfig(const IosConfig &config, const IosBuildOptions &options)
{
    return Builder(config, options).build();
}

} // namespace vtd::gen::ios122
