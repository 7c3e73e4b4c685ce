#pragma once

#include "sim/engine/sim_time.h"
#include "sim/output/pix_show_xlate.h"

#include "model/ipv4.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace vtd::sim::devices::pix {

/** One translation slot: a local (real) address, and for PAT its port or ICMP identifier,
 *  seen as a global address (and port) on the interface it left through. */
struct Xlate
{
    enum class Kind { Dynamic, Pat, Identity };
    Kind kind = Kind::Dynamic;
    QString localIf;              ///< where the local host lives ("inside")
    QString globalIf;             ///< where the global address lives ("intf2")
    model::Ipv4Address local;
    model::Ipv4Address global;    ///< Identity: equal to local
    int protocol = 0;             ///< Pat only: 1, 6 or 17
    std::uint16_t localPort = 0;  ///< Pat only (the ICMP echo identifier for ICMP)
    std::uint16_t globalPort = 0; ///< Pat only
    SimTime lastUsed;
    std::uint64_t serial = 0;     ///< creation order: `show xlate` lists the newest first
};

/** The PIX xlate table: the translations dynamic NAT, PAT and identity NAT created for
 *  outbound traffic, which the return traffic is un-translated through (`show xlate`,
 *  `clear xlate`). Idle slots expire after `timeout xlate` (3:00:00 by default); the table
 *  is pruned lazily, whenever it is used, against the simulated clock the caller passes. */
class XlateTable
{
public:
    static constexpr SimTime DefaultIdleTimeout = SimTime::fromSeconds(3 * 3600);
    /** PAT hands out global ports (and ICMP identifiers) upward from here. */
    static constexpr std::uint16_t FirstPatPort = 1024;

    explicit XlateTable(SimTime idleTimeout = DefaultIdleTimeout) : m_idleTimeout(idleTimeout) {}

    SimTime idleTimeout() const { return m_idleTimeout; }

    /** The slot for a local source leaving through `globalIf`: a Pat slot needs the same
     *  protocol and local port, a Dynamic or Identity slot any. Refreshed when found. */
    Xlate *findOutbound(const QString &globalIf, model::Ipv4Address local, int protocol,
                        std::optional<std::uint16_t> localPort, SimTime now);
    /** The slot whose global side is `global` (and, for Pat, protocol and port) on
     *  `globalIf`: the way back for return traffic. Refreshed when found. */
    Xlate *findInbound(const QString &globalIf, model::Ipv4Address global, int protocol,
                       std::optional<std::uint16_t> globalPort, SimTime now);
    /** Whether a Dynamic slot holds `global` (a pool address is used by one host at a time). */
    bool isGlobalInUse(model::Ipv4Address global, SimTime now);
    /** The lowest PAT port of `global` free for `protocol`; nullopt when all are taken. */
    std::optional<std::uint16_t> freePatPort(model::Ipv4Address global, int protocol, SimTime now);
    /** Adds a slot (lastUsed and serial set here) and returns it. */
    Xlate &add(Xlate slot, SimTime now);

    /** `clear xlate`: every slot goes; the high-water mark starts again. */
    void clear();
    /** Slots alive at `now`, oldest first. */
    const std::vector<Xlate> &alive(SimTime now);
    /** The table as `show xlate` prints it. */
    output::PixXlateTable toShow(SimTime now);

private:
    void expire(SimTime now);

    SimTime m_idleTimeout;
    std::vector<Xlate> m_slots;
    std::uint64_t m_lastSerial = 0;
    int m_mostUsed = 0;
};

} // namespace vtd::sim::devices::pix
