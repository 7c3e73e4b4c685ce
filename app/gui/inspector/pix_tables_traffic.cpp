// PIX inspector sections for traffic: access-list entries, access groups, nat, global, static.

#include "pix_edit.h"
#include "pix_tables.h"
#include "value_sources.h"

#include "generators/pix62/pix62_format.h"

namespace vtd::app::pixtables {

using namespace model;
using namespace pixedit;

namespace {

const QStringList kActions{QStringLiteral("permit"), QStringLiteral("deny")};

/** An entry as the words the table shows: action, protocol, source part, destination part. */
QStringList entryCells(const AccessListEntry &entry)
{
    const QStringList all = gen::pix62::formatAclEntry(entry).split(u' ', Qt::SkipEmptyParts);
    AccessListEntry sourceOnly = entry;
    sourceOnly.destination = AddressMatch::any();
    sourceOnly.destinationPort = {};
    sourceOnly.icmpType.reset();
    sourceOnly.icmpTypeKeyword.clear();
    sourceOnly.log = false;
    const QStringList head = gen::pix62::formatAclEntry(sourceOnly).split(u' ', Qt::SkipEmptyParts);
    const QStringList source = head.mid(2, head.size() - 3);
    return {all.value(0), all.value(1), source.join(u' '), all.mid(2 + source.size()).join(u' ')};
}

std::shared_ptr<ConfigTable> aclTable()
{
    TableSpec<PixConfig> spec;
    spec.title = QT_TRANSLATE_NOOP("Inspector", "Access Lists");
    spec.item = QT_TRANSLATE_NOOP("Inspector", "access list entry %1");
    spec.columns = {{QT_TRANSLATE_NOOP("Inspector", "Access list"), FieldKind::Text, {}, 0, 0, false, false, true},
                    {QT_TRANSLATE_NOOP("Inspector", "Action"), FieldKind::Choice, kActions},
                    {QT_TRANSLATE_NOOP("Inspector", "Protocol"), FieldKind::Text, {}, 0, 0, false, false, true},
                    {QT_TRANSLATE_NOOP("Inspector", "Source"), FieldKind::Text},
                    {QT_TRANSLATE_NOOP("Inspector", "Destination"), FieldKind::Text}};
    spec.rows = [](const PixConfig &c) { return int(c.all<AccessListCmd>().size()); };
    spec.key = [](const PixConfig &c, int row) {
        const QString name = c.all<AccessListCmd>().at(row)->name;
        int index = 0;
        for (int r = 0; r <= row; ++r)
            index += c.all<AccessListCmd>().at(r)->name == name;
        return QStringLiteral("%1 #%2").arg(name).arg(index);
    };
    spec.get = [](const PixConfig &c, int row, int column) {
        const AccessListCmd *a = c.all<AccessListCmd>().at(row);
        return column == 0 ? a->name : entryCells(a->entry).value(column - 1);
    };
    spec.set = [](PixConfig &c, int row, int column, const QString &value) {
        AccessListCmd *a = nth<AccessListCmd>(c, row);
        QStringList cells = QStringList{a->name} + entryCells(a->entry);
        cells[column] = value;
        QString error;
        const auto parsed = parseAs<AccessListCmd>(
            c, QStringLiteral("access-list ") + cells.join(u' ').simplified(), &error);
        if (!parsed)
            return error;
        a->name = parsed->name;
        a->entry = parsed->entry;
        return QString();
    };
    spec.add = [](PixConfig &c) {
        const auto lists = c.all<AccessListCmd>();
        const QString name = lists.isEmpty() ? QStringLiteral("acl") : lists.last()->name;
        AccessListCmd entry{name, std::nullopt, {}};
        insert(c, entry);
    };
    spec.remove = [](PixConfig &c, int row) { removeNth<AccessListCmd>(c, row); };
    return makeTable(pixSource(), spec);
}

std::shared_ptr<ConfigTable> accessGroupTable()
{
    TableSpec<PixConfig> spec;
    spec.title = QT_TRANSLATE_NOOP("Inspector", "Access Groups");
    spec.item = QT_TRANSLATE_NOOP("Inspector", "access group %1");
    spec.columns = {{QT_TRANSLATE_NOOP("Inspector", "Access list"), FieldKind::Text, {}, 0, 0, false, false, true},
                    {QT_TRANSLATE_NOOP("Inspector", "Interface (in)"), FieldKind::Text, {}, 0, 0, false, true, true}};
    spec.rows = [](const PixConfig &c) { return int(c.all<AccessGroupCmd>().size()); };
    spec.key = [](const PixConfig &c, int row) { return c.all<AccessGroupCmd>().at(row)->acl; };
    spec.get = [](const PixConfig &c, int row, int column) {
        const AccessGroupCmd *g = c.all<AccessGroupCmd>().at(row);
        return column == 0 ? g->acl : g->ifName;
    };
    spec.set = [](PixConfig &c, int row, int column, const QString &value) {
        AccessGroupCmd *g = nth<AccessGroupCmd>(c, row);
        (column == 0 ? g->acl : g->ifName) = value;
        if (column == 0 && !c.accessList(value))
            return QCoreApplication::translate("Inspector", "There is no access list %1.").arg(value);
        return QString();
    };
    spec.add = [](PixConfig &c) {
        const auto lists = c.accessLists();
        insert(c, AccessGroupCmd{lists.isEmpty() ? QStringLiteral("acl") : lists.first().name,
                                 someInterface(c)});
    };
    spec.remove = [](PixConfig &c, int row) { removeNth<AccessGroupCmd>(c, row); };
    return makeTable(pixSource(), spec);
}

std::shared_ptr<ConfigTable> natTable()
{
    TableSpec<PixConfig> spec;
    spec.title = QT_TRANSLATE_NOOP("Inspector", "NAT (nat)");
    spec.item = QT_TRANSLATE_NOOP("Inspector", "nat %1");
    spec.columns = {{QT_TRANSLATE_NOOP("Inspector", "Interface"), FieldKind::Text, {}, 0, 0, false, false, true},
                    {QT_TRANSLATE_NOOP("Inspector", "NAT ID"), FieldKind::Integer, {}, 0, 65535},
                    {QT_TRANSLATE_NOOP("Inspector", "Access list"), FieldKind::Text, {}, 0, 0, true, false, true},
                    {QT_TRANSLATE_NOOP("Inspector", "Address"), FieldKind::Address, {}, 0, 0, true},
                    {QT_TRANSLATE_NOOP("Inspector", "Mask"), FieldKind::Mask, {}, 0, 0, true}};
    spec.rows = [](const PixConfig &c) { return int(c.all<NatCmd>().size()); };
    spec.key = [](const PixConfig &c, int row) {
        const NatCmd *n = c.all<NatCmd>().at(row);
        return QStringLiteral("(%1) %2").arg(n->ifName).arg(n->id);
    };
    spec.get = [](const PixConfig &c, int row, int column) {
        const NatCmd *n = c.all<NatCmd>().at(row);
        const bool acl = !n->accessList.isEmpty();
        const QStringList cells{n->ifName, QString::number(n->id), n->accessList,
                                acl ? QString() : n->address.toString(),
                                acl ? QString() : n->mask.toString()};
        return cells.at(column);
    };
    spec.set = [](PixConfig &c, int row, int column, const QString &value) {
        NatCmd *n = nth<NatCmd>(c, row);
        switch (column) {
        case 0: n->ifName = value; break;
        case 1: n->id = value.toInt(); break;
        case 2: n->accessList = value; break;
        case 3: n->address = Ipv4Address::parse(value).value_or(Ipv4Address()); break;
        default: n->mask = Ipv4Address::parse(value).value_or(Ipv4Address()); break;
        }
        if (!n->accessList.isEmpty() && !c.accessList(n->accessList))
            return QCoreApplication::translate("Inspector", "There is no access list %1.").arg(n->accessList);
        return QString();
    };
    spec.add = [](PixConfig &c) {
        NatCmd nat;
        nat.ifName = QStringLiteral("inside");
        nat.id = 1;
        insert(c, nat);
    };
    spec.remove = [](PixConfig &c, int row) { removeNth<NatCmd>(c, row); };
    return makeTable(pixSource(), spec);
}

QString globalAddresses(const GlobalCmd &g)
{
    if (g.interface)
        return QStringLiteral("interface");
    return g.last ? g.first.toString() + u'-' + g.last->toString() : g.first.toString();
}

std::shared_ptr<ConfigTable> globalTable()
{
    TableSpec<PixConfig> spec;
    spec.title = QT_TRANSLATE_NOOP("Inspector", "Global Address Pools (global)");
    spec.item = QT_TRANSLATE_NOOP("Inspector", "global %1");
    spec.columns = {{QT_TRANSLATE_NOOP("Inspector", "Interface"), FieldKind::Text, {}, 0, 0, false, false, true},
                    {QT_TRANSLATE_NOOP("Inspector", "NAT ID"), FieldKind::Integer, {}, 1, 65535},
                    {QT_TRANSLATE_NOOP("Inspector", "Addresses"), FieldKind::Text, {}, 0, 0, false, false, true},
                    {QT_TRANSLATE_NOOP("Inspector", "Mask"), FieldKind::Mask, {}, 0, 0, true}};
    spec.rows = [](const PixConfig &c) { return int(c.all<GlobalCmd>().size()); };
    spec.key = [](const PixConfig &c, int row) {
        const GlobalCmd *g = c.all<GlobalCmd>().at(row);
        return QStringLiteral("(%1) %2").arg(g->ifName).arg(g->id);
    };
    spec.get = [](const PixConfig &c, int row, int column) {
        const GlobalCmd *g = c.all<GlobalCmd>().at(row);
        const QStringList cells{g->ifName, QString::number(g->id), globalAddresses(*g),
                                g->netmask ? g->netmask->toString() : QString()};
        return cells.at(column);
    };
    spec.set = [](PixConfig &c, int row, int column, const QString &value) {
        GlobalCmd *g = nth<GlobalCmd>(c, row);
        QStringList cells{g->ifName, QString::number(g->id), globalAddresses(*g),
                          g->netmask ? g->netmask->toString() : QString()};
        cells[column] = value;
        QString line = QStringLiteral("global (%1) %2 %3").arg(cells[0], cells[1], cells[2]);
        if (!cells[3].isEmpty())
            line += QStringLiteral(" netmask ") + cells[3];
        QString error;
        const auto parsed = parseAs<GlobalCmd>(c, line, &error);
        if (!parsed)
            return error;
        *g = *parsed;
        return QString();
    };
    spec.add = [](PixConfig &c) { insert(c, GlobalCmd{someInterface(c), 1, true, {}, {}, {}}); };
    spec.remove = [](PixConfig &c, int row) { removeNth<GlobalCmd>(c, row); };
    return makeTable(pixSource(), spec);
}

std::shared_ptr<ConfigTable> staticTable()
{
    TableSpec<PixConfig> spec;
    spec.title = QT_TRANSLATE_NOOP("Inspector", "Static Translations (static)");
    spec.item = QT_TRANSLATE_NOOP("Inspector", "static %1");
    spec.columns = {{QT_TRANSLATE_NOOP("Inspector", "Real interface"), FieldKind::Text, {}, 0, 0, false, false, true},
                    {QT_TRANSLATE_NOOP("Inspector", "Mapped interface"), FieldKind::Text, {}, 0, 0, false, false, true},
                    {QT_TRANSLATE_NOOP("Inspector", "Mapped address"), FieldKind::Text, {}, 0, 0, false, false, true},
                    {QT_TRANSLATE_NOOP("Inspector", "Real address"), FieldKind::Address},
                    {QT_TRANSLATE_NOOP("Inspector", "Mask"), FieldKind::Mask}};
    spec.rows = [](const PixConfig &c) { return int(c.all<StaticCmd>().size()); };
    spec.key = [](const PixConfig &c, int row) { return c.all<StaticCmd>().at(row)->real.toString(); };
    spec.get = [](const PixConfig &c, int row, int column) {
        const StaticCmd *s = c.all<StaticCmd>().at(row);
        const QStringList cells{s->realIf, s->mappedIf,
                                s->mappedInterface ? QStringLiteral("interface") : s->mapped.toString(),
                                s->real.toString(), s->netmask.toString()};
        return cells.at(column);
    };
    spec.set = [](PixConfig &c, int row, int column, const QString &value) {
        StaticCmd *s = nth<StaticCmd>(c, row);
        switch (column) {
        case 0: s->realIf = value; break;
        case 1: s->mappedIf = value; break;
        case 2:
            s->mappedInterface = value == QLatin1String("interface");
            if (!s->mappedInterface) {
                const auto mapped = Ipv4Address::parse(value);
                if (!mapped)
                    return QCoreApplication::translate("Inspector", "Write an IPv4 address or \"interface\".");
                s->mapped = *mapped;
            }
            break;
        case 3: s->real = *Ipv4Address::parse(value); break;
        default: s->netmask = *Ipv4Address::parse(value); break;
        }
        return QString();
    };
    spec.add = [](PixConfig &c) {
        StaticCmd s;
        s.realIf = QStringLiteral("inside");
        s.mappedIf = someInterface(c);
        insert(c, s);
    };
    spec.remove = [](PixConfig &c, int row) { removeNth<StaticCmd>(c, row); };
    return makeTable(pixSource(), spec);
}

} // namespace

ConfigTables trafficTables()
{
    return {aclTable(), accessGroupTable(), natTable(), globalTable(), staticTable()};
}

} // namespace vtd::app::pixtables
