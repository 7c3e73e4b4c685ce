#pragma once

#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
QT_END_NAMESPACE

namespace vtd::app {

class SimulationSession;

/** The device consoles of the simulation: what a PIX or IOS device of the run printed (debug
 *  output, syslog lines, command output, exactly as the run's transcript has it) and a command
 *  line at its prompt, so that an engineer verifies and troubleshoots as on the real console.
 *  A typed command becomes the scenario line "on NODE: CLI" through the session, so it is
 *  recorded and replayed like every other action. */
class ConsoleView : public QWidget
{
    Q_OBJECT

public:
    explicit ConsoleView(SimulationSession &session, QWidget *parent = nullptr);

    /** The device shown (node name), empty when the project has no PIX or IOS device. */
    QString currentDevice() const;
    /** Shows a device's console; false when it has none. */
    bool setCurrentDevice(const QString &node);
    /** The PIX and IOS nodes of the session's project, in project order. */
    QStringList devices() const;

    /** Sends `cli` to the current device's console as the action "on NODE: CLI"; returns false
     *  (and shows why) when the session refused it. */
    bool sendCommand(const QString &cli);

    QPlainTextEdit *text() const { return m_text; }
    QLineEdit *input() const { return m_input; }
    /** The last refusal of a typed command (translated), empty after a command went through. */
    QString errorText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    /** Re-reads the device list (the project may have changed with a new start). */
    void fillDevices();
    /** Shows the current device's transcript from scratch. */
    void reload();
    /** Appends what the current device printed since the last look (cheap, on every step). */
    void appendNew();
    void submit();
    void recall(int direction);
    void showError(const QString &message);

    SimulationSession &m_session;
    QComboBox *m_device;
    QPlainTextEdit *m_text;
    QLabel *m_prompt;
    QLineEdit *m_input;
    QLabel *m_error;
    qsizetype m_shown = 0;  ///< characters of the transcript shown
    QStringList m_history;  ///< commands typed, oldest first
    int m_historyIndex = 0; ///< position while recalling; m_history.size() = the new line
};

} // namespace vtd::app
