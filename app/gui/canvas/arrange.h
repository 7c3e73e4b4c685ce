#pragma once

#include "model/commands/move_nodes.h"
#include "model/project.h"

#include <QList>

namespace vtd::app {

/** How the selection is lined up. */
enum class Alignment { Left, HorizontalCentre, Right, Top, VerticalCentre, Bottom };

/** Where the nodes go when lined up by their centres: the leftmost/mean/rightmost x, or the
 *  topmost/mean/bottommost y. Fewer than two nodes: nothing. */
QList<model::NodePosition> alignedPositions(const model::Project &project,
                                            const QList<model::NodeId> &nodes, Alignment how);

/** The importer's layout (Kamada-Kawai per connected component, components packed in rows)
 *  for every node of the project, keeping the drawing's top-left corner where it was. */
QList<model::NodePosition> autoLayoutPositions(const model::Project &project);

} // namespace vtd::app
