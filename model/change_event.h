#pragma once

#include "ids.h"

#include <QList>
#include <QMetaType>

namespace vtd::model {

/** What kind of edit a ChangeEvent reports. */
enum class ChangeKind {
    Reset,               ///< the whole project was replaced: rebuild everything
    NodeAdded,           ///< nodes; linksAdded = links restored with it (undo of a delete)
    NodeRemoved,         ///< nodes; linksRemoved = links that went with it
    NodeMoved,           ///< nodes (one or more) have new positions
    NodeRenamed,
    NodeConfigChanged,   ///< PIX/IOS configuration text
    NodeHostChanged,     ///< host / VPN Client PC IP settings
    NodeProfileChanged,  ///< VPN Client .pcf profile text
    NodeHardwareChanged, ///< model, software, licences, ports, MACs; links may go or come back
    LinkAdded,           ///< linksAdded; nodes = its two ends (their ports changed state)
    LinkRemoved,         ///< linksRemoved; nodes = its two ends
    ScenarioAdded,       ///< scenario = its index now
    ScenarioChanged,     ///< scenario = its index (name and/or script)
    ScenarioRemoved,     ///< scenario = the index it had
};

/** Says exactly what one edit changed, so views update only what they show of it.
 *
 *  Every command emits one event per redo and one per undo, after the project has changed:
 *  ids of things that still exist can be looked up in Document::project(); removed things are
 *  named by id only. Inside a QUndoStack macro each child command emits its own event in order
 *  (and in reverse order on undo), so applying the events one by one always stays consistent. */
struct ChangeEvent
{
    ChangeKind kind = ChangeKind::Reset;
    QList<NodeId> nodes = {};        ///< the nodes concerned
    QList<LinkId> linksAdded = {};   ///< links that exist now and did not before this edit
    QList<LinkId> linksRemoved = {}; ///< links that existed before this edit and no longer do
    int scenario = -1;               ///< index of the scenario concerned; -1 = none

    friend bool operator==(const ChangeEvent &, const ChangeEvent &) = default;
};

/** "NodeAdded" etc., for test output and logs. */
const char *changeKindName(ChangeKind kind);

} // namespace vtd::model

Q_DECLARE_METATYPE(vtd::model::ChangeEvent)
