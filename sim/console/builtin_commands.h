#pragma once

// The show/clear commands this layer simulates, and the rest of each CLI's vocabulary.

namespace vtd::sim::console {

class CommandRegistry;

/** PIX 6.2: show version/route/access-list/xlate/interface, clear xlate. */
void registerPixCommands(CommandRegistry &registry);
/** IOS 12.2: show ip route, show version. */
void registerIosCommands(CommandRegistry &registry);
/** Real keywords of both CLIs that are not simulated (abbreviations resolve as on the box). */
void registerVocabulary(CommandRegistry &registry);

/** All of the above (DeviceConsoles' constructor). */
inline void registerBuiltinCommands(CommandRegistry &registry)
{
    registerPixCommands(registry);
    registerIosCommands(registry);
    registerVocabulary(registry);
}

} // namespace vtd::sim::console
