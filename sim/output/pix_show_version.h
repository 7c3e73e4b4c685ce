#pragma once

// PIX 6.2 `show version`, as the seed prints it for snow and rain (PIX-525, 6.2(2)).

#include "model/project.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>

namespace vtd::sim::output {

/** Everything `show version` on a PIX reports: the box (node) plus its hostname and uptime. */
struct PixVersionInput
{
    QString nodeName;                    ///< seeds the made-up MACs, serial and key
    QString hostname;                    ///< from the configuration
    QString hardwareModel;               ///< catalog id ("PIX-525")
    QString softwareVersion;             ///< "6.2(2)"
    model::Licences licences;
    QStringList interfaces;              ///< hardware names in slot order ("ethernet0", ...)
    QMap<QString, QString> macAddresses; ///< hardware interface -> "0002.b945.9ff1"
    std::int64_t uptimeMs = 0;           ///< simulated time since boot
    std::optional<std::uint32_t> serialNumber;                 ///< nullopt: derived from nodeName
    std::optional<std::array<std::uint32_t, 4>> activationKey; ///< nullopt: derived from nodeName
};

/** The input for a node (its ports from the hardware catalog or its own list). */
PixVersionInput pixVersionInput(const model::Node &node, const QString &hostname,
                                std::int64_t uptimeMs);

/** The exact text, one "\n"-terminated line per device line. */
QString renderPixShowVersion(const PixVersionInput &input);

} // namespace vtd::sim::output
