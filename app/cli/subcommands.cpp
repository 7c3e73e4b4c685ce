#include "subcommand.h"

#include "example_command.h"

namespace vtd::cli {

QList<Subcommand> subcommands()
{
    return {
        exampleCommand(),
    };
}

} // namespace vtd::cli
