#include "trace_command.h"

#include "cli_support.h"
#include "commands.h"

#include "sim/analysis/path_trace.h"

namespace vtd::cli {

namespace {

const QString Synopsis = QStringLiteral("trace PROJECT SRC DST [--proto icmp|udp|tcp] [--port N]");

/** The probe options; nullopt (after a message) when they are not valid. */
std::optional<sim::analysis::ProbeSpec> probeSpec(const QCommandLineParser &parser)
{
    using Protocol = sim::analysis::ProbeSpec::Protocol;
    sim::analysis::ProbeSpec spec;
    const QString proto = parser.value(QStringLiteral("proto")).toLower();
    if (proto == QLatin1String("udp"))
        spec.protocol = Protocol::Udp;
    else if (proto == QLatin1String("tcp"))
        spec.protocol = Protocol::Tcp;
    else if (!proto.isEmpty() && proto != QLatin1String("icmp"))
        return std::nullopt;
    if (parser.isSet(QStringLiteral("port"))) {
        bool ok = false;
        spec.port = parser.value(QStringLiteral("port")).toInt(&ok);
        if (!ok || spec.port < 1 || spec.port > 65535 || spec.protocol == Protocol::Icmp)
            return std::nullopt;
    }
    return spec;
}

int runTrace(const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments();
    const auto spec = probeSpec(parser);
    if (arguments.size() != 3 || !spec) {
        printError(QStringLiteral("usage: vpnsim ") + Synopsis
                   + QStringLiteral("\n  (--port N, 1..65535, goes with --proto udp or tcp)"));
        return ExitUsage;
    }
    const auto project = loadProjectReporting(arguments.at(0));
    if (!project)
        return ExitError;
    const sim::analysis::PathTraceResult result =
        sim::analysis::tracePath(*project, {arguments.at(1), arguments.at(2), *spec});
    if (!result.lines.isEmpty())
        printOut(result.lines.join(u'\n') + u'\n');
    printDiagnostics(result.diagnostics);
    switch (result.outcome) {
    case sim::analysis::PathTraceResult::Outcome::Delivered:
        return ExitOk;
    case sim::analysis::PathTraceResult::Outcome::Dropped:
        return ExitFindings;
    case sim::analysis::PathTraceResult::Outcome::Invalid:
        break;
    }
    return ExitError;
}

} // namespace

Subcommand traceCommand()
{
    return {
        QStringLiteral("trace"),
        Synopsis,
        QStringLiteral("Follow one packet from SRC to DST hop by hop, with every pipeline decision and the drop, if any."),
        [](QCommandLineParser &parser) {
            parser.addOption({QStringLiteral("proto"), QStringLiteral("icmp (echo, the default), udp or tcp (a SYN)."),
                              QStringLiteral("PROTO")});
            parser.addOption({QStringLiteral("port"),
                              QStringLiteral("Destination port for udp (default 33434) or tcp (default 80)."),
                              QStringLiteral("N")});
            parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
            parser.addPositionalArgument(QStringLiteral("SRC"), QStringLiteral("A node name or an IPv4 address."));
            parser.addPositionalArgument(QStringLiteral("DST"), QStringLiteral("A node name or an IPv4 address."));
        },
        runTrace,
    };
}

} // namespace vtd::cli
