#include "device_item.h"

#include "app/gui/canvas/canvas_style.h"
#include "app/gui/canvas/device_icons.h"
#include "port_item.h"
#include "spare_ports_item.h"

#include "model/hardware_catalog.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QSvgRenderer>

#include <algorithm>

namespace vtd::app {

namespace {

constexpr qreal kLabelGap = 4;
constexpr qreal kLineGap = 1;

} // namespace

DeviceItem::DeviceItem(const model::Document &document, model::NodeId id)
    : m_document(document), m_id(id)
{
    setZValue(1);
    setFlag(QGraphicsItem::ItemIsSelectable);
}

void DeviceItem::sync()
{
    const model::Node *node = m_document.project().node(m_id);
    if (!node)
        return;
    prepareGeometryChange();
    setPos(node->position);
    const PortLayout layout = layoutPorts(m_document.project(), *node);
    m_body = layout.bodySize;
    rebuildPorts(layout);
    updateLabels(*node, layout);
    setToolTip(node->name);
    update();
}

void DeviceItem::rebuildPorts(const PortLayout &layout)
{
    for (QGraphicsItem *child : childItems())
        delete child;
    for (const PortSlot &slot : layout.linked) {
        auto *port = new PortItem(m_id, slot.interface, slot.side, true, this);
        port->setPos(portPosition(m_body, slot.side, slot.offset));
        port->sync();
    }
    placeSparePorts(layout);
}

/** Unlinked ports sit in a row on a free side; when the row would not fit on the card they
 *  fold into one "+N" pill. */
void DeviceItem::placeSparePorts(const PortLayout &layout)
{
    if (layout.spare.isEmpty())
        return;
    QList<PortItem *> pills;
    qreal rowWidth = 0;
    for (const QString &name : layout.spare) {
        pills << new PortItem(m_id, name, layout.spareSide, false, this);
        rowWidth += pills.last()->size().width() + (pills.size() > 1 ? style::kSparePortGap : 0);
    }
    const qreal room = m_body.width() - style::kCardRadius;
    if (rowWidth > room) {
        qDeleteAll(pills);
        auto *folded = new SparePortsItem(layout.spare, this);
        folded->setPos(portPosition(m_body, layout.spareSide, 0));
        folded->sync();
        return;
    }
    qreal x = -rowWidth / 2;
    for (PortItem *pill : std::as_const(pills)) {
        const qreal w = pill->size().width();
        pill->setPos(portPosition(m_body, layout.spareSide, x + w / 2));
        pill->sync();
        x += w + style::kSparePortGap;
    }
}

void DeviceItem::updateLabels(const model::Node &node, const PortLayout &layout)
{
    // Below the card unless links leave there (the name would sit on a line): then beside it.
    const auto used = [&layout](PortSide side) {
        return std::any_of(layout.linked.cbegin(), layout.linked.cend(),
                           [side](const PortSlot &slot) { return slot.side == side; });
    };
    m_labelSide = PortSide::Bottom;
    for (PortSide side : {PortSide::Bottom, PortSide::Right, PortSide::Left, PortSide::Top}) {
        if (!used(side)) {
            m_labelSide = side;
            break;
        }
    }
    const QFontMetricsF nameMetrics(style::nameFont());
    const QFontMetricsF detailMetrics(style::detailFont());
    qreal width = nameMetrics.horizontalAdvance(node.name);
    qreal height = nameMetrics.height();
    if (const QString detail = detailLine(node); !detail.isEmpty()) {
        width = std::max(width, detailMetrics.horizontalAdvance(detail));
        height += kLineGap + detailMetrics.height();
    }
    m_labelRect = labelBlock(QSizeF(width + 4, height));
}

/** Places the name block on m_labelSide, clear of the card and of pills on that side. */
QRectF DeviceItem::labelBlock(QSizeF size) const
{
    QRectF extent = bodyRect();
    for (QGraphicsItem *child : childItems())
        extent |= child->mapRectToParent(child->boundingRect());
    switch (m_labelSide) {
    case PortSide::Bottom:
        return QRectF(QPointF(-size.width() / 2, extent.bottom() + kLabelGap), size);
    case PortSide::Top:
        return QRectF(QPointF(-size.width() / 2, extent.top() - kLabelGap - size.height()), size);
    case PortSide::Right:
        return QRectF(QPointF(extent.right() + 2 * kLabelGap, -size.height() / 2), size);
    case PortSide::Left:
        return QRectF(QPointF(extent.left() - 2 * kLabelGap - size.width(), -size.height() / 2),
                      size);
    }
    return {};
}

QString DeviceItem::detailLine(const model::Node &node)
{
    // Product names and versions, the same in every language.
    const model::HardwareModel *hardware = model::findHardwareModel(node.hardwareModel);
    const QString model = hardware ? hardware->displayName : node.hardwareModel;
    switch (node.kind) {
    case model::NodeKind::PixFirewall:
        return QStringLiteral("%1 · %2").arg(model, node.softwareVersion);
    case model::NodeKind::IosRouter:
        return QStringLiteral("%1 · IOS %2").arg(model, node.softwareVersion);
    case model::NodeKind::VpnClient:
        return QStringLiteral("VPN Client %1").arg(node.softwareVersion);
    case model::NodeKind::Host:
    case model::NodeKind::LanSegment:
        break;
    }
    return {};
}

PortItem *DeviceItem::port(const QString &interface) const
{
    for (PortItem *item : ports()) {
        if (item->interfaceName() == interface)
            return item;
    }
    return nullptr;
}

QList<PortItem *> DeviceItem::ports() const
{
    QList<PortItem *> result;
    for (QGraphicsItem *child : childItems()) {
        if (auto *port = qgraphicsitem_cast<PortItem *>(child))
            result << port;
    }
    return result;
}

QRectF DeviceItem::bodyRect() const
{
    return QRectF(QPointF(-m_body.width() / 2, -m_body.height() / 2), m_body);
}

QRectF DeviceItem::boundingRect() const
{
    return bodyRect().adjusted(-5, -5, 5, 5).united(m_labelRect);
}

void DeviceItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const model::Node *node = m_document.project().node(m_id);
    if (!node)
        return;
    const QRectF body = bodyRect();
    painter->setPen(Qt::NoPen);
    painter->setBrush(style::kCardShadow);
    painter->drawRoundedRect(body.translated(1.5, 2.5), style::kCardRadius, style::kCardRadius);
    painter->setPen(QPen(style::kCardBorder, 1));
    painter->setBrush(style::kCardFill);
    painter->drawRoundedRect(body, style::kCardRadius, style::kCardRadius);
    if (isSelected()) {
        painter->setPen(QPen(style::kSelection, 2));
        painter->setBrush(style::kSelectionFill);
        painter->drawRoundedRect(body.adjusted(-3, -3, 3, 3), style::kCardRadius + 3,
                                 style::kCardRadius + 3);
    }

    const qreal icon = style::kIconSize;
    deviceIcon(node->kind)->render(painter, QRectF(-icon / 2, -icon / 2, icon, icon));

    const Qt::Alignment align = Qt::AlignTop
        | (m_labelSide == PortSide::Right  ? Qt::AlignLeft
           : m_labelSide == PortSide::Left ? Qt::AlignRight
                                           : Qt::AlignHCenter);
    const QFontMetricsF nameMetrics(style::nameFont());
    QRectF line(m_labelRect.topLeft(), QSizeF(m_labelRect.width(), nameMetrics.height()));
    painter->setFont(style::nameFont());
    painter->setPen(style::kNameText);
    painter->drawText(line, align, node->name);
    if (const QString detail = detailLine(*node); !detail.isEmpty()) {
        line.translate(0, nameMetrics.height() + kLineGap);
        line.setHeight(QFontMetricsF(style::detailFont()).height());
        painter->setFont(style::detailFont());
        painter->setPen(style::kDetailText);
        painter->drawText(line, align, detail);
    }
}

} // namespace vtd::app
