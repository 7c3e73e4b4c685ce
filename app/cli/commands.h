#pragma once

#include <QStringList>

namespace vtd::cli {

/** Exit statuses of the contract (see the README). */
enum ExitCode {
    ExitOk = 0,        ///< done; every expect held
    ExitError = 1,     ///< invalid input or output error: nothing (or not everything) was done
    ExitUsage = 2,     ///< the command line itself is wrong
    ExitFindings = 3,  ///< ran, but an expect failed / the packet was dropped / lint found issues
};

/** Runs `vpnsim` with its full argument list (argv[0] first) and returns the exit status. */
int run(const QStringList &arguments);

} // namespace vtd::cli
