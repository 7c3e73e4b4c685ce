#pragma once

#include <QGraphicsView>

namespace vtd::app {

/** The canvas widget: antialiased drawing on a dotted sheet, Ctrl+wheel zoom around the
 *  mouse, a rubber band to select, middle-button drag (or Space+drag) to pan, and "fit" that
 *  keeps following the window until the user zooms. Edits are CanvasEditor's. */
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
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;

private:
    void scaleBy(qreal factor);

    bool m_followFit = true;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panFrom;
};

} // namespace vtd::app
