#include "link_item.h"

#include "app/gui/canvas/canvas_style.h"
#include "app/gui/canvas/interface_labels.h"
#include "app/gui/canvas/topology_scene.h"
#include "device_item.h"
#include "port_item.h"
#include "segment_item.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace vtd::app {

namespace {

constexpr qreal kAlongGap = 4;   ///< end label distance from the port, along the line
constexpr qreal kAcrossGap = 2;  ///< end label distance from the line
constexpr qreal kBoxPadX = 5;
constexpr qreal kBoxPadY = 1;
constexpr qreal kJointRadius = 2.5;

/** Places a box of `size` beside the line that leaves `anchor` towards `towards`: above or
 *  below a mostly horizontal line, right or left of a mostly vertical one, clear of the line
 *  even where it slopes. */
QRectF besideLine(QPointF anchor, QPointF towards, QSizeF size, bool otherSide)
{
    const QPointF d = towards - anchor;
    if (std::abs(d.x()) >= std::abs(d.y())) {
        const qreal dir = d.x() >= 0 ? 1 : -1;
        const qreal nearX = anchor.x() + dir * kAlongGap;
        const qreal farY = anchor.y() + d.y() / std::abs(d.x()) * (kAlongGap + size.width());
        const qreal left = dir > 0 ? nearX : nearX - size.width();
        const qreal top = otherSide ? std::max(anchor.y(), farY) + kAcrossGap
                                    : std::min(anchor.y(), farY) - kAcrossGap - size.height();
        return QRectF(QPointF(left, top), size);
    }
    const qreal dir = d.y() >= 0 ? 1 : -1;
    const qreal nearY = anchor.y() + dir * kAlongGap;
    const qreal farX = anchor.x() + d.x() / std::abs(d.y()) * (kAlongGap + size.height());
    const qreal top = dir > 0 ? nearY : nearY - size.height();
    const qreal left = otherSide ? std::min(anchor.x(), farX) - kAcrossGap - size.width()
                                 : std::max(anchor.x(), farX) + kAcrossGap;
    return QRectF(QPointF(left, top), size);
}

} // namespace

LinkItem::LinkItem(const model::Document &document, model::LinkId id)
    : m_document(document), m_id(id)
{
    setZValue(0);
    setFlag(QGraphicsItem::ItemIsSelectable);
}

LinkItem::End LinkItem::resolve(const model::Endpoint &endpoint) const
{
    End end{endpoint, {}, nullptr, nullptr};
    const auto *s = static_cast<const TopologyScene *>(scene());
    if (const SegmentItem *segment = s->segmentItem(endpoint.node)) {
        end.segment = segment;
        end.anchor = segment->scenePos();
    } else if (const DeviceItem *device = s->deviceItem(endpoint.node)) {
        end.port = device->port(endpoint.interface);
        end.anchor = end.port ? end.port->anchor() : device->scenePos();
    }
    return end;
}

void LinkItem::sync()
{
    const model::Link *link = m_document.project().link(m_id);
    if (!link || !scene())
        return;
    prepareGeometryChange();
    End a = resolve(link->a);
    End b = resolve(link->b);
    if (a.segment && !b.segment)
        a.anchor = a.segment->attachPoint(b.anchor);
    if (b.segment && !a.segment)
        b.anchor = b.segment->attachPoint(a.anchor);
    m_line = QLineF(a.anchor, b.anchor);
    m_dashed = (a.port && a.port->isShutdown()) || (b.port && b.port->isShutdown());
    m_segmentJoints.clear();
    for (const End *end : {&a, &b}) {
        if (end->segment)
            m_segmentJoints << end->anchor;
    }
    m_endLabels.clear();
    placeEndLabel(a, b.anchor);
    placeEndLabel(b, a.anchor);
    m_subnet = {};
    if (a.port && b.port)
        placeSubnetLabel(a, b);
    setToolTip(toolTipText(*link));
    update();
}

QString LinkItem::endText(const End &end) const
{
    const auto *s = static_cast<const TopologyScene *>(scene());
    const gen::InterfaceAddress state = s->addressing(end.endpoint.node).value(end.endpoint.interface);
    QStringList parts;
    if (!state.nameif.isEmpty())
        parts << state.nameif;
    if (state.address)
        parts << hostPart(*state.address);
    return parts.join(u' ');
}

void LinkItem::placeEndLabel(const End &end, QPointF towards)
{
    if (!end.port)
        return;
    const QString text = endText(end);
    if (text.isEmpty())
        return;
    const QFontMetricsF metrics(style::linkLabelFont());
    const QSizeF size(metrics.horizontalAdvance(text) + 2, metrics.height());
    // Ports below (or right of) their side's middle put their label on the far side of the
    // line, so the labels of parallel links spread outwards instead of colliding.
    const QPointF offset = end.port->pos();
    const bool vertical = end.port->side() == PortSide::Left || end.port->side() == PortSide::Right;
    const bool otherSide = (vertical ? offset.y() : offset.x()) > 0;
    m_endLabels << Label{text, besideLine(end.anchor, towards, size, otherSide), style::kEndLabelText};
}

void LinkItem::placeSubnetLabel(const End &a, const End &b)
{
    const auto *s = static_cast<const TopologyScene *>(scene());
    const auto prefixOf = [s](const End &end) {
        const auto address = s->addressing(end.endpoint.node).value(end.endpoint.interface).address;
        return address ? std::optional(address->canonical()) : std::nullopt;
    };
    const auto pa = prefixOf(a);
    const auto pb = prefixOf(b);
    if (!pa && !pb)
        return;
    Label label{(pa ? *pa : *pb).toString(), {}, style::kSubnetText};
    if (pa && pb && !(*pa == *pb)) {
        label.text = QStringLiteral("%1 ≠ %2").arg(pa->toString(), pb->toString());
        label.color = style::kMismatchText;
    }
    const QFontMetricsF metrics(style::linkLabelFont());
    const QSizeF size(metrics.horizontalAdvance(label.text) + 2 * kBoxPadX,
                      metrics.height() + 2 * kBoxPadY);
    label.rect = QRectF(centreOfFreeStretch() - QPointF(size.width() / 2, size.height() / 2), size);
    m_subnet = label;
}

/** The middle of the part of the line that the end labels leave free, so the subnet box
 *  does not touch them when one end's label is longer than the other's. */
QPointF LinkItem::centreOfFreeStretch() const
{
    const qreal length = m_line.length();
    if (length <= 0)
        return m_line.center();
    const QPointF dir = (m_line.p2() - m_line.p1()) / length;
    const auto along = [&](QPointF p) { return QPointF::dotProduct(p - m_line.p1(), dir); };
    qreal lo = 0;
    qreal hi = length;
    for (const Label &label : m_endLabels) {
        const QRectF r = label.rect;
        const qreal a[] = {along(r.topLeft()), along(r.topRight()), along(r.bottomLeft()),
                           along(r.bottomRight())};
        if (along(r.center()) < length / 2)
            lo = std::max(lo, *std::max_element(std::begin(a), std::end(a)));
        else
            hi = std::min(hi, *std::min_element(std::begin(a), std::end(a)));
    }
    const qreal middle = lo < hi ? (lo + hi) / 2 : length / 2;
    return m_line.p1() + dir * middle;
}

QString LinkItem::toolTipText(const model::Link &link) const
{
    const model::Project &project = m_document.project();
    const auto describe = [&project](const model::Endpoint &e) {
        const model::Node *node = project.node(e.node);
        const QString name = node ? node->name : QString();
        return e.interface.isEmpty() ? name : QStringLiteral("%1 %2").arg(name, e.interface);
    };
    QString text = tr("Link: %1 – %2").arg(describe(link.a), describe(link.b));
    if (!m_subnet.text.isEmpty())
        text += u'\n' + tr("Subnet: %1").arg(m_subnet.text);
    if (m_dashed)
        text += u'\n' + tr("An interface of this link is shut down.");
    return text;
}

QRectF LinkItem::boundingRect() const
{
    QRectF bounds = QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-4, -4, 4, 4);
    for (const Label &label : m_endLabels)
        bounds |= label.rect;
    if (!m_subnet.text.isEmpty())
        bounds |= m_subnet.rect.adjusted(-1, -1, 1, 1);
    return bounds;
}

QPainterPath LinkItem::shape() const
{
    QPainterPath path(m_line.p1());
    path.lineTo(m_line.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    QPainterPath result = stroker.createStroke(path);
    if (!m_subnet.text.isEmpty())
        result.addRect(m_subnet.rect);
    return result;
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (isSelected()) {
        painter->setPen(QPen(style::kSelectionFill, 8, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(m_line);
    }
    QPen pen(isSelected() ? style::kSelection : style::kLinkColor,
             isSelected() ? 2 * style::kLinkWidth : style::kLinkWidth,
             m_dashed ? Qt::DashLine : Qt::SolidLine);
    pen.setCapStyle(Qt::FlatCap);
    painter->setPen(pen);
    painter->drawLine(m_line);
    painter->setPen(Qt::NoPen);
    painter->setBrush(style::kSegmentColor);
    for (const QPointF &joint : m_segmentJoints)
        painter->drawEllipse(joint, kJointRadius, kJointRadius);

    painter->setFont(style::linkLabelFont());
    for (const Label &label : m_endLabels) {
        painter->setPen(label.color);
        painter->drawText(label.rect, Qt::AlignCenter, label.text);
    }
    if (m_subnet.text.isEmpty())
        return;
    const qreal radius = m_subnet.rect.height() / 2;
    painter->setPen(QPen(style::kSubnetBorder, 1));
    painter->setBrush(style::kBackground);
    painter->drawRoundedRect(m_subnet.rect, radius, radius);
    painter->setPen(m_subnet.color);
    painter->drawText(m_subnet.rect, Qt::AlignCenter, m_subnet.text);
}

} // namespace vtd::app
