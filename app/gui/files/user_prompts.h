#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace vtd::app {

/** The questions the designer asks before it loses or exposes something. */
enum class Prompt {
    SaveChanges,     ///< unsaved changes: Save, Discard or Cancel
    RestoreRecovery, ///< an autosaved project from a crash: Restore (Yes) or Discard (No)
    SecretsWarning,  ///< first save of a project with real secrets: Ok or Cancel
    RevealSecrets,   ///< export: masked (No), revealed (Yes) or Cancel
};

/** What the user answered (the QMessageBox::StandardButton value). */
using PromptAnswer = int;

/** Asks the questions with message boxes, unless a test installed a hook that answers them
 *  (the hook sees which question and its text; nothing is shown then). */
class UserPrompts
{
    Q_DECLARE_TR_FUNCTIONS(vtd::app::UserPrompts)

public:
    using Hook = std::function<PromptAnswer(Prompt prompt, const QString &text)>;
    /** Installs (or, with an empty hook, removes) the answering hook. */
    static void setHook(Hook hook);

    static PromptAnswer askSaveChanges(QWidget *parent, const QString &documentName);
    static PromptAnswer askRestoreRecovery(QWidget *parent, const QString &savedAt);
    static PromptAnswer warnSecrets(QWidget *parent, const QString &fileName);
    static PromptAnswer askRevealSecrets(QWidget *parent);
};

} // namespace vtd::app
