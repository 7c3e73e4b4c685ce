#pragma once

#include "node_value_command.h"

namespace vtd::model {

/** Replaces the IP settings (address, mask, gateway) of a host or VPN Client PC. */
class SetHostSettings final : public SetNodeValue<HostSettings>
{
public:
    SetHostSettings(Document *document, NodeId node, HostSettings settings);

    /** Refused for other kinds of node and for a mask that is not contiguous. */
    std::optional<Diagnostic> check() const override;
};

} // namespace vtd::model
