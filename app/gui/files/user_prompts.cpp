#include "user_prompts.h"

#include <QMessageBox>
#include <QPushButton>

namespace vtd::app {

namespace {

UserPrompts::Hook &hook()
{
    static UserPrompts::Hook installed;
    return installed;
}

PromptAnswer ask(QWidget *parent, Prompt prompt, QMessageBox::Icon icon, const QString &title,
                 const QString &text, const QString &details, QMessageBox::StandardButtons buttons,
                 QMessageBox::StandardButton preferred)
{
    if (hook())
        return hook()(prompt, text);
    QMessageBox box(icon, title, text, buttons, parent);
    box.setInformativeText(details);
    box.setDefaultButton(preferred);
    return box.exec();
}

} // namespace

void UserPrompts::setHook(Hook installed)
{
    hook() = std::move(installed);
}

PromptAnswer UserPrompts::askSaveChanges(QWidget *parent, const QString &documentName)
{
    return ask(parent, Prompt::SaveChanges, QMessageBox::Warning, tr("Unsaved Changes"),
               tr("Do you want to save the changes to %1?").arg(documentName),
               tr("Your changes will be lost if you don't save them."),
               QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
}

PromptAnswer UserPrompts::askRestoreRecovery(QWidget *parent, const QString &savedAt)
{
    return ask(parent, Prompt::RestoreRecovery, QMessageBox::Question, tr("Recover Project"),
               tr("The designer did not close properly last time. Restore the project it saved "
                  "automatically at %1?")
                   .arg(savedAt),
               tr("If you discard it, the automatically saved copy is deleted."),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
}

PromptAnswer UserPrompts::warnSecrets(QWidget *parent, const QString &fileName)
{
    return ask(parent, Prompt::SecretsWarning, QMessageBox::Warning, tr("Project Holds Secrets"),
               tr("%1 holds real secrets (pre-shared keys, passwords) in clear text.")
                   .arg(fileName),
               tr("The file is written so that only you can read it (permissions 0600). Keep it "
                  "out of shared folders and version control."),
               QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Ok);
}

PromptAnswer UserPrompts::askRevealSecrets(QWidget *parent)
{
    return ask(parent, Prompt::RevealSecrets, QMessageBox::Question, tr("Export Secrets"),
               tr("Export the configurations with their secrets revealed?"),
               tr("Yes: pre-shared keys and passwords are written in clear text, to files only "
                  "you can read. No: they are written masked (********), as 'write terminal' "
                  "shows them."),
               QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No);
}

} // namespace vtd::app
