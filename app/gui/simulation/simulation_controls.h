#pragma once

#include <QObject>

QT_BEGIN_NAMESPACE
class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QTimer;
class QToolBar;
QT_END_NAMESPACE

namespace vtd::app {

class SimulationSession;

/** The player of a simulation: Play/Pause, Step back, Step forward, Reset and Run to end, a
 *  speed choice (steps per second while playing) and the simulated time, as actions for the
 *  Simulation menu and a toolbar. Playing is stepping on a timer; it pauses by itself when the
 *  run has nothing left to do. */
class SimulationControls : public QObject
{
    Q_OBJECT

public:
    explicit SimulationControls(SimulationSession &session, QObject *parent = nullptr);

    QAction *playAction() const { return m_play; }
    QAction *stepBackAction() const { return m_stepBack; }
    QAction *stepForwardAction() const { return m_stepForward; }
    QAction *resetAction() const { return m_reset; }
    QAction *runToEndAction() const { return m_runToEnd; }
    QComboBox *speedBox() const { return m_speed; }
    QLabel *timeLabel() const { return m_time; }

    /** Adds the controls to a toolbar (speed box and time label included). */
    void fillToolBar(QToolBar *toolBar);
    void fillMenu(QMenu *menu);
    /** Enables the controls (a simulation is running) or disables them and stops playing. */
    void setEnabled(bool enabled);
    bool isPlaying() const;
    /** Steps per second while playing. */
    int stepsPerSecond() const;
    void retranslate();

public slots:
    void play();
    void pause();

private:
    void onTick();
    void updateTime();

    SimulationSession &m_session;
    QAction *m_play;
    QAction *m_stepBack;
    QAction *m_stepForward;
    QAction *m_reset;
    QAction *m_runToEnd;
    QComboBox *m_speed;
    QLabel *m_time;
    QTimer *m_timer;
};

/** "12.345 s": simulated time as the controls show it. */
QString simulatedTimeText(qint64 nanoseconds);

} // namespace vtd::app
