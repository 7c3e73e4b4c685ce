#pragma once

#include "imported_device.h"

namespace vtd::gen {

/** Fills in the secrets supplied on the command line (`--psk`, `--group-password`) for this
 *  device, in its typed configuration, and writes its text anew; the dialect's diagnostics are
 *  those of the filled text. A supplied secret that matches nothing is reported. */
void applySecretOverrides(ImportedDevice &device, const QString &fileName,
                          const QList<SecretOverride> &secrets);

} // namespace vtd::gen
