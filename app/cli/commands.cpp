#include "commands.h"

#include "subcommand.h"

#include "sim/about.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace vtd::cli {

void printError(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stderr);
}

void printOut(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
}

namespace {

QString usage()
{
    QString text = QStringLiteral("Usage: vpnsim COMMAND [OPTIONS]\n"
                                  "Simulates and checks VPN topologies of Cisco PIX firewalls, IOS "
                                  "routers and VPN Clients.\n\nCommands:\n");
    for (const Subcommand &command : subcommands())
        text += QStringLiteral("  %1\n      %2\n").arg(command.synopsis, command.description);
    text += QStringLiteral("\nOptions:\n  -h, --help     Show this help (or `vpnsim COMMAND --help`).\n"
                           "  -v, --version  Show the version.\n");
    return text;
}

int runSubcommand(const Subcommand &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.description);
    parser.addHelpOption();
    command.addOptions(parser);
    if (!parser.parse(QStringList{QStringLiteral("vpnsim ") + command.name} + arguments)) {
        printError(QStringLiteral("vpnsim %1: %2").arg(command.name, parser.errorText()));
        printError(QStringLiteral("usage: vpnsim %1").arg(command.synopsis));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return ExitOk;
    }
    return command.run(parser);
}

} // namespace

int run(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        printError(usage());
        return ExitUsage;
    }
    const QString first = args.first();
    if (first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("help")) {
        printOut(usage());
        return ExitOk;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        printOut(QStringLiteral("vpnsim %1\n%2\n")
                     .arg(QCoreApplication::applicationVersion(), sim::aboutSimulator()));
        return ExitOk;
    }
    for (const Subcommand &command : subcommands()) {
        if (command.name == first)
            return runSubcommand(command, args.mid(1));
    }
    printError(QStringLiteral("vpnsim: unknown command \"%1\"\n").arg(first) + usage());
    return ExitUsage;
}

} // namespace vtd::cli
