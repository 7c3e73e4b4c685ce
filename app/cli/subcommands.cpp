#include "subcommand.h"

#include "bench_command.h"
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
        benchCommand(),
    };
}

} // namespace vtd::cli
