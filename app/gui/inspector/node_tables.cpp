// Inspector sections that are node fields rather than configuration lines: hardware and
// licences, host IP settings, and the VPN Client profile.

#include "node_tables.h"

#include "ios_tables.h"
#include "pix_tables.h"
#include "value_sources.h"

#include "generators/pix62/pix62_checks.h"
#include "model/hardware_catalog.h"

namespace vtd::app {

using namespace model;

namespace {

QString flag(bool on)
{
    return QString(on ? u'1' : u'0');
}

} // namespace

std::shared_ptr<ConfigTable> hardwareTable(NodeKind kind)
{
    QStringList models;
    for (const HardwareModel &m : hardwareModels()) {
        if (m.kind == kind)
            models << m.id;
    }
    TableSpec<NodeHardware> spec;
    spec.title = QT_TRANSLATE_NOOP("Inspector", "Hardware");
    spec.item = QT_TRANSLATE_NOOP("Inspector", "hardware");
    spec.form = true;
    spec.columns = {{QT_TRANSLATE_NOOP("Inspector", "Model"), FieldKind::Choice, models},
                    {QT_TRANSLATE_NOOP("Inspector", "Software version"), FieldKind::Text, {}, 0, 0, false, false, true}};
    if (kind == NodeKind::PixFirewall) {
        spec.columns += {{QT_TRANSLATE_NOOP("Inspector", "Licence VPN-DES"), FieldKind::Flag},
                         {QT_TRANSLATE_NOOP("Inspector", "Licence VPN-3DES"), FieldKind::Flag},
                         {QT_TRANSLATE_NOOP("Inspector", "Licence failover"), FieldKind::Flag}};
    }
    spec.rows = [](const NodeHardware &) { return 1; };
    spec.key = [](const NodeHardware &, int) { return QString(); };
    spec.get = [](const NodeHardware &h, int, int column) {
        const QStringList cells{h.hardwareModel, h.softwareVersion, flag(h.licences.vpnDes),
                                flag(h.licences.vpn3Des), flag(h.licences.failover)};
        return cells.at(column);
    };
    spec.set = [kind](NodeHardware &h, int, int column, const QString &value) {
        const bool on = value == QLatin1String("1");
        switch (column) {
        case 0: h.hardwareModel = value; break;
        case 1:
            if (kind == NodeKind::PixFirewall && !gen::pix62::parsePixVersion(value))
                return QCoreApplication::translate("Inspector", "A PIX version looks like 6.2(2) or 6.3(1).");
            h.softwareVersion = value;
            break;
        case 2: h.licences.vpnDes = on; break;
        case 3: h.licences.vpn3Des = on; break;
        default: h.licences.failover = on; break;
        }
        return QString();
    };
    return makeTable(hardwareSource(), spec);
}

std::shared_ptr<ConfigTable> hostTable()
{
    TableSpec<HostSettings> spec;
    spec.title = QT_TRANSLATE_NOOP("Inspector", "IP Settings");
    spec.item = QT_TRANSLATE_NOOP("Inspector", "IP settings");
    spec.form = true;
    spec.columns = {{QT_TRANSLATE_NOOP("Inspector", "Address"), FieldKind::Address},
                    {QT_TRANSLATE_NOOP("Inspector", "Mask"), FieldKind::Mask},
                    {QT_TRANSLATE_NOOP("Inspector", "Gateway"), FieldKind::Address, {}, 0, 0, true}};
    spec.rows = [](const HostSettings &) { return 1; };
    spec.key = [](const HostSettings &, int) { return QString(); };
    spec.get = [](const HostSettings &h, int, int column) {
        const QStringList cells{h.address.toString(), h.mask.toString(),
                                h.gateway.isZero() ? QString() : h.gateway.toString()};
        return cells.at(column);
    };
    spec.set = [](HostSettings &h, int, int column, const QString &value) {
        const Ipv4Address a = Ipv4Address::parse(value).value_or(Ipv4Address());
        (column == 0 ? h.address : column == 1 ? h.mask : h.gateway) = a;
        const auto prefix = Ipv4Prefix::fromMask(h.address, h.mask);
        if (!h.gateway.isZero() && prefix && !prefix->contains(h.gateway))
            return QCoreApplication::translate("Inspector", "The gateway is not in the host's subnet %1.")
                .arg(prefix->canonical().toString());
        return QString();
    };
    return makeTable(hostSource(), spec);
}

std::shared_ptr<ConfigTable> profileTable()
{
    TableSpec<VpnClientProfile> spec;
    spec.title = QT_TRANSLATE_NOOP("Inspector", "VPN Client Profile");
    spec.item = QT_TRANSLATE_NOOP("Inspector", "profile");
    spec.form = true;
    spec.columns = {{QT_TRANSLATE_NOOP("Inspector", "Description"), FieldKind::Text, {}, 0, 0, true},
                    {QT_TRANSLATE_NOOP("Inspector", "Host (concentrator)"), FieldKind::Text, {}, 0, 0, false, false, true},
                    {QT_TRANSLATE_NOOP("Inspector", "Group name"), FieldKind::Text, {}, 0, 0, false, false, true},
                    {QT_TRANSLATE_NOOP("Inspector", "Group password"), FieldKind::Secret},
                    {QT_TRANSLATE_NOOP("Inspector", "Authentication type"), FieldKind::Choice, {QStringLiteral("1"), QStringLiteral("3")}},
                    {QT_TRANSLATE_NOOP("Inspector", "Transparent tunnelling"), FieldKind::Flag}};
    spec.rows = [](const VpnClientProfile &) { return 1; };
    spec.key = [](const VpnClientProfile &, int) { return QString(); };
    spec.get = [](const VpnClientProfile &p, int, int column) {
        const QStringList cells{p.description(), p.host(), p.groupName(), p.groupPassword(),
                                QString::number(p.authType().value_or(1)), flag(p.enableNat())};
        return cells.at(column);
    };
    spec.set = [](VpnClientProfile &p, int, int column, const QString &value) {
        switch (column) {
        case 0: p.setDescription(value); break;
        case 1: p.setHost(value); break;
        case 2: p.setGroupName(value); break;
        case 3: p.setGroupPassword(value); break;
        case 4: p.setAuthType(value.toInt()); break;
        default: p.setEnableNat(value == QLatin1String("1")); break;
        }
        return QString();
    };
    return makeTable(profileSource(), spec);
}

ConfigTables tablesFor(NodeKind kind)
{
    switch (kind) {
    case NodeKind::PixFirewall: return ConfigTables{hardwareTable(kind)} + pixTables();
    case NodeKind::IosRouter: return ConfigTables{hardwareTable(kind)} + iosTables();
    case NodeKind::VpnClient: return {hostTable(), profileTable()};
    case NodeKind::Host: return {hostTable()};
    case NodeKind::LanSegment: break;
    }
    return {};
}

} // namespace vtd::app
