#include "pix_show_version.h"

#include "device_identity.h"
#include "uptime_text.h"

#include "model/hardware_catalog.h"

#include <QList>

namespace vtd::sim::output {

namespace {

/** What differs between PIX models in `show version`. Only the PIX-525 row is from the seed;
 *  the others are the values these models' data sheets and published `show version`
 *  listings give [unverified]. */
struct PixModelProfile
{
    const char *id;
    const char *hardware;     ///< after "Hardware:   "
    const char *flash;
    const char *biosFlash;
    std::array<int, 10> irqs; ///< per port, in slot order
    int maximumInterfaces;
    const char *insideHosts;
    const char *throughput;
    const char *isakmpPeers;
};

const QList<PixModelProfile> &profiles()
{
    static const QList<PixModelProfile> table = {
        {"PIX-525", "PIX-525, 256 MB RAM, CPU Pentium III 600 MHz", "Flash E28F128J3 @ 0x300, 16MB",
         "BIOS Flash AM29F400B @ 0xfffd8000, 32KB", {10, 11, 11, 10, 9, 5, 11, 10, 9, 5}, 8,
         "Unlimited", "Unlimited", "Unlimited"},
        // [unverified] 501: 16 MB, AMD 133 MHz, 10-user licence, 2 ports.
        {"PIX-501", "PIX-501, 16 MB RAM, CPU Am5x86 133 MHz", "Flash E28F640J3 @ 0x3000000, 8MB",
         "BIOS Flash E28F640J3 @ 0xfffd8000, 128KB", {9, 10}, 2, "10", "Limited", "5"},
        // [unverified] 506E: 32 MB, 300 MHz, 2 ports.
        {"PIX-506E", "PIX-506E, 32 MB RAM, CPU Pentium II 300 MHz", "Flash E28F640J3 @ 0x300, 8MB",
         "BIOS Flash AM29F400B @ 0xfffd8000, 32KB", {10, 11}, 2, "Unlimited", "Unlimited",
         "Unlimited"},
        // [unverified] 515E (UR): 64 MB, 433 MHz, 6 ports; irqs as the 525's.
        {"PIX-515E", "PIX-515E, 64 MB RAM, CPU Pentium II 433 MHz", "Flash E28F128J3 @ 0x300, 16MB",
         "BIOS Flash AM29F400B @ 0xfffd8000, 32KB", {10, 11, 11, 10, 9, 5}, 6, "Unlimited",
         "Unlimited", "Unlimited"},
        // [unverified] 535 (UR): 512 MB, 1 GHz, 10 ports; irqs as the 525's, repeated.
        {"PIX-535", "PIX-535, 512 MB RAM, CPU Pentium III 1000 MHz", "Flash E28F128J3 @ 0x300, 16MB",
         "BIOS Flash AM29F400B @ 0xfffd8000, 32KB", {10, 11, 11, 10, 9, 5, 11, 10, 9, 5}, 10,
         "Unlimited", "Unlimited", "Unlimited"},
    };
    return table;
}

/** Unknown ids (a project from a newer program) print as the seed's PIX-525. */
const PixModelProfile &profileFor(const QString &id)
{
    for (const PixModelProfile &p : profiles()) {
        if (id == QLatin1String(p.id))
            return p;
    }
    return profiles().front();
}

/** "Compiled on" stamps by release; only 6.2(2) is known (seed). Other releases print the
 *  same stamp [unverified] rather than an invented one. */
QString compiledLine(const QString &)
{
    return QStringLiteral("Compiled on Tue 11-Sep-01 07:45 by morlee");
}

QString enabled(bool on)
{
    return on ? QStringLiteral("Enabled") : QStringLiteral("Disabled");
}

/** Labels up to 15 characters take a tab to column 16, longer ones to column 24 (the
 *  device pads with spaces, as the seed shows). */
QString feature(const QString &label, const QString &value)
{
    const int column = label.size() < 16 ? 16 : 24;
    return label.leftJustified(column, u' ') + value;
}

QStringList portLines(const PixVersionInput &in, const PixModelProfile &profile)
{
    QStringList lines;
    for (int i = 0; i < in.interfaces.size(); ++i) {
        const QString &port = in.interfaces.at(i);
        const int irq = i < int(profile.irqs.size()) && profile.irqs[std::size_t(i)] ? profile.irqs[std::size_t(i)] : 11;
        lines << QStringLiteral("%1: %2: address is %3, irq %4")
                     .arg(i)
                     .arg(port, macAddressOf(in.macAddresses, in.nodeName, port, i))
                     .arg(irq);
    }
    return lines;
}

QStringList featureLines(const PixVersionInput &in, const PixModelProfile &profile)
{
    return {
        QStringLiteral("Licensed Features:"),
        feature(QStringLiteral("Failover:"), enabled(in.licences.failover)),
        feature(QStringLiteral("VPN-DES:"), enabled(in.licences.vpnDes)),
        feature(QStringLiteral("VPN-3DES:"), enabled(in.licences.vpn3Des)),
        feature(QStringLiteral("Maximum Interfaces:"), QString::number(profile.maximumInterfaces)),
        feature(QStringLiteral("Cut-through Proxy:"), enabled(true)),
        feature(QStringLiteral("Guards:"), enabled(true)),
        feature(QStringLiteral("Websense:"), enabled(true)),
        feature(QStringLiteral("Inside Hosts:"), QLatin1String(profile.insideHosts)),
        feature(QStringLiteral("Throughput:"), QLatin1String(profile.throughput)),
        feature(QStringLiteral("ISAKMP peers:"), QLatin1String(profile.isakmpPeers)),
    };
}

QString hex8(std::uint32_t value)
{
    return QStringLiteral("0x%1").arg(value, 8, 16, QLatin1Char('0'));
}

QStringList identityLines(const PixVersionInput &in)
{
    const std::uint32_t serial = in.serialNumber.value_or(derivedSerialNumber(in.nodeName));
    const auto key = in.activationKey.value_or(derivedActivationKey(in.nodeName));
    return {
        QStringLiteral("Serial Number: %1 (0x%2)").arg(serial).arg(serial, 0, 16),
        QStringLiteral("Activation Key: %1 %2 %3 %4 ")
            .arg(hex8(key[0]), hex8(key[1]), hex8(key[2]), hex8(key[3])),
    };
}

} // namespace

PixVersionInput pixVersionInput(const model::Node &node, const QString &hostname, std::int64_t uptimeMs)
{
    PixVersionInput in;
    in.nodeName = node.name;
    in.hostname = hostname;
    in.hardwareModel = node.hardwareModel;
    in.softwareVersion = node.softwareVersion;
    in.licences = node.licences;
    const model::HardwareModel *hw = model::findHardwareModel(node.hardwareModel);
    in.interfaces = !hw || hw->interfacesFromNode ? node.customInterfaces : hw->interfaces;
    in.macAddresses = node.macAddresses;
    in.uptimeMs = uptimeMs;
    return in;
}

QString renderPixShowVersion(const PixVersionInput &in)
{
    const PixModelProfile &profile = profileFor(in.hardwareModel);
    QStringList lines{
        QStringLiteral("Cisco PIX Firewall Version ") + in.softwareVersion,
        compiledLine(in.softwareVersion),
        QStringLiteral("%1 up %2").arg(in.hostname, pixUptimeText(in.uptimeMs)),
        QStringLiteral("Hardware:   ") + QLatin1String(profile.hardware),
        QLatin1String(profile.flash),
        QLatin1String(profile.biosFlash),
    };
    lines << portLines(in, profile) << featureLines(in, profile) << identityLines(in);
    return lines.join(u'\n') + u'\n';
}

} // namespace vtd::sim::output
