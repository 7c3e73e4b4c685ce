#pragma once

#include "model/document.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>

QT_BEGIN_NAMESPACE
class QMimeData;
QT_END_NAMESPACE

namespace vtd::app {

/** The MIME type of copied nodes: a project file (.vpnd JSON) holding them and their links. */
inline constexpr char kNodesMimeType[] = "application/x-vtd-nodes";

/** Copy and paste of nodes: the copy is a small project of the chosen nodes with their
 *  configurations and the links between them; a paste adds it as one undo step. */
class NodeClipboard
{
    Q_DECLARE_TR_FUNCTIONS(vtd::app::NodeClipboard)

public:
    /** The nodes (and links among them) as clipboard data; nullptr when none exists. */
    static QMimeData *copy(const model::Project &project, const QList<model::NodeId> &nodes);

    /** True when the data holds copied nodes. */
    static bool canPaste(const QMimeData *data);

    /** Adds copies of the copied nodes, moved by `offset`, with fresh ids and unique names
     *  ("snow" becomes "snow2"), and their links, as one undo step. Returns the new nodes. */
    static QList<model::NodeId> paste(model::Document &document, const QMimeData *data,
                                      QPointF offset);
};

} // namespace vtd::app
