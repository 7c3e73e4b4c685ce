#pragma once

// PIX 6.2 `show interface` [unverified: no seed sample; layout from the PIX 6.2 command
// reference and published listings as recalled]:
//   interface ethernet0 "outside" is up, line protocol is up
//     Hardware is i82559 ethernet, address is 0002.b945.9ff1
//     IP address 193.0.0.1, subnet mask 255.255.255.252
//     MTU 1500 bytes, BW 100000 Kbit full duplex
//           {n} packets input, {n} bytes, 0 no buffer
//           ... (counter lines, 8-space indent)

#include "model/config/pix_config.h"

#include <QList>
#include <QString>

#include <cstdint>

namespace vtd::sim::output {

/** Traffic counters of one interface, as the simulator counts them. */
struct PixInterfaceCounters
{
    std::uint64_t packetsIn = 0;
    std::uint64_t bytesIn = 0;
    std::uint64_t broadcastsIn = 0;
    std::uint64_t packetsOut = 0;
    std::uint64_t bytesOut = 0;
};

/** One port: its configuration, MAC, state and counters. */
struct PixInterfaceStatus
{
    model::PixInterface config;   ///< hardware, nameif, shutdown, mtu, address
    QString macAddress;           ///< "0002.b945.9ff1"
    bool lineProtocolUp = false;  ///< cable in and carrier (false when shut down)
    bool placeholderAddress = false; ///< `ip address IF 127.0.0.1 255.255.255.255`
    PixInterfaceCounters counters;
};

/** All ports in hardware order, one block each, "\n"-terminated lines. */
QString renderPixShowInterface(const QList<PixInterfaceStatus> &interfaces);

} // namespace vtd::sim::output
