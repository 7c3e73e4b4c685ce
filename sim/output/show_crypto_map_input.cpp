#include "show_crypto_map_input.h"

#include "sim/ike/ike_daemon.h"

namespace vtd::sim::output {

namespace {

/** The binding of the newest live inbound SA negotiated for MAP SEQ, and its peer. */
struct LivePeer
{
    model::Ipv4Address peer;
    int dynamicSeq = 0;
};

std::optional<LivePeer> livePeer(const ike::IkeDaemon *daemon, const QString &map, int seq)
{
    if (!daemon)
        return std::nullopt;
    std::optional<LivePeer> found;
    SimTime newest;
    for (const esp::EspSa *sa : daemon->sad().all()) {
        if (sa->direction() != esp::EspDirection::Inbound)
            continue;
        const ike::CryptoMapBinding *binding = daemon->bindingForSpi(sa->spi());
        if (!binding || binding->map != map || binding->seq != seq)
            continue;
        if (!found || newest < sa->config().created) {
            found = LivePeer{sa->peerAddress(), binding->dynamicSeq};
            newest = sa->config().created;
        }
    }
    return found;
}

void applySettings(ShowCryptoMapEntry &out, const model::CryptoMapSettings &settings,
                   const CryptoMapConfigView &config)
{
    out.peers = settings.peers;
    for (const model::AccessList &acl : config.accessLists) {
        if (!settings.matchAddress.isEmpty() && acl.name == settings.matchAddress)
            out.acl = acl;
    }
    out.lifetimeSeconds = std::uint64_t(settings.lifetime.seconds.value_or(config.globalLifetime.seconds.value_or(0)));
    out.lifetimeKilobytes =
        std::uint64_t(settings.lifetime.kilobytes.value_or(config.globalLifetime.kilobytes.value_or(0)));
    out.pfs = settings.pfs.enabled;
    out.pfsGroup = int(settings.pfs.effectiveGroup());
    out.transformSets = settings.transformSets;
}

const model::DynamicMapEntry *templateEntry(const CryptoMapConfigView &config, const QString &name, int seq)
{
    for (const model::DynamicMap &dynamic : config.dynamicMaps) {
        if (dynamic.name != name)
            continue;
        for (const model::DynamicMapEntry &entry : dynamic.entries) {
            if (entry.seq == seq)
                return &entry;
        }
    }
    return nullptr;
}

ShowCryptoMapEntry entryOf(const model::CryptoMap &map, const model::CryptoMapEntry &entry,
                           const CryptoMapConfigView &config, const ike::IkeDaemon *daemon,
                           const AclHitCounts &hits)
{
    ShowCryptoMapEntry out;
    out.seq = entry.seq;
    const std::optional<LivePeer> live = livePeer(daemon, map.name, entry.seq);
    if (entry.kind == model::CryptoMapEntry::Kind::Dynamic) {
        out.dynamicMap = entry.dynamicMap;
        if (!live)
            return out;
        if (const model::DynamicMapEntry *template_ = templateEntry(config, entry.dynamicMap, live->dynamicSeq))
            applySettings(out, template_->settings, config);
        out.dynamicSeq = live->dynamicSeq;
        out.currentPeer = live->peer;
        return out;
    }
    applySettings(out, entry.settings, config);
    if (out.acl)
        out.hits = hits.value(out.acl->name);
    if (live)
        out.currentPeer = live->peer;
    else if (!out.peers.isEmpty())
        out.currentPeer = out.peers.first();
    return out;
}

} // namespace

QList<ShowCryptoMap> showCryptoMaps(const CryptoMapConfigView &config, const ike::IkeDaemon *daemon,
                                    const AclHitCounts &hits)
{
    QList<ShowCryptoMap> out;
    for (const model::CryptoMap &map : config.maps) {
        ShowCryptoMap shown;
        shown.name = map.name;
        shown.interfaces = map.interfaces;
        shown.clientAuthentication = map.clientAuthentication;
        for (const model::CryptoMapEntry &entry : map.entries)
            shown.entries << entryOf(map, entry, config, daemon, hits);
        out << shown;
    }
    return out;
}

} // namespace vtd::sim::output
