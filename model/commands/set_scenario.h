#pragma once

#include "document_command.h"

namespace vtd::model {

/** Replaces a scenario's name and script (the scenario editor's Apply, or a rename). */
class SetScenario final : public DocumentCommand
{
public:
    SetScenario(Document *document, int index, Scenario scenario);

    /** Refused for an index that names no scenario, or a name another scenario has. */
    std::optional<Diagnostic> check() const override;

private:
    void applyEdit() override;
    void revertEdit() override { swap(); }
    void swap(); ///< emits ScenarioChanged

    int m_index;
    Scenario m_scenario; ///< the new scenario before redo, the old one after it
};

} // namespace vtd::model
