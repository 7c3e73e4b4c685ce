#pragma once

#include "sim/engine/trace_sink.h"

#include <QByteArray>
#include <QSet>

#include <cstdint>

namespace vtd::sim::exporting {

/** Collects a run's packets as a libpcap capture (LINKTYPE_RAW, 101: bare IPv4 datagrams) so
 *  that Wireshark can show a simulated run: each packet once, when the device that originates
 *  it sends it (the first Sent trace of its packetId; forwarded hops keep the id). */
class PcapWriter : public TraceSink
{
public:
    static constexpr std::uint32_t kLinkTypeRaw = 101;

    void onPacketSent(const PacketTrace &packet) override;

    /** The whole capture: global header and one record per packet, in send order. */
    QByteArray capture() const;
    int packetCount() const { return m_count; }

private:
    QByteArray m_records;
    QSet<std::uint64_t> m_seen;
    int m_count = 0;
};

} // namespace vtd::sim::exporting
