#pragma once

#include <QList>
#include <QPointF>
#include <QSizeF>

#include <utility>

namespace vtd::gen {

/** An undirected graph to lay out: nodes are 0..nodeCount-1. */
struct LayoutGraph
{
    int nodeCount = 0;
    QList<std::pair<int, int>> edges;
};

/** Places graph nodes on the canvas for the importer: each connected component is laid out with
 *  Kamada-Kawai springs (Boost.Graph), overlaps are pushed apart, and the components are packed
 *  in rows. Returns one centre per node; no two nodeBox-sized boxes around them overlap.
 *  Deterministic: the same graph always gives the same positions. */
QList<QPointF> layoutGraph(const LayoutGraph &graph, QSizeF nodeBox = QSizeF(180, 130));

} // namespace vtd::gen
