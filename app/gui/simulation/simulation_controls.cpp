#include "simulation_controls.h"

#include "simulation_session.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QTimer>
#include <QToolBar>

namespace vtd::app {

namespace {

const int kSpeeds[] = {1, 2, 5, 10, 25};
constexpr int kDefaultSpeedIndex = 2;

} // namespace

QString simulatedTimeText(qint64 nanoseconds)
{
    return QStringLiteral("%1.%2 s").arg(nanoseconds / 1000000000).arg((nanoseconds / 1000000) % 1000, 3, 10, QLatin1Char('0'));
}

SimulationControls::SimulationControls(SimulationSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_play(new QAction(this))
    , m_stepBack(new QAction(this))
    , m_stepForward(new QAction(this))
    , m_reset(new QAction(this))
    , m_runToEnd(new QAction(this))
    , m_speed(new QComboBox)
    , m_time(new QLabel)
    , m_timer(new QTimer(this))
{
    m_play->setCheckable(true);
    m_play->setShortcut(QKeySequence(Qt::Key_F5));
    m_stepForward->setShortcut(QKeySequence(Qt::Key_F10));
    m_stepBack->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10));
    m_play->setObjectName(QStringLiteral("simulationPlay"));
    m_stepForward->setObjectName(QStringLiteral("simulationStepForward"));
    m_stepBack->setObjectName(QStringLiteral("simulationStepBack"));
    m_reset->setObjectName(QStringLiteral("simulationReset"));
    m_speed->setObjectName(QStringLiteral("simulationSpeed"));
    m_time->setObjectName(QStringLiteral("simulationTime"));
    m_time->setMinimumWidth(m_time->fontMetrics().horizontalAdvance(QStringLiteral("00000.000 s · 0000 ")) * 2);
    for (int speed : kSpeeds)
        m_speed->addItem(QString(), speed);
    m_speed->setCurrentIndex(kDefaultSpeedIndex);

    connect(m_play, &QAction::toggled, this, [this](bool on) { on ? play() : pause(); });
    connect(m_stepForward, &QAction::triggered, this, [this] { m_session.stepForward(); });
    connect(m_stepBack, &QAction::triggered, this, [this] {
        pause();
        m_session.stepBack();
    });
    connect(m_reset, &QAction::triggered, this, [this] {
        pause();
        m_session.reset();
    });
    connect(m_runToEnd, &QAction::triggered, this, [this] {
        pause();
        m_session.runToEnd();
    });
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this] { m_timer->setInterval(1000 / stepsPerSecond()); });
    m_timer->setInterval(1000 / stepsPerSecond());
    connect(m_timer, &QTimer::timeout, this, &SimulationControls::onTick);
    connect(&m_session, &SimulationSession::positionChanged, this, &SimulationControls::updateTime);
    retranslate();
    setEnabled(false);
}

void SimulationControls::fillToolBar(QToolBar *toolBar)
{
    toolBar->addActions({m_reset, m_stepBack, m_play, m_stepForward, m_runToEnd});
    toolBar->addWidget(m_speed);
    toolBar->addWidget(m_time);
}

void SimulationControls::fillMenu(QMenu *menu)
{
    menu->addActions({m_play, m_stepBack, m_stepForward, m_runToEnd, m_reset});
}

void SimulationControls::setEnabled(bool enabled)
{
    if (!enabled)
        pause();
    for (QAction *action : {m_play, m_stepBack, m_stepForward, m_reset, m_runToEnd})
        action->setEnabled(enabled);
    m_speed->setEnabled(enabled);
    updateTime();
}

bool SimulationControls::isPlaying() const
{
    return m_timer->isActive();
}

int SimulationControls::stepsPerSecond() const
{
    return std::max(1, m_speed->currentData().toInt());
}

void SimulationControls::play()
{
    if (!m_timer->isActive())
        m_timer->start();
    m_play->setChecked(true);
    retranslate();
}

void SimulationControls::pause()
{
    m_timer->stop();
    m_play->setChecked(false);
    retranslate();
}

void SimulationControls::onTick()
{
    if (!m_session.stepForward())
        pause();
}

void SimulationControls::updateTime()
{
    if (!m_session.isStarted()) {
        m_time->clear();
        return;
    }
    m_time->setText(tr("Time %1 · step %2").arg(simulatedTimeText(m_session.now().toNanoseconds())).arg(m_session.stepIndex()));
}

void SimulationControls::retranslate()
{
    m_play->setText(isPlaying() ? tr("&Pause") : tr("&Play"));
    m_play->setToolTip(isPlaying() ? tr("Pause the simulation (F5)") : tr("Play the simulation step after step (F5)"));
    m_stepBack->setText(tr("Step &Back"));
    m_stepBack->setToolTip(tr("Back to the previous step: the run is replayed up to it (Shift+F10)"));
    m_stepForward->setText(tr("Step &Forward"));
    m_stepForward->setToolTip(tr("Run until the next packet leaves a device (F10)"));
    m_reset->setText(tr("&Reset"));
    m_reset->setToolTip(tr("Back to time 0; the recorded actions stay and play again"));
    m_runToEnd->setText(tr("Run to &End"));
    m_runToEnd->setToolTip(tr("Run every recorded action to its end"));
    for (int i = 0; i < m_speed->count(); ++i)
        m_speed->setItemText(i, tr("%n step(s)/s", nullptr, m_speed->itemData(i).toInt()));
    m_speed->setToolTip(tr("Playing speed"));
    updateTime();
}

} // namespace vtd::app
