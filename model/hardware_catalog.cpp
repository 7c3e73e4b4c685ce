#include "hardware_catalog.h"

namespace vtd::model {

namespace {

QStringList numbered(const QString &prefix, int first, int last)
{
    QStringList names;
    for (int i = first; i <= last; ++i)
        names << prefix + QString::number(i);
    return names;
}

/** The RSP2 chassis of the seed's carrion, as its `show version` and config list it:
 *  3 FSIP (24 serial) in slots 0-2, an EIP (4 Ethernet) in slot 5, a VIP2 HSSI in slot 9. */
QStringList rsp2SeedPorts()
{
    QStringList ports;
    for (int slot = 0; slot <= 2; ++slot)
        ports << numbered(QStringLiteral("Serial%1/").arg(slot), 0, 7);
    ports << numbered(QStringLiteral("Ethernet5/"), 0, 3);
    ports << QStringLiteral("Hssi9/1/0");
    return ports;
}

QList<HardwareModel> buildCatalog()
{
    const QString pixSoftware = QStringLiteral("6.2(2)");
    return {
        {QStringLiteral("PIX-501"), NodeKind::PixFirewall, QStringLiteral("PIX 501"),
         numbered(QStringLiteral("ethernet"), 0, 1), pixSoftware},
        {QStringLiteral("PIX-506E"), NodeKind::PixFirewall, QStringLiteral("PIX 506E"),
         numbered(QStringLiteral("ethernet"), 0, 1), pixSoftware},
        {QStringLiteral("PIX-515E"), NodeKind::PixFirewall, QStringLiteral("PIX 515E"),
         numbered(QStringLiteral("ethernet"), 0, 5), pixSoftware},
        {QStringLiteral("PIX-525"), NodeKind::PixFirewall, QStringLiteral("PIX 525"),
         numbered(QStringLiteral("ethernet"), 0, 5), pixSoftware},
        {QStringLiteral("PIX-535"), NodeKind::PixFirewall, QStringLiteral("PIX 535"),
         numbered(QStringLiteral("ethernet"), 0, 9), pixSoftware},
        {QStringLiteral("IOS-ROUTER"), NodeKind::IosRouter, QStringLiteral("IOS router"),
         QStringList{}, QStringLiteral("12.2(6)"), true},
        {QStringLiteral("C7500-RSP2"), NodeKind::IosRouter, QStringLiteral("Cisco 7500 (RSP2)"),
         rsp2SeedPorts(), QStringLiteral("12.2(6)")},
        {QStringLiteral("VPNCLIENT-PC"), NodeKind::VpnClient, QStringLiteral("Cisco VPN Client PC"),
         {QStringLiteral("eth0")}, QStringLiteral("3.6")},
        {QStringLiteral("HOST"), NodeKind::Host, QStringLiteral("Host"), {QStringLiteral("eth0")},
         QString()},
        {QStringLiteral("LAN-SEGMENT"), NodeKind::LanSegment, QStringLiteral("LAN segment"),
         QStringList{}, QString()},
    };
}

} // namespace

const QList<HardwareModel> &hardwareModels()
{
    static const QList<HardwareModel> catalog = buildCatalog();
    return catalog;
}

const HardwareModel *findHardwareModel(const QString &id)
{
    for (const HardwareModel &model : hardwareModels()) {
        if (model.id == id)
            return &model;
    }
    return nullptr;
}

const HardwareModel &defaultHardwareModel(NodeKind kind)
{
    static const QString defaults[] = {
        QStringLiteral("PIX-525"), QStringLiteral("IOS-ROUTER"), QStringLiteral("VPNCLIENT-PC"),
        QStringLiteral("HOST"), QStringLiteral("LAN-SEGMENT"),
    };
    return *findHardwareModel(defaults[int(kind)]);
}

} // namespace vtd::model
