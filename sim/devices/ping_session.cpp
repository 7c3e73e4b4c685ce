#include "ping_session.h"

#include "sim_node.h"

#include "sim/engine/simulator.h"
#include "sim/net/icmp_message.h"

namespace vtd::sim::devices {

using net::IcmpMessage;
using net::Packet;

namespace {
/** IOS fills echo data with the 0xABCD pattern. */
QByteArray echoData(int size)
{
    QByteArray data(qMax(0, size), '\0');
    for (int i = 0; i < data.size(); ++i)
        data[i] = char(i % 2 == 0 ? 0xab : 0xcd);
    return data;
}
} // namespace

PingSession::PingSession(SimNode &source, model::Ipv4Address destination, PingOptions options)
    : m_node(source), m_destination(destination), m_options(options)
{
    // A number from the run's own sequence: unique among concurrent sessions, and the same in
    // every run with the same inputs.
    m_identifier = std::uint16_t(m_node.simulator().allocatePacketId());
}

PingSession::~PingSession()
{
    m_node.simulator().cancel(m_timeout);
    m_node.simulator().cancel(m_next);
    if (m_listener)
        m_node.removeLocalListener(m_listener);
}

void PingSession::start(std::function<void()> finished)
{
    m_done = std::move(finished);
    m_listener = m_node.addLocalListener([this](const Packet &packet) { onLocalPacket(packet); });
    sendNext();
}

void PingSession::sendNext()
{
    if (m_sent >= m_options.count) {
        m_finished = true;
        m_node.removeLocalListener(m_listener);
        m_listener = 0;
        if (m_done)
            m_done();
        return;
    }
    net::Ipv4Header header;
    header.source = m_options.source;
    header.destination = m_destination;
    header.ttl = m_node.defaultTtl();
    const auto sequence = std::uint16_t(m_sent);
    ++m_sent;
    m_waiting = true;
    m_timeout = m_node.simulator().schedule(m_options.timeout, [this] { conclude(QLatin1Char('.')); });
    m_node.send(Packet::icmp(header, IcmpMessage::echoRequest(m_identifier, sequence,
                                                              echoData(m_options.size))));
}

void PingSession::onLocalPacket(const Packet &packet)
{
    if (!m_waiting || packet.protocol() != net::ip_protocol::Icmp)
        return;
    const auto message = IcmpMessage::decode(packet.payload());
    if (!message)
        return;
    const auto sequence = std::uint16_t(m_sent - 1);
    if (message->type == net::icmp_type::EchoReply && packet.source() == m_destination
        && message->identifier() == m_identifier && message->sequence() == sequence) {
        conclude(QLatin1Char('!'));
    } else if (const char mark = markForError(packet)) {
        conclude(QLatin1Char(mark));
    }
}

char PingSession::markForError(const Packet &packet) const
{
    const auto message = IcmpMessage::decode(packet.payload());
    if (!message || !message->isError())
        return '\0';
    const auto quoted = message->quotedHeader();
    if (!quoted || quoted->destination != m_destination || quoted->protocol != net::ip_protocol::Icmp)
        return '\0';
    // The quoted 64 bits of data are our echo's ICMP header: type, code, checksum, id, sequence.
    const QByteArray echo = message->data.mid(quoted->headerLength(), IcmpMessage::HeaderLength);
    if (echo.size() < IcmpMessage::HeaderLength)
        return '\0';
    const auto identifier = std::uint16_t(std::uint8_t(echo[4]) << 8 | std::uint8_t(echo[5]));
    const auto sequence = std::uint16_t(std::uint8_t(echo[6]) << 8 | std::uint8_t(echo[7]));
    if (identifier != m_identifier || sequence != std::uint16_t(m_sent - 1))
        return '\0';
    if (message->type == net::icmp_type::DestinationUnreachable)
        return 'U';
    return message->type == net::icmp_type::TimeExceeded ? '&' : '?';
}

void PingSession::conclude(QChar mark)
{
    if (!m_waiting)
        return;
    m_waiting = false;
    m_node.simulator().cancel(m_timeout);
    m_result += mark;
    // The next echo leaves in a fresh event, outside the delivery that produced this mark.
    m_next = m_node.simulator().schedule(SimTime(), [this] { sendNext(); });
}

} // namespace vtd::sim::devices
