#pragma once

#include "ike_config.h"

#include "model/config/ios_config.h"

namespace vtd::sim::ike {

/** Reads an IOS 12.2 router's IKE configuration into the same IkeConfig a PIX gets, so one
 *  IKE daemon serves both: `crypto isakmp policy` blocks (IOS defaults filled in), `crypto isakmp
 *  key ... address`, `crypto isakmp identity`, transform sets, `crypto map` entries bound by the
 *  interfaces' ` crypto map NAME` (IPsec lifetime default 3600 s) and dynamic maps. IKE is on
 *  for every interface, as `crypto isakmp enable` is the IOS default. */
IkeConfig ikeConfigFromIos(const model::IosConfig &config, const model::Node &node);

} // namespace vtd::sim::ike
