// PIX inspector sections for the box itself: hostname, interfaces, routes, local pools.

#include "pix_edit.h"
#include "pix_tables.h"
#include "value_sources.h"

namespace vtd::app::pixtables {

using namespace model;
using namespace pixedit;

namespace {

std::optional<Ipv4Address> address(const QString &text)
{
    return Ipv4Address::parse(text);
}

std::shared_ptr<ConfigTable> deviceTable()
{
    TableSpec<PixConfig> spec;
    spec.title = QT_TRANSLATE_NOOP("Inspector", "Device");
    spec.item = QT_TRANSLATE_NOOP("Inspector", "device");
    spec.form = true;
    spec.columns = {{QT_TRANSLATE_NOOP("Inspector", "Host name"), FieldKind::Text, {}, 0, 0, false, false, true},
                    {QT_TRANSLATE_NOOP("Inspector", "Domain name"), FieldKind::Text, {}, 0, 0, true, false, true}};
    spec.rows = [](const PixConfig &) { return 1; };
    spec.key = [](const PixConfig &, int) { return QString(); };
    spec.get = [](const PixConfig &c, int, int column) {
        if (column == 0)
            return c.hostname();
        const auto domains = c.all<DomainNameCmd>();
        return domains.isEmpty() ? QString() : domains.last()->name;
    };
    spec.set = [](PixConfig &c, int, int column, const QString &value) {
        if (column == 0) {
            if (HostnameCmd *h = nth<HostnameCmd>(c, 0))
                h->name = value;
            else
                insert(c, HostnameCmd{value});
        } else if (DomainNameCmd *d = nth<DomainNameCmd>(c, 0)) {
            if (value.isEmpty())
                removeNth<DomainNameCmd>(c, 0);
            else
                d->name = value;
        } else if (!value.isEmpty()) {
            insert(c, DomainNameCmd{value});
        }
        return QString();
    };
    return makeTable(pixSource(), spec);
}

// Interfaces: one row per hardware port, gathered from nameif / interface / ip address lines.
QString setInterface(PixConfig &c, const PixInterface &port, int column, const QString &value)
{
    if (column == 1 || column == 2) {
        NameifCmd *nameif = nullptr;
        for (NameifCmd *n : c.all<NameifCmd>())
            nameif = n->hardware == port.hardware ? n : nameif;
        if (!nameif)
            return QCoreApplication::translate("Inspector", "This port has no nameif line.");
        if (column == 1) {
            renameInterface(c, nameif->name, value);
            nameif->name = value;
        } else {
            nameif->security = value.toInt();
        }
    } else if (column == 3 || column == 4) {
        if (port.name.isEmpty())
            return QCoreApplication::translate("Inspector", "Name the interface first.");
        IpAddressCmd *line = nullptr;
        for (IpAddressCmd *a : c.all<IpAddressCmd>())
            line = a->ifName == port.name ? a : line;
        IpAddressCmd fresh{port.name, Ipv4Address(127, 0, 0, 1), Ipv4Address(0xffffffffu)};
        IpAddressCmd &target = line ? *line : fresh;
        if (column == 3)
            target.address = value.isEmpty() ? Ipv4Address(127, 0, 0, 1) : *address(value);
        else
            target.mask = value.isEmpty() ? Ipv4Address(0xffffffffu) : *address(value);
        if (!line)
            insert(c, fresh);
    } else if (column == 5) {
        for (InterfaceCmd *i : c.all<InterfaceCmd>()) {
            if (i->hardware == port.hardware)
                i->shutdown = value == QLatin1String("1");
        }
    }
    return QString();
}

std::shared_ptr<ConfigTable> interfaceTable()
{
    TableSpec<PixConfig> spec;
    spec.title = QT_TRANSLATE_NOOP("Inspector", "Interfaces");
    spec.item = QT_TRANSLATE_NOOP("Inspector", "interface %1");
    spec.columns = {{QT_TRANSLATE_NOOP("Inspector", "Port"), FieldKind::ReadOnly},
                    {QT_TRANSLATE_NOOP("Inspector", "Name (nameif)"), FieldKind::Text, {}, 0, 0, false, true, true},
                    {QT_TRANSLATE_NOOP("Inspector", "Security level"), FieldKind::Integer, {}, 0, 100},
                    {QT_TRANSLATE_NOOP("Inspector", "Address"), FieldKind::Address, {}, 0, 0, true},
                    {QT_TRANSLATE_NOOP("Inspector", "Mask"), FieldKind::Mask, {}, 0, 0, true},
                    {QT_TRANSLATE_NOOP("Inspector", "Shut down"), FieldKind::Flag}};
    spec.rows = [](const PixConfig &c) { return int(c.interfaces().size()); };
    spec.key = [](const PixConfig &c, int row) { return c.interfaces().at(row).hardware; };
    spec.get = [](const PixConfig &c, int row, int column) {
        const PixInterface i = c.interfaces().at(row);
        switch (column) {
        case 0: return i.hardware;
        case 1: return i.name;
        case 2: return QString::number(i.security);
        case 3: return i.address ? i.address->toString() : QString();
        case 4: return i.address ? i.mask.toString() : QString();
        default: return QString(i.shutdown ? u'1' : u'0');
        }
    };
    spec.set = [](PixConfig &c, int row, int column, const QString &value) {
        return setInterface(c, c.interfaces().at(row), column, value);
    };
    return makeTable(pixSource(), spec);
}

std::shared_ptr<ConfigTable> routeTable()
{
    TableSpec<PixConfig> spec;
    spec.title = QT_TRANSLATE_NOOP("Inspector", "Static Routes");
    spec.item = QT_TRANSLATE_NOOP("Inspector", "route %1");
    spec.columns = {{QT_TRANSLATE_NOOP("Inspector", "Interface"), FieldKind::Text, {}, 0, 0, false, false, true},
                    {QT_TRANSLATE_NOOP("Inspector", "Network"), FieldKind::Address},
                    {QT_TRANSLATE_NOOP("Inspector", "Mask"), FieldKind::Mask},
                    {QT_TRANSLATE_NOOP("Inspector", "Gateway"), FieldKind::Address},
                    {QT_TRANSLATE_NOOP("Inspector", "Metric"), FieldKind::Integer, {}, 1, 16}};
    spec.rows = [](const PixConfig &c) { return int(c.all<RouteCmd>().size()); };
    spec.key = [](const PixConfig &c, int row) {
        const RouteCmd *r = c.all<RouteCmd>().at(row);
        return r->network.toString() + u' ' + r->mask.toString();
    };
    spec.get = [](const PixConfig &c, int row, int column) {
        const RouteCmd *r = c.all<RouteCmd>().at(row);
        const QStringList cells{r->ifName, r->network.toString(), r->mask.toString(),
                                r->gateway.toString(), QString::number(r->metric)};
        return cells.at(column);
    };
    spec.set = [](PixConfig &c, int row, int column, const QString &value) {
        RouteCmd *r = nth<RouteCmd>(c, row);
        switch (column) {
        case 0: r->ifName = value; break;
        case 1: r->network = *address(value); break;
        case 2: r->mask = *address(value); break;
        case 3: r->gateway = *address(value); break;
        default: r->metric = value.toInt(); break;
        }
        return QString();
    };
    spec.add = [](PixConfig &c) {
        insert(c, RouteCmd{someInterface(c), Ipv4Address(), Ipv4Address(), Ipv4Address(), 1});
    };
    spec.remove = [](PixConfig &c, int row) { removeNth<RouteCmd>(c, row); };
    return makeTable(pixSource(), spec);
}

std::shared_ptr<ConfigTable> poolTable()
{
    TableSpec<PixConfig> spec;
    spec.title = QT_TRANSLATE_NOOP("Inspector", "Address Pools");
    spec.item = QT_TRANSLATE_NOOP("Inspector", "address pool %1");
    spec.columns = {{QT_TRANSLATE_NOOP("Inspector", "Name"), FieldKind::Text, {}, 0, 0, false, true, true},
                    {QT_TRANSLATE_NOOP("Inspector", "First address"), FieldKind::Address},
                    {QT_TRANSLATE_NOOP("Inspector", "Last address"), FieldKind::Address, {}, 0, 0, true}};
    spec.rows = [](const PixConfig &c) { return int(c.all<IpLocalPoolCmd>().size()); };
    spec.key = [](const PixConfig &c, int row) { return c.all<IpLocalPoolCmd>().at(row)->name; };
    spec.get = [](const PixConfig &c, int row, int column) {
        const IpLocalPoolCmd *p = c.all<IpLocalPoolCmd>().at(row);
        const QStringList cells{p->name, p->first.toString(), p->last ? p->last->toString() : QString()};
        return cells.at(column);
    };
    spec.set = [](PixConfig &c, int row, int column, const QString &value) {
        IpLocalPoolCmd *p = nth<IpLocalPoolCmd>(c, row);
        if (column == 0)
            p->name = value;
        else if (column == 1)
            p->first = *address(value);
        else
            p->last = address(value);
        if (p->last && *p->last < p->first)
            return QCoreApplication::translate("Inspector", "The last address comes before the first.");
        return QString();
    };
    spec.add = [](PixConfig &c) {
        QStringList names;
        for (const IpLocalPoolCmd *p : c.all<IpLocalPoolCmd>())
            names << p->name;
        QString name = QStringLiteral("pool");
        for (int n = 2; names.contains(name); ++n)
            name = QStringLiteral("pool%1").arg(n);
        insert(c, IpLocalPoolCmd{name, Ipv4Address(10, 1, 1, 1), Ipv4Address(10, 1, 1, 254)});
    };
    spec.remove = [](PixConfig &c, int row) { removeNth<IpLocalPoolCmd>(c, row); };
    return makeTable(pixSource(), spec);
}

} // namespace

ConfigTables boxTables()
{
    return {deviceTable(), interfaceTable(), routeTable(), poolTable()};
}

} // namespace vtd::app::pixtables
