#include "arrange.h"

#include "generators/importer/graph_layout.h"

#include <QHash>

#include <algorithm>

namespace vtd::app {

namespace {

qreal alignedCoordinate(const QList<qreal> &values, Alignment how)
{
    switch (how) {
    case Alignment::Left:
    case Alignment::Top:
        return *std::min_element(values.cbegin(), values.cend());
    case Alignment::Right:
    case Alignment::Bottom:
        return *std::max_element(values.cbegin(), values.cend());
    case Alignment::HorizontalCentre:
    case Alignment::VerticalCentre:
        break;
    }
    qreal sum = 0;
    for (qreal v : values)
        sum += v;
    return sum / qreal(values.size());
}

bool alongX(Alignment how)
{
    return how == Alignment::Left || how == Alignment::HorizontalCentre
        || how == Alignment::Right;
}

QPointF topLeft(const QList<QPointF> &points)
{
    QPointF corner = points.value(0);
    for (const QPointF &p : points)
        corner = QPointF(std::min(corner.x(), p.x()), std::min(corner.y(), p.y()));
    return corner;
}

} // namespace

QList<model::NodePosition> alignedPositions(const model::Project &project,
                                            const QList<model::NodeId> &nodes, Alignment how)
{
    QList<model::NodePosition> result;
    QList<qreal> values;
    for (model::NodeId id : nodes) {
        if (const model::Node *node = project.node(id)) {
            result << model::NodePosition{id, node->position};
            values << (alongX(how) ? node->position.x() : node->position.y());
        }
    }
    if (result.size() < 2)
        return {};
    const qreal target = alignedCoordinate(values, how);
    for (model::NodePosition &p : result) {
        if (alongX(how))
            p.position.setX(target);
        else
            p.position.setY(target);
    }
    return result;
}

QList<model::NodePosition> autoLayoutPositions(const model::Project &project)
{
    gen::LayoutGraph graph;
    QHash<model::NodeId, int> index;
    QList<QPointF> before;
    for (const model::Node &node : project.nodes()) {
        index.insert(node.id, graph.nodeCount++);
        before << node.position;
    }
    if (graph.nodeCount == 0)
        return {};
    for (const model::Link &link : project.links())
        graph.edges.append({index.value(link.a.node), index.value(link.b.node)});
    const QList<QPointF> laidOut = gen::layoutGraph(graph);
    const QPointF shift = topLeft(before) - topLeft(laidOut);
    QList<model::NodePosition> result;
    for (const model::Node &node : project.nodes())
        result << model::NodePosition{node.id, laidOut.value(index.value(node.id)) + shift};
    return result;
}

} // namespace vtd::app
