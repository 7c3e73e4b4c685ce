#include "ladder_items.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace vtd::app {

namespace {

constexpr qreal kHeadLength = 8;
constexpr qreal kHeadHalfWidth = 4;
constexpr qreal kLoopWidth = 28;
constexpr qreal kLoopDrop = 9;
constexpr qreal kStubLength = 48;
constexpr qreal kCrossSize = 5;
constexpr qreal kTextGap = 4;
const QColor kTimeText{0x5f, 0x6c, 0x7a};
const QColor kLabelText{0x1d, 0x27, 0x33};
const QColor kLabelBacking{0xff, 0xff, 0xff, 0xd8};
const QColor kHeaderFill{0xff, 0xff, 0xff};
const QColor kHeaderBorder{0x8a, 0x98, 0xa8};

const QFont &labelFont()
{
    static const QFont font = [] {
        QFont f;
        f.setPixelSize(12);
        return f;
    }();
    return font;
}

void paintHead(QPainter *painter, QPointF tip, qreal direction)
{
    QPainterPath head;
    head.moveTo(tip);
    head.lineTo(tip.x() - direction * kHeadLength, tip.y() - kHeadHalfWidth);
    head.lineTo(tip.x() - direction * kHeadLength, tip.y() + kHeadHalfWidth);
    head.closeSubpath();
    painter->fillPath(head, painter->pen().color());
}

void paintCross(QPainter *painter, QPointF at)
{
    painter->drawLine(at + QPointF(-kCrossSize, -kCrossSize), at + QPointF(kCrossSize, kCrossSize));
    painter->drawLine(at + QPointF(-kCrossSize, kCrossSize), at + QPointF(kCrossSize, -kCrossSize));
}

} // namespace

LadderArrowItem::LadderArrowItem(int arrowIndex, int eventIndex)
    : m_arrowIndex(arrowIndex), m_eventIndex(eventIndex)
{
    setFlag(ItemIsSelectable);
}

void LadderArrowItem::setShape(const LadderArrowShape &shape)
{
    prepareGeometryChange();
    m_shape = shape;
    m_textRect = textRect();
    const QRectF &text = m_textRect;
    const qreal right = std::max({m_shape.fromX, m_shape.toX, text.right()}) + kLoopWidth;
    m_bounds = QRectF(0, -ladder_layout::kRowHeight / 2, right, ladder_layout::kRowHeight);
    setToolTip(m_shape.text);
    update();
}

QPointF LadderArrowItem::arrowPoint() const
{
    const qreal x = m_shape.fromX == m_shape.toX ? m_shape.fromX + kLoopWidth : (m_shape.fromX + m_shape.toX) / 2;
    return mapToScene(QPointF(x, 0));
}

QRectF LadderArrowItem::textRect() const
{
    const QFontMetricsF metrics(labelFont());
    const qreal width = metrics.horizontalAdvance(m_shape.text) + 2;
    const qreal height = metrics.height();
    const qreal left = std::min(m_shape.fromX, m_shape.toX);
    const qreal span = std::abs(m_shape.toX - m_shape.fromX);
    qreal x = left + kLoopWidth + kTextGap * 2;  // beside a loop or a stub
    if (!m_shape.inFlight && span > 0)
        x = width + 2 * kTextGap < span ? left + (span - width) / 2 : left + kTextGap * 2;
    const qreal y = span > 0 && !m_shape.inFlight ? -height - 1 : -height / 2 - 3;
    return QRectF(x, y, width, height);
}

QRectF LadderArrowItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath LadderArrowItem::shape() const
{
    QPainterPath row;
    row.addRect(m_bounds);
    return row;
}

void LadderArrowItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = labelFont();
    painter->setFont(font);
    painter->setPen(kTimeText);
    painter->drawText(QRectF(ladder_layout::kMargin, -ladder_layout::kRowHeight / 2,
                             ladder_layout::kTimeColumnWidth - ladder_layout::kMargin, ladder_layout::kRowHeight),
                      Qt::AlignLeft | Qt::AlignVCenter, m_shape.time);
    paintArrow(painter);
    font.setBold(isSelected());
    painter->setFont(font);
    // A backing keeps the label readable where it crosses lifelines and hop dots.
    painter->setPen(Qt::NoPen);
    painter->setBrush(kLabelBacking);
    painter->drawRoundedRect(m_textRect.adjusted(-2, 0, 2, 0), 3, 3);
    painter->setPen(m_shape.dropped ? m_shape.color : kLabelText);
    painter->drawText(m_textRect, Qt::AlignLeft | Qt::AlignVCenter, m_shape.text);
}

void LadderArrowItem::paintArrow(QPainter *painter) const
{
    QPen pen(m_shape.color, isSelected() ? 2.6 : 1.6);
    pen.setCapStyle(Qt::FlatCap);
    if (m_shape.inFlight)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    const qreal from = m_shape.fromX;
    const qreal to = m_shape.toX;
    if (m_shape.inFlight) {
        painter->drawLine(QPointF(from, 0), QPointF(from + kStubLength, 0));
        return;
    }
    if (from == to) {
        // Started and ended at one device: a loop on its right.
        QPainterPath loop;
        loop.moveTo(from, -kLoopDrop / 2);
        loop.lineTo(from + kLoopWidth, -kLoopDrop / 2);
        loop.lineTo(from + kLoopWidth, kLoopDrop / 2);
        loop.lineTo(from + (m_shape.dropped ? kCrossSize * 2 : 1), kLoopDrop / 2);
        painter->drawPath(loop);
        if (m_shape.dropped)
            paintCross(painter, QPointF(from + kCrossSize * 2, kLoopDrop / 2));
        else
            paintHead(painter, QPointF(from, kLoopDrop / 2), -1);
        return;
    }
    const qreal direction = to > from ? 1 : -1;
    painter->drawLine(QPointF(from, 0), QPointF(to - direction * (m_shape.dropped ? 0 : 2), 0));
    if (m_shape.dropped)
        paintCross(painter, QPointF(to, 0));
    else
        paintHead(painter, QPointF(to, 0), direction);
    painter->setBrush(m_shape.color);
    for (const qreal hop : m_shape.hopXs)
        painter->drawEllipse(QPointF(hop, 0), 2.5, 2.5);
}

LadderHeaderItem::LadderHeaderItem(const QString &name) : m_name(name)
{
}

QRectF LadderHeaderItem::boundingRect() const
{
    return QRectF(-ladder_layout::kHeaderWidth / 2, 0, ladder_layout::kHeaderWidth, ladder_layout::kHeaderHeight);
}

void LadderHeaderItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(kHeaderBorder, 1.2));
    painter->setBrush(kHeaderFill);
    const QRectF box = boundingRect().adjusted(1, 1, -1, -1);
    painter->drawRoundedRect(box, 5, 5);
    QFont font = labelFont();
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(kLabelText);
    const QString name = QFontMetricsF(font).elidedText(m_name, Qt::ElideMiddle, box.width() - 8);
    painter->drawText(box, Qt::AlignCenter, name);
}

} // namespace vtd::app
