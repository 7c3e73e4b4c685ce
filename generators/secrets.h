#pragma once

#include "model/project.h"

#include <QString>

namespace vtd::gen {

/** The placeholder devices print in place of a secret (`write terminal`, `show running-config`). */
inline QString maskedSecret() { return QStringLiteral("********"); }

/** True when a configuration or profile text holds a real (unmasked, cleartext) secret:
 *  a pre-shared key, a group or line password, a .pcf GroupPwd. Encrypted hashes do not count. */
bool textHoldsSecrets(const QString &text);

/** True when any device text of the project holds a real secret, or an AAA server host holds
 *  account passwords: such files are saved owner-only. */
bool projectHoldsSecrets(const model::Project &project);

} // namespace vtd::gen
