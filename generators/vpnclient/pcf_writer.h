#pragma once

#include "model/config/vpnclient_profile.h"

#include <QString>

namespace vtd::gen {

/** How a profile is printed: as stored, or with its cleartext secrets masked for display. */
struct PcfWriteOptions
{
    bool maskSecrets = false; ///< print GroupPwd and UserPassword as ******** when they are set
};

/** The profile as text, line by line as it is held; byte-exact for a profile parsePcf() read. */
QString writePcf(const model::VpnClientProfile &profile, const PcfWriteOptions &options = {});

/** 1-based line at which writePcf() prints `key` of [main] (0 when absent): the line map of a
 *  .pcf, where every element is one line. */
int pcfLineOf(const model::VpnClientProfile &profile, const QString &key);

/** True when the profile holds the group password in clear (not empty, not masked). */
bool pcfGroupPasswordKnown(const model::VpnClientProfile &profile);

/** A profile text applied back after display: every secret that comes back as ******** takes
 *  its value from `known` (the profile as stored), so masking never loses a secret. */
void restorePcfSecrets(model::VpnClientProfile &edited, const model::VpnClientProfile &known);

/** A new profile with the keys VPN Client 3.x writes, in its order, for a group pre-shared key
 *  connection to `host`. */
model::VpnClientProfile defaultVpnClientProfile(const QString &host, const QString &groupName,
                                                const QString &groupPassword);

} // namespace vtd::gen
