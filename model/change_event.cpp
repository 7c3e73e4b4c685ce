#include "change_event.h"

namespace vtd::model {

const char *changeKindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Reset: return "Reset";
    case ChangeKind::NodeAdded: return "NodeAdded";
    case ChangeKind::NodeRemoved: return "NodeRemoved";
    case ChangeKind::NodeMoved: return "NodeMoved";
    case ChangeKind::NodeRenamed: return "NodeRenamed";
    case ChangeKind::NodeConfigChanged: return "NodeConfigChanged";
    case ChangeKind::NodeHostChanged: return "NodeHostChanged";
    case ChangeKind::NodeProfileChanged: return "NodeProfileChanged";
    case ChangeKind::NodeHardwareChanged: return "NodeHardwareChanged";
    case ChangeKind::LinkAdded: return "LinkAdded";
    case ChangeKind::LinkRemoved: return "LinkRemoved";
    case ChangeKind::ScenarioAdded: return "ScenarioAdded";
    case ChangeKind::ScenarioChanged: return "ScenarioChanged";
    case ChangeKind::ScenarioRemoved: return "ScenarioRemoved";
    }
    return "?";
}

} // namespace vtd::model
