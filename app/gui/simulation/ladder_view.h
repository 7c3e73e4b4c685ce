#pragma once

#include "sim/analysis/ladder.h"
#include "sim/engine/trace_event.h"

#include <QGraphicsView>

#include <vector>

QT_BEGIN_NAMESPACE
class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
QT_END_NAMESPACE

namespace vtd::app {

class LadderArrowItem;
class LadderHeaderItem;
enum class DiagramFormat;

/** The simulation's sequence chart (ladder diagram): a lifeline per device taking part and an
 *  arrow per packet, labelled as engineers name them (MM1, AM2, Transaction CFG_REPLY, QM3,
 *  ESP), coloured by kind, with the current step highlighted. It follows the session's records
 *  (setEvents() after a rewind, appendEvents() as steps add records) and reports a click on a
 *  packet by the record that selects it. The whole diagram exports as PNG or SVG. */
class LadderView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit LadderView(QWidget *parent = nullptr);
    ~LadderView() override;

    /** Drops what is shown and reads every record. */
    void setEvents(const std::vector<sim::TraceEvent> &events);
    /** Reads records [first, events.size()) (the ones a step added). */
    void appendEvents(const std::vector<sim::TraceEvent> &events, int first);
    void clear();

    /** Highlights the last packet first sent at or before record `eventIndex` and scrolls to
     *  it; -1 (or a record before every packet) removes the highlight. */
    void setCurrentEvent(int eventIndex);
    /** The highlighted arrow's index in ladder().arrows(), -1 when none. */
    int currentArrow() const { return m_current; }

    const sim::analysis::Ladder &ladder() const { return m_ladder; }
    int arrowCount() const { return int(m_arrows.size()); }
    /** The item of arrow `index` (tests click it, the window may scroll to it). */
    LadderArrowItem *arrowItem(int index) const;

    /** Writes the whole diagram, not only the visible part; false when the file cannot be
     *  written. */
    bool exportPng(const QString &path);
    bool exportSvg(const QString &path);

signals:
    /** A packet was clicked: the record of its first hop (SimulationSession::events() index). */
    void packetSelected(int eventIndex);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void rebuildScene();
    void addLifelines(int first);
    void addArrows(int first);
    void refreshArrow(int index);
    void extendLifelines();
    void placeHighlight();
    void retranslateUi();
    QString arrowText(const sim::analysis::LadderArrow &arrow) const;
    bool exportTo(const QString &path, DiagramFormat format);

    sim::analysis::Ladder m_ladder;
    QGraphicsScene *m_scene;
    QGraphicsSimpleTextItem *m_timeHeader = nullptr;
    QGraphicsRectItem *m_highlight = nullptr;
    std::vector<LadderHeaderItem *> m_headers;
    std::vector<QGraphicsLineItem *> m_lines;
    std::vector<LadderArrowItem *> m_arrows;
    int m_current = -1;
    qreal m_right = 0;  ///< right edge of the widest arrow row, in scene units
};

} // namespace vtd::app
