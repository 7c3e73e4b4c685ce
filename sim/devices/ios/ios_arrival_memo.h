#pragma once

#include "sim/devices/device_extension.h"
#include "sim/net/packet.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace vtd::sim::devices::ios {

/** Remembers the interface the packet being forwarded arrived on, because IOS decides on the
 *  egress side by the ingress interface too (NAT inside->outside needs an `ip nat inside`
 *  arrival; outbound ACLs skip the router's own packets) while egress stages only see the
 *  egress interface.
 *
 *  SimNode forwards synchronously (arrival, ingress stages, route, egress stages in one call),
 *  so one slot keyed by the packet's trace id is enough: a packet the router originates has a
 *  fresh trace id and therefore no arrival. */
class IosArrivalMemo : public DeviceExtension
{
public:
    void remember(const net::Packet &packet, const QString &ingress)
    {
        m_traceId = packet.traceId();
        m_ingress = ingress;
    }
    /** The ingress interface of `packet`; nullopt for a packet the router originated. */
    std::optional<QString> arrivalOf(const net::Packet &packet) const
    {
        if (m_ingress.isEmpty() || packet.traceId() != m_traceId)
            return std::nullopt;
        return m_ingress;
    }

private:
    std::uint64_t m_traceId = 0;
    QString m_ingress;
};

} // namespace vtd::sim::devices::ios
