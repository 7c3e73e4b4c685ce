#include "add_remove_scenario.h"

#include "model/edit_checks.h"

#include <QCoreApplication>

namespace vtd::model {

std::optional<Diagnostic> checkScenarioIndex(const Project &project, int index)
{
    if (index < 0 || size_t(index) >= project.scenarios().size()) {
        return editRefusal("edit.unknown-scenario",
                           {{QStringLiteral("index"), QString::number(index + 1)}});
    }
    return std::nullopt;
}

AddRemoveScenario::AddRemoveScenario(Document *document, Scenario scenario, int index)
    : DocumentCommand(document, QString())
    , m_scenario(std::move(scenario))
    , m_index(index)
{}

void AddRemoveScenario::addScenario()
{
    auto &scenarios = editableProject().scenarios();
    if (m_index < 0)
        m_index = int(scenarios.size());
    scenarios.insert(scenarios.begin() + m_index, std::move(m_scenario));
    m_scenario = {};
    notify(ChangeEvent{.kind = ChangeKind::ScenarioAdded, .scenario = m_index});
}

void AddRemoveScenario::removeScenario()
{
    auto &scenarios = editableProject().scenarios();
    m_scenario = std::move(scenarios[size_t(m_index)]);
    scenarios.erase(scenarios.begin() + m_index);
    notify(ChangeEvent{.kind = ChangeKind::ScenarioRemoved, .scenario = m_index});
}

AddScenario::AddScenario(Document *document, Scenario scenario, int index)
    : AddRemoveScenario(document, std::move(scenario), index)
{
    setText(QCoreApplication::translate("UndoCommands", "Add scenario %1").arg(m_scenario.name));
}

std::optional<Diagnostic> AddScenario::check() const
{
    if (m_index > int(project().scenarios().size()))
        return checkScenarioIndex(project(), m_index);
    return validateScenarioName(project(), m_scenario.name);
}

RemoveScenario::RemoveScenario(Document *document, int index)
    : AddRemoveScenario(document, {}, index)
{
    const auto &scenarios = project().scenarios();
    const bool exists = index >= 0 && size_t(index) < scenarios.size();
    setText(QCoreApplication::translate("UndoCommands", "Delete scenario %1")
                .arg(exists ? scenarios[size_t(index)].name : QString()));
}

std::optional<Diagnostic> RemoveScenario::check() const
{
    return checkScenarioIndex(project(), m_index);
}

} // namespace vtd::model
