#pragma once

namespace vtd::app {

/** Runs the designer: `vpn-designer [--lang en|ja] [FILE]`. Returns the process exit code. */
int runDesigner(int argc, char *argv[]);

} // namespace vtd::app
