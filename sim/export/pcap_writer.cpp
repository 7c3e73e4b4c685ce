#include "pcap_writer.h"

#include <QtEndian>

namespace vtd::sim::exporting {

namespace {

void putU32(QByteArray &out, std::uint32_t value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void putU16(QByteArray &out, std::uint16_t value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

} // namespace

void PcapWriter::onPacketSent(const PacketTrace &packet)
{
    // packetId 0 is "not about one packet": such traces are each their own packet.
    if (packet.packetId != 0) {
        if (m_seen.contains(packet.packetId))
            return;
        m_seen.insert(packet.packetId);
    }
    const std::int64_t us = packet.time.toNanoseconds() / 1000;
    putU32(m_records, std::uint32_t(us / 1000000));
    putU32(m_records, std::uint32_t(us % 1000000));
    putU32(m_records, std::uint32_t(packet.bytes.size()));
    putU32(m_records, std::uint32_t(packet.bytes.size()));
    m_records.append(packet.bytes);
    ++m_count;
}

QByteArray PcapWriter::capture() const
{
    QByteArray out;
    putU32(out, 0xa1b2c3d4);  // magic: microsecond timestamps, written little-endian
    putU16(out, 2);
    putU16(out, 4);
    putU32(out, 0);           // thiszone
    putU32(out, 0);           // sigfigs
    putU32(out, 65535);       // snaplen
    putU32(out, kLinkTypeRaw);
    return out + m_records;
}

} // namespace vtd::sim::exporting
