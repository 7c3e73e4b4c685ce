#pragma once

#include "document_command.h"
#include "model/node_hardware.h"

#include <utility>
#include <vector>

namespace vtd::model {

/** Changes a node's hardware: model, software version, licences, generic ports and MACs.
 *
 *  If the new hardware lacks an interface that is linked (a PIX 525 becoming a 501 with a
 *  cable in ethernet3), the command removes those links too, and undo brings them back at
 *  their old places. We chose this over refusing because the user asked for the new box and
 *  the loss is one undo away; the GUI can warn first with linksLostWithHardware(). */
class SetNodeHardware final : public DocumentCommand
{
public:
    SetNodeHardware(Document *document, NodeId node, NodeHardware hardware);

    /** Refused for an unknown node, or a model validateHardware() rejects. */
    std::optional<Diagnostic> check() const override;

private:
    void applyEdit() override;   ///< drops the lost links, swaps; NodeHardwareChanged
    void revertEdit() override;  ///< swaps back, restores the links; NodeHardwareChanged
    void swapHardware();

    NodeId m_node;
    NodeHardware m_hardware; ///< the new hardware before redo, the old one after it
    std::vector<std::pair<int, Link>> m_removedLinks; ///< by ascending project index
};

} // namespace vtd::model
