#pragma once

#include "model/ipv4.h"

#include <QString>

/** The short texts the canvas prints for interfaces and addresses. */
namespace vtd::app {

/** The short form engineers write on diagrams: ethernet0 -> e0, Ethernet5/1 -> Et5/1,
 *  Serial0/0 -> Se0/0, Hssi9/1/0 -> Hs9/1/0, FastEthernet0/0 -> Fa0/0; names without a
 *  known long form (eth0) stay as they are. */
QString shortInterfaceName(const QString &name);

/** The host part as diagrams write it beside a port, ".1" for 193.0.0.1/30 and ".0.5" for
 *  10.1.0.5/16; the whole address when no octet belongs wholly to the network (/0-/7, /32). */
QString hostPart(const model::Ipv4Prefix &address);

} // namespace vtd::app
