#pragma once

#include "model/diagnostic.h"
#include "model/project.h"

#include <QWidget>

#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
QT_END_NAMESPACE

namespace vtd::app {

class ConfigEditor;
class SimulationSession;

/** Where scenario scripts are written and tried: the session's recording (what the user did, as
 *  script lines) or one of the project's scenarios, edited as text, loaded into the simulation
 *  (errors marked at their lines, nothing changed), kept in the project or saved as a .vpns
 *  file. The recording is followed as it grows until the user edits it. */
class ScenarioEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioEditor(SimulationSession &session, QWidget *parent = nullptr);

    /** The project scenarios offered in the chooser. By default those of the session's project
     *  (re-read when the session starts on another project); the window calls this when the
     *  document's scenarios change. */
    void setScenarios(const std::vector<model::Scenario> &scenarios);
    /** Shows a project scenario by name, or the session's recording for an empty name; false
     *  when there is no such scenario. */
    bool showScenario(const QString &name);
    /** The scenario shown: empty for the recording. */
    QString shownScenario() const;

    /** Loads the editor's text into the simulation (rewinds it to time 0); returns the errors,
     *  which are also marked in the editor and listed (then nothing changed). */
    model::Diagnostics loadIntoSimulation();
    /** Writes the editor's text to `path` atomically; the error (translated, naming the path)
     *  or nothing. */
    std::optional<QString> saveToFile(const QString &path);

    QString scriptText() const;
    /** The name a saved project scenario gets. */
    QString scenarioName() const;
    void setScenarioName(const QString &name);
    ConfigEditor *editor() const { return m_editor; }
    QListWidget *errorList() const { return m_errors; }
    /** True when the editor no longer shows the session's recording as it is. */
    bool isModified() const { return m_modified; }

signals:
    /** "Save as project scenario": the window adds the scenario to the document (or replaces
     *  the one with that name) as an undoable command. */
    void saveScenarioRequested(const QString &name, const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillChooser();
    void onSourceChosen();
    void onScriptChanged();
    void onSessionRewound();
    void onTextEdited();
    void showErrors(const model::Diagnostics &errors);
    void onErrorActivated(QListWidgetItem *item);
    void chooseFileAndSave();
    void setText(const QString &text);
    void setStatus(const QString &text, bool error = false);
    void updateButtons();

    SimulationSession &m_session;
    std::vector<model::Scenario> m_scenarios;
    std::vector<model::Scenario> m_sessionScenarios; ///< the session project's, as last read
    QComboBox *m_source;
    QLineEdit *m_name;
    ConfigEditor *m_editor;
    QListWidget *m_errors;
    QLabel *m_status;
    QLabel *m_nameLabel;
    QPushButton *m_load;
    QPushButton *m_saveScenario;
    QPushButton *m_saveFile;
    bool m_modified = false;
    bool m_settingText = false;
};

} // namespace vtd::app
