#include "scenario_editor.h"

#include "run_export.h"
#include "simulation_session.h"

#include "app/gui/config_view/config_editor.h"
#include "app/gui/inspector/value_sources.h"

#include "model/io/atomic_file.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace vtd::app {

namespace {

/** Chooser entries carry the scenario's index; the recording has none. */
constexpr int kRecording = -1;
constexpr int kLineRole = Qt::UserRole;

} // namespace

ScenarioEditor::ScenarioEditor(SimulationSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_source(new QComboBox(this)), m_name(new QLineEdit(this)),
      m_editor(new ConfigEditor(this)), m_errors(new QListWidget(this)), m_status(new QLabel(this)),
      m_nameLabel(new QLabel(this)), m_load(new QPushButton(this)), m_saveScenario(new QPushButton(this)),
      m_saveFile(new QPushButton(this))
{
    setObjectName(QStringLiteral("scenarioEditor"));
    m_source->setObjectName(QStringLiteral("scenarioChoice"));
    m_name->setObjectName(QStringLiteral("scenarioName"));
    m_editor->setObjectName(QStringLiteral("scenarioText"));
    m_errors->setObjectName(QStringLiteral("scenarioErrors"));
    m_load->setObjectName(QStringLiteral("loadScenario"));
    m_saveScenario->setObjectName(QStringLiteral("saveProjectScenario"));
    m_saveFile->setObjectName(QStringLiteral("saveScenarioFile"));
    m_status->setObjectName(QStringLiteral("scenarioStatus"));
    m_status->setWordWrap(true);
    // Messages are sentences with a suggestion: wrap them rather than scroll sideways.
    m_errors->setWordWrap(true);
    m_errors->setResizeMode(QListView::Adjust);
    m_errors->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nameLabel->setBuddy(m_name);

    auto *top = new QHBoxLayout;
    top->addWidget(m_source, 1);
    top->addWidget(m_nameLabel);
    top->addWidget(m_name, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_load);
    buttons->addStretch(1);
    buttons->addWidget(m_saveScenario);
    buttons->addWidget(m_saveFile);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_editor);
    splitter->addWidget(m_errors);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_source, &QComboBox::currentIndexChanged, this, &ScenarioEditor::onSourceChosen);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ScenarioEditor::onTextEdited);
    connect(m_name, &QLineEdit::textChanged, this, &ScenarioEditor::updateButtons);
    connect(m_errors, &QListWidget::itemActivated, this, &ScenarioEditor::onErrorActivated);
    connect(m_errors, &QListWidget::itemClicked, this, &ScenarioEditor::onErrorActivated);
    connect(m_load, &QPushButton::clicked, this, [this] { loadIntoSimulation(); });
    connect(m_saveScenario, &QPushButton::clicked, this,
            [this] { emit saveScenarioRequested(scenarioName(), scriptText()); });
    connect(m_saveFile, &QPushButton::clicked, this, &ScenarioEditor::chooseFileAndSave);
    connect(&m_session, &SimulationSession::scriptChanged, this, &ScenarioEditor::onScriptChanged);
    connect(&m_session, &SimulationSession::rewound, this, &ScenarioEditor::onSessionRewound);
    // The recording grows by a `wait` line while the run goes on past the script's end.
    connect(&m_session, &SimulationSession::positionChanged, this, &ScenarioEditor::onScriptChanged);

    retranslateUi();
    m_sessionScenarios = m_session.project().scenarios();
    setScenarios(m_sessionScenarios);
    onScriptChanged();
    showErrors({});
}

void ScenarioEditor::retranslateUi()
{
    setAccessibleName(tr("Scenario editor"));
    m_source->setToolTip(tr("The script shown: this session's recording or one of the project's scenarios"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setPlaceholderText(tr("Scenario name"));
    m_editor->setAccessibleName(tr("Scenario script"));
    m_errors->setAccessibleName(tr("Errors in the scenario script"));
    m_load->setText(tr("&Load into Simulation"));
    m_load->setToolTip(tr("Replaces the session's recording with this script and rewinds to time 0"));
    m_saveScenario->setText(tr("Save as Project &Scenario"));
    m_saveFile->setText(tr("Save to &File..."));
    fillChooser();
    showErrors(m_editor->marks());
}

void ScenarioEditor::setScenarios(const std::vector<model::Scenario> &scenarios)
{
    m_scenarios = scenarios;
    fillChooser();
}

void ScenarioEditor::fillChooser()
{
    const QString shown = shownScenario();
    const QSignalBlocker blocker(m_source);
    m_source->clear();
    m_source->addItem(tr("Recording of this session"), kRecording);
    for (int i = 0; i < int(m_scenarios.size()); ++i)
        m_source->addItem(tr("Scenario: %1").arg(m_scenarios.at(i).name), i);
    int index = 0;
    for (int i = 0; i < int(m_scenarios.size()) && !shown.isEmpty(); ++i) {
        if (m_scenarios.at(i).name == shown)
            index = i + 1;
    }
    m_source->setCurrentIndex(index);
    updateButtons();
}

QString ScenarioEditor::shownScenario() const
{
    const int index = m_source->currentData().toInt();
    return index >= 0 && index < int(m_scenarios.size()) ? m_scenarios.at(index).name : QString();
}

bool ScenarioEditor::showScenario(const QString &name)
{
    for (int i = 0; i < m_source->count(); ++i) {
        const int index = m_source->itemData(i).toInt();
        const bool match = index == kRecording ? name.isEmpty() : m_scenarios.at(index).name == name;
        if (match) {
            if (m_source->currentIndex() == i)
                onSourceChosen();
            else
                m_source->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void ScenarioEditor::onSourceChosen()
{
    const int index = m_source->currentData().toInt();
    m_modified = false;
    showErrors({});
    setStatus({});
    if (index == kRecording) {
        setText(m_session.scriptText());
    } else {
        setText(m_scenarios.at(index).script);
        m_name->setText(m_scenarios.at(index).name);
    }
    updateButtons();
}

void ScenarioEditor::onScriptChanged()
{
    // The recording is followed while it is shown and the user has not started editing it.
    if (m_source->currentData().toInt() != kRecording || m_modified)
        return;
    const QString text = m_session.scriptText();
    if (text != m_editor->toPlainText())
        setText(text);
}

void ScenarioEditor::onSessionRewound()
{
    // A new start() may bring another project: offer its scenarios.
    if (m_session.project().scenarios() != m_sessionScenarios) {
        m_sessionScenarios = m_session.project().scenarios();
        setScenarios(m_sessionScenarios);
    }
    onScriptChanged();
    updateButtons();
}

void ScenarioEditor::onTextEdited()
{
    if (m_settingText)
        return;
    m_modified = true;
    updateButtons();
}

void ScenarioEditor::setText(const QString &text)
{
    m_settingText = true;
    m_editor->setPlainText(text);
    m_settingText = false;
}

QString ScenarioEditor::scriptText() const
{
    return m_editor->toPlainText();
}

QString ScenarioEditor::scenarioName() const
{
    return m_name->text().trimmed();
}

void ScenarioEditor::setScenarioName(const QString &name)
{
    m_name->setText(name);
}

model::Diagnostics ScenarioEditor::loadIntoSimulation()
{
    if (!m_session.isStarted()) {
        setStatus(tr("The simulation has not started."), true);
        return {};
    }
    const model::Diagnostics errors = m_session.loadScript(scriptText(), scenarioName());
    showErrors(errors);
    if (!errors.isEmpty()) {
        setStatus(tr("The script was not loaded: %n error(s).", nullptr, int(errors.size())), true);
        return errors;
    }
    // The recording is now this script: show and follow it.
    const QString name = scenarioName();
    {
        const QSignalBlocker blocker(m_source);
        m_source->setCurrentIndex(0);
    }
    m_modified = false;
    setText(m_session.scriptText());
    m_name->setText(name);
    setStatus(tr("Loaded into the simulation at time 0."));
    updateButtons();
    return {};
}

void ScenarioEditor::showErrors(const model::Diagnostics &errors)
{
    m_editor->setMarks(errors);
    m_errors->clear();
    for (const model::Diagnostic &d : errors) {
        const QString message = translatedDiagnostic(d);
        auto *item = new QListWidgetItem(d.line > 0 ? tr("Line %1: %2").arg(d.line).arg(message) : message, m_errors);
        item->setData(kLineRole, d.line);
        item->setToolTip(message);
    }
    m_errors->setVisible(!errors.isEmpty());
}

void ScenarioEditor::onErrorActivated(QListWidgetItem *item)
{
    const int line = item->data(kLineRole).toInt();
    if (line > 0) {
        m_editor->showLine(line);
        m_editor->setFocus();
    }
}

std::optional<QString> ScenarioEditor::saveToFile(const QString &path)
{
    QString text = scriptText();
    if (!text.isEmpty() && !text.endsWith(u'\n'))
        text += u'\n';
    if (const auto error = model::writeFileAtomically(path, text.toUtf8(), model::FileAccess::Normal)) {
        const QString message = fileErrorText(path, *error);
        setStatus(message, true);
        return message;
    }
    setStatus(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    return std::nullopt;
}

void ScenarioEditor::chooseFileAndSave()
{
    const QString suggested = (scenarioName().isEmpty() ? QStringLiteral("scenario") : scenarioName())
                              + QStringLiteral(".vpns");
    QString path = QFileDialog::getSaveFileName(this, tr("Save Scenario Script"), suggested,
                                                tr("Scenario scripts (*.vpns);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".vpns");
    saveToFile(path);
}

void ScenarioEditor::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c00000;") : QString());
    m_status->setVisible(!text.isEmpty());
}

void ScenarioEditor::updateButtons()
{
    m_load->setEnabled(m_session.isStarted());
    m_saveScenario->setEnabled(!scenarioName().isEmpty());
}

void ScenarioEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace vtd::app
