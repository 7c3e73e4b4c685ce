// PIX inspector sections for IKE and IPsec: ISAKMP policies, pre-shared keys, transform sets,
// crypto maps (entries and interfaces) and dynamic maps.

#include "pix_edit.h"
#include "pix_tables.h"
#include "value_sources.h"

#include "generators/pix62/pix62_names.h"

namespace vtd::app::pixtables {

using namespace model;
using namespace pixedit;
namespace names = gen::pix62;

namespace {

const QStringList kGroups{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("5")};

// --- ISAKMP policies: one row per priority, one statement per attribute -------------------

const char *const kPolicyWords[] = {"", "authentication", "encryption", "hash", "group", "lifetime"};

QString policyCell(const IsakmpPolicy &p, int column)
{
    switch (column) {
    case 0: return QString::number(p.priority);
    case 1: return names::authenticationKeyword(p.authentication);
    case 2: return names::encryptionKeyword(p.encryption);
    case 3: return names::hashKeyword(p.hash);
    case 4: return names::groupNumber(p.group);
    default: return QString::number(p.lifetimeSeconds);
    }
}

std::shared_ptr<ConfigTable> isakmpTable()
{
    TableSpec<PixConfig> spec;
    spec.title = QT_TRANSLATE_NOOP("Inspector", "ISAKMP Policies");
    spec.item = QT_TRANSLATE_NOOP("Inspector", "ISAKMP policy %1");
    spec.columns = {{QT_TRANSLATE_NOOP("Inspector", "Priority"), FieldKind::ReadOnly},
                    {QT_TRANSLATE_NOOP("Inspector", "Authentication"), FieldKind::Choice, names::authenticationKeywords()},
                    {QT_TRANSLATE_NOOP("Inspector", "Encryption"), FieldKind::Choice, names::encryptionKeywords()},
                    {QT_TRANSLATE_NOOP("Inspector", "Hash"), FieldKind::Choice, names::hashKeywords()},
                    {QT_TRANSLATE_NOOP("Inspector", "DH group"), FieldKind::Choice, kGroups},
                    {QT_TRANSLATE_NOOP("Inspector", "Lifetime (s)"), FieldKind::Integer, {}, 60, 2147483647}};
    spec.rows = [](const PixConfig &c) { return int(c.isakmpPolicies().size()); };
    spec.key = [](const PixConfig &c, int row) { return QString::number(c.isakmpPolicies().at(row).priority); };
    spec.get = [](const PixConfig &c, int row, int column) { return policyCell(c.isakmpPolicies().at(row), column); };
    spec.set = [](PixConfig &c, int row, int column, const QString &value) {
        const int priority = c.isakmpPolicies().at(row).priority;
        QString error;
        const auto parsed = parseAs<IsakmpPolicyCmd>(
            c, QStringLiteral("isakmp policy %1 %2 %3").arg(priority).arg(QLatin1String(kPolicyWords[column]), value), &error);
        if (!parsed)
            return error;
        replaceWhere(c, [&](const PixCommand &s) {
            const auto *p = std::get_if<IsakmpPolicyCmd>(&s);
            return p && p->priority == priority && p->attribute.index() == parsed->attribute.index();
        }, PixCommand(*parsed));
        return QString();
    };
    spec.add = [](PixConfig &c) {
        QList<int> used;
        for (const IsakmpPolicy &p : c.isakmpPolicies())
            used << p.priority;
        const int priority = nextNumber(used);
        for (const IsakmpPolicyAttribute &a : {IsakmpPolicyAttribute(IkeAuthentication::PreShare),
                                               IsakmpPolicyAttribute(IkeEncryption::TripleDes),
                                               IsakmpPolicyAttribute(IkeHash::Sha), IsakmpPolicyAttribute(DhGroup::Group2),
                                               IsakmpPolicyAttribute(IsakmpLifetime{86400})})
            insert(c, IsakmpPolicyCmd{priority, a});
    };
    spec.remove = [](PixConfig &c, int row) {
        const int priority = c.isakmpPolicies().at(row).priority;
        replaceWhere(c, [&](const PixCommand &s) {
            const auto *p = std::get_if<IsakmpPolicyCmd>(&s);
            return p && p->priority == priority;
        }, std::nullopt);
    };
    return makeTable(pixSource(), spec);
}

// --- pre-shared keys ---------------------------------------------------------------------------

std::shared_ptr<ConfigTable> keyTable()
{
    TableSpec<PixConfig> spec;
    spec.title = QT_TRANSLATE_NOOP("Inspector", "Pre-Shared Keys");
    spec.item = QT_TRANSLATE_NOOP("Inspector", "pre-shared key for %1");
    spec.columns = {{QT_TRANSLATE_NOOP("Inspector", "Peer"), FieldKind::Address},
                    {QT_TRANSLATE_NOOP("Inspector", "Mask"), FieldKind::Mask, {}, 0, 0, true},
                    {QT_TRANSLATE_NOOP("Inspector", "Key"), FieldKind::Secret},
                    {QT_TRANSLATE_NOOP("Inspector", "No XAUTH"), FieldKind::Flag},
                    {QT_TRANSLATE_NOOP("Inspector", "No Mode Config"), FieldKind::Flag}};
    spec.rows = [](const PixConfig &c) { return int(c.all<IsakmpKeyCmd>().size()); };
    spec.key = [](const PixConfig &c, int row) { return c.all<IsakmpKeyCmd>().at(row)->key.peer.toString(); };
    spec.get = [](const PixConfig &c, int row, int column) {
        const PreSharedKey &k = c.all<IsakmpKeyCmd>().at(row)->key;
        const QStringList cells{k.peer.toString(), k.netmask ? k.netmask->toString() : QString(),
                                k.key.value_or(QString()), QString(k.noXauth ? u'1' : u'0'),
                                QString(k.noConfigMode ? u'1' : u'0')};
        return cells.at(column);
    };
    spec.set = [](PixConfig &c, int row, int column, const QString &value) {
        PreSharedKey &k = nth<IsakmpKeyCmd>(c, row)->key;
        switch (column) {
        case 0: k.peer = *Ipv4Address::parse(value); break;
        case 1: k.netmask = Ipv4Address::parse(value); break;
        case 2:
            if (value.isEmpty() || value.contains(u' '))
                return QCoreApplication::translate("Inspector", "A key is one word and cannot be empty.");
            k.key = value;
            break;
        case 3: k.noXauth = value == QLatin1String("1"); break;
        default: k.noConfigMode = value == QLatin1String("1"); break;
        }
        return QString();
    };
    spec.add = [](PixConfig &c) {
        PreSharedKey key{Ipv4Address(), Ipv4Address(), QStringLiteral("cisco123"), false, false};
        insert(c, IsakmpKeyCmd{key});
    };
    spec.remove = [](PixConfig &c, int row) { removeNth<IsakmpKeyCmd>(c, row); };
    return makeTable(pixSource(), spec);
}

// --- transform sets ------------------------------------------------------------------------------

void renameTransformSet(PixConfig &c, const QString &from, const QString &to)
{
    for (PixCommand &s : c.statements) {
        if (auto *t = std::get_if<TransformSetCmd>(&s); t && t->name == from)
            t->name = to;
        if (auto *m = std::get_if<TransformSetModeCmd>(&s); m && m->name == from)
            m->name = to;
        MapEntryLine *line = nullptr;
        if (auto *e = std::get_if<CryptoMapEntryCmd>(&s))
            line = &e->line;
        if (auto *e = std::get_if<DynamicMapEntryCmd>(&s))
            line = &e->line;
        if (auto *sets = line ? std::get_if<MapSetTransformSet>(line) : nullptr) {
            for (QString &n : sets->names)
                n = n == from ? to : n;
        }
    }
}

std::shared_ptr<ConfigTable> transformSetTable()
{
    TableSpec<PixConfig> spec;
    spec.title = QT_TRANSLATE_NOOP("Inspector", "Transform Sets");
    spec.item = QT_TRANSLATE_NOOP("Inspector", "transform set %1");
    spec.columns = {{QT_TRANSLATE_NOOP("Inspector", "Name"), FieldKind::Text, {}, 0, 0, false, true, true},
                    {QT_TRANSLATE_NOOP("Inspector", "Transforms"), FieldKind::Text},
                    {QT_TRANSLATE_NOOP("Inspector", "Mode"), FieldKind::Choice, {QStringLiteral("tunnel"), QStringLiteral("transport")}}};
    spec.rows = [](const PixConfig &c) { return int(c.all<TransformSetCmd>().size()); };
    spec.key = [](const PixConfig &c, int row) { return c.all<TransformSetCmd>().at(row)->name; };
    spec.get = [](const PixConfig &c, int row, int column) {
        const TransformSetCmd *t = c.all<TransformSetCmd>().at(row);
        if (column == 0)
            return t->name;
        if (column == 1)
            return wordsAfter(format(*t), 4);
        for (const TransformSet &set : c.transformSets()) {
            if (set.name == t->name)
                return QString(set.effectiveMode() == IpsecMode::Tunnel ? "tunnel" : "transport");
        }
        return QStringLiteral("tunnel");
    };
    spec.set = [](PixConfig &c, int row, int column, const QString &value) {
        TransformSetCmd *t = nth<TransformSetCmd>(c, row);
        const QString name = t->name;
        if (column == 0) {
            renameTransformSet(c, name, value);
        } else if (column == 1) {
            QString error;
            const auto parsed = parseAs<TransformSetCmd>(c, QStringLiteral("crypto ipsec transform-set %1 %2").arg(name, value), &error);
            if (!parsed)
                return error;
            t->transforms = parsed->transforms;
        } else {
            const IpsecMode mode = value == QLatin1String("transport") ? IpsecMode::Transport : IpsecMode::Tunnel;
            replaceWhere(c, [&](const PixCommand &s) {
                const auto *m = std::get_if<TransformSetModeCmd>(&s);
                return m && m->name == name;
            }, mode == IpsecMode::Transport ? std::optional<PixCommand>(TransformSetModeCmd{name, mode}) : std::nullopt);
        }
        return QString();
    };
    spec.add = [](PixConfig &c) {
        QStringList used;
        for (const TransformSetCmd *t : c.all<TransformSetCmd>())
            used << t->name;
        QString name = QStringLiteral("myset");
        for (int n = 2; used.contains(name); ++n)
            name = QStringLiteral("myset%1").arg(n);
        insert(c, TransformSetCmd{name, {IpsecTransform::Esp3des, IpsecTransform::EspShaHmac}});
    };
    spec.remove = [](PixConfig &c, int row) {
        const QString name = c.all<TransformSetCmd>().at(row)->name;
        replaceWhere(c, [&](const PixCommand &s) {
            const auto *t = std::get_if<TransformSetCmd>(&s);
            const auto *m = std::get_if<TransformSetModeCmd>(&s);
            return (t && t->name == name) || (m && m->name == name);
        }, std::nullopt);
    };
    return makeTable(pixSource(), spec);
}

} // namespace

ConfigTables cryptoTables()
{
    return {isakmpTable(), keyTable(), transformSetTable()};
}

} // namespace vtd::app::pixtables
