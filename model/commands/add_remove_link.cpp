#include "add_remove_link.h"

#include "model/edit_checks.h"

#include <QCoreApplication>

namespace vtd::model {

AddRemoveLink::AddRemoveLink(Document *document, Link link)
    : DocumentCommand(document, QString())
    , m_link(std::move(link))
{}

void AddRemoveLink::addLink()
{
    const ChangeEvent event{.kind = ChangeKind::LinkAdded,
                            .nodes = {m_link.a.node, m_link.b.node},
                            .linksAdded = {m_link.id}};
    editableProject().insertLink(m_link, m_index);
    notify(event);
}

void AddRemoveLink::removeLink()
{
    Project &project = editableProject();
    m_index = project.linkIndex(m_link.id);
    m_link = project.takeLink(m_link.id);
    notify(ChangeEvent{.kind = ChangeKind::LinkRemoved,
                       .nodes = {m_link.a.node, m_link.b.node},
                       .linksRemoved = {m_link.id}});
}

QString AddRemoveLink::endpointLabel(const Endpoint &endpoint) const
{
    const QString node = nodeName(endpoint.node);
    return endpoint.interface.isEmpty() ? node : node + u' ' + endpoint.interface;
}

AddLink::AddLink(Document *document, Link link)
    : AddRemoveLink(document, std::move(link))
{
    if (!m_link.id.isValid())
        m_link.id = editableProject().allocateLinkId();
    setText(QCoreApplication::translate("UndoCommands", "Link %1 to %2")
                .arg(endpointLabel(m_link.a), endpointLabel(m_link.b)));
}

std::optional<Diagnostic> AddLink::check() const
{
    return validateLink(project(), m_link);
}

RemoveLink::RemoveLink(Document *document, LinkId link)
    : AddRemoveLink(document, Link{link, {}, {}})
{
    if (const Link *current = project().link(link))
        m_link = *current;
    setText(QCoreApplication::translate("UndoCommands", "Unlink %1 from %2")
                .arg(endpointLabel(m_link.a), endpointLabel(m_link.b)));
}

std::optional<Diagnostic> RemoveLink::check() const
{
    if (!project().link(m_link.id)) {
        return editRefusal("edit.unknown-link",
                           {{QStringLiteral("id"), QString::number(m_link.id.value)}});
    }
    return std::nullopt;
}

} // namespace vtd::model
