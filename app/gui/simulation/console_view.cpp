#include "console_view.h"

#include "simulation_session.h"

#include "app/gui/inspector/value_sources.h"

#include "sim/console/device_console.h"
#include "sim/scenario/scenario_runner.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>

namespace vtd::app {

namespace {

/** A console keeps this many lines; older ones scroll away as on a terminal. */
constexpr int kMaximumLines = 20000;

QString transcriptOf(const SimulationSession &session, const QString &node)
{
    sim::ScenarioRunner *runner = session.runner();
    return runner && !node.isEmpty() ? runner->consoles().transcripts().value(node) : QString();
}

} // namespace

ConsoleView::ConsoleView(SimulationSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_device(new QComboBox(this)), m_text(new QPlainTextEdit(this)),
      m_prompt(new QLabel(this)), m_input(new QLineEdit(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("consoleView"));
    m_device->setObjectName(QStringLiteral("consoleDevice"));
    m_text->setObjectName(QStringLiteral("consoleText"));
    m_input->setObjectName(QStringLiteral("consoleInput"));
    m_error->setObjectName(QStringLiteral("consoleError"));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_text->setFont(fixed);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setMaximumBlockCount(kMaximumLines);
    m_text->setUndoRedoEnabled(false);
    m_prompt->setFont(fixed);
    m_input->setFont(fixed);
    m_input->installEventFilter(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c00000;"));
    m_error->hide();

    auto *commandLine = new QHBoxLayout;
    commandLine->setSpacing(2);
    commandLine->addWidget(m_prompt);
    commandLine->addWidget(m_input, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_device);
    layout->addWidget(m_text, 1);
    layout->addLayout(commandLine);
    layout->addWidget(m_error);

    connect(m_device, &QComboBox::currentIndexChanged, this, &ConsoleView::reload);
    connect(m_input, &QLineEdit::returnPressed, this, &ConsoleView::submit);
    connect(&m_session, &SimulationSession::rewound, this, [this] {
        fillDevices();
        reload();
    });
    connect(&m_session, &SimulationSession::eventsAdded, this, &ConsoleView::appendNew);
    connect(&m_session, &SimulationSession::positionChanged, this, &ConsoleView::appendNew);
    connect(&m_session, &SimulationSession::consoleOutput, this, &ConsoleView::appendNew);
    retranslateUi();
    fillDevices();
    reload();
}

void ConsoleView::retranslateUi()
{
    setAccessibleName(tr("Device consoles"));
    m_device->setToolTip(tr("The device whose console is shown"));
    m_text->setAccessibleName(tr("Console output"));
    m_input->setAccessibleName(tr("Console command"));
    m_input->setPlaceholderText(tr("Command (Up/Down: history)"));
    m_input->setToolTip(tr("Typed commands are recorded in the scenario as \"on DEVICE: COMMAND\""));
}

QStringList ConsoleView::devices() const
{
    QStringList names;
    for (const model::Node &node : m_session.project().nodes()) {
        if (model::holdsConfiguration(node.kind))
            names << node.name;
    }
    return names;
}

QString ConsoleView::currentDevice() const
{
    return m_device->currentText();
}

bool ConsoleView::setCurrentDevice(const QString &node)
{
    const int index = m_device->findText(node);
    if (index < 0)
        return false;
    m_device->setCurrentIndex(index);
    return true;
}

QString ConsoleView::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ConsoleView::fillDevices()
{
    const QStringList names = devices();
    QStringList shown;
    for (int i = 0; i < m_device->count(); ++i)
        shown << m_device->itemText(i);
    if (names == shown)
        return;
    const QString current = currentDevice();
    const QSignalBlocker blocker(m_device);
    m_device->clear();
    m_device->addItems(names);
    m_device->setCurrentIndex(std::max(0, int(names.indexOf(current))));
}

void ConsoleView::reload()
{
    const QString node = currentDevice();
    const bool usable = m_session.isStarted() && !node.isEmpty();
    // The prompt as the device shows it; device text is never translated.
    m_prompt->setText(node.isEmpty() ? QString() : node + u'#');
    m_input->setEnabled(usable);
    const QString transcript = transcriptOf(m_session, node);
    m_text->setPlainText(transcript);
    m_shown = transcript.size();
    m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
}

void ConsoleView::appendNew()
{
    const QString transcript = transcriptOf(m_session, currentDevice());
    if (transcript.size() == m_shown)
        return;
    if (transcript.size() < m_shown) {
        reload(); // the run went back without telling (defensive: rewound() normally does)
        return;
    }
    QScrollBar *bar = m_text->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum();
    QTextCursor cursor(m_text->document());
    cursor.movePosition(QTextCursor::End);
    QString tail = transcript.mid(m_shown);
    // The document always has a last (empty) block after a final newline: insert text as is.
    cursor.insertText(tail);
    m_shown = transcript.size();
    if (atBottom)
        bar->setValue(bar->maximum());
}

bool ConsoleView::sendCommand(const QString &cli)
{
    const QString node = currentDevice();
    if (node.isEmpty() || !m_session.isStarted())
        return false;
    const model::Diagnostics errors = m_session.act(QStringLiteral("on %1: %2").arg(node, cli));
    if (!errors.isEmpty()) {
        QStringList messages;
        for (const model::Diagnostic &d : errors)
            messages << translatedDiagnostic(d);
        showError(messages.join(u'\n'));
        return false;
    }
    showError({});
    appendNew();
    return true;
}

void ConsoleView::submit()
{
    const QString cli = m_input->text().trimmed();
    if (cli.isEmpty())
        return;
    if (m_history.isEmpty() || m_history.last() != cli)
        m_history << cli;
    m_historyIndex = int(m_history.size());
    if (sendCommand(cli))
        m_input->clear();
}

void ConsoleView::recall(int direction)
{
    if (m_history.isEmpty())
        return;
    m_historyIndex = std::clamp(m_historyIndex + direction, 0, int(m_history.size()));
    m_input->setText(m_historyIndex < m_history.size() ? m_history.at(m_historyIndex) : QString());
}

void ConsoleView::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool ConsoleView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down) {
            recall(key == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ConsoleView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace vtd::app
