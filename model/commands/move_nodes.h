#pragma once

#include "document_command.h"

#include <QList>
#include <QPointF>

namespace vtd::model {

/** Where one node goes (or, inside MoveNodes once applied, where it came from). */
struct NodePosition
{
    NodeId node;
    QPointF position;
    friend bool operator==(const NodePosition &, const NodePosition &) = default;
};

/** Moves one or more nodes on the canvas. While the mouse drags, the canvas pushes one
 *  MoveNodes per mouse move with the same drag id; they merge, so the whole drag is one undo
 *  step, and a drag that ends where it started leaves no step at all. */
class MoveNodes final : public DocumentCommand
{
public:
    /** dragId 0 never merges; take a fresh one per drag from newDragId(). */
    MoveNodes(Document *document, QList<NodePosition> targets, quint64 dragId = 0);

    static quint64 newDragId();

    std::optional<Diagnostic> check() const override;
    int id() const override { return int(CommandId::MoveNodes); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void applyEdit() override;
    void revertEdit() override { swap(); }
    /** Exchanges the stored positions with the project's; emits NodeMoved. */
    void swap();
    bool changesNothing() const;
    QList<NodeId> nodeIds() const;

    QList<NodePosition> m_positions; ///< targets before redo, origins after it
    quint64 m_dragId;
};

} // namespace vtd::model
