#pragma once

#include <QString>

#include <optional>

namespace vtd::model {

/** What a node on the canvas is. */
enum class NodeKind {
    PixFirewall,
    IosRouter,
    VpnClient,
    Host,
    LanSegment,
};

/** Stable identifier used in project files ("pix", "ios", "vpnclient", "host", "segment"). */
QString nodeKindId(NodeKind kind);
std::optional<NodeKind> nodeKindFromId(const QString &id);

/** Devices hold a configuration text (PIX and IOS). */
inline bool holdsConfiguration(NodeKind kind)
{
    return kind == NodeKind::PixFirewall || kind == NodeKind::IosRouter;
}

/** End systems with plain IP settings (address, mask, gateway). */
inline bool holdsHostSettings(NodeKind kind)
{
    return kind == NodeKind::VpnClient || kind == NodeKind::Host;
}

} // namespace vtd::model
