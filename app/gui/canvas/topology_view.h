#pragma once

#include <QGraphicsView>

namespace vtd::app {

/** The canvas widget: antialiased drawing on a dotted sheet, Ctrl+wheel zoom around the
 *  mouse, drag to pan, and "fit" that keeps following the window until the user zooms. */
class TopologyView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit TopologyView(QWidget *parent = nullptr);

    qreal zoom() const { return transform().m11(); }

public slots:
    void zoomIn();
    void zoomOut();
    /** Shows the whole drawing (never enlarged beyond 150 %) and follows resizes again. */
    void fitToContent();

signals:
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void scaleBy(qreal factor);

    bool m_followFit = true;
};

} // namespace vtd::app
