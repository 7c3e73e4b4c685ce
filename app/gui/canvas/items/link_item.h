#pragma once

#include "app/gui/canvas/item_types.h"
#include "model/document.h"

#include <QColor>
#include <QCoreApplication>
#include <QGraphicsItem>
#include <QLineF>

namespace vtd::app {

class PortItem;
class SegmentItem;

/** A link drawn as a line between two ports, or from a port to a LAN segment's bar. The
 *  line is labelled with its subnet in the middle and each end with the port's nameif and
 *  host part (".1"), the way engineers annotate network diagrams. Holds only the link id. */
class LinkItem final : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(vtd::app::LinkItem)

public:
    enum { Type = LinkItemType };

    LinkItem(const model::Document &document, model::LinkId id);

    int type() const override { return Type; }
    model::LinkId linkId() const { return m_id; }

    /** Re-reads both ends from the scene's device, port and segment items (sync those first). */
    void sync();

    QLineF line() const { return m_line; }
    /** The subnet printed on the line; empty for links to a segment (the bar names it). */
    QString subnetText() const { return m_subnet.text; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;

private:
    struct End
    {
        model::Endpoint endpoint;
        QPointF anchor;
        const PortItem *port = nullptr;
        const SegmentItem *segment = nullptr;
    };
    struct Label
    {
        QString text;
        QRectF rect;
        QColor color;
    };

    End resolve(const model::Endpoint &endpoint) const;
    QString endText(const End &end) const;
    void placeEndLabel(const End &end, QPointF towards);
    void placeSubnetLabel(const End &a, const End &b);
    QPointF centreOfFreeStretch() const;
    QString toolTipText(const model::Link &link) const;

    const model::Document &m_document;
    const model::LinkId m_id;
    // Display geometry derived in sync().
    QLineF m_line;
    bool m_dashed = false;
    QList<QPointF> m_segmentJoints;
    Label m_subnet;
    QList<Label> m_endLabels;
};

} // namespace vtd::app
