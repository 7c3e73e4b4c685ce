// IOS inspector sections for IKE and IPsec: ISAKMP policies, pre-shared keys, transform sets,
// crypto map and dynamic map entries.

#include "ios_edit.h"
#include "ios_tables.h"
#include "value_sources.h"

#include "generators/ios122/ios122_print.h"

namespace vtd::app::iostables {

using namespace model;
using namespace iosedit;

namespace {

const QStringList kAuth{QStringLiteral("pre-share"), QStringLiteral("rsa-sig"), QStringLiteral("rsa-encr")};
const QStringList kEncr{QStringLiteral("des"), QStringLiteral("3des"), QStringLiteral("aes"),
                        QStringLiteral("aes 192"), QStringLiteral("aes 256")};
const QStringList kHash{QStringLiteral("md5"), QStringLiteral("sha")};
const QStringList kGroups{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("5")};
const QStringList kPfs{QStringLiteral("off"), QStringLiteral("group1"), QStringLiteral("group2"),
                       QStringLiteral("group5")};
const char *const kPolicyWords[] = {"", "authentication", "encryption", "hash", "group", "lifetime"};

QString policyCell(const IsakmpPolicy &p, int column)
{
    switch (column) {
    case 0: return QString::number(p.priority);
    case 1: return kAuth.at(int(p.authentication));
    case 2: return kEncr.at(int(p.encryption));
    case 3: return kHash.at(int(p.hash));
    case 4: return QString::number(int(p.group));
    default: return QString::number(p.lifetimeSeconds);
    }
}

QString setPolicyCell(IosIsakmpPolicy &block, int column, const QString &value)
{
    QString error;
    const auto parsed = parseAs<IosIsakmpPolicy>(
        QStringLiteral("crypto isakmp policy %1\n %2 %3").arg(block.priority).arg(QLatin1String(kPolicyWords[column]), value), &error);
    if (!parsed)
        return error;
    const IsakmpPolicy p = parsed->policy();
    auto &commands = block.commands;
    switch (column) {
    case 1: setSub<IkeAuthentication>(commands, std::optional(p.authentication)); break;
    case 2: setSub<IkeEncryption>(commands, std::optional(p.encryption)); break;
    case 3: setSub<IkeHash>(commands, std::optional(p.hash)); break;
    case 4: setSub<DhGroup>(commands, std::optional(p.group)); break;
    default: setSub<IosIsakmpLifetime>(commands, std::optional(IosIsakmpLifetime{p.lifetimeSeconds})); break;
    }
    return QString();
}

std::shared_ptr<ConfigTable> isakmpTable()
{
    TableSpec<IosConfig> spec;
    spec.title = QT_TRANSLATE_NOOP("Inspector", "ISAKMP Policies");
    spec.item = QT_TRANSLATE_NOOP("Inspector", "ISAKMP policy %1");
    spec.columns = {{QT_TRANSLATE_NOOP("Inspector", "Priority"), FieldKind::ReadOnly},
                    {QT_TRANSLATE_NOOP("Inspector", "Authentication"), FieldKind::Choice, kAuth},
                    {QT_TRANSLATE_NOOP("Inspector", "Encryption"), FieldKind::Choice, kEncr},
                    {QT_TRANSLATE_NOOP("Inspector", "Hash"), FieldKind::Choice, kHash},
                    {QT_TRANSLATE_NOOP("Inspector", "DH group"), FieldKind::Choice, kGroups},
                    {QT_TRANSLATE_NOOP("Inspector", "Lifetime (s)"), FieldKind::Integer, {}, 60, 86400}};
    spec.rows = [](const IosConfig &c) { return int(c.all<IosIsakmpPolicy>().size()); };
    spec.key = [](const IosConfig &c, int row) { return QString::number(c.all<IosIsakmpPolicy>().at(row)->priority); };
    spec.get = [](const IosConfig &c, int row, int column) { return policyCell(c.all<IosIsakmpPolicy>().at(row)->policy(), column); };
    spec.set = [](IosConfig &c, int row, int column, const QString &value) {
        return setPolicyCell(*nth<IosIsakmpPolicy>(c, row), column, value);
    };
    spec.add = [](IosConfig &c) {
        int priority = 0;
        for (const IosIsakmpPolicy *p : c.all<IosIsakmpPolicy>())
            priority = std::max(priority, p->priority);
        insert(c, IosIsakmpPolicy{(priority / 10 + 1) * 10, {IkeEncryption::TripleDes, IkeAuthentication::PreShare, DhGroup::Group2}});
    };
    spec.remove = [](IosConfig &c, int row) { removeNth<IosIsakmpPolicy>(c, row); };
    return makeTable(iosSource(), spec);
}

std::shared_ptr<ConfigTable> keyTable()
{
    TableSpec<IosConfig> spec;
    spec.title = QT_TRANSLATE_NOOP("Inspector", "Pre-Shared Keys");
    spec.item = QT_TRANSLATE_NOOP("Inspector", "pre-shared key for %1");
    spec.columns = {{QT_TRANSLATE_NOOP("Inspector", "Peer"), FieldKind::Address},
                    {QT_TRANSLATE_NOOP("Inspector", "Mask"), FieldKind::Mask, {}, 0, 0, true},
                    {QT_TRANSLATE_NOOP("Inspector", "Key"), FieldKind::Secret},
                    {QT_TRANSLATE_NOOP("Inspector", "No XAUTH"), FieldKind::Flag}};
    spec.rows = [](const IosConfig &c) { return int(c.all<IosIsakmpKey>().size()); };
    spec.key = [](const IosConfig &c, int row) {
        const IosIsakmpKey *k = c.all<IosIsakmpKey>().at(row);
        return k->hostname.isEmpty() ? k->key.peer.toString() : k->hostname;
    };
    spec.get = [](const IosConfig &c, int row, int column) {
        const PreSharedKey &k = c.all<IosIsakmpKey>().at(row)->key;
        const QStringList cells{k.peer.toString(), k.netmask ? k.netmask->toString() : QString(),
                                k.key.value_or(QString()), QString(k.noXauth ? u'1' : u'0')};
        return cells.at(column);
    };
    spec.set = [](IosConfig &c, int row, int column, const QString &value) {
        PreSharedKey &k = nth<IosIsakmpKey>(c, row)->key;
        switch (column) {
        case 0: k.peer = *Ipv4Address::parse(value); break;
        case 1: k.netmask = Ipv4Address::parse(value); break;
        case 2:
            if (value.isEmpty() || value.contains(u' '))
                return QCoreApplication::translate("Inspector", "A key is one word and cannot be empty.");
            k.key = value;
            break;
        default: k.noXauth = value == QLatin1String("1"); break;
        }
        return QString();
    };
    spec.add = [](IosConfig &c) {
        IosIsakmpKey key;
        key.key.key = QStringLiteral("cisco123");
        insert(c, key);
    };
    spec.remove = [](IosConfig &c, int row) { removeNth<IosIsakmpKey>(c, row); };
    return makeTable(iosSource(), spec);
}

std::shared_ptr<ConfigTable> transformSetTable()
{
    TableSpec<IosConfig> spec;
    spec.title = QT_TRANSLATE_NOOP("Inspector", "Transform Sets");
    spec.item = QT_TRANSLATE_NOOP("Inspector", "transform set %1");
    spec.columns = {{QT_TRANSLATE_NOOP("Inspector", "Name"), FieldKind::Text, {}, 0, 0, false, true, true},
                    {QT_TRANSLATE_NOOP("Inspector", "Transforms"), FieldKind::Text},
                    {QT_TRANSLATE_NOOP("Inspector", "Mode"), FieldKind::Choice, {QStringLiteral("tunnel"), QStringLiteral("transport")}}};
    spec.rows = [](const IosConfig &c) { return int(c.all<IosTransformSet>().size()); };
    spec.key = [](const IosConfig &c, int row) { return c.all<IosTransformSet>().at(row)->name; };
    spec.get = [](const IosConfig &c, int row, int column) {
        const IosTransformSet *t = c.all<IosTransformSet>().at(row);
        QStringList words;
        for (IpsecTransform x : t->transforms)
            words << gen::ios122::transformName(x);
        const bool tunnel = t->transformSet().effectiveMode() == IpsecMode::Tunnel;
        return column == 0 ? t->name : column == 1 ? words.join(u' ') : QString(tunnel ? "tunnel" : "transport");
    };
    spec.set = [](IosConfig &c, int row, int column, const QString &value) {
        IosTransformSet *t = nth<IosTransformSet>(c, row);
        if (column == 0) {
            t->name = value;
        } else if (column == 1) {
            QString error;
            const auto parsed = parseAs<IosTransformSet>(QStringLiteral("crypto ipsec transform-set %1 %2").arg(t->name, value), &error);
            if (!parsed)
                return error;
            t->transforms = parsed->transforms;
        } else {
            setSub<IpsecMode>(t->commands, std::optional(value == QLatin1String("transport") ? IpsecMode::Transport : IpsecMode::Tunnel));
        }
        return QString();
    };
    spec.add = [](IosConfig &c) {
        insert(c, IosTransformSet{QStringLiteral("myset%1").arg(c.all<IosTransformSet>().size() + 1),
                                  {IpsecTransform::Esp3des, IpsecTransform::EspShaHmac}, {}});
    };
    spec.remove = [](IosConfig &c, int row) { removeNth<IosTransformSet>(c, row); };
    return makeTable(iosSource(), spec);
}

/** Crypto map or dynamic map entry cells: map, seq, peer, match, transform sets, PFS. */
template<class Entry>
QString mapCell(const Entry &e, int column)
{
    const CryptoMapSettings s = cryptoMapSettings(e.commands);
    const QString pfs = !s.pfs.enabled ? QStringLiteral("off")
                                       : QStringLiteral("group%1").arg(int(s.pfs.effectiveGroup()));
    const QStringList cells{e.map, QString::number(e.seq), s.peers.isEmpty() ? QString() : s.peers.first().toString(),
                            s.matchAddress, s.transformSets.join(u' '), pfs};
    return cells.at(column);
}

template<class Entry>
QString setMapCell(Entry &e, int column, const QString &value)
{
    auto &commands = e.commands;
    switch (column) {
    case 2: setSub<IosSetPeer>(commands, value.isEmpty() ? std::nullopt : std::optional(IosSetPeer{*Ipv4Address::parse(value)})); break;
    case 3: setSub<IosMatchAddress>(commands, value.isEmpty() ? std::nullopt : std::optional(IosMatchAddress{value})); break;
    case 4:
        setSub<IosSetTransformSet>(commands, value.isEmpty() ? std::nullopt
                                   : std::optional(IosSetTransformSet{value.split(u' ', Qt::SkipEmptyParts)}));
        break;
    default: {
        const int index = kPfs.indexOf(value);
        const DhGroup groups[] = {DhGroup::Group1, DhGroup::Group1, DhGroup::Group2, DhGroup::Group5};
        setSub<IosSetPfs>(commands, index <= 0 ? std::nullopt : std::optional(IosSetPfs{groups[index]}));
    }
    }
    return QString();
}

template<class Entry>
std::shared_ptr<ConfigTable> mapTable()
{
    constexpr bool dynamic = std::is_same_v<Entry, IosDynamicMapEntry>;
    TableSpec<IosConfig> spec;
    spec.title = dynamic ? QT_TRANSLATE_NOOP("Inspector", "Dynamic Crypto Maps") : QT_TRANSLATE_NOOP("Inspector", "Crypto Maps");
    spec.item = dynamic ? QT_TRANSLATE_NOOP("Inspector", "dynamic map %1") : QT_TRANSLATE_NOOP("Inspector", "crypto map %1");
    spec.columns = {{QT_TRANSLATE_NOOP("Inspector", "Map"), FieldKind::ReadOnly},
                    {QT_TRANSLATE_NOOP("Inspector", "Sequence"), FieldKind::ReadOnly},
                    {QT_TRANSLATE_NOOP("Inspector", "Peer"), FieldKind::Address, {}, 0, 0, true},
                    {QT_TRANSLATE_NOOP("Inspector", "Match address"), FieldKind::Text, {}, 0, 0, true, false, true},
                    {QT_TRANSLATE_NOOP("Inspector", "Transform sets"), FieldKind::Text, {}, 0, 0, true},
                    {QT_TRANSLATE_NOOP("Inspector", "PFS"), FieldKind::Choice, kPfs}};
    spec.rows = [](const IosConfig &c) { return int(c.all<Entry>().size()); };
    spec.key = [](const IosConfig &c, int row) {
        const Entry *e = c.all<Entry>().at(row);
        return QStringLiteral("%1 %2").arg(e->map).arg(e->seq);
    };
    spec.get = [](const IosConfig &c, int row, int column) { return mapCell(*c.all<Entry>().at(row), column); };
    spec.set = [](IosConfig &c, int row, int column, const QString &value) { return setMapCell(*nth<Entry>(c, row), column, value); };
    spec.add = [](IosConfig &c) {
        Entry entry;
        const auto all = c.all<Entry>();
        entry.map = all.isEmpty() ? QStringLiteral("mymap") : all.last()->map;
        for (const Entry *e : all)
            entry.seq = std::max(entry.seq, (e->seq / 10 + 1) * 10);
        insert(c, entry);
    };
    spec.remove = [](IosConfig &c, int row) { removeNth<Entry>(c, row); };
    return makeTable(iosSource(), spec);
}

} // namespace

ConfigTables cryptoTables()
{
    return {isakmpTable(), keyTable(), transformSetTable(), mapTable<IosCryptoMapEntry>(), mapTable<IosDynamicMapEntry>()};
}

} // namespace vtd::app::iostables

namespace vtd::app {

ConfigTables iosTables()
{
    return iostables::boxTables() + iostables::cryptoTables();
}

} // namespace vtd::app
