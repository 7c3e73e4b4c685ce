#include "run_command.h"

#include "cli_support.h"
#include "commands.h"
#include "secret_options.h"

#include "sim/engine/simulator.h"
#include "sim/export/pcap_writer.h"
#include "sim/export/wireshark_keys.h"
#include "sim/scenario/run_summary_json.h"
#include "sim/scenario/scenario_runner.h"

#include "generators/device_texts.h"
#include "generators/importer/secret_filling.h"
#include "model/diagnostic_catalog.h"
#include "model/io/project_file.h"

#include <QFile>

namespace vtd::cli {

namespace {

constexpr std::uint64_t DefaultSeed = 1;

/** Where the script comes from: a file, a scenario of the project, or none (boot only). */
struct ScenarioSource
{
    QString text;
    QString name;   ///< the FILE of script diagnostics: the path, or the scenario's name
    bool bootOnly = false;
};

/** Fills in the secrets given on the command line, device by device, as `import` does. */
void applySecrets(model::Project &project, const QList<gen::SecretOverride> &secrets)
{
    for (const model::Node &original : project.nodes()) {
        model::Node &node = *project.node(original.id);
        gen::ImportedDevice device{node, {}, {}};
        gen::applySecretOverrides(device, node.name, secrets);
        node.configText = device.node.configText;
        node.profileText = device.node.profileText;
        for (const model::Diagnostic &d : device.diagnostics) {
            if (d.code == QLatin1String("import.unused-secret"))
                printError(model::diagnosticLine(d));
        }
    }
    for (const gen::SecretOverride &secret : secrets) {
        if (!project.nodeByName(secret.device))
            printError(QStringLiteral("vpnsim run: warning: no node is named \"%1\"; its secret is not used").arg(secret.device));
    }
}

/** The project with the supplied secrets; its device texts' findings printed (they do not stop
 *  the run). nullopt when the file is not a valid project. */
std::optional<model::Project> loadProject(const QString &path, const QList<gen::SecretOverride> &secrets)
{
    model::ProjectReadResult loaded = model::loadProjectFile(path);
    printDiagnostics(loaded.diagnostics);
    if (!loaded.project)
        return std::nullopt;
    applySecrets(*loaded.project, secrets);
    printDiagnostics(gen::checkDeviceTexts(*loaded.project));
    return loaded.project;
}

std::optional<ScenarioSource> scenarioSource(const QCommandLineParser &parser, const model::Project &project)
{
    const QString path = parser.value(QStringLiteral("scenario"));
    if (!path.isEmpty()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            model::Diagnostic d;
            d.code = QStringLiteral("io.cannot-read");
            d.file = path;
            d.params.insert(QStringLiteral("reason"), file.errorString());
            printError(model::diagnosticLine(d));
            return std::nullopt;
        }
        return ScenarioSource{QString::fromUtf8(file.readAll()), path, false};
    }
    if (!project.scenarios().empty())
        return ScenarioSource{project.scenarios().front().script, project.scenarios().front().name, false};
    return ScenarioSource{{}, {}, true};
}

std::optional<std::uint64_t> seedOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("seed")))
        return DefaultSeed;
    const QString text = parser.value(QStringLiteral("seed"));
    bool ok = false;
    const std::uint64_t seed = text.toULongLong(&ok);
    if (!ok || text.startsWith(u'+') || text.startsWith(u'-')) {
        printError(QStringLiteral("vpnsim run: --seed \"%1\" is not a whole number from 0 to 18446744073709551615").arg(text));
        return std::nullopt;
    }
    return seed;
}

QString closingLine(const sim::RunSummary &summary)
{
    const qsizetype held = std::count_if(summary.expects.begin(), summary.expects.end(),
                                         [](const sim::ExpectRecord &e) { return e.held; });
    const QString end = QStringLiteral("Run ended at %1.%2 s")
                            .arg(summary.endTimeMs / 1000).arg(summary.endTimeMs % 1000, 3, 10, QLatin1Char('0'));
    if (summary.expects.isEmpty())
        return end + QStringLiteral(": no expectations.\n");
    return end + QStringLiteral(": %1 of %2 expectations held.\n").arg(held).arg(summary.expects.size());
}

/** Loads the script, runs it with the log on stdout and findings on stderr, writes the JSON. */
int runScenario(const model::Project &project, const ScenarioSource &source, std::uint64_t seed,
                const QString &jsonPath, const QString &pcapPath, const QString &keysDir)
{
    sim::exporting::PcapWriter pcap;  // outlives the runner's simulator, which holds it as a sink
    sim::exporting::WiresharkKeys keys;
    sim::ScenarioRunner runner(project, seed);
    if (!pcapPath.isEmpty())
        runner.simulator().addTraceSink(&pcap);
    if (!keysDir.isEmpty())
        runner.simulator().addTraceSink(&keys);
    const model::Diagnostics errors = source.bootOnly ? runner.load(sim::ScenarioRunner::bootOnlyScript())
                                                      : runner.load(source.text, source.name);
    if (!errors.isEmpty()) {
        printDiagnostics(errors);
        return ExitError;
    }
    runner.setLog([](const QString &line) { printOut(line + u'\n'); });
    runner.setDiagnosticReport([](const model::Diagnostic &d) { printError(model::diagnosticLine(d)); });
    printOut(source.bootOnly ? QStringLiteral("No scenario: the network boots and runs for 60 s (seed %1).\n").arg(seed)
                             : QStringLiteral("Scenario %1 (seed %2)\n").arg(source.name).arg(seed));
    const sim::RunSummary summary = runner.run();
    printOut(closingLine(summary));
    if (!jsonPath.isEmpty() && !writeReporting(jsonPath, sim::writeRunSummaryJson(summary), false))
        return ExitError;
    if (!pcapPath.isEmpty() && !writeReporting(pcapPath, pcap.capture(), false))
        return ExitError;
    if (!keysDir.isEmpty()) {
        if (const QString problem = keys.write(keysDir); !problem.isEmpty()) {
            printError(QStringLiteral("vpnsim run: error: %1").arg(problem));
            return ExitError;
        }
    }
    return summary.allExpectsHeld() ? ExitOk : ExitFindings;
}

int runRun(const QCommandLineParser &parser)
{
    const QStringList inputs = parser.positionalArguments();
    const auto secrets = secretOverrides(parser);
    const auto seed = seedOption(parser);
    if (inputs.size() != 1 || !secrets || !seed) {
        printError(QStringLiteral("usage: vpnsim %1").arg(runCommand().synopsis));
        return ExitUsage;
    }
    const auto project = loadProject(inputs.first(), *secrets);
    if (!project)
        return ExitError;
    const auto source = scenarioSource(parser, *project);
    if (!source)
        return ExitError;
    return runScenario(*project, *source, *seed, parser.value(QStringLiteral("json")),
                       parser.value(QStringLiteral("pcap")), parser.value(QStringLiteral("wireshark-keys")));
}

void addRunOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("scenario"), QStringLiteral("The scenario script to run (default: the project's first scenario)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("The run's random seed (default 1); the same seed gives the same run."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Write the run summary as JSON to FILE."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("pcap"), QStringLiteral("Write the run's packets to FILE (pcap, raw IPv4: each packet once, as its originating device sends it)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("wireshark-keys"), QStringLiteral("Write Wireshark's IKE/ESP key tables to DIR (ikev1_decryption_table, esp_sa, preferences; owner-only)."), QStringLiteral("DIR")});
    addSecretOptions(parser);
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
}

} // namespace

Subcommand runCommand()
{
    return {
        QStringLiteral("run"),
        QStringLiteral("run PROJECT [--scenario FILE] [--seed N] [--json FILE] [--pcap FILE --wireshark-keys DIR] [--psk ...] [--group-password ...]"),
        QStringLiteral("Run a scenario (default: the project's first) and report; exit 3 when an expect failed."),
        addRunOptions,
        runRun,
    };
}

} // namespace vtd::cli
