#include "set_scenario.h"

#include "add_remove_scenario.h"
#include "model/edit_checks.h"

#include <QCoreApplication>

#include <utility>

namespace vtd::model {

SetScenario::SetScenario(Document *document, int index, Scenario scenario)
    : DocumentCommand(document, QString())
    , m_index(index)
    , m_scenario(std::move(scenario))
{
    const auto &scenarios = project().scenarios();
    const Scenario old = index >= 0 && size_t(index) < scenarios.size() ? scenarios[size_t(index)]
                                                                       : Scenario{};
    const bool renameOnly = old.name != m_scenario.name && old.script == m_scenario.script;
    setText(renameOnly ? QCoreApplication::translate("UndoCommands", "Rename scenario %1 to %2")
                             .arg(old.name, m_scenario.name)
                       : QCoreApplication::translate("UndoCommands", "Edit scenario %1")
                             .arg(m_scenario.name));
}

std::optional<Diagnostic> SetScenario::check() const
{
    if (auto problem = checkScenarioIndex(project(), m_index))
        return problem;
    return validateScenarioName(project(), m_scenario.name, m_index);
}

void SetScenario::applyEdit()
{
    if (project().scenarios()[size_t(m_index)] == m_scenario) {
        setObsolete(true); // nothing to change: no event, no undo step
        return;
    }
    swap();
}

void SetScenario::swap()
{
    Scenario &current = editableProject().scenarios()[size_t(m_index)];
    m_scenario = std::exchange(current, std::move(m_scenario));
    notify(ChangeEvent{.kind = ChangeKind::ScenarioChanged, .scenario = m_index});
}

} // namespace vtd::model
