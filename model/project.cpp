#include "project.h"

#include "hardware_catalog.h"

#include <algorithm>

namespace vtd::model {

const Node *Project::node(NodeId id) const
{
    const int index = nodeIndex(id);
    return index < 0 ? nullptr : &m_nodes[size_t(index)];
}

Node *Project::node(NodeId id)
{
    const int index = nodeIndex(id);
    return index < 0 ? nullptr : &m_nodes[size_t(index)];
}

const Node *Project::nodeByName(const QString &name) const
{
    const auto it = std::ranges::find(m_nodes, name, &Node::name);
    return it == m_nodes.end() ? nullptr : &*it;
}

int Project::nodeIndex(NodeId id) const
{
    const auto it = std::ranges::find(m_nodes, id, &Node::id);
    return it == m_nodes.end() ? -1 : int(it - m_nodes.begin());
}

const Link *Project::link(LinkId id) const
{
    const int index = linkIndex(id);
    return index < 0 ? nullptr : &m_links[size_t(index)];
}

int Project::linkIndex(LinkId id) const
{
    const auto it = std::ranges::find(m_links, id, &Link::id);
    return it == m_links.end() ? -1 : int(it - m_links.begin());
}

std::vector<Link> Project::linksOf(NodeId id) const
{
    std::vector<Link> result;
    std::ranges::copy_if(m_links, std::back_inserter(result),
                         [id](const Link &l) { return l.a.node == id || l.b.node == id; });
    return result;
}

const Link *Project::linkAt(const Endpoint &endpoint) const
{
    const auto it = std::ranges::find_if(m_links, [&](const Link &l) {
        return l.a == endpoint || l.b == endpoint;
    });
    return it == m_links.end() ? nullptr : &*it;
}

QStringList Project::interfacesOf(const Node &node) const
{
    const HardwareModel *model = findHardwareModel(node.hardwareModel);
    if (!model || model->interfacesFromNode)
        return node.customInterfaces;
    return model->interfaces;
}

void Project::insertNode(Node node, int index)
{
    m_lastNodeId = std::max(m_lastNodeId, node.id.value);
    if (index < 0 || size_t(index) > m_nodes.size())
        index = int(m_nodes.size());
    m_nodes.insert(m_nodes.begin() + index, std::move(node));
}

Node Project::takeNode(NodeId id)
{
    const int index = nodeIndex(id);
    Q_ASSERT(index >= 0);
    Node node = std::move(m_nodes[size_t(index)]);
    m_nodes.erase(m_nodes.begin() + index);
    return node;
}

void Project::insertLink(Link link, int index)
{
    m_lastLinkId = std::max(m_lastLinkId, link.id.value);
    if (index < 0 || size_t(index) > m_links.size())
        index = int(m_links.size());
    m_links.insert(m_links.begin() + index, std::move(link));
}

Link Project::takeLink(LinkId id)
{
    const int index = linkIndex(id);
    Q_ASSERT(index >= 0);
    Link link = std::move(m_links[size_t(index)]);
    m_links.erase(m_links.begin() + index);
    return link;
}

} // namespace vtd::model
