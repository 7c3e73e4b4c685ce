#include "port_item.h"

#include "app/gui/canvas/canvas_style.h"
#include "app/gui/canvas/interface_labels.h"
#include "app/gui/canvas/topology_scene.h"

#include <QFontMetricsF>
#include <QPainter>

namespace vtd::app {

PortItem::PortItem(model::NodeId node, const QString &interface, PortSide side, bool linked,
                   QGraphicsItem *parent)
    : QGraphicsItem(parent), m_node(node), m_interface(interface), m_side(side), m_linked(linked)
{
    const QFont font = m_linked ? style::portFont() : style::sparePortFont();
    const qreal height = m_linked ? style::kPortHeight : style::kSparePortHeight;
    const qreal padding = m_linked ? style::kPortPadding : style::kPortPadding - 1;
    const qreal textWidth = QFontMetricsF(font).horizontalAdvance(shortInterfaceName(interface));
    m_size = QSizeF(std::max(textWidth + 2 * padding, height), height);
    setZValue(1);
}

const TopologyScene *PortItem::topologyScene() const
{
    return static_cast<const TopologyScene *>(scene());
}

bool PortItem::isShutdown() const
{
    const TopologyScene *s = topologyScene();
    return s && s->addressing(m_node).value(m_interface).shutdown;
}

QPointF PortItem::anchor() const
{
    const qreal w = m_size.width() / 2;
    const qreal h = m_size.height() / 2;
    switch (m_side) {
    case PortSide::Left:
        return mapToScene(-w, 0);
    case PortSide::Right:
        return mapToScene(w, 0);
    case PortSide::Top:
        return mapToScene(0, -h);
    case PortSide::Bottom:
        return mapToScene(0, h);
    }
    return scenePos();
}

void PortItem::sync()
{
    setToolTip(toolTipText());
    update();
}

QString PortItem::toolTipText() const
{
    const TopologyScene *s = topologyScene();
    const gen::InterfaceAddress state = s ? s->addressing(m_node).value(m_interface)
                                          : gen::InterfaceAddress{};
    QStringList lines{tr("Interface: %1").arg(m_interface)};
    if (!state.nameif.isEmpty())
        lines << tr("Name: %1").arg(state.nameif);
    if (state.address)
        lines << tr("Address: %1").arg(state.address->toString());
    if (state.shutdown)
        lines << tr("Administratively shut down");
    if (!m_linked)
        lines << tr("Not linked");
    return lines.join(u'\n');
}

QRectF PortItem::boundingRect() const
{
    return QRectF(QPointF(-m_size.width() / 2, -m_size.height() / 2), m_size).adjusted(-1, -1, 1, 1);
}

void PortItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF pill(QPointF(-m_size.width() / 2, -m_size.height() / 2), m_size);
    const bool shut = m_linked && isShutdown();
    QColor fill = style::kSpareFill, border = style::kSpareBorder, text = style::kSpareText;
    if (m_linked) {
        fill = shut ? style::kPortShutFill : style::kPortFill;
        border = shut ? style::kPortShutBorder : style::kPortBorder;
        text = style::kPortText;
    }
    painter->setPen(QPen(border, 1));
    painter->setBrush(fill);
    const qreal radius = m_size.height() / 2 - 1;
    painter->drawRoundedRect(pill, radius, radius);
    painter->setPen(text);
    painter->setFont(m_linked ? style::portFont() : style::sparePortFont());
    painter->drawText(pill, Qt::AlignCenter, shortInterfaceName(m_interface));
}

} // namespace vtd::app
