#pragma once

#include "sim/engine/event_id.h"
#include "sim/engine/sim_time.h"
#include "sim/net/packet.h"

#include "model/ipv4.h"

#include <QString>

#include <cstdint>
#include <functional>

namespace vtd::sim::devices {

class SimNode;

/** The scenario's `ping SRC DST [count N] [size BYTES] [timeout DURATION]` options
 *  (defaults from the contract: 5 echoes of 100 data octets, 2 s each). */
struct PingOptions
{
    int count = 5;
    int size = 100;
    SimTime timeout = SimTime::fromSeconds(2);
    /** Zero: the egress interface's address; else the device's own address to ping from. */
    model::Ipv4Address source;
};

/** One ping run driven by the simulator, as IOS ping does it: an echo request, then the next
 *  one when its reply arrives or its timeout expires, with one result mark per echo.
 *
 *  Marks: '!' reply, '.' timeout, 'U' destination unreachable, '&' TTL exceeded in transit.
 *  The session listens on the source node while it runs; destroying it stops it. */
class PingSession
{
public:
    PingSession(SimNode &source, model::Ipv4Address destination, PingOptions options = {});
    ~PingSession();
    PingSession(const PingSession &) = delete;
    PingSession &operator=(const PingSession &) = delete;

    /** Sends the first echo now; `finished` is called once after the last mark. */
    void start(std::function<void()> finished = {});

    bool isFinished() const { return m_finished; }
    QString result() const { return m_result; }   ///< ".!!!!"
    int sent() const { return m_sent; }
    int received() const { return int(m_result.count(QLatin1Char('!'))); }
    std::uint16_t identifier() const { return m_identifier; }

private:
    void sendNext();
    void onLocalPacket(const net::Packet &packet);
    /** The mark for an ICMP error that quotes our outstanding echo; '\0' for anything else. */
    char markForError(const net::Packet &packet) const;
    void conclude(QChar mark);

    SimNode &m_node;
    model::Ipv4Address m_destination;
    PingOptions m_options;
    std::uint16_t m_identifier = 0;
    int m_listener = 0;
    int m_sent = 0;
    bool m_waiting = false;
    bool m_finished = false;
    QString m_result;
    EventId m_timeout{};
    EventId m_next{};
    std::function<void()> m_done;
};

} // namespace vtd::sim::devices
