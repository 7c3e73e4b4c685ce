#include "example_command.h"

#include "commands.h"

#include "generators/secrets.h"
#include "model/diagnostic_catalog.h"
#include "model/io/project_file.h"
#include "resources/builtin_example.h"

namespace vtd::cli {

namespace {

int writeExample(const QCommandLineParser &parser)
{
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty() || !parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("usage: vpnsim example -o FILE"));
        return ExitUsage;
    }
    const model::ProjectReadResult example = model::readProject(
        resources::builtinExampleProjectFile(), resources::builtinExampleName());
    Q_ASSERT(example.project);   // the build's own resource; a test loads it too
    // The example holds real keys (see the README), so it is written owner-only.
    const auto access = gen::projectHoldsSecrets(*example.project) ? model::FileAccess::OwnerOnly
                                                                   : model::FileAccess::Normal;
    if (const auto error = model::saveProjectFile(*example.project, output, access)) {
        printError(model::diagnosticLine(*error));
        return ExitError;
    }
    return ExitOk;
}

} // namespace

Subcommand exampleCommand()
{
    return {
        QStringLiteral("example"),
        QStringLiteral("example -o FILE"),
        QStringLiteral("Write the built-in example project (Cisco note 16060: snow, rain, carrion)."),
        [](QCommandLineParser &parser) {
            parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                              QStringLiteral("The project file to write."),
                              QStringLiteral("FILE")});
        },
        writeExample,
    };
}

} // namespace vtd::cli
