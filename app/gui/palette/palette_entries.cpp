#include "palette_entries.h"

#include "model/hardware_catalog.h"

namespace vtd::app {

QList<PaletteEntry> paletteEntries()
{
    using model::NodeKind;
    return {
        {QStringLiteral("PIX-501"), NodeKind::PixFirewall},
        {QStringLiteral("PIX-506E"), NodeKind::PixFirewall},
        {QStringLiteral("PIX-515E"), NodeKind::PixFirewall},
        {QStringLiteral("PIX-525"), NodeKind::PixFirewall},
        {QStringLiteral("PIX-535"), NodeKind::PixFirewall},
        {QStringLiteral("IOS-ROUTER"), NodeKind::IosRouter},
        {QStringLiteral("VPNCLIENT-PC"), NodeKind::VpnClient},
        {QStringLiteral("HOST"), NodeKind::Host},
        {QStringLiteral("LAN-SEGMENT"), NodeKind::LanSegment},
    };
}

QString PaletteTexts::label(const PaletteEntry &entry)
{
    switch (entry.kind) {
    case model::NodeKind::PixFirewall: {
        // Product names stay as Cisco writes them.
        const model::HardwareModel *hardware = model::findHardwareModel(entry.hardwareModel);
        return hardware ? hardware->displayName : entry.hardwareModel;
    }
    case model::NodeKind::IosRouter:
        return tr("IOS router");
    case model::NodeKind::VpnClient:
        return tr("VPN Client PC");
    case model::NodeKind::Host:
        return tr("Host");
    case model::NodeKind::LanSegment:
        return tr("LAN segment");
    }
    return entry.hardwareModel;
}

QString PaletteTexts::toolTip(const PaletteEntry &entry)
{
    const model::HardwareModel *hardware = model::findHardwareModel(entry.hardwareModel);
    const int ports = hardware ? int(hardware->interfaces.size()) : 0;
    switch (entry.kind) {
    case model::NodeKind::PixFirewall:
        return tr("Cisco %1 firewall, PIX OS %2, %3 Ethernet interfaces, factory configuration."
                  "\nDrag onto the canvas to place it.")
            .arg(label(entry), hardware ? hardware->defaultSoftware : QString())
            .arg(ports);
    case model::NodeKind::IosRouter:
        return tr("Cisco IOS 12.2 router with two Ethernet and two serial interfaces."
                  "\nDrag onto the canvas to place it.");
    case model::NodeKind::VpnClient:
        return tr("PC running Cisco VPN Client 3.x with a connection profile (.pcf)."
                  "\nDrag onto the canvas to place it.");
    case model::NodeKind::Host:
        return tr("End system with an IP address, mask and default gateway."
                  "\nDrag onto the canvas to place it.");
    case model::NodeKind::LanSegment:
        return tr("Shared Ethernet segment: link several interfaces to it."
                  "\nDrag onto the canvas to place it.");
    }
    return {};
}

} // namespace vtd::app
