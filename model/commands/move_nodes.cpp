#include "move_nodes.h"

#include "model/edit_checks.h"

#include <QCoreApplication>
#include <QSet>

#include <atomic>
#include <utility>

namespace vtd::model {

MoveNodes::MoveNodes(Document *document, QList<NodePosition> targets, quint64 dragId)
    : DocumentCommand(document, QString())
    , m_positions(std::move(targets))
    , m_dragId(dragId)
{
    const int count = int(m_positions.size());
    setText(count == 1
                ? QCoreApplication::translate("UndoCommands", "Move %1")
                      .arg(nodeName(m_positions.front().node))
                : QCoreApplication::translate("UndoCommands", "Move %n nodes", nullptr, count));
}

quint64 MoveNodes::newDragId()
{
    static std::atomic<quint64> last{0};
    return ++last;
}

std::optional<Diagnostic> MoveNodes::check() const
{
    QSet<NodeId> seen;
    for (const NodePosition &target : m_positions) {
        const Node *node = project().node(target.node);
        if (!node) {
            return editRefusal("edit.unknown-node",
                               {{QStringLiteral("id"), QString::number(target.node.value)}});
        }
        if (seen.contains(target.node)) {
            return editRefusal("edit.move-repeats-node", {{QStringLiteral("node"), node->name}},
                               node->name);
        }
        seen.insert(target.node);
    }
    return std::nullopt;
}

bool MoveNodes::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const MoveNodes *>(other); // same id() -> same class
    if (m_dragId == 0 || next->m_dragId != m_dragId || next->isObsolete()
        || next->nodeIds() != nodeIds()) {
        return false;
    }
    // Both are applied already: the project holds the newer targets and we hold the origins
    // of the whole drag, so there is nothing to copy.
    setObsolete(changesNothing());
    return true;
}

void MoveNodes::applyEdit()
{
    if (changesNothing()) {
        setObsolete(true); // a click without a move: no event, no undo step
        return;
    }
    swap();
}

void MoveNodes::swap()
{
    Project &project = editableProject();
    for (NodePosition &entry : m_positions) {
        Node *node = project.node(entry.node);
        entry.position = std::exchange(node->position, entry.position);
    }
    notify(ChangeEvent{.kind = ChangeKind::NodeMoved, .nodes = nodeIds()});
}

bool MoveNodes::changesNothing() const
{
    return std::ranges::all_of(m_positions, [this](const NodePosition &entry) {
        return project().node(entry.node)->position == entry.position;
    });
}

QList<NodeId> MoveNodes::nodeIds() const
{
    QList<NodeId> ids;
    ids.reserve(m_positions.size());
    for (const NodePosition &entry : m_positions)
        ids << entry.node;
    return ids;
}

} // namespace vtd::model
