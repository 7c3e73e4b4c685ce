#pragma once

#include "ipsec_debug_lines.h"

#include "sim/engine/event_id.h"
#include "sim/esp/proxy_identity.h"

#include "model/ipv4.h"

#include <cstdint>

namespace vtd::sim::ike {

/** One inbound/outbound ESP SA pair a Quick Mode installed, as the IKE layer follows it through
 *  its life: who rekeys it (the Quick Mode initiator), its soft and hard lifetime timers, and
 *  the key engine messages its end prints. The SAs themselves live in the EspSad. */
struct IpsecSaPair
{
    std::uint32_t inboundSpi = 0;
    std::uint32_t outboundSpi = 0;
    model::Ipv4Address local;
    model::Ipv4Address peer;
    esp::ProxyIdentity proxies;            ///< from our side: local = behind us
    int bindingIndex = -1;                 ///< crypto map entry; -1 after a reconfigure (no rekey)
    bool initiator = false;                ///< we ran its Quick Mode as initiator: we rekey it
    bool rekeyStarted = false;
    bool replaced = false;                 ///< a newer pair for the same peer and proxies exists
    EventId softTimer;
    EventId hardTimer;
    debug_lines::KeyEngineMessage inboundLog;
    debug_lines::KeyEngineMessage outboundLog;
};

} // namespace vtd::sim::ike
