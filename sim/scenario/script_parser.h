#pragma once

#include "script.h"

#include "model/diagnostic.h"
#include "model/project.h"

#include <functional>
#include <optional>

namespace vtd::sim {

/** Maps an interface as a script names it (ethernet0, Ethernet5/0, e0/0, a PIX nameif such as
 *  outside) to the node's hardware interface name; nullopt when the node has no such interface. */
using InterfaceResolver =
    std::function<std::optional<QString>(const model::Node &node, const QString &written)>;

struct ScriptParseResult
{
    Script script;
    model::Diagnostics diagnostics; ///< script.* errors with file and line; empty when valid
};

/** Parses a scenario script (the language of the README) and checks it against the project:
 *  every node, interface and argument is checked before anything runs, and every problem is
 *  reported as FILE:LINE. resolveInterface defaults to exact hardware names. */
ScriptParseResult parseScript(const QString &text, const QString &fileName,
                              const model::Project &project,
                              const InterfaceResolver &resolveInterface = {});

/** "500ms", "30s", "2m", "1h" -> milliseconds; nullopt when malformed. */
std::optional<Milliseconds> parseDuration(const QString &text);

} // namespace vtd::sim
