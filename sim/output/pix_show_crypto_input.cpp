#include "pix_show_crypto_input.h"

#include "sim/devices/sim_node.h"
#include "sim/ike/ike_daemon.h"

#include <algorithm>
#include <map>

namespace vtd::sim::output {

namespace {

using esp::EspSa;

QString sideText(const model::AddressMatch &match, int protocol)
{
    return QStringLiteral("%1/%2/%3/0")
        .arg(match.kind == model::AddressMatch::Kind::Any ? QStringLiteral("0.0.0.0") : match.address.toString(),
             match.effectiveMask().toString())
        .arg(protocol);
}

/** conn ids as map_alloc_entry hands them out: per Quick Mode the inbound SA, then its
 *  outbound twin (same peer and proxies), in creation order (the SAs do not keep the number). */
std::map<const EspSa *, int> connIds(const std::vector<const EspSa *> &all)
{
    std::vector<const EspSa *> inbound;
    for (const EspSa *sa : all) {
        if (sa->direction() == esp::EspDirection::Inbound)
            inbound.push_back(sa);
    }
    std::stable_sort(inbound.begin(), inbound.end(), [](const EspSa *a, const EspSa *b) {
        return a->config().created < b->config().created;
    });
    std::map<const EspSa *, int> ids;
    int next = 1;
    for (const EspSa *in : inbound) {
        ids[in] = next++;
        for (const EspSa *out : all) {
            if (out->direction() == esp::EspDirection::Outbound && !ids.count(out)
                && out->peerAddress() == in->peerAddress() && out->proxies() == in->proxies()) {
                ids[out] = next++;
                break;
            }
        }
    }
    for (const EspSa *sa : all) {
        if (!ids.count(sa))
            ids[sa] = next++;
    }
    return ids;
}

struct FlowBuilder
{
    const ike::IkeDaemon &daemon;
    SimTime now;
    std::vector<const EspSa *> all;
    std::map<const EspSa *, int> conn;

    PixIpsecSaLine line(const EspSa &sa, const QString &map) const
    {
        PixIpsecSaLine out;
        out.spi = sa.spi();
        out.transform = sa.transform().ciscoName();
        out.connId = conn.at(&sa);
        out.cryptoMap = map;
        out.remainingKilobytes = sa.remainingKilobytes();
        out.remainingSeconds = sa.remainingSeconds(now);
        out.ivSize = int(sa.transform().ivSize());
        out.replayDetection = sa.config().replayDetection;
        return out;
    }

    /** The binding an SA belongs to: the inbound SA's, or the inbound twin's for outbound. */
    const ike::CryptoMapBinding *bindingOf(const EspSa &sa) const
    {
        if (sa.direction() == esp::EspDirection::Inbound)
            return daemon.bindingForSpi(sa.spi());
        for (const EspSa *twin : all) {
            if (twin->direction() == esp::EspDirection::Inbound && twin->peerAddress() == sa.peerAddress()
                && twin->proxies() == sa.proxies())
                return daemon.bindingForSpi(twin->spi());
        }
        return nullptr;
    }

    /** Adds to `flow` every SA of `binding` with these proxy texts and peer. */
    void attach(PixIpsecFlow &flow, const ike::CryptoMapBinding *binding, std::vector<bool> &used) const
    {
        for (std::size_t i = 0; i < all.size(); ++i) {
            const EspSa &sa = *all[i];
            if (used[i] || bindingOf(sa) != binding || sa.proxies().localText() != flow.localIdent
                || sa.proxies().remoteText() != flow.remoteIdent)
                continue;
            used[i] = true;
            flow.peer = sa.peerAddress();
            flow.localEndpoint = sa.localAddress();
            flow.ipsecOverhead = sa.transform().ipsecOverhead();
            flow.counters += sa.counters();
            if (sa.direction() == esp::EspDirection::Inbound) {
                flow.inbound << line(sa, binding->map);
            } else {
                if (flow.currentOutboundSpi == 0)
                    flow.currentOutboundSpi = sa.spi();  // the SAD lists the newest first
                flow.outbound << line(sa, binding->map);
            }
        }
    }

    std::optional<model::Ipv4Address> assignedAddress(model::Ipv4Address peer) const
    {
        for (const auto &sa : daemon.ikeSas()) {
            if (sa->peer == peer && sa->assignedAddress)
                return sa->assignedAddress;
        }
        return std::nullopt;
    }
};

PixIpsecInterface &interfaceFor(QList<PixIpsecInterface> &out, const ike::CryptoMapBinding &binding,
                                const devices::SimNode &node)
{
    for (PixIpsecInterface &itf : out) {
        if (itf.name == binding.interface && itf.cryptoMap == binding.map)
            return itf;
    }
    PixIpsecInterface itf;
    itf.name = binding.interface;
    itf.cryptoMap = binding.map;
    if (const net::SimInterface *running = node.interface(binding.interface))
        itf.localAddress = running->address().address();
    out << itf;
    return out.last();
}

void addStaticFlows(PixIpsecInterface &itf, const ike::CryptoMapBinding &binding, const FlowBuilder &builder,
                    std::vector<bool> &used)
{
    if (!binding.acl)
        return;
    for (const model::AccessListEntry &entry : binding.acl->entries) {
        if (entry.action != model::AclAction::Permit)
            continue;
        PixIpsecFlow flow;
        const int protocol = entry.protocol.protocolNumber();
        flow.localIdent = sideText(entry.source, protocol);
        flow.remoteIdent = sideText(entry.destination, protocol);
        flow.peer = binding.peers.isEmpty() ? model::Ipv4Address() : binding.peers.first();
        flow.localEndpoint = itf.localAddress;
        builder.attach(flow, &binding, used);
        itf.flows << flow;
    }
}

/** SAs left over: dynamic entries' flows and static SAs no permit line names. */
void addSaFlows(QList<PixIpsecInterface> &out, const devices::SimNode &node, const FlowBuilder &builder,
                std::vector<bool> &used)
{
    for (std::size_t i = 0; i < builder.all.size(); ++i) {
        const EspSa &sa = *builder.all[i];
        const ike::CryptoMapBinding *binding = builder.bindingOf(sa);
        if (used[i] || !binding)
            continue;
        PixIpsecInterface &itf = interfaceFor(out, *binding, node);
        PixIpsecFlow flow;
        flow.localIdent = sa.proxies().localText();
        flow.remoteIdent = sa.proxies().remoteText();
        flow.fromAcl = !binding->dynamic;
        builder.attach(flow, binding, used);
        if (binding->dynamic)
            flow.dynamicPeerIp = builder.assignedAddress(flow.peer);
        itf.flows << flow;
    }
}

} // namespace

QList<PixIsakmpSaRow> pixIsakmpSaRows(const ike::IkeDaemon &daemon)
{
    QList<PixIsakmpSaRow> rows;
    const auto all = daemon.sad().all();
    for (const auto &sa : daemon.ikeSas()) {
        if (sa->state == ike::IkeState::Deleted)
            continue;
        PixIsakmpSaRow row;
        row.dst = sa->initiator ? sa->peer : sa->local;
        row.src = sa->initiator ? sa->local : sa->peer;
        row.state = ike::ikeStateName(sa->state);
        row.embryonic = !sa->isEstablished();
        for (const EspSa *esp : all)
            row.created += esp->direction() == esp::EspDirection::Inbound && esp->peerAddress() == sa->peer ? 1 : 0;
        rows << row;
    }
    return rows;
}

QList<PixIpsecInterface> pixIpsecInterfaces(const ike::IkeDaemon &daemon, const devices::SimNode &node, SimTime now)
{
    FlowBuilder builder{daemon, now, daemon.sad().all(), {}};
    builder.conn = connIds(builder.all);
    std::vector<bool> used(builder.all.size(), false);
    QList<PixIpsecInterface> out;
    for (const ike::CryptoMapBinding &binding : daemon.config().bindings) {
        PixIpsecInterface &itf = interfaceFor(out, binding, node);
        if (!binding.dynamic)
            addStaticFlows(itf, binding, builder, used);
    }
    addSaFlows(out, node, builder, used);
    return out;
}

} // namespace vtd::sim::output
