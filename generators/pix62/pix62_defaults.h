#pragma once

// The configuration a PIX prints before anything is configured: the base a configuration
// built from the model starts from.

#include "model/config/pix_config.h"

#include <QStringList>

namespace vtd::gen::pix62 {

/** A factory configuration for the given hardware interfaces ("ethernet0", ...) and software
 *  version ("6.2(2)" or "6.3(x)"): every line the device prints by default, in canonical order,
 *  ending with `Cryptochecksum:` (computed when written) and `: end`. Interfaces are named as
 *  the device names them (outside/security0, inside/security100, intfN/security N*5), shut
 *  down, with the 127.0.0.1 placeholder address. */
model::PixConfig defaultPixConfig(const QStringList &hardwareInterfaces,
                                  const QString &version = QStringLiteral("6.2(2)"),
                                  const QString &hostname = QStringLiteral("pixfirewall"));

/** The nameif name and security level the device gives hardware slot N. */
model::NameifCmd defaultNameif(const QString &hardware);

} // namespace vtd::gen::pix62
