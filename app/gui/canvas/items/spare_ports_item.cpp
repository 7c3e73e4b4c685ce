#include "spare_ports_item.h"

#include "app/gui/canvas/canvas_style.h"
#include "app/gui/canvas/interface_labels.h"

#include <QFontMetricsF>
#include <QPainter>

namespace vtd::app {

namespace {

/** Short names, a few per line, so a long list stays a compact tooltip. */
QString wrappedNames(const QStringList &interfaces)
{
    constexpr int kPerLine = 8;
    QStringList lines;
    for (int i = 0; i < interfaces.size(); i += kPerLine) {
        QStringList names;
        for (const QString &name : interfaces.mid(i, kPerLine))
            names << shortInterfaceName(name);
        lines << names.join(QStringLiteral(", "));
    }
    return lines.join(u'\n');
}

} // namespace

SparePortsItem::SparePortsItem(const QStringList &interfaces, QGraphicsItem *parent)
    : QGraphicsItem(parent), m_interfaces(interfaces)
{
    const qreal textWidth = QFontMetricsF(style::sparePortFont()).horizontalAdvance(label());
    m_size = QSizeF(textWidth + 2 * style::kPortPadding, style::kSparePortHeight);
    setZValue(1);
}

QString SparePortsItem::label() const
{
    return QStringLiteral("+%1").arg(m_interfaces.size());
}

void SparePortsItem::sync()
{
    setToolTip(tr("%n interface(s) not linked:", nullptr, int(m_interfaces.size())) + u'\n'
               + wrappedNames(m_interfaces));
}

QRectF SparePortsItem::boundingRect() const
{
    return QRectF(QPointF(-m_size.width() / 2, -m_size.height() / 2), m_size).adjusted(-1, -1, 1, 1);
}

void SparePortsItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF pill(QPointF(-m_size.width() / 2, -m_size.height() / 2), m_size);
    painter->setPen(QPen(style::kSpareBorder, 1, Qt::DashLine));
    painter->setBrush(style::kSpareFill);
    const qreal radius = m_size.height() / 2 - 1;
    painter->drawRoundedRect(pill, radius, radius);
    painter->setPen(style::kSpareText);
    painter->setFont(style::sparePortFont());
    painter->drawText(pill, Qt::AlignCenter, label());
}

} // namespace vtd::app
