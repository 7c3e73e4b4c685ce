#include "export_command.h"

#include "cli_support.h"
#include "commands.h"

#include "generators/device_export.h"

#include <QDir>

namespace vtd::cli {

namespace {

int runExport(const QCommandLineParser &parser)
{
    const QString output = parser.value(QStringLiteral("output"));
    const QStringList inputs = parser.positionalArguments();
    if (output.isEmpty() || inputs.size() != 1) {
        printError(QStringLiteral("usage: vpnsim export PROJECT -o DIR [--reveal-secrets]"));
        return ExitUsage;
    }
    const auto project = loadProjectReporting(inputs.first());
    if (!project)
        return ExitError;
    if (!QDir().mkpath(output)) {
        printError(QStringLiteral("%1: error: cannot create the folder [io.cannot-write]").arg(output));
        return ExitError;
    }
    const bool reveal = parser.isSet(QStringLiteral("reveal-secrets"));
    bool ok = true;
    for (const gen::ExportedText &file : gen::exportDeviceTexts(*project, reveal))
        ok = writeReporting(QDir(output).filePath(file.fileName), file.text.toUtf8(), file.holdsSecrets) && ok;
    return ok ? ExitOk : ExitError;
}

} // namespace

Subcommand exportCommand()
{
    return {
        QStringLiteral("export"),
        QStringLiteral("export PROJECT -o DIR [--reveal-secrets]"),
        QStringLiteral("Write DIR/<hostname>.cfg per PIX/IOS device and DIR/<node>.pcf per VPN Client."),
        [](QCommandLineParser &parser) {
            parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                              QStringLiteral("The folder to write into (created if missing)."), QStringLiteral("DIR")});
            parser.addOption({QStringLiteral("reveal-secrets"),
                              QStringLiteral("Write pre-shared keys and passwords in clear (files are owner-only); "
                                             "by default they are masked as ********.")});
            parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
        },
        runExport,
    };
}

} // namespace vtd::cli
