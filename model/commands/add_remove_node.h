#pragma once

#include "document_command.h"

#include <utility>
#include <vector>

namespace vtd::model {

/** What AddNode and RemoveNode share: each puts back exactly what the other takes away, the
 *  node's links included, at their original positions so the project compares equal. */
class AddRemoveNode : public DocumentCommand
{
protected:
    AddRemoveNode(Document *document, Node node, int index, const QString &text);

    /** Inserts the node, then its remembered links; emits NodeAdded. */
    void addNode();
    /** Takes the node's links (remembering where they were), then the node; emits NodeRemoved. */
    void removeNode();

    Node m_node;     ///< the node while it is out of the project; its id always
    int m_index;     ///< where it goes back (-1: at the end)
    std::vector<std::pair<int, Link>> m_links; ///< taken links by ascending project index
};

/** Places a new node on the canvas (or puts back a pasted or imported one). */
class AddNode final : public AddRemoveNode
{
public:
    /** A node without an id gets a fresh one now, so callers can refer to it (nodeId()). */
    AddNode(Document *document, Node node, int index = -1);

    NodeId nodeId() const { return m_node.id; }
    std::optional<Diagnostic> check() const override;

private:
    void applyEdit() override { addNode(); }
    void revertEdit() override { removeNode(); }
};

/** Deletes a node together with every link plugged into it. */
class RemoveNode final : public AddRemoveNode
{
public:
    RemoveNode(Document *document, NodeId node);

    std::optional<Diagnostic> check() const override;

private:
    void applyEdit() override { removeNode(); }
    void revertEdit() override { addNode(); }
};

} // namespace vtd::model
