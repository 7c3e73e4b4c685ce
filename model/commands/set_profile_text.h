#pragma once

#include "node_value_command.h"

namespace vtd::model {

/** Replaces a VPN Client PC's connection profile (.pcf text). */
class SetProfileText final : public SetNodeValue<QString>
{
public:
    SetProfileText(Document *document, NodeId node, QString text);

    std::optional<Diagnostic> check() const override;
};

} // namespace vtd::model
