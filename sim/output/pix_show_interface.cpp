#include "pix_show_interface.h"

#include <QStringList>

namespace vtd::sim::output {

namespace {

QString stateLine(const PixInterfaceStatus &s)
{
    const QString admin = s.config.shutdown ? QStringLiteral("administratively down")
                                            : (s.lineProtocolUp ? QStringLiteral("up") : QStringLiteral("down"));
    const QString protocol = s.lineProtocolUp && !s.config.shutdown ? QStringLiteral("up") : QStringLiteral("down");
    return QStringLiteral("interface %1 \"%2\" is %3, line protocol is %4")
        .arg(s.config.hardware, s.config.name, admin, protocol);
}

QString addressLine(const PixInterfaceStatus &s)
{
    if (s.placeholderAddress)
        return QStringLiteral("  IP address 127.0.0.1, subnet mask 255.255.255.255");
    if (!s.config.address)
        return QStringLiteral("  IP address 0.0.0.0, subnet mask 0.0.0.0");
    return QStringLiteral("  IP address %1, subnet mask %2")
        .arg(s.config.address->toString(), s.config.mask.toString());
}

/** An `auto` port that has link negotiates 100 Mbit full duplex; without link it reports the
 *  10 Mbit half-duplex fallback. Fixed speeds print as configured ("10full", "100basetx" ...). */
QString bandwidth(const PixInterfaceStatus &s)
{
    const QString &speed = s.config.speed;
    const bool up = s.lineProtocolUp && !s.config.shutdown;
    if (speed.startsWith(QLatin1String("10full")) || speed == QLatin1String("10baset"))
        return speed.contains(QLatin1String("full")) ? QStringLiteral("BW 10000 Kbit full duplex")
                                                     : QStringLiteral("BW 10000 Kbit half duplex");
    if (speed.startsWith(QLatin1String("100")))
        return speed.contains(QLatin1String("full")) ? QStringLiteral("BW 100000 Kbit full duplex")
                                                     : QStringLiteral("BW 100000 Kbit half duplex");
    return up ? QStringLiteral("BW 100000 Kbit full duplex") : QStringLiteral("BW 10000 Kbit half duplex");
}

QStringList counterLines(const PixInterfaceCounters &c)
{
    const QString pad(8, u' ');
    return {
        pad + QStringLiteral("%1 packets input, %2 bytes, 0 no buffer").arg(c.packetsIn).arg(c.bytesIn),
        pad + QStringLiteral("Received %1 broadcasts, 0 runts, 0 giants").arg(c.broadcastsIn),
        pad + QStringLiteral("0 input errors, 0 CRC, 0 frame, 0 overrun, 0 ignored, 0 abort"),
        pad + QStringLiteral("%1 packets output, %2 bytes, 0 underruns").arg(c.packetsOut).arg(c.bytesOut),
        pad + QStringLiteral("0 output errors, 0 collisions, 0 interface resets"),
        pad + QStringLiteral("0 babbles, 0 late collisions, 0 deferred"),
        pad + QStringLiteral("0 lost carrier, 0 no carrier"),
    };
}

} // namespace

QString renderPixShowInterface(const QList<PixInterfaceStatus> &interfaces)
{
    QStringList lines;
    for (const PixInterfaceStatus &s : interfaces) {
        lines << stateLine(s)
              << QStringLiteral("  Hardware is i82559 ethernet, address is ") + s.macAddress
              << addressLine(s)
              << QStringLiteral("  MTU %1 bytes, ").arg(s.config.mtu) + bandwidth(s)
              << counterLines(s.counters);
    }
    return lines.isEmpty() ? QString() : lines.join(u'\n') + u'\n';
}

} // namespace vtd::sim::output
