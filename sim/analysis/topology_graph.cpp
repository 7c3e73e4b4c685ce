#include "topology_graph.h"

#include "model/project.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/connected_components.hpp>

#include <vector>

namespace vtd::sim::analysis {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;

struct TopologyGraph::Impl
{
    Graph graph;
    QHash<model::NodeId, Vertex> vertexOf;
    QStringList names;            ///< by vertex
    std::vector<int> component;   ///< by vertex
};

TopologyGraph::TopologyGraph(const model::Project &project) : m_impl(std::make_unique<Impl>())
{
    for (const model::Node &node : project.nodes()) {
        const Vertex v = boost::add_vertex(m_impl->graph);
        m_impl->vertexOf.insert(node.id, v);
        m_impl->names << node.name;
    }
    for (const model::Link &link : project.links()) {
        const auto a = m_impl->vertexOf.constFind(link.a.node);
        const auto b = m_impl->vertexOf.constFind(link.b.node);
        if (a != m_impl->vertexOf.constEnd() && b != m_impl->vertexOf.constEnd())
            boost::add_edge(*a, *b, m_impl->graph);
    }
    m_impl->component.resize(boost::num_vertices(m_impl->graph));
    boost::connected_components(m_impl->graph, m_impl->component.data());
}

TopologyGraph::~TopologyGraph() = default;

bool TopologyGraph::connected(model::NodeId a, model::NodeId b) const
{
    const auto va = m_impl->vertexOf.constFind(a);
    const auto vb = m_impl->vertexOf.constFind(b);
    if (va == m_impl->vertexOf.constEnd() || vb == m_impl->vertexOf.constEnd())
        return false;
    return m_impl->component[*va] == m_impl->component[*vb];
}

std::optional<QStringList> TopologyGraph::shortestPath(model::NodeId from, model::NodeId to) const
{
    if (!connected(from, to))
        return std::nullopt;
    const Vertex source = m_impl->vertexOf.value(from);
    std::vector<Vertex> predecessor(boost::num_vertices(m_impl->graph));
    for (Vertex v = 0; v < predecessor.size(); ++v)
        predecessor[v] = v;
    boost::breadth_first_search(
        m_impl->graph, source,
        boost::visitor(boost::make_bfs_visitor(
            boost::record_predecessors(predecessor.data(), boost::on_tree_edge()))));
    QStringList path;
    for (Vertex v = m_impl->vertexOf.value(to); v != source; v = predecessor[v])
        path.prepend(m_impl->names.at(qsizetype(v)));
    path.prepend(m_impl->names.at(qsizetype(source)));
    return path;
}

} // namespace vtd::sim::analysis
