#pragma once

#include "document_command.h"

#include <utility>

namespace vtd::model {

/** The node exists and, when `fits` is given, is of a kind that has the edited field;
 *  otherwise `code` ({node} = its name) explains why not. */
std::optional<Diagnostic> checkNodeHas(const Project &project, NodeId node,
                                       bool (*fits)(NodeKind), const char *code);

/** Base of the commands that replace one field of one node (name, configuration text, IP
 *  settings, profile text): the value kept here and the node's are swapped on undo and redo
 *  alike, so the two directions cannot drift apart. */
template<typename T>
class SetNodeValue : public DocumentCommand
{
protected:
    SetNodeValue(Document *document, NodeId node, T value, T Node::*member, ChangeKind kind)
        : DocumentCommand(document, QString())
        , m_node(node)
        , m_value(std::move(value))
        , m_member(member)
        , m_kind(kind)
    {}

    NodeId m_node;
    T m_value; ///< the new value before redo, the old one after it

private:
    void applyEdit() override
    {
        if (project().node(m_node)->*m_member == m_value) {
            setObsolete(true); // nothing to change: no event, no undo step
            return;
        }
        swap();
    }
    void revertEdit() override { swap(); }
    void swap()
    {
        Node *node = editableProject().node(m_node);
        m_value = std::exchange(node->*m_member, std::move(m_value));
        notify(ChangeEvent{.kind = m_kind, .nodes = {m_node}});
    }

    T Node::*const m_member;
    const ChangeKind m_kind;
};

} // namespace vtd::model
