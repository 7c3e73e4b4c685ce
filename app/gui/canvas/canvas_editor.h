#pragma once

#include "model/document.h"
#include "model/project.h"

#include <QObject>
#include <QPointF>

#include <optional>

QT_BEGIN_NAMESPACE
class QGraphicsLineItem;
class QDropEvent;
class QKeyEvent;
class QMouseEvent;
QT_END_NAMESPACE

namespace vtd::app {

class TopologyScene;
class TopologyView;

/** Turns what the user does on the canvas into Document commands: drops from the palette
 *  (AddNode), drags from a port to a port or a LAN segment (AddLink), drags of the selection
 *  (MoveNodes, one undo step per drag), Delete and the arrow keys. Watches the view as an event
 *  filter, so the view itself stays about zoom and pan; the scene follows the document. */
class CanvasEditor final : public QObject
{
    Q_OBJECT

public:
    CanvasEditor(model::Document &document, TopologyScene *scene, TopologyView *view);

    /** Places a new node of this hardware model centred at `scenePos` and selects it. */
    std::optional<model::NodeId> placeNode(const QString &hardwareModel, QPointF scenePos);
    /** Links two endpoints; the refusal is reported through message(). */
    bool linkEndpoints(const model::Endpoint &a, const model::Endpoint &b);
    /** The endpoint a link dragged to this scene point would plug into (a port, a free port of
     *  a device, a LAN segment), if any. */
    std::optional<model::Endpoint> endpointAt(QPointF scenePos) const;

    /** Deletes the selected nodes (with their links) and links as one undo step. */
    void deleteSelection();
    /** Moves the selected nodes by `delta` as one undo step. */
    void nudgeSelection(QPointF delta);

signals:
    /** Something the user should read in the status bar (why an edit was refused). */
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool mousePress(QMouseEvent *event);
    bool mouseMove(QMouseEvent *event);
    bool mouseRelease(QMouseEvent *event);
    bool drop(QDropEvent *event);
    bool keyPress(QKeyEvent *event);
    void refuse(const model::Diagnostic &why);

    model::Document &m_document;
    TopologyScene *m_scene;
    TopologyView *m_view;

    // A link being drawn from a port.
    std::optional<model::Endpoint> m_linkFrom;
    QGraphicsLineItem *m_rubberLine = nullptr;
    // A move of the selection being dragged.
    bool m_movePending = false;
    QPoint m_pressViewPos;
    QList<QPair<model::NodeId, QPointF>> m_moveOrigins; ///< empty until the drag starts
    quint64 m_dragId = 0;
};

} // namespace vtd::app
