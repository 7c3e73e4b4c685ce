#include "node_clipboard.h"

#include "model/commands/add_remove_link.h"
#include "model/commands/add_remove_node.h"
#include "model/edit_checks.h"
#include "model/io/project_file.h"

#include <QHash>
#include <QMimeData>
#include <QSet>
#include <QUndoStack>

namespace vtd::app {

QMimeData *NodeClipboard::copy(const model::Project &project, const QList<model::NodeId> &nodes)
{
    model::Project copied;
    QSet<model::NodeId> chosen;
    QStringList names;
    for (const model::Node &node : project.nodes()) {
        if (!nodes.contains(node.id))
            continue;
        copied.insertNode(node);
        chosen.insert(node.id);
        names << node.name;
    }
    if (chosen.isEmpty())
        return nullptr;
    for (const model::Link &link : project.links()) {
        if (chosen.contains(link.a.node) && chosen.contains(link.b.node))
            copied.insertLink(link);
    }
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(kNodesMimeType), model::writeProject(copied));
    data->setText(names.join(u'\n'));
    return data;
}

bool NodeClipboard::canPaste(const QMimeData *data)
{
    return data && data->hasFormat(QString::fromLatin1(kNodesMimeType));
}

QList<model::NodeId> NodeClipboard::paste(model::Document &document, const QMimeData *data,
                                          QPointF offset)
{
    if (!canPaste(data))
        return {};
    const model::ProjectReadResult read =
        model::readProject(data->data(QString::fromLatin1(kNodesMimeType)), QString());
    if (!read.project || read.project->nodes().empty())
        return {};
    QUndoStack *stack = document.undoStack();
    stack->beginMacro(tr("Paste %n node(s)", nullptr, int(read.project->nodes().size())));
    QHash<model::NodeId, model::NodeId> newIds; // copied id -> pasted id
    QList<model::NodeId> added;
    for (model::Node node : read.project->nodes()) {
        const model::NodeId copiedId = node.id;
        node.id = model::NodeId{};
        node.name = model::suggestNodeName(document.project(), node.name);
        node.position += offset;
        auto *command = new model::AddNode(&document, std::move(node));
        const model::NodeId id = command->nodeId();
        if (!document.push(command)) {
            newIds.insert(copiedId, id);
            added << id;
        }
    }
    for (model::Link link : read.project->links()) {
        if (!newIds.contains(link.a.node) || !newIds.contains(link.b.node))
            continue;
        link.id = model::LinkId{};
        link.a.node = newIds.value(link.a.node);
        link.b.node = newIds.value(link.b.node);
        document.push(new model::AddLink(&document, link));
    }
    stack->endMacro();
    return added;
}

} // namespace vtd::app
