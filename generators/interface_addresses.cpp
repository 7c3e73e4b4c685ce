#include "interface_addresses.h"

#include <QStringList>

namespace vtd::gen {

namespace {

using model::Ipv4Address;
using model::Ipv4Prefix;

QStringList configLines(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    return lines;
}

QStringList words(const QString &line)
{
    return line.split(u' ', Qt::SkipEmptyParts);
}

/** "ADDR MASK" -> prefix; nullopt unless both parse and the mask is contiguous. */
std::optional<Ipv4Prefix> addressWithMask(const QString &address, const QString &mask)
{
    const auto a = Ipv4Address::parse(address);
    const auto m = Ipv4Address::parse(mask);
    if (!a || !m)
        return std::nullopt;
    return Ipv4Prefix::fromMask(*a, *m);
}

// PIX 6.x: "nameif ethernet0 outside security0", "interface ethernet3 auto shutdown",
// "ip address outside 193.0.0.1 255.255.255.252" (the address names the nameif).
InterfaceAddressMap readPix(const QString &text)
{
    InterfaceAddressMap result;
    QMap<QString, QString> hardwareByNameif;
    const QStringList lines = configLines(text);
    for (const QString &line : lines) {
        const QStringList w = words(line);
        if (w.size() >= 3 && w[0] == QLatin1String("nameif")) {
            result[w[1]].nameif = w[2];
            hardwareByNameif.insert(w[2], w[1]);
        } else if (w.size() >= 2 && w[0] == QLatin1String("interface")) {
            result[w[1]].shutdown = w.contains(QLatin1String("shutdown"));
        }
    }
    for (const QString &line : lines) {
        const QStringList w = words(line);
        if (w.size() < 5 || w[0] != QLatin1String("ip") || w[1] != QLatin1String("address"))
            continue;
        // The address names the nameif; a hardware name is accepted too.
        const QString hardware = hardwareByNameif.value(w[2], w[2]);
        if (result.contains(hardware))
            result[hardware].address = addressWithMask(w[3], w[4]);
    }
    return result;
}

// IOS 12.2: "interface Ethernet5/1" opens a block of indented lines; a line that is not
// indented ("!", another command) closes it. Sub-interfaces ("Serial0/0.1") are skipped:
// the canvas draws hardware interfaces only.
InterfaceAddressMap readIos(const QString &text)
{
    InterfaceAddressMap result;
    QString current;
    for (const QString &line : configLines(text)) {
        const QStringList w = words(line);
        if (!line.startsWith(u' ')) {
            const bool opens = w.size() >= 2 && w[0] == QLatin1String("interface")
                               && !w[1].contains(u'.');
            current = opens ? w[1] : QString();
            if (opens)
                result[current];
            continue;
        }
        if (current.isEmpty() || w.isEmpty())
            continue;
        if (w.size() == 4 && w[0] == QLatin1String("ip") && w[1] == QLatin1String("address"))
            result[current].address = addressWithMask(w[2], w[3]);
        else if (w.size() == 1 && w[0] == QLatin1String("shutdown"))
            result[current].shutdown = true;
        else if (w.size() == 2 && w[0] == QLatin1String("no") && w[1] == QLatin1String("shutdown"))
            result[current].shutdown = false;
    }
    return result;
}

} // namespace

InterfaceAddressMap readInterfaceAddresses(model::NodeKind kind, const QString &configText)
{
    switch (kind) {
    case model::NodeKind::PixFirewall:
        return readPix(configText);
    case model::NodeKind::IosRouter:
        return readIos(configText);
    case model::NodeKind::VpnClient:
    case model::NodeKind::Host:
    case model::NodeKind::LanSegment:
        break;
    }
    return {};
}

} // namespace vtd::gen
