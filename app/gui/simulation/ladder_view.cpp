#include "ladder_view.h"

#include "ladder_items.h"
#include "packet_colors.h"

#include "app/gui/files/diagram_export.h"

#include <QEvent>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace vtd::app {

namespace {

const QColor kBackground{0xff, 0xff, 0xff};
const QColor kLifeline{0xa9, 0xb5, 0xc2};
const QColor kHighlight{0xff, 0xf1, 0xb8};
const QColor kTimeHeaderText{0x5f, 0x6c, 0x7a};

QString timeText(sim::SimTime time)
{
    // Milliseconds matter (retransmission timers, link delays); finer would be noise.
    return QStringLiteral("%1").arg(double(time.toNanoseconds()) / 1e9, 0, 'f', 3);
}

} // namespace

using sim::analysis::LadderArrow;
namespace layout = ladder_layout;

LadderView::LadderView(QWidget *parent) : QGraphicsView(parent), m_scene(new QGraphicsScene(this))
{
    setObjectName(QStringLiteral("ladderView"));
    m_scene->setBackgroundBrush(kBackground);
    setScene(m_scene);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    rebuildScene();
}

LadderView::~LadderView() = default;

void LadderView::setEvents(const std::vector<sim::TraceEvent> &events)
{
    m_ladder.clear();
    m_ladder.append(events, 0);
    m_current = -1;
    rebuildScene();
}

void LadderView::appendEvents(const std::vector<sim::TraceEvent> &events, int first)
{
    if (first < m_ladder.eventCount()) {
        // Records before the ones already read changed: the run was rewound.
        setEvents(events);
        return;
    }
    const sim::analysis::LadderChange change = m_ladder.append(events, first);
    addLifelines(change.firstNewLifeline);
    for (const int index : change.updated)
        refreshArrow(index);
    addArrows(change.firstNewArrow);
    extendLifelines();
}

void LadderView::clear()
{
    m_ladder.clear();
    m_current = -1;
    rebuildScene();
}

LadderArrowItem *LadderView::arrowItem(int index) const
{
    return index >= 0 && index < arrowCount() ? m_arrows[std::size_t(index)] : nullptr;
}

void LadderView::rebuildScene()
{
    m_scene->clear();
    m_headers.clear();
    m_lines.clear();
    m_arrows.clear();
    m_right = 0;
    m_timeHeader = m_scene->addSimpleText(QString());
    m_timeHeader->setBrush(kTimeHeaderText);
    m_timeHeader->setPos(layout::kMargin, layout::kHeaderHeight / 2 - 8);
    m_highlight = m_scene->addRect(QRectF(), Qt::NoPen, kHighlight);
    m_highlight->setZValue(-1);
    m_highlight->setVisible(false);
    retranslateUi();
    addLifelines(0);
    addArrows(0);
    extendLifelines();
    placeHighlight();
}

void LadderView::addLifelines(int first)
{
    const QStringList &names = m_ladder.lifelines();
    QPen pen(kLifeline, 1.2, Qt::DashLine);
    for (int i = first; i < names.size(); ++i) {
        auto *header = new LadderHeaderItem(names[i]);
        header->setPos(layout::lifelineX(i), 0);
        m_scene->addItem(header);
        m_headers.push_back(header);
        const qreal x = layout::lifelineX(i);
        auto *line = m_scene->addLine(QLineF(x, layout::kHeaderHeight, x, layout::kHeaderHeight), pen);
        line->setZValue(-0.5);
        m_lines.push_back(line);
    }
}

void LadderView::addArrows(int first)
{
    const auto &arrows = m_ladder.arrows();
    for (int i = first; i < int(arrows.size()); ++i) {
        auto *item = new LadderArrowItem(i, arrows[std::size_t(i)].eventIndex);
        item->setPos(0, layout::rowY(i));
        m_scene->addItem(item);
        m_arrows.push_back(item);
        refreshArrow(i);
    }
}

void LadderView::refreshArrow(int index)
{
    LadderArrowItem *item = arrowItem(index);
    if (!item)
        return;
    const LadderArrow &arrow = m_ladder.arrows()[std::size_t(index)];
    LadderArrowShape shape;
    shape.fromX = layout::lifelineX(m_ladder.lifelineIndex(arrow.from));
    shape.toX = layout::lifelineX(m_ladder.lifelineIndex(arrow.to));
    // Devices crossed on the way get a dot where the arrow passes their lifeline; a router
    // drawn elsewhere (lifelines keep their first-appearance order) gets none.
    for (int hop = 1; hop + 1 < arrow.path.size(); ++hop) {
        const qreal x = layout::lifelineX(m_ladder.lifelineIndex(arrow.path[hop]));
        if (x > std::min(shape.fromX, shape.toX) && x < std::max(shape.fromX, shape.toX))
            shape.hopXs.push_back(x);
    }
    shape.text = arrowText(arrow);
    shape.time = timeText(arrow.sent);
    shape.dropped = arrow.dropped;
    shape.inFlight = !arrow.dropped && arrow.path.size() == 1;
    shape.color = arrow.dropped ? packet_colors::kDropped
                                : packet_colors::colorOf(arrow.kind, arrow.label.isakmpPhase1);
    item->setShape(shape);
    m_right = std::max(m_right, item->sceneBoundingRect().right());
    item->setToolTip(arrow.summary.isEmpty() ? shape.text : shape.text + QLatin1Char('\n') + arrow.summary);
}

void LadderView::extendLifelines()
{
    const qreal bottom = layout::rowY(std::max(arrowCount(), 1)) + layout::kRowHeight / 2;
    for (QGraphicsLineItem *line : m_lines) {
        QLineF l = line->line();
        l.setP2(QPointF(l.x2(), bottom));
        line->setLine(l);
    }
    const qreal right = layout::lifelineX(std::max(int(m_lines.size()), 1)) + layout::kMargin;
    m_scene->setSceneRect(QRectF(0, 0, std::max(right, m_right) + layout::kMargin, bottom + layout::kMargin));
    placeHighlight();
}

void LadderView::setCurrentEvent(int eventIndex)
{
    m_current = eventIndex < 0 ? -1 : m_ladder.arrowAtOrBefore(eventIndex);
    placeHighlight();
    if (LadderArrowItem *item = arrowItem(m_current))
        ensureVisible(item->sceneBoundingRect(), 20, layout::kRowHeight * 2);
}

void LadderView::placeHighlight()
{
    if (!m_highlight)
        return;
    const bool shown = m_current >= 0 && m_current < arrowCount();
    m_highlight->setVisible(shown);
    if (shown)
        m_highlight->setRect(0, layout::rowY(m_current) - layout::kRowHeight / 2, m_scene->sceneRect().width(),
                             layout::kRowHeight);
}

QString LadderView::arrowText(const LadderArrow &arrow) const
{
    if (!arrow.dropped)
        return arrow.text();
    return tr("%1 (dropped: %2)").arg(arrow.text(), arrow.dropCode);
}

void LadderView::mousePressEvent(QMouseEvent *event)
{
    for (QGraphicsItem *item : items(event->position().toPoint())) {
        if (auto *arrow = qgraphicsitem_cast<LadderArrowItem *>(item)) {
            m_scene->clearSelection();
            arrow->setSelected(true);
            emit packetSelected(arrow->eventIndex());
            event->accept();
            return;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void LadderView::drawForeground(QPainter *painter, const QRectF &)
{
    // The lifeline names stay in sight when the rows scroll under them (on screen only: an
    // export draws the scene, whose own heads are at the top).
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    if (visible.top() <= 0 || m_headers.empty())
        return;
    painter->save();
    painter->fillRect(QRectF(visible.left(), visible.top(), visible.width(), layout::kHeaderHeight + 4),
                      QColor(0xff, 0xff, 0xff, 0xee));
    for (LadderHeaderItem *header : m_headers) {
        painter->save();
        painter->translate(header->pos().x(), visible.top() + 2);
        header->paint(painter, nullptr, nullptr);
        painter->restore();
    }
    painter->restore();
}

void LadderView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    if (dy != 0)
        viewport()->update(); // the pinned heads do not move with the scrolled pixels
}

void LadderView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuildScene();
    QGraphicsView::changeEvent(event);
}

void LadderView::retranslateUi()
{
    if (m_timeHeader)
        m_timeHeader->setText(tr("Time (s)"));
}

bool LadderView::exportPng(const QString &path)
{
    return exportTo(path, DiagramFormat::Png);
}

bool LadderView::exportSvg(const QString &path)
{
    return exportTo(path, DiagramFormat::Svg);
}

bool LadderView::exportTo(const QString &path, DiagramFormat format)
{
    // The step highlight belongs to the view, not to the drawing.
    const bool highlighted = m_highlight && m_highlight->isVisible();
    if (m_highlight)
        m_highlight->setVisible(false);
    const auto failure = exportDiagram(*m_scene, path, format);
    if (m_highlight)
        m_highlight->setVisible(highlighted);
    return !failure.has_value();
}

} // namespace vtd::app
