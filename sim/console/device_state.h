#pragma once

#include "console_command_registry.h"

#include "model/config/ios_config.h"
#include "model/config/pix_config.h"
#include "model/project.h"

#include <QString>

#include <cstdint>

namespace vtd::sim::console {

/** What a console knows about its device beyond the running node: the model node (hardware,
 *  licences, MACs) and the configuration as currently entered, so that show commands print
 *  what the box was told and `configure` has a running configuration to change. */
class DeviceState
{
public:
    /** `node` must be a PIX or an IOS router; its configText is parsed by its dialect. */
    explicit DeviceState(const model::Node &node);

    const QString &name() const { return m_node.name; }
    Platform platform() const { return m_platform; }
    const model::Node &modelNode() const { return m_node; }
    /** The configuration text as entered so far (the model node's, then each `configure`). */
    const QString &configText() const { return m_node.configText; }
    const model::PixConfig &pixConfig() const { return m_pix; }
    const model::IosConfig &iosConfig() const { return m_ios; }
    /** The hostname the device prints in show version (hostname line, or the node name). */
    QString hostname() const;

    /** Replaces the configuration (text already merged and checked by the caller). */
    void setConfigText(const QString &text);

    /** Simulated milliseconds at which the device booted (uptime = now - this). */
    std::int64_t bootTimeMs() const { return m_bootTimeMs; }

private:
    void parse();

    model::Node m_node;
    Platform m_platform;
    model::PixConfig m_pix;
    model::IosConfig m_ios;
    std::int64_t m_bootTimeMs = 0;
};

} // namespace vtd::sim::console
