#include "subcommand.h"

#include "example_command.h"
#include "export_command.h"
#include "import_command.h"
#include "run_command.h"
#include "trace_command.h"

namespace vtd::cli {

QList<Subcommand> subcommands()
{
    return {
        exampleCommand(),
        importCommand(),
        exportCommand(),
        runCommand(),
        traceCommand(),
    };
}

} // namespace vtd::cli
