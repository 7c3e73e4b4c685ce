#pragma once

#include "typed_table.h"

#include "model/config/ios_config.h"
#include "model/config/pix_config.h"
#include "model/config/vpnclient_profile.h"
#include "model/diagnostic.h"
#include "model/node_hardware.h"

namespace vtd::app {

/** A dialect finding in the user's language ("Line 3: ..." without the line). */
QString translatedDiagnostic(const model::Diagnostic &diagnostic);

/** The first error or warning in `after` that `before` does not have (by code and
 *  parameters, wherever it is); "" when there is none. Translated. */
QString newFinding(const model::Diagnostics &before, const model::Diagnostics &after);

/** PIX configuration text <-> PixConfig (pix62 parser and writer, secrets as stored). */
const ValueSource<model::PixConfig> &pixSource();
/** IOS configuration text <-> IosConfig (ios122 parser and writer). */
const ValueSource<model::IosConfig> &iosSource();
/** VPN Client .pcf text <-> VpnClientProfile. */
const ValueSource<model::VpnClientProfile> &profileSource();
/** Host / VPN Client PC IP settings (SetHostSettings). */
const ValueSource<model::HostSettings> &hostSource();
/** Model, software version and licences (SetNodeHardware, refused as validateHardware says). */
const ValueSource<model::NodeHardware> &hardwareSource();

} // namespace vtd::app
