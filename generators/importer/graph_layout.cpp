#include "graph_layout.h"

#include <QRectF>

// GCC 12 reports a false "may be used uninitialized" inside Boost.Graph's edge iterators (an
// optional<> in adj_list_edge_iterator) once they are inlined here; the warning is not ours.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/circle_layout.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/kamada_kawai_spring_layout.hpp>
#include <boost/property_map/property_map.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

namespace vtd::gen {

namespace {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
using Topology = boost::square_topology<>;
using Point = Topology::point_type;

/** Spring layout of one connected component (nodes given by their graph indices). */
std::vector<QPointF> layoutComponent(const LayoutGraph &graph, const std::vector<int> &members,
                                     double edgeLength)
{
    const int n = int(members.size());
    if (n == 1)
        return {QPointF(0, 0)};
    std::map<int, int> local;
    for (int i = 0; i < n; ++i)
        local[members[size_t(i)]] = i;
    Graph component(static_cast<size_t>(n));
    for (const auto &[a, b] : graph.edges) {
        if (local.contains(a) && local.contains(b) && a != b)
            boost::add_edge(size_t(local[a]), size_t(local[b]), component);
    }
    std::vector<Point> positions(static_cast<size_t>(n));
    auto positionMap = boost::make_iterator_property_map(
        positions.begin(), boost::get(boost::vertex_index, component));
    boost::circle_graph_layout(component, positionMap, edgeLength * n / (2 * M_PI) + edgeLength);
    if (n > 2) {
        // Kamada-Kawai keeps the circle when it does not converge; both are usable layouts.
        boost::kamada_kawai_spring_layout(
            component, positionMap,
            boost::make_constant_property<Graph::edge_descriptor>(1.0),
            Topology(), boost::edge_length(edgeLength));
    }
    std::vector<QPointF> result;
    for (const Point &p : positions)
        result.emplace_back(p[0], p[1]);
    return result;
}

/** Pushes overlapping boxes apart along the axis where they overlap least. */
void removeOverlaps(std::vector<QPointF> &centres, QSizeF box)
{
    const double w = box.width();
    const double h = box.height();
    for (int round = 0; round < 500; ++round) {
        bool moved = false;
        for (size_t i = 0; i < centres.size(); ++i) {
            for (size_t j = i + 1; j < centres.size(); ++j) {
                const QPointF d = centres[j] - centres[i];
                const double overlapX = w - std::abs(d.x());
                const double overlapY = h - std::abs(d.y());
                if (overlapX <= 0 || overlapY <= 0)
                    continue;
                moved = true;
                if (overlapX < overlapY) {
                    const double push = (overlapX / 2 + 1) * (d.x() < 0 ? -1 : 1);
                    centres[i].rx() -= push;
                    centres[j].rx() += push;
                } else {
                    const double push = (overlapY / 2 + 1) * (d.y() < 0 ? -1 : 1);
                    centres[i].ry() -= push;
                    centres[j].ry() += push;
                }
            }
        }
        if (!moved)
            return;
    }
    // Pathological input (many nodes on one spot): fall back to a grid, which never overlaps.
    const int columns = int(std::ceil(std::sqrt(double(centres.size()))));
    for (size_t i = 0; i < centres.size(); ++i)
        centres[i] = QPointF(double(int(i) % columns) * w * 1.2, double(int(i) / columns) * h * 1.2);
}

QRectF boundsOf(const std::vector<QPointF> &centres, QSizeF box)
{
    QRectF bounds;
    for (const QPointF &c : centres)
        bounds |= QRectF(c - QPointF(box.width() / 2, box.height() / 2), box);
    return bounds;
}

} // namespace

QList<QPointF> layoutGraph(const LayoutGraph &graph, QSizeF nodeBox)
{
    QList<QPointF> result(graph.nodeCount);
    if (graph.nodeCount <= 0)
        return result;
    Graph whole(static_cast<size_t>(graph.nodeCount));
    for (const auto &[a, b] : graph.edges) {
        if (a >= 0 && b >= 0 && a < graph.nodeCount && b < graph.nodeCount)
            boost::add_edge(size_t(a), size_t(b), whole);
    }
    std::vector<int> componentOf(static_cast<size_t>(graph.nodeCount));
    const int componentCount = boost::connected_components(whole, componentOf.data());
    std::vector<std::vector<int>> members(static_cast<size_t>(componentCount));
    for (int v = 0; v < graph.nodeCount; ++v)
        members[size_t(componentOf[size_t(v)])].push_back(v);

    // Components are packed left to right, wrapping into rows about as wide as 16:9 demands.
    const double gap = nodeBox.width() * 0.5;
    const double rowWidth = std::max(nodeBox.width() * 6, std::sqrt(double(graph.nodeCount)) * nodeBox.width() * 2);
    QPointF cursor(0, 0);
    double rowHeight = 0;
    for (const std::vector<int> &component : members) {
        std::vector<QPointF> centres = layoutComponent(graph, component, nodeBox.width() * 1.4);
        removeOverlaps(centres, nodeBox);
        const QRectF bounds = boundsOf(centres, nodeBox);
        if (cursor.x() > 0 && cursor.x() + bounds.width() > rowWidth) {
            cursor = QPointF(0, cursor.y() + rowHeight + gap);
            rowHeight = 0;
        }
        const QPointF shift = cursor - bounds.topLeft();
        for (size_t i = 0; i < component.size(); ++i)
            result[component[i]] = centres[i] + shift;
        cursor.rx() += bounds.width() + gap;
        rowHeight = std::max(rowHeight, bounds.height());
    }
    return result;
}

} // namespace vtd::gen
