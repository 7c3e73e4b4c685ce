#pragma once

#include "model/config/vpnclient_profile.h"
#include "model/diagnostic.h"

#include <QString>

namespace vtd::gen {

/** A parsed .pcf profile and what the reader found worth saying about it. */
struct PcfParseResult
{
    model::VpnClientProfile profile;
    model::Diagnostics diagnostics;
};

/** Reads a Cisco VPN Client 3.x profile. Every line is kept (unrecognised ones verbatim, with a
 *  warning), so writePcf() gives the same bytes back. A group password that is only stored
 *  encrypted (enc_GroupPwd) or masked (********) is reported as one the user must supply. */
PcfParseResult parsePcf(const QString &text, const QString &fileName = {});

} // namespace vtd::gen
