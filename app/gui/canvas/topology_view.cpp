#include "topology_view.h"

#include "canvas_style.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace vtd::app {

namespace {

constexpr qreal kStep = 1.2;
constexpr qreal kMinZoom = 0.1;
constexpr qreal kMaxZoom = 8.0;
constexpr qreal kMaxFitZoom = 1.5;

} // namespace

TopologyView::TopologyView(QWidget *parent) : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                   | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFrameShape(QFrame::NoFrame);
}

void TopologyView::zoomIn()
{
    scaleBy(kStep);
}

void TopologyView::zoomOut()
{
    scaleBy(1 / kStep);
}

void TopologyView::scaleBy(qreal factor)
{
    const qreal target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(target, zoom()))
        return;
    m_followFit = false;
    scale(target / zoom(), target / zoom());
    emit zoomChanged(zoom());
}

void TopologyView::fitToContent()
{
    m_followFit = true;
    if (!scene())
        return;
    const QRectF content = scene()->sceneRect();
    fitInView(content, Qt::KeepAspectRatio);
    if (zoom() > kMaxFitZoom)
        setTransform(QTransform::fromScale(kMaxFitZoom, kMaxFitZoom));
    centerOn(content.center());
    emit zoomChanged(zoom());
}

void TopologyView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const qreal steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        scaleBy(std::pow(kStep, steps));
    event->accept();
}

void TopologyView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_followFit)
        fitToContent();
}

void TopologyView::mousePressEvent(QMouseEvent *event)
{
    const bool pan = event->button() == Qt::MiddleButton
        || (event->button() == Qt::LeftButton && m_spaceHeld);
    if (!pan) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    m_panning = true;
    m_panFrom = event->position().toPoint();
    viewport()->setCursor(Qt::ClosedHandCursor);
    event->accept();
}

void TopologyView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_panning) {
        QGraphicsView::mouseMoveEvent(event);
        return;
    }
    const QPoint delta = event->position().toPoint() - m_panFrom;
    m_panFrom = event->position().toPoint();
    m_followFit = false;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
    event->accept();
}

void TopologyView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_panning) {
        QGraphicsView::mouseReleaseEvent(event);
        return;
    }
    m_panning = false;
    viewport()->unsetCursor();
    event->accept();
}

void TopologyView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void TopologyView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->unsetCursor();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void TopologyView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, style::kBackground);
    // A dot grid: the sheet reads as a drawing surface; skipped when zoomed far out.
    if (zoom() * style::kGridStep < 8)
        return;
    const qreal step = style::kGridStep;
    painter->setPen(QPen(style::kGridDot, 1.5 / zoom(), Qt::SolidLine, Qt::RoundCap));
    QList<QPointF> dots;
    for (qreal x = std::floor(rect.left() / step) * step; x <= rect.right(); x += step) {
        for (qreal y = std::floor(rect.top() / step) * step; y <= rect.bottom(); y += step)
            dots << QPointF(x, y);
    }
    painter->drawPoints(dots.constData(), int(dots.size()));
}

} // namespace vtd::app
