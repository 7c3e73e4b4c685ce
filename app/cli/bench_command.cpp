#include "bench_command.h"

#include "commands.h"

#include "sim/bench/hub_spoke_bench.h"

#include <optional>

namespace vtd::cli {

namespace {

constexpr int MaxCount = 60000;   // the generated address plan's limit

/** The option's value as a whole number in [minimum, MaxCount], or its default when absent. */
std::optional<int> countOption(const QCommandLineParser &parser, const char *name, int minimum, int fallback)
{
    const QString option = QString::fromLatin1(name);
    if (!parser.isSet(option))
        return fallback;
    const QString text = parser.value(option);
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || text.startsWith(u'+') || value < minimum || value > MaxCount) {
        printError(QStringLiteral("vpnsim bench: --%1 \"%2\" is not a whole number from %3 to %4")
                       .arg(option, text).arg(minimum).arg(MaxCount));
        return std::nullopt;
    }
    return value;
}

int runBench(const QCommandLineParser &parser)
{
    const sim::bench::BenchSize defaults;
    const auto spokes = countOption(parser, "spokes", 0, defaults.spokes);
    const auto clients = countOption(parser, "clients", 0, defaults.clients);
    const auto pings = countOption(parser, "pings", 1, defaults.pings);
    if (!spokes || !clients || !pings || !parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("usage: vpnsim bench [--spokes N] [--clients M] [--pings K]"));
        return ExitUsage;
    }
    const sim::bench::BenchResult result = sim::bench::runHubSpokeBench({*spokes, *clients, *pings});
    for (const QString &problem : result.problems)
        printError(QStringLiteral("vpnsim bench: warning: ") + problem);
    printOut(result.report().join(QLatin1Char('\n')) + QLatin1Char('\n'));
    return ExitOk;
}

QCommandLineOption countOptionSpec(const char *name, const QString &description)
{
    return QCommandLineOption(QString::fromLatin1(name), description, QStringLiteral("N"));
}

} // namespace

Subcommand benchCommand()
{
    return {
        QStringLiteral("bench"),
        QStringLiteral("bench [--spokes N] [--clients M] [--pings K]"),
        QStringLiteral("Measure the simulator on a generated hub-and-spoke network (performance figures)."),
        [](QCommandLineParser &parser) {
            parser.addOption(countOptionSpec("spokes", QStringLiteral("Spoke PIXes, each with a LAN host (default 1000).")));
            parser.addOption(countOptionSpec("clients", QStringLiteral("VPN Client PCs dialling the hub (default 1000).")));
            parser.addOption(countOptionSpec("pings", QStringLiteral("Echoes of 100 octets through each tunnel (default 10).")));
        },
        runBench,
    };
}

} // namespace vtd::cli
