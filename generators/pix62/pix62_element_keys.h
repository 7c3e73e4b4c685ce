#pragma once

#include "model/config/pix_config.h"

#include <QString>

namespace vtd::gen::pix62 {

/** A statement's identity without its value, e.g. "crypto map vpn-intf2 10 set peer",
 *  "isakmp policy 10 encryption", "access-list acl-out", "mtu outside". The writer's line map
 *  appends " #2", " #3" ... to repeated keys, in output order, so every key is unique. */
QString elementKey(const model::PixCommand &command);

} // namespace vtd::gen::pix62
