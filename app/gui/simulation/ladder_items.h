#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QString>

#include <vector>

/** The ladder diagram's geometry in scene units: lifelines are columns, packets are rows. */
namespace vtd::app::ladder_layout {

inline constexpr qreal kTimeColumnWidth = 100;
inline constexpr qreal kLifelineSpacing = 190;
inline constexpr qreal kHeaderHeight = 40;
inline constexpr qreal kHeaderWidth = 150;
inline constexpr qreal kFirstRowY = kHeaderHeight + 30;
inline constexpr qreal kRowHeight = 32;
inline constexpr qreal kMargin = 12;

/** The x of lifeline `index`. */
inline qreal lifelineX(int index)
{
    return kTimeColumnWidth + kHeaderWidth / 2 + kMargin + index * kLifelineSpacing;
}

/** The y of the arrow of row `row`. */
inline qreal rowY(int row)
{
    return kFirstRowY + row * kRowHeight;
}

} // namespace vtd::app::ladder_layout

namespace vtd::app {

/** What one arrow item draws, prepared by the view from a ladder arrow (scene x values). */
struct LadderArrowShape
{
    qreal fromX = 0;
    qreal toX = 0;
    std::vector<qreal> hopXs;   ///< devices crossed on the way (a dot on their lifeline)
    QString text;               ///< the label, drop reason included
    QString time;               ///< the time column's text
    QColor color;
    bool dropped = false;
    bool inFlight = false;      ///< sent, not yet received anywhere
};

/** One packet's row on the ladder: its time, an arrow between two lifelines (a loop when it
 *  starts and ends at one device) and its label. The whole row is the click target, so that a
 *  short arrow is as easy to pick as a long one. */
class LadderArrowItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 40 };

    LadderArrowItem(int arrowIndex, int eventIndex);

    int type() const override { return Type; }
    int arrowIndex() const { return m_arrowIndex; }
    int eventIndex() const { return m_eventIndex; }
    const LadderArrowShape &arrowShape() const { return m_shape; }

    void setShape(const LadderArrowShape &shape);
    /** A point on the arrow itself, in scene coordinates (tests click there). */
    QPointF arrowPoint() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;

private:
    void paintArrow(QPainter *painter) const;
    QRectF textRect() const;

    const int m_arrowIndex;
    const int m_eventIndex;
    LadderArrowShape m_shape;
    QRectF m_textRect;  ///< where the label goes, measured once per setShape()
    QRectF m_bounds;
};

/** A lifeline's head: the device name in a box above its vertical line. */
class LadderHeaderItem final : public QGraphicsItem
{
public:
    explicit LadderHeaderItem(const QString &name);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;

private:
    QString m_name;
};

} // namespace vtd::app
