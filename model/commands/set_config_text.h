#pragma once

#include "node_value_command.h"

namespace vtd::model {

/** Replaces a PIX's or IOS router's configuration text: the one way a device's configuration
 *  changes, whether typed in the config view or rewritten by an inspector through the dialect. */
class SetConfigText final : public SetNodeValue<QString>
{
public:
    SetConfigText(Document *document, NodeId node, QString text);

    std::optional<Diagnostic> check() const override;
};

} // namespace vtd::model
