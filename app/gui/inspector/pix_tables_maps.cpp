// PIX inspector sections for crypto maps (entries, interfaces), dynamic maps and vpngroups.

#include "pix_edit.h"
#include "pix_tables.h"
#include "value_sources.h"

#include "generators/pix62/pix62_names.h"

namespace vtd::app::pixtables {

using namespace model;
using namespace pixedit;

namespace {

const QStringList kPfs{QStringLiteral("off"), QStringLiteral("group1"), QStringLiteral("group2"),
                       QStringLiteral("group5")};

/** A row of a (static or dynamic) map table: the map name and one entry's settings. */
struct MapRow
{
    QString map;
    int seq = 0;
    QString dynamicMap;
    CryptoMapSettings settings;
};

QList<MapRow> cryptoRows(const PixConfig &c)
{
    QList<MapRow> rows;
    for (const CryptoMap &m : c.cryptoMaps()) {
        for (const CryptoMapEntry &e : m.entries)
            rows << MapRow{m.name, e.seq, e.dynamicMap, e.settings};
    }
    return rows;
}

QList<MapRow> dynamicRows(const PixConfig &c)
{
    QList<MapRow> rows;
    for (const DynamicMap &m : c.dynamicMaps()) {
        for (const DynamicMapEntry &e : m.entries)
            rows << MapRow{m.name, e.seq, {}, e.settings};
    }
    return rows;
}

/** What a cell of a map row holds; `field` names the line kind. */
enum class MapField { Map, Seq, Peer, Match, TransformSets, Pfs, Dynamic, Lifetime };

QString mapCell(const MapRow &r, MapField field)
{
    const CryptoMapSettings &s = r.settings;
    switch (field) {
    case MapField::Map: return r.map;
    case MapField::Seq: return QString::number(r.seq);
    case MapField::Peer: return s.peers.isEmpty() ? QString() : s.peers.first().toString();
    case MapField::Match: return s.matchAddress;
    case MapField::TransformSets: return s.transformSets.join(u' ');
    case MapField::Pfs:
        return s.pfs.enabled ? gen::pix62::pfsGroupKeyword(s.pfs.effectiveGroup()) : QStringLiteral("off");
    case MapField::Dynamic: return r.dynamicMap;
    case MapField::Lifetime: return s.lifetime.seconds ? QString::number(*s.lifetime.seconds) : QString();
    }
    return {};
}

/** The entry line a cell value stands for ("" = remove that kind of line) and its kind. */
std::pair<QString, std::size_t> mapLine(MapField field, const QString &value)
{
    const auto index = [](const MapEntryLine &l) { return l.index(); };
    switch (field) {
    case MapField::Peer: return {value.isEmpty() ? QString() : QStringLiteral("set peer ") + value, index(MapSetPeer{})};
    case MapField::Match: return {value.isEmpty() ? QString() : QStringLiteral("match address ") + value, index(MapMatchAddress{})};
    case MapField::TransformSets:
        return {value.isEmpty() ? QString() : QStringLiteral("set transform-set ") + value, index(MapSetTransformSet{})};
    case MapField::Pfs:
        return {value == QLatin1String("off") ? QString() : QStringLiteral("set pfs ") + value, index(MapSetPfs{})};
    case MapField::Dynamic:
        return {QStringLiteral("ipsec-isakmp") + (value.isEmpty() ? QString() : QStringLiteral(" dynamic ") + value),
                index(MapIpsecIsakmp{})};
    default:
        return {value.isEmpty() ? QString() : QStringLiteral("set security-association lifetime seconds ") + value,
                index(MapSetLifetime{})};
    }
}

/** Puts one entry line in (or takes it out) for a crypto map (Cmd = CryptoMapEntryCmd) or a
 *  dynamic map (DynamicMapEntryCmd), read by the dialect from the line it would print. */
template<class Cmd>
QString setMapCell(PixConfig &c, const MapRow &row, MapField field, const QString &value)
{
    const auto [line, kind] = mapLine(field, value);
    std::optional<PixCommand> replacement;
    if (!line.isEmpty()) {
        const QString prefix = std::is_same_v<Cmd, CryptoMapEntryCmd> ? QStringLiteral("crypto map")
                                                                     : QStringLiteral("crypto dynamic-map");
        QString error;
        const auto parsed = parseAs<Cmd>(c, QStringLiteral("%1 %2 %3 %4").arg(prefix, row.map).arg(row.seq).arg(line), &error);
        if (!parsed)
            return error;
        replacement = *parsed;
    }
    replaceWhere(c, [&, kind = kind](const PixCommand &s) {
        const Cmd *e = std::get_if<Cmd>(&s);
        return e && e->map == row.map && e->seq == row.seq && e->line.index() == kind;
    }, replacement);
    return QString();
}

template<class Cmd>
void removeEntry(PixConfig &c, const MapRow &row)
{
    replaceWhere(c, [&](const PixCommand &s) {
        const Cmd *e = std::get_if<Cmd>(&s);
        return e && e->map == row.map && e->seq == row.seq;
    }, std::nullopt);
}

QList<int> seqs(const QList<MapRow> &rows)
{
    QList<int> used;
    for (const MapRow &r : rows)
        used << r.seq;
    return used;
}

QString firstTransformSet(const PixConfig &c)
{
    const auto sets = c.all<TransformSetCmd>();
    return sets.isEmpty() ? QStringLiteral("myset") : sets.first()->name;
}

const QList<FieldSpec> &mapColumns(bool dynamic)
{
    static const QList<FieldSpec> crypto{
        {QT_TRANSLATE_NOOP("Inspector", "Map"), FieldKind::ReadOnly},
        {QT_TRANSLATE_NOOP("Inspector", "Sequence"), FieldKind::ReadOnly},
        {QT_TRANSLATE_NOOP("Inspector", "Peer"), FieldKind::Address, {}, 0, 0, true},
        {QT_TRANSLATE_NOOP("Inspector", "Match address"), FieldKind::Text, {}, 0, 0, true, false, true},
        {QT_TRANSLATE_NOOP("Inspector", "Transform sets"), FieldKind::Text, {}, 0, 0, true},
        {QT_TRANSLATE_NOOP("Inspector", "PFS"), FieldKind::Choice, kPfs},
        {QT_TRANSLATE_NOOP("Inspector", "Dynamic map"), FieldKind::Text, {}, 0, 0, true, false, true},
        {QT_TRANSLATE_NOOP("Inspector", "SA lifetime (s)"), FieldKind::Integer, {}, 120, 2147483647, true}};
    static const QList<FieldSpec> dyn{crypto.at(0), crypto.at(1), crypto.at(3), crypto.at(4), crypto.at(5), crypto.at(7)};
    return dynamic ? dyn : crypto;
}

MapField mapField(bool dynamic, int column)
{
    static const MapField crypto[] = {MapField::Map, MapField::Seq, MapField::Peer, MapField::Match,
                                      MapField::TransformSets, MapField::Pfs, MapField::Dynamic, MapField::Lifetime};
    static const MapField dyn[] = {MapField::Map, MapField::Seq, MapField::Match, MapField::TransformSets,
                                   MapField::Pfs, MapField::Lifetime};
    return dynamic ? dyn[column] : crypto[column];
}

template<class Cmd>
std::shared_ptr<ConfigTable> mapTable()
{
    constexpr bool dynamic = std::is_same_v<Cmd, DynamicMapEntryCmd>;
    static const auto rowsOf = [](const PixConfig &c) { return dynamic ? dynamicRows(c) : cryptoRows(c); };
    TableSpec<PixConfig> spec;
    spec.title = dynamic ? QT_TRANSLATE_NOOP("Inspector", "Dynamic Crypto Maps")
                         : QT_TRANSLATE_NOOP("Inspector", "Crypto Maps");
    spec.item = dynamic ? QT_TRANSLATE_NOOP("Inspector", "dynamic map %1")
                        : QT_TRANSLATE_NOOP("Inspector", "crypto map %1");
    spec.columns = mapColumns(dynamic);
    spec.rows = [](const PixConfig &c) { return int(rowsOf(c).size()); };
    spec.key = [](const PixConfig &c, int row) {
        const MapRow r = rowsOf(c).at(row);
        return QStringLiteral("%1 %2").arg(r.map).arg(r.seq);
    };
    spec.get = [](const PixConfig &c, int row, int column) { return mapCell(rowsOf(c).at(row), mapField(dynamic, column)); };
    spec.set = [](PixConfig &c, int row, int column, const QString &value) {
        return setMapCell<Cmd>(c, rowsOf(c).at(row), mapField(dynamic, column), value);
    };
    spec.add = [](PixConfig &c) {
        const QList<MapRow> rows = rowsOf(c);
        const QString map = !rows.isEmpty() ? rows.first().map
                            : dynamic      ? QStringLiteral("dynmap")
                                           : QStringLiteral("mymap");
        const MapRow row{map, nextNumber(seqs(rows)), {}, {}};
        if (!dynamic)
            setMapCell<Cmd>(c, row, MapField::Dynamic, QString());
        setMapCell<Cmd>(c, row, MapField::TransformSets, firstTransformSet(c));
    };
    spec.remove = [](PixConfig &c, int row) { removeEntry<Cmd>(c, rowsOf(c).at(row)); };
    return makeTable(pixSource(), spec);
}

std::shared_ptr<ConfigTable> mapInterfaceTable()
{
    TableSpec<PixConfig> spec;
    spec.title = QT_TRANSLATE_NOOP("Inspector", "Crypto Map Interfaces");
    spec.item = QT_TRANSLATE_NOOP("Inspector", "crypto map binding %1");
    spec.columns = {{QT_TRANSLATE_NOOP("Inspector", "Map"), FieldKind::Text, {}, 0, 0, false, false, true},
                    {QT_TRANSLATE_NOOP("Inspector", "Interface"), FieldKind::Text, {}, 0, 0, false, true, true}};
    spec.rows = [](const PixConfig &c) { return int(c.all<CryptoMapInterfaceCmd>().size()); };
    spec.key = [](const PixConfig &c, int row) { return c.all<CryptoMapInterfaceCmd>().at(row)->map; };
    spec.get = [](const PixConfig &c, int row, int column) {
        const CryptoMapInterfaceCmd *b = c.all<CryptoMapInterfaceCmd>().at(row);
        return column == 0 ? b->map : b->ifName;
    };
    spec.set = [](PixConfig &c, int row, int column, const QString &value) {
        CryptoMapInterfaceCmd *b = nth<CryptoMapInterfaceCmd>(c, row);
        (column == 0 ? b->map : b->ifName) = value;
        return QString();
    };
    spec.add = [](PixConfig &c) {
        const QList<MapRow> rows = cryptoRows(c);
        insert(c, CryptoMapInterfaceCmd{rows.isEmpty() ? QStringLiteral("mymap") : rows.first().map, someInterface(c)});
    };
    spec.remove = [](PixConfig &c, int row) { removeNth<CryptoMapInterfaceCmd>(c, row); };
    return makeTable(pixSource(), spec);
}

// --- vpngroups: one row per group, one statement per attribute ------------------------------

const char *const kGroupWords[] = {"", "address-pool", "dns-server", "wins-server", "default-domain",
                                   "split-tunnel", "idle-time", "password"};

QString groupCell(const VpnGroup &g, int column)
{
    const auto list = [](const QList<Ipv4Address> &servers) {
        QStringList words;
        for (const Ipv4Address &a : servers)
            words << a.toString();
        return words.join(u' ');
    };
    const QStringList cells{g.name, g.addressPool, list(g.dnsServers), list(g.winsServers),
                            g.defaultDomain, g.splitTunnelAcl, QString::number(g.idleTimeSeconds),
                            g.password.value_or(QString())};
    return cells.at(column);
}

/** The kind of vpngroup line a column edits (its index in VpngroupAttribute). */
std::size_t groupLineKind(int column)
{
    static const VpngroupAttribute samples[] = {VgAddressPool{}, VgAddressPool{}, VgDnsServer{}, VgWinsServer{},
                                                VgDefaultDomain{}, VgSplitTunnel{}, VgIdleTime{}, VgPassword{}};
    return samples[column].index();
}

QString setGroupCell(PixConfig &c, const QString &group, int column, const QString &value)
{
    std::optional<PixCommand> replacement;
    if (!value.isEmpty()) {
        QString error;
        const auto parsed = parseAs<VpngroupCmd>(
            c, QStringLiteral("vpngroup %1 %2 %3").arg(group, QLatin1String(kGroupWords[column]), value), &error);
        if (!parsed)
            return error;
        replacement = *parsed;
    }
    const std::size_t kind = groupLineKind(column);
    replaceWhere(c, [&](const PixCommand &s) {
        const auto *v = std::get_if<VpngroupCmd>(&s);
        return v && v->group == group && v->attribute.index() == kind;
    }, replacement);
    return QString();
}

std::shared_ptr<ConfigTable> vpngroupTable()
{
    TableSpec<PixConfig> spec;
    spec.title = QT_TRANSLATE_NOOP("Inspector", "VPN Client Groups (vpngroup)");
    spec.item = QT_TRANSLATE_NOOP("Inspector", "vpngroup %1");
    spec.columns = {{QT_TRANSLATE_NOOP("Inspector", "Group"), FieldKind::ReadOnly},
                    {QT_TRANSLATE_NOOP("Inspector", "Address pool"), FieldKind::Text, {}, 0, 0, true, false, true},
                    {QT_TRANSLATE_NOOP("Inspector", "DNS servers"), FieldKind::Text, {}, 0, 0, true},
                    {QT_TRANSLATE_NOOP("Inspector", "WINS servers"), FieldKind::Text, {}, 0, 0, true},
                    {QT_TRANSLATE_NOOP("Inspector", "Default domain"), FieldKind::Text, {}, 0, 0, true, false, true},
                    {QT_TRANSLATE_NOOP("Inspector", "Split tunnel ACL"), FieldKind::Text, {}, 0, 0, true, false, true},
                    {QT_TRANSLATE_NOOP("Inspector", "Idle time (s)"), FieldKind::Integer, {}, 60, 86400},
                    {QT_TRANSLATE_NOOP("Inspector", "Group password"), FieldKind::Secret}};
    spec.rows = [](const PixConfig &c) { return int(c.vpnGroups().size()); };
    spec.key = [](const PixConfig &c, int row) { return c.vpnGroups().at(row).name; };
    spec.get = [](const PixConfig &c, int row, int column) { return groupCell(c.vpnGroups().at(row), column); };
    spec.set = [](PixConfig &c, int row, int column, const QString &value) {
        return setGroupCell(c, c.vpnGroups().at(row).name, column, value);
    };
    spec.add = [](PixConfig &c) {
        QStringList used;
        for (const VpnGroup &g : c.vpnGroups())
            used << g.name;
        QString name = QStringLiteral("vpngroup1");
        for (int n = 2; used.contains(name); ++n)
            name = QStringLiteral("vpngroup%1").arg(n);
        insert(c, VpngroupCmd{name, VgIdleTime{1800}});
    };
    spec.remove = [](PixConfig &c, int row) {
        const QString name = c.vpnGroups().at(row).name;
        replaceWhere(c, [&](const PixCommand &s) {
            const auto *v = std::get_if<VpngroupCmd>(&s);
            return v && v->group == name;
        }, std::nullopt);
    };
    return makeTable(pixSource(), spec);
}

} // namespace

ConfigTables clientTables()
{
    return {mapTable<CryptoMapEntryCmd>(), mapInterfaceTable(), mapTable<DynamicMapEntryCmd>(), vpngroupTable()};
}

} // namespace vtd::app::pixtables

namespace vtd::app {

ConfigTables pixTables()
{
    ConfigTables all = pixtables::boxTables();
    all += pixtables::trafficTables();
    all += pixtables::cryptoTables();
    all += pixtables::clientTables();
    return all;
}

} // namespace vtd::app
