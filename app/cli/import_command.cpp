#include "import_command.h"

#include "cli_support.h"
#include "commands.h"
#include "secret_options.h"

#include "generators/importer/importer.h"
#include "model/diagnostic_catalog.h"
#include "model/document.h"

#include <QFile>

namespace vtd::cli {

namespace {

/** Reads the files; an unreadable one is reported and left out. */
QList<gen::ImportSource> readSources(const QStringList &paths, model::Diagnostics &diagnostics)
{
    QList<gen::ImportSource> sources;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            model::Diagnostic d;
            d.code = QStringLiteral("io.cannot-read");
            d.file = path;
            d.params.insert(QStringLiteral("reason"), file.errorString());
            diagnostics.append(d);
            continue;
        }
        sources.append({path, QString::fromUtf8(file.readAll())});
    }
    return sources;
}

int runImport(const QCommandLineParser &parser)
{
    const QString output = parser.value(QStringLiteral("output"));
    const QStringList inputs = parser.positionalArguments();
    const auto secrets = secretOverrides(parser);
    if (output.isEmpty() || inputs.isEmpty() || !secrets) {
        printError(QStringLiteral("usage: vpnsim import FILE... -o PROJECT [--psk DEVICE:PEER=KEY] "
                                  "[--group-password DEVICE:GROUP=PASSWORD]"));
        return ExitUsage;
    }
    model::Diagnostics diagnostics;
    const QList<gen::ImportSource> sources = readSources(inputs, diagnostics);
    model::Document document;
    const gen::ImportResult result = gen::importSources(document, sources, *secrets);
    diagnostics += result.diagnostics;
    printDiagnostics(diagnostics);
    // Written even when some lines failed: they are kept verbatim and reported above.
    if (!saveProjectReporting(document.project(), output))
        return ExitError;
    return model::hasErrors(diagnostics) ? ExitError : ExitOk;
}

} // namespace

Subcommand importCommand()
{
    return {
        QStringLiteral("import"),
        QStringLiteral("import FILE... -o PROJECT [--psk DEVICE:PEER=KEY] [--group-password DEVICE:GROUP=PASSWORD]"),
        QStringLiteral("Build a project from PIX/IOS configurations and VPN Client profiles (.pcf)."),
        [](QCommandLineParser &parser) {
            parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                              QStringLiteral("The project file to write."), QStringLiteral("PROJECT")});
            addSecretOptions(parser);
            parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Configurations and profiles."),
                                         QStringLiteral("FILE..."));
        },
        runImport,
    };
}

} // namespace vtd::cli
