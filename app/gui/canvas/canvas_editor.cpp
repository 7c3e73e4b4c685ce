#include "canvas_editor.h"

#include "canvas_style.h"
#include "item_types.h"
#include "items/device_item.h"
#include "items/link_item.h"
#include "items/port_item.h"
#include "items/segment_item.h"
#include "items/spare_ports_item.h"
#include "new_node.h"
#include "topology_scene.h"
#include "topology_view.h"

#include "app/gui/load_failure_dialog.h"
#include "app/gui/palette/palette_entries.h"
#include "model/commands/add_remove_link.h"
#include "model/commands/add_remove_node.h"
#include "model/commands/move_nodes.h"

#include <QApplication>
#include <QGraphicsLineItem>
#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QUndoStack>

namespace vtd::app {

namespace {

/** The first interface of a device no link is plugged into. */
std::optional<model::Endpoint> firstFreePort(const model::Project &project, model::NodeId id)
{
    const model::Node *node = project.node(id);
    if (!node)
        return std::nullopt;
    for (const QString &interface : project.interfacesOf(*node)) {
        if (!project.linkAt({id, interface}))
            return model::Endpoint{id, interface};
    }
    return std::nullopt;
}

} // namespace

CanvasEditor::CanvasEditor(model::Document &document, TopologyScene *scene, TopologyView *view)
    : QObject(view), m_document(document), m_scene(scene), m_view(view)
{
    m_view->setAcceptDrops(true);
    m_view->viewport()->setAcceptDrops(true);
    m_view->viewport()->installEventFilter(this);
    m_view->installEventFilter(this);
}

std::optional<model::NodeId> CanvasEditor::placeNode(const QString &hardwareModel, QPointF scenePos)
{
    std::optional<model::Node> node = makeNewNode(m_document.project(), hardwareModel, scenePos);
    if (!node)
        return std::nullopt;
    auto *command = new model::AddNode(&m_document, std::move(*node));
    const model::NodeId id = command->nodeId();
    if (std::optional<model::Diagnostic> why = m_document.push(command)) {
        refuse(*why);
        return std::nullopt;
    }
    m_scene->selectNodes({id});
    return id;
}

bool CanvasEditor::linkEndpoints(const model::Endpoint &a, const model::Endpoint &b)
{
    if (std::optional<model::Diagnostic> why =
            m_document.push(new model::AddLink(&m_document, model::Link{{}, a, b}))) {
        refuse(*why);
        return false;
    }
    return true;
}

std::optional<model::Endpoint> CanvasEditor::endpointAt(QPointF scenePos) const
{
    for (QGraphicsItem *item : m_scene->items(scenePos)) {
        if (auto *port = qgraphicsitem_cast<PortItem *>(item))
            return model::Endpoint{port->nodeId(), port->interfaceName()};
        if (auto *spare = qgraphicsitem_cast<SparePortsItem *>(item)) {
            if (auto *device = qgraphicsitem_cast<DeviceItem *>(spare->parentItem()))
                return firstFreePort(m_document.project(), device->nodeId());
        }
        if (auto *device = qgraphicsitem_cast<DeviceItem *>(item))
            return firstFreePort(m_document.project(), device->nodeId());
        if (auto *segment = qgraphicsitem_cast<SegmentItem *>(item))
            return model::Endpoint{segment->nodeId(), QString()};
    }
    return std::nullopt;
}

void CanvasEditor::deleteSelection()
{
    QList<model::LinkId> links;
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (auto *link = qgraphicsitem_cast<LinkItem *>(item))
            links << link->linkId();
    }
    const QList<model::NodeId> nodes = m_scene->selectedNodes();
    const int count = int(links.size() + nodes.size());
    if (count == 0)
        return;
    QUndoStack *stack = m_document.undoStack();
    stack->beginMacro(tr("Delete %n item(s)", nullptr, count));
    for (model::LinkId link : links)
        m_document.push(new model::RemoveLink(&m_document, link));
    for (model::NodeId node : nodes)
        m_document.push(new model::RemoveNode(&m_document, node));
    stack->endMacro();
}

void CanvasEditor::nudgeSelection(QPointF delta)
{
    QList<model::NodePosition> targets;
    for (model::NodeId id : m_scene->selectedNodes())
        targets << model::NodePosition{id, m_document.project().node(id)->position + delta};
    if (!targets.isEmpty())
        m_document.push(new model::MoveNodes(&m_document, targets));
}

void CanvasEditor::refuse(const model::Diagnostic &why)
{
    emit message(LoadFailureDialog::describe(why));
}

bool CanvasEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view) {
        if (event->type() == QEvent::KeyPress)
            return keyPress(static_cast<QKeyEvent *>(event));
        return false;
    }
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        return mousePress(static_cast<QMouseEvent *>(event));
    case QEvent::MouseMove:
        return mouseMove(static_cast<QMouseEvent *>(event));
    case QEvent::MouseButtonRelease:
        return mouseRelease(static_cast<QMouseEvent *>(event));
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDropEvent *>(event);
        if (!drag->mimeData()->hasFormat(QString::fromLatin1(kPaletteMimeType)))
            return false;
        drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop:
        return drop(static_cast<QDropEvent *>(event));
    default:
        return false;
    }
}

bool CanvasEditor::drop(QDropEvent *event)
{
    const QMimeData *data = event->mimeData();
    if (!data->hasFormat(QString::fromLatin1(kPaletteMimeType)))
        return false;
    const QString model = QString::fromUtf8(data->data(QString::fromLatin1(kPaletteMimeType)));
    const QPointF scenePos = m_view->mapToScene(event->position().toPoint());
    if (placeNode(model, scenePos))
        event->acceptProposedAction();
    else
        event->ignore();
    return true;
}

bool CanvasEditor::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    const QPointF scenePos = m_view->mapToScene(event->position().toPoint());
    // The topmost item of the drawing: a simulation's overlay lies over it but is not edited.
    QGraphicsItem *item = nullptr;
    for (QGraphicsItem *candidate : m_scene->items(scenePos, Qt::IntersectsItemShape,
                                                   Qt::DescendingOrder, m_view->transform())) {
        if (!isSimulationOverlayItem(candidate)) {
            item = candidate;
            break;
        }
    }
    if (qgraphicsitem_cast<PortItem *>(item) || qgraphicsitem_cast<SparePortsItem *>(item)) {
        m_linkFrom = endpointAt(scenePos);
        if (!m_linkFrom)
            return true;
        m_rubberLine = m_scene->addLine(QLineF(scenePos, scenePos),
                                        QPen(style::kSelection, 2, Qt::DashLine));
        m_rubberLine->setZValue(10);
        return true;
    }
    const bool movable = qgraphicsitem_cast<DeviceItem *>(item)
        || qgraphicsitem_cast<SegmentItem *>(item);
    m_movePending = movable;
    m_pressViewPos = event->position().toPoint();
    m_moveOrigins.clear();
    return false; // the view selects the item, or starts a rubber band
}

bool CanvasEditor::mouseMove(QMouseEvent *event)
{
    if (m_rubberLine) {
        const QPointF scenePos = m_view->mapToScene(event->position().toPoint());
        m_rubberLine->setLine(QLineF(m_rubberLine->line().p1(), scenePos));
        return true;
    }
    if (!m_movePending)
        return false;
    if (m_moveOrigins.isEmpty()) {
        if ((event->position().toPoint() - m_pressViewPos).manhattanLength()
            < QApplication::startDragDistance())
            return true;
        for (model::NodeId id : m_scene->selectedNodes())
            m_moveOrigins.append({id, m_document.project().node(id)->position});
        m_dragId = model::MoveNodes::newDragId();
        if (m_moveOrigins.isEmpty()) {
            m_movePending = false;
            return false;
        }
    }
    // In view pixels over the zoom: the scene rect (and so the scroll mapping) changes while
    // the drawing grows under the drag, the pointer's travel does not.
    const QPointF travel = event->position() - QPointF(m_pressViewPos);
    const QPointF delta = travel / m_view->zoom();
    QList<model::NodePosition> targets;
    for (const auto &[id, origin] : std::as_const(m_moveOrigins))
        targets << model::NodePosition{id, origin + delta};
    m_document.push(new model::MoveNodes(&m_document, targets, m_dragId));
    return true;
}

bool CanvasEditor::mouseRelease(QMouseEvent *event)
{
    if (m_rubberLine) {
        const QPointF scenePos = m_view->mapToScene(event->position().toPoint());
        delete m_rubberLine;
        m_rubberLine = nullptr;
        const std::optional<model::Endpoint> from = std::exchange(m_linkFrom, std::nullopt);
        const std::optional<model::Endpoint> to = endpointAt(scenePos);
        if (from && to && !(from->node == to->node))
            linkEndpoints(*from, *to);
        return true;
    }
    // The scene still sees the release (its item grabbed the press); an item that moved does
    // not change the selection on release.
    m_movePending = false;
    m_moveOrigins.clear();
    return false;
}

bool CanvasEditor::keyPress(QKeyEvent *event)
{
    const qreal step = (event->modifiers() & Qt::ShiftModifier) ? style::kGridStep : 2;
    QPointF delta;
    switch (event->key()) {
    case Qt::Key_Left:
        delta = {-step, 0};
        break;
    case Qt::Key_Right:
        delta = {step, 0};
        break;
    case Qt::Key_Up:
        delta = {0, -step};
        break;
    case Qt::Key_Down:
        delta = {0, step};
        break;
    default:
        return false;
    }
    if (m_scene->selectedNodes().isEmpty())
        return false; // the view scrolls
    nudgeSelection(delta);
    return true;
}

} // namespace vtd::app
