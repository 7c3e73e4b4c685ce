#include "configured_tunnels.h"

#include "generators/interface_addresses.h"
#include "generators/ios122/ios122_parser.h"
#include "generators/pix62/pix62_parser.h"
#include "generators/vpnclient/pcf_parser.h"
#include "model/project.h"

namespace vtd::sim::analysis {

namespace {

using model::Ipv4Address;

/** Addresses a node answers on; loopback placeholders (a PIX's unused 127.0.0.1) do not count. */
QList<Ipv4Address> addressesOf(const model::Node &node)
{
    QList<Ipv4Address> out;
    const auto add = [&out](Ipv4Address address) {
        if (!address.isZero() && (address.toUInt() >> 24) != 127 && !out.contains(address))
            out << address;
    };
    if (model::holdsHostSettings(node.kind))
        add(node.host.address);
    if (model::holdsConfiguration(node.kind)) {
        const gen::InterfaceAddressMap map = gen::readInterfaceAddresses(node.kind, node.configText);
        for (const gen::InterfaceAddress &state : map) {
            if (state.address)
                add(state.address->address());
        }
    }
    return out;
}

/** The static crypto map peers a router or firewall names, with the map entry naming each. */
QList<QPair<Ipv4Address, QString>> cryptoPeers(const model::Node &node)
{
    QList<model::CryptoMap> maps;
    if (node.kind == model::NodeKind::PixFirewall)
        maps = gen::pix62::parsePixConfig(node.configText).config.cryptoMaps();
    else if (node.kind == model::NodeKind::IosRouter)
        maps = gen::ios122::parseIosConfig(node.configText).config.cryptoMaps();
    QList<QPair<Ipv4Address, QString>> out;
    for (const model::CryptoMap &map : maps) {
        for (const model::CryptoMapEntry &entry : map.entries) {
            if (entry.kind == model::CryptoMapEntry::Kind::Dynamic)
                continue;
            for (Ipv4Address peer : entry.settings.peers)
                out.append({peer, QStringLiteral("crypto map %1 %2").arg(map.name).arg(entry.seq)});
        }
    }
    return out;
}

/** The gateway a VPN Client's profile dials: an address, or a node named like the host. */
std::optional<Ipv4Address> clientGateway(const model::Node &node, const QList<TunnelEnd> &ends)
{
    const QString host = gen::parsePcf(node.profileText).profile.host().trimmed();
    if (const auto address = Ipv4Address::parse(host))
        return address;
    for (const TunnelEnd &end : ends) {
        if (end.node.compare(host, Qt::CaseInsensitive) == 0 && !end.addresses.isEmpty())
            return end.addresses.first();
    }
    return std::nullopt;
}

const TunnelEnd *ownerOf(const QList<TunnelEnd> &ends, Ipv4Address address)
{
    for (const TunnelEnd &end : ends) {
        if (end.owns(address))
            return &end;
    }
    return nullptr;
}

} // namespace

QList<ConfiguredTunnel> configuredTunnels(const model::Project &project)
{
    QList<TunnelEnd> ends;
    for (const model::Node &node : project.nodes())
        ends << TunnelEnd{node.name, addressesOf(node)};

    QList<ConfiguredTunnel> tunnels;
    const auto add = [&](const TunnelEnd &self, Ipv4Address peer, const QString &source, bool client) {
        const TunnelEnd *other = ownerOf(ends, peer);
        if (!other || other->node == self.node)
            return;
        for (const ConfiguredTunnel &known : std::as_const(tunnels)) {
            if (known.joins(self.node, other->node))
                return;
        }
        tunnels << ConfiguredTunnel{self, *other, peer, client, source};
    };
    for (std::size_t i = 0; i < project.nodes().size(); ++i) {
        const model::Node &node = project.nodes()[i];
        const TunnelEnd &self = ends[qsizetype(i)];
        if (node.kind == model::NodeKind::VpnClient) {
            if (const auto gateway = clientGateway(node, ends))
                add(self, *gateway, QStringLiteral("profile Host=%1").arg(gateway->toString()), true);
            continue;
        }
        for (const auto &[peer, source] : cryptoPeers(node))
            add(self, peer, source, false);
    }
    return tunnels;
}

} // namespace vtd::sim::analysis
