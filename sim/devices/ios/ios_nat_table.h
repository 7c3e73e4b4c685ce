#pragma once

#include "sim/devices/device_extension.h"
#include "sim/engine/sim_time.h"

#include "model/ipv4.h"

#include <QString>

#include <optional>
#include <vector>

namespace vtd::sim::devices {
class SimNode;
}

namespace vtd::sim::devices::ios {

/** One row of `show ip nat translations`: an inside local address (and port, or ICMP echo
 *  identifier) seen outside as an inside global one. Dynamic rows are created by the first
 *  packet of a flow; the row also keeps the outside end the flow went to. */
struct IosNatTranslation
{
    int protocol = 0;                 ///< 0: the whole address; 1 icmp (echo id), 6 tcp, 17 udp
    model::Ipv4Address insideLocal;
    int localPort = 0;                ///< port or echo identifier; 0 when protocol is 0
    model::Ipv4Address insideGlobal;
    int globalPort = 0;
    model::Ipv4Address outside;       ///< outside local = outside global (no outside NAT)
    int outsidePort = 0;              ///< destination port; for ICMP the same as globalPort
    QString rule;                     ///< the `ip nat inside source` line that made it
    SimTime created;
    SimTime lastUsed;
};

/** The dynamic translations of an IOS router (`ip nat inside source ... overload` PAT rows and
 *  simple rows), hung on its node so that the NAT stages share them and `show ip nat
 *  translations` / `clear ip nat translation *` reach them. Static translations are
 *  configuration and are not rows here.
 *
 *  PAT keeps the inside port (or echo identifier) when the global address has it free, else
 *  takes the lowest free one from 1024 up (IOS's own port ranges aside), so every
 *  (protocol, inside global, port) names exactly one row and return traffic finds it. Rows
 *  expire after the default idle timeouts (expire()). */
class IosNatTable : public DeviceExtension
{
public:
    /** The table installed on `node` (every IOS router has one); nullptr for other kinds. */
    static IosNatTable *of(const SimNode &node);

    /** In creation order. */
    const std::vector<IosNatTranslation> &translations() const { return m_rows; }
    /** `clear ip nat translation *`. */
    void clear() { m_rows.clear(); }
    /** Forgets the rows idle for longer than IOS 12.2's default timeouts (`ip nat translation
     *  icmp-timeout` 60 s, `udp-timeout` 300 s, `tcp-timeout` and `timeout` 86400 s). The NAT
     *  stages call it before each lookup; call it before showing the table too. */
    void expire(SimTime now);
    static SimTime timeoutFor(int protocol);

    /** The row of an outbound flow (inside local end and outside end). */
    IosNatTranslation *findOutbound(int protocol, model::Ipv4Address local, int localPort,
                                    model::Ipv4Address outside, int outsidePort);
    /** The row that return traffic to `global` (port) belongs to. */
    IosNatTranslation *findInbound(int protocol, model::Ipv4Address global, int globalPort);
    /** A global port for a new PAT row: `preferred` when free, else the lowest free from 1024;
     *  nullopt when all are taken. */
    std::optional<int> freePort(int protocol, model::Ipv4Address global, int preferred) const;
    /** Whether a simple (address-only) row already gives `global` to an inside address. */
    bool isAddressTaken(model::Ipv4Address global) const;
    IosNatTranslation &add(IosNatTranslation row);

private:
    bool isPortTaken(int protocol, model::Ipv4Address global, int port) const;

    std::vector<IosNatTranslation> m_rows;
};

} // namespace vtd::sim::devices::ios
