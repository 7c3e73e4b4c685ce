#pragma once

#include "document_command.h"

namespace vtd::model {

/** What AddScenario and RemoveScenario share: the scenario goes back where it was. */
class AddRemoveScenario : public DocumentCommand
{
protected:
    AddRemoveScenario(Document *document, Scenario scenario, int index);

    void addScenario();    ///< emits ScenarioAdded with its index
    void removeScenario(); ///< emits ScenarioRemoved with the index it had

    Scenario m_scenario; ///< the scenario while it is out of the project
    int m_index;         ///< its index in the project's list (-1 before an append)
};

/** Adds a named scenario script (at the end unless an index is given). */
class AddScenario final : public AddRemoveScenario
{
public:
    AddScenario(Document *document, Scenario scenario, int index = -1);

    /** Refused for an empty or already used name, or an index past the end. */
    std::optional<Diagnostic> check() const override;

private:
    void applyEdit() override { addScenario(); }
    void revertEdit() override { removeScenario(); }
};

/** Deletes the scenario at an index. */
class RemoveScenario final : public AddRemoveScenario
{
public:
    RemoveScenario(Document *document, int index);

    std::optional<Diagnostic> check() const override;

private:
    void applyEdit() override { removeScenario(); }
    void revertEdit() override { addScenario(); }
};

/** Refusal for an index that names no scenario. */
std::optional<Diagnostic> checkScenarioIndex(const Project &project, int index);

} // namespace vtd::model
