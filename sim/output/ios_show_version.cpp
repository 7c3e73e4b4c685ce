#include "ios_show_version.h"

#include "uptime_text.h"

namespace vtd::sim::output {

namespace {

/** "Compiled ..." stamps by release; only 12.2(6) is known (seed). Other releases print the
 *  same stamp [unverified] rather than an invented one. */
QString compiledLine(const QString &)
{
    return QStringLiteral("Compiled Wed 07-Nov-01 21:44 by pwade");
}

int countPorts(const QStringList &ports, const QString &type)
{
    int n = 0;
    for (const QString &p : ports) {
        if (p.startsWith(type) && p.size() > type.size() && p.at(type.size()).isDigit())
            ++n;
    }
    return n;
}

/** "4 Ethernet/IEEE 802.3 interface(s)" ...: one line per port type the box has. */
QStringList portCountLines(const QStringList &ports)
{
    struct Kind
    {
        const char *prefix;
        const char *text;
    };
    static constexpr Kind kinds[] = {
        {"Ethernet", "%1 Ethernet/IEEE 802.3 interface(s)"},
        {"FastEthernet", "%1 FastEthernet/IEEE 802.3 interface(s)"},
        {"Serial", "%1 Serial network interface(s)"},
        {"Hssi", "%1 HSSI network interface(s)"},
    };
    QStringList lines;
    for (const Kind &k : kinds) {
        if (const int n = countPorts(ports, QLatin1String(k.prefix)))
            lines << QString::fromLatin1(k.text).arg(n);
    }
    return lines;
}

/** The seed's carrion, a 7500 with an RSP2 (its chassis lines are those of the seed). */
QStringList rsp2Lines(const IosVersionInput &in)
{
    const QString v = in.softwareVersion;
    QStringList lines{
        QStringLiteral("Cisco Internetwork Operating System Software "),
        QStringLiteral("IOS (tm) RSP Software (RSP-JK9O3SV-M), Version %1, RELEASE SOFTWARE (fc2)").arg(v),
        QStringLiteral("Copyright (c) 1986-2001 by cisco Systems, Inc."),
        compiledLine(v),
        QStringLiteral("Image text-base: 0x600109C8, data-base: 0x61B42000"),
        QStringLiteral("ROM: System Bootstrap, Version 11.1(2) [nitin 2], RELEASE SOFTWARE (fc1)"),
        QStringLiteral("BOOTLDR: RSP Software (RSP-BOOT-M), Version %1, RELEASE SOFTWARE (fc2)").arg(v),
        QStringLiteral("%1 uptime is %2").arg(in.hostname, iosUptimeText(in.uptimeMs)),
        QStringLiteral("System returned to ROM by reload at 12:27:14 UTC Wed Oct 10 2001"),
        QStringLiteral("System image file is \"slot0:rsp-jk9o3sv-mz.%1.bin\"").arg(iosImageRelease(v)),
        QStringLiteral("cisco RSP2 (R4700) processor with 131072K/2072K bytes of memory."),
        QStringLiteral("R4700 CPU at 100Mhz, Implementation 33, Rev 1.0"),
        QStringLiteral("Last reset from power-on"),
        QStringLiteral("G.703/E1 software, Version 1.0."),
        QStringLiteral("G.703/JT2 software, Version 1.0."),
        QStringLiteral("X.25 software, Version 3.0.0."),
        QStringLiteral("SuperLAT software (copyright 1990 by Meridian Technology Corp)."),
        QStringLiteral("Bridging software."),
        QStringLiteral("TN3270 Emulation software."),
        QStringLiteral("Chassis Interface."),
        QStringLiteral("1 EIP controller (4 Ethernet)."),
        QStringLiteral("3 FSIP controllers (24 Serial)."),
        QStringLiteral("1 VIP2 controller (1 HSSI)."),
    };
    lines << portCountLines(in.interfaces);
    lines << QStringLiteral("123K bytes of non-volatile configuration memory.")
          << QStringLiteral("20480K bytes of Flash PCMCIA card at slot 0 (Sector size 128K).")
          << QStringLiteral("8192K bytes of Flash internal SIMM (Sector size 256K).")
          << QStringLiteral("No slave installed in slot 7.")
          << QStringLiteral("Configuration register is 0x2002");
    return lines;
}

/** A generic small 12.2 router (a 2600-class box) [unverified: a plausible listing]. */
QStringList genericLines(const IosVersionInput &in)
{
    const QString v = in.softwareVersion;
    QStringList lines{
        QStringLiteral("Cisco Internetwork Operating System Software "),
        QStringLiteral("IOS (tm) C2600 Software (C2600-IK9O3S-M), Version %1, RELEASE SOFTWARE (fc2)").arg(v),
        QStringLiteral("Copyright (c) 1986-2001 by cisco Systems, Inc."),
        compiledLine(v),
        QStringLiteral("Image text-base: 0x80008098, data-base: 0x81A0E7A8"),
        QStringLiteral("ROM: System Bootstrap, Version 12.1(3r)T2, RELEASE SOFTWARE (fc1)"),
        QStringLiteral("%1 uptime is %2").arg(in.hostname, iosUptimeText(in.uptimeMs)),
        QStringLiteral("System returned to ROM by power-on"),
        QStringLiteral("System image file is \"flash:c2600-ik9o3s-mz.%1.bin\"").arg(iosImageRelease(v)),
        QStringLiteral("cisco 2621 (MPC860) processor (revision 0x102) with 60416K/5120K bytes of memory."),
        QStringLiteral("M860 processor: part number 0, mask 49"),
        QStringLiteral("Bridging software."),
        QStringLiteral("X.25 software, Version 3.0.0."),
    };
    lines << portCountLines(in.interfaces);
    lines << QStringLiteral("32K bytes of non-volatile configuration memory.")
          << QStringLiteral("16384K bytes of processor board System flash (Read/Write)")
          << QStringLiteral("Configuration register is 0x2102");
    return lines;
}

} // namespace

QString iosImageRelease(const QString &softwareVersion)
{
    QString release = softwareVersion;
    release.remove(u'.');
    release.replace(u'(', u'-');
    release.remove(u')');
    return release;
}

QString renderIosShowVersion(const IosVersionInput &in)
{
    const QStringList lines = in.hardwareModel == QLatin1String("C7500-RSP2") ? rsp2Lines(in) : genericLines(in);
    return lines.join(u'\n') + u'\n';
}

} // namespace vtd::sim::output
