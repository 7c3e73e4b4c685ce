// IOS inspector sections for the box and its traffic: hostname, interfaces, routes, numbered
// access lists and `ip nat inside source`.

#include "ios_edit.h"
#include "ios_tables.h"
#include "value_sources.h"

#include "generators/ios122/ios122_print.h"

namespace vtd::app::iostables {

using namespace model;
using namespace iosedit;

namespace {

std::shared_ptr<ConfigTable> deviceTable()
{
    TableSpec<IosConfig> spec;
    spec.title = QT_TRANSLATE_NOOP("Inspector", "Device");
    spec.item = QT_TRANSLATE_NOOP("Inspector", "device");
    spec.form = true;
    spec.columns = {{QT_TRANSLATE_NOOP("Inspector", "Host name"), FieldKind::Text, {}, 0, 0, false, false, true}};
    spec.rows = [](const IosConfig &) { return 1; };
    spec.key = [](const IosConfig &, int) { return QString(); };
    spec.get = [](const IosConfig &c, int, int) { return c.hostname(); };
    spec.set = [](IosConfig &c, int, int, const QString &value) {
        if (IosHostname *h = nth<IosHostname>(c, 0))
            h->name = value;
        else
            insert(c, IosHostname{value});
        return QString();
    };
    return makeTable(iosSource(), spec);
}

const QStringList kNatSides{QStringLiteral("none"), QStringLiteral("inside"), QStringLiteral("outside")};

QString interfaceCell(const IosInterface &i, int column)
{
    const auto address = i.primaryAddress();
    const auto nat = i.natSide();
    switch (column) {
    case 0: return i.name;
    case 1: return i.description();
    case 2: return address ? address->address.toString() : QString();
    case 3: return address ? address->mask.toString() : QString();
    case 4: return QString(i.isShutdown() ? u'1' : u'0');
    case 5: return i.cryptoMap();
    default: return nat ? kNatSides.at(*nat == IosIpNat::Side::Inside ? 1 : 2) : kNatSides.at(0);
    }
}

QString setInterfaceCell(IosInterface &i, int column, const QString &value)
{
    auto &commands = i.commands;
    switch (column) {
    case 1:
        setSub<IosDescription>(commands, value.isEmpty() ? std::nullopt : std::optional(IosDescription{value}));
        break;
    case 2:
    case 3: {
        IosIpAddress address = i.primaryAddress().value_or(IosIpAddress{Ipv4Address(), Ipv4Address(255, 255, 255, 0), false});
        (column == 2 ? address.address : address.mask) = Ipv4Address::parse(value).value_or(Ipv4Address());
        const bool clear = value.isEmpty();
        for (auto &command : commands) { // the new address takes the place of `no ip address`
            if (!clear && std::holds_alternative<IosNoIpAddress>(command))
                command = address;
        }
        setSub<IosNoIpAddress>(commands, clear ? std::optional(IosNoIpAddress{}) : std::nullopt);
        setSub<IosIpAddress>(commands, clear ? std::nullopt : std::optional(address));
        break;
    }
    case 4: setSub<IosShutdown>(commands, std::optional(IosShutdown{value == QLatin1String("1")})); break;
    case 5:
        setSub<IosInterfaceCryptoMap>(commands, value.isEmpty() ? std::nullopt : std::optional(IosInterfaceCryptoMap{value}));
        break;
    default: {
        const int side = kNatSides.indexOf(value);
        setSub<IosIpNat>(commands, side <= 0 ? std::nullopt
                                             : std::optional(IosIpNat{side == 1 ? IosIpNat::Side::Inside : IosIpNat::Side::Outside}));
    }
    }
    return QString();
}

std::shared_ptr<ConfigTable> interfaceTable()
{
    TableSpec<IosConfig> spec;
    spec.title = QT_TRANSLATE_NOOP("Inspector", "Interfaces");
    spec.item = QT_TRANSLATE_NOOP("Inspector", "interface %1");
    spec.columns = {{QT_TRANSLATE_NOOP("Inspector", "Port"), FieldKind::ReadOnly},
                    {QT_TRANSLATE_NOOP("Inspector", "Description"), FieldKind::Text, {}, 0, 0, true},
                    {QT_TRANSLATE_NOOP("Inspector", "Address"), FieldKind::Address, {}, 0, 0, true},
                    {QT_TRANSLATE_NOOP("Inspector", "Mask"), FieldKind::Mask, {}, 0, 0, true},
                    {QT_TRANSLATE_NOOP("Inspector", "Shut down"), FieldKind::Flag},
                    {QT_TRANSLATE_NOOP("Inspector", "Crypto map"), FieldKind::Text, {}, 0, 0, true, false, true},
                    {QT_TRANSLATE_NOOP("Inspector", "NAT side"), FieldKind::Choice, kNatSides}};
    spec.rows = [](const IosConfig &c) { return int(c.interfaces().size()); };
    spec.key = [](const IosConfig &c, int row) { return c.interfaces().at(row)->name; };
    spec.get = [](const IosConfig &c, int row, int column) { return interfaceCell(*c.interfaces().at(row), column); };
    spec.set = [](IosConfig &c, int row, int column, const QString &value) {
        return setInterfaceCell(*nth<IosInterface>(c, row), column, value);
    };
    return makeTable(iosSource(), spec);
}

std::shared_ptr<ConfigTable> routeTable()
{
    TableSpec<IosConfig> spec;
    spec.title = QT_TRANSLATE_NOOP("Inspector", "Static Routes");
    spec.item = QT_TRANSLATE_NOOP("Inspector", "route %1");
    spec.columns = {{QT_TRANSLATE_NOOP("Inspector", "Network"), FieldKind::Address},
                    {QT_TRANSLATE_NOOP("Inspector", "Mask"), FieldKind::Mask},
                    {QT_TRANSLATE_NOOP("Inspector", "Interface"), FieldKind::Text, {}, 0, 0, true, false, true},
                    {QT_TRANSLATE_NOOP("Inspector", "Next hop"), FieldKind::Address, {}, 0, 0, true},
                    {QT_TRANSLATE_NOOP("Inspector", "Distance"), FieldKind::Integer, {}, 1, 255, true}};
    spec.rows = [](const IosConfig &c) { return int(c.all<IosIpRoute>().size()); };
    spec.key = [](const IosConfig &c, int row) {
        const IosIpRoute *r = c.all<IosIpRoute>().at(row);
        return r->prefix.toString() + u' ' + r->mask.toString();
    };
    spec.get = [](const IosConfig &c, int row, int column) {
        const IosIpRoute *r = c.all<IosIpRoute>().at(row);
        const QStringList cells{r->prefix.toString(), r->mask.toString(), r->interface,
                                r->nextHop ? r->nextHop->toString() : QString(),
                                r->distance ? QString::number(*r->distance) : QString()};
        return cells.at(column);
    };
    spec.set = [](IosConfig &c, int row, int column, const QString &value) {
        IosIpRoute *r = nth<IosIpRoute>(c, row);
        switch (column) {
        case 0: r->prefix = *Ipv4Address::parse(value); break;
        case 1: r->mask = *Ipv4Address::parse(value); break;
        case 2: r->interface = value; break;
        case 3: r->nextHop = Ipv4Address::parse(value); break;
        default: r->distance = value.isEmpty() ? std::nullopt : std::optional(value.toInt()); break;
        }
        if (r->interface.isEmpty() && !r->nextHop)
            return QCoreApplication::translate("Inspector", "A route needs an interface or a next hop.");
        return QString();
    };
    spec.add = [](IosConfig &c) {
        IosIpRoute route;
        route.nextHop = Ipv4Address();
        insert(c, route);
    };
    spec.remove = [](IosConfig &c, int row) { removeNth<IosIpRoute>(c, row); };
    return makeTable(iosSource(), spec);
}

/** Numbered access-list entries (remarks are left to the config view). */
QList<int> entryRows(const IosConfig &c)
{
    QList<int> rows;
    const auto lists = c.all<IosAccessList>();
    for (int i = 0; i < lists.size(); ++i) {
        if (std::holds_alternative<AccessListEntry>(lists.at(i)->item))
            rows << i;
    }
    return rows;
}

std::shared_ptr<ConfigTable> aclTable()
{
    TableSpec<IosConfig> spec;
    spec.title = QT_TRANSLATE_NOOP("Inspector", "Access Lists");
    spec.item = QT_TRANSLATE_NOOP("Inspector", "access list entry %1");
    spec.columns = {{QT_TRANSLATE_NOOP("Inspector", "Access list"), FieldKind::Text, {}, 0, 0, false, false, true},
                    {QT_TRANSLATE_NOOP("Inspector", "Action"), FieldKind::Choice, {QStringLiteral("permit"), QStringLiteral("deny")}},
                    {QT_TRANSLATE_NOOP("Inspector", "Match"), FieldKind::Text}};
    spec.rows = [](const IosConfig &c) { return int(entryRows(c).size()); };
    spec.key = [](const IosConfig &c, int row) {
        const auto lists = c.all<IosAccessList>();
        const QString number = lists.at(entryRows(c).at(row))->number;
        int index = 0;
        for (int r = 0; r <= row; ++r)
            index += lists.at(entryRows(c).at(r))->number == number;
        return QStringLiteral("%1 #%2").arg(number).arg(index);
    };
    spec.get = [](const IosConfig &c, int row, int column) {
        const IosAccessList *a = c.all<IosAccessList>().at(entryRows(c).at(row));
        const QString text = gen::ios122::aclEntryText(std::get<AccessListEntry>(a->item), isStandardAclNumber(a->number));
        return column == 0 ? a->number : column == 1 ? text.section(u' ', 0, 0) : text.section(u' ', 1);
    };
    spec.set = [](IosConfig &c, int row, int column, const QString &value) {
        IosAccessList *a = nth<IosAccessList>(c, entryRows(c).at(row));
        const QString text = gen::ios122::aclEntryText(std::get<AccessListEntry>(a->item), isStandardAclNumber(a->number));
        QStringList cells{a->number, text.section(u' ', 0, 0), text.section(u' ', 1)};
        cells[column] = value;
        QString error;
        const auto parsed = parseAs<IosAccessList>(QStringLiteral("access-list ") + cells.join(u' '), &error);
        if (!parsed)
            return error;
        *a = *parsed;
        return QString();
    };
    spec.add = [](IosConfig &c) {
        const auto lists = c.all<IosAccessList>();
        insert(c, IosAccessList{lists.isEmpty() ? QStringLiteral("101") : lists.last()->number, AccessListEntry{}});
    };
    spec.remove = [](IosConfig &c, int row) { removeNth<IosAccessList>(c, entryRows(c).at(row)); };
    return makeTable(iosSource(), spec);
}

std::shared_ptr<ConfigTable> natTable()
{
    TableSpec<IosConfig> spec;
    spec.title = QT_TRANSLATE_NOOP("Inspector", "NAT (ip nat inside source)");
    spec.item = QT_TRANSLATE_NOOP("Inspector", "NAT rule %1");
    spec.columns = {{QT_TRANSLATE_NOOP("Inspector", "Match"), FieldKind::Choice, {QStringLiteral("list"), QStringLiteral("route-map")}},
                    {QT_TRANSLATE_NOOP("Inspector", "Access list / route map"), FieldKind::Text, {}, 0, 0, false, false, true},
                    {QT_TRANSLATE_NOOP("Inspector", "Translate to"), FieldKind::Choice, {QStringLiteral("interface"), QStringLiteral("pool")}},
                    {QT_TRANSLATE_NOOP("Inspector", "Interface / pool"), FieldKind::Text, {}, 0, 0, false, false, true},
                    {QT_TRANSLATE_NOOP("Inspector", "Overload"), FieldKind::Flag}};
    spec.rows = [](const IosConfig &c) { return int(c.all<IosNatInsideSource>().size()); };
    spec.key = [](const IosConfig &c, int row) { return c.all<IosNatInsideSource>().at(row)->matchName; };
    spec.get = [](const IosConfig &c, int row, int column) {
        const IosNatInsideSource *n = c.all<IosNatInsideSource>().at(row);
        const QStringList cells{n->match == IosNatInsideSource::Match::List ? QStringLiteral("list") : QStringLiteral("route-map"),
                                n->matchName,
                                n->target == IosNatInsideSource::Target::Interface ? QStringLiteral("interface") : QStringLiteral("pool"),
                                n->targetName, QString(n->overload ? u'1' : u'0')};
        return cells.at(column);
    };
    spec.set = [](IosConfig &c, int row, int column, const QString &value) {
        IosNatInsideSource *n = nth<IosNatInsideSource>(c, row);
        switch (column) {
        case 0: n->match = value == QLatin1String("list") ? IosNatInsideSource::Match::List : IosNatInsideSource::Match::RouteMap; break;
        case 1: n->matchName = value; break;
        case 2: n->target = value == QLatin1String("pool") ? IosNatInsideSource::Target::Pool : IosNatInsideSource::Target::Interface; break;
        case 3: n->targetName = value; break;
        default: n->overload = value == QLatin1String("1"); break;
        }
        return QString();
    };
    spec.add = [](IosConfig &c) {
        insert(c, IosNatInsideSource{IosNatInsideSource::Match::List, QStringLiteral("1"),
                                     IosNatInsideSource::Target::Interface, someInterface(c), true});
    };
    spec.remove = [](IosConfig &c, int row) { removeNth<IosNatInsideSource>(c, row); };
    return makeTable(iosSource(), spec);
}

} // namespace

ConfigTables boxTables()
{
    return {deviceTable(), interfaceTable(), routeTable(), aclTable(), natTable()};
}

} // namespace vtd::app::iostables
