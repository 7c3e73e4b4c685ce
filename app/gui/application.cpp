#include "application.h"

#include "display_check.h"
#include "i18n/language_manager.h"
#include "simulation/simulation_session.h"
#include "simulation/simulation_workbench.h"
#include "main_window.h"

#include "model/diagnostic_catalog.h"
#include "model/document.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QStyle>

#include <cstdio>
#include <optional>

namespace vtd::app {

namespace {

struct Options
{
    QString language; ///< empty: remembered choice or system language
    QString file;     ///< empty: the built-in example
    QString simulate; ///< a scenario script file, or the name of one of the project's scenarios
    int steps = 0;    ///< steps to run at once with --simulate
};

void setIdentity()
{
    // QSettings() stores under ~/.config/VpnTopologyDesigner/vpn-designer.conf.
    QCoreApplication::setOrganizationName(QStringLiteral("VpnTopologyDesigner"));
    QCoreApplication::setApplicationName(QStringLiteral("vpn-designer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VTD_VERSION));
}

/** Parses the command line; exits for --help, --version and unknown options. The help text
 *  is terminal output, printed before any language is chosen, so it is English like vpnsim's. */
Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("VPN Topology Designer: draw PIX/IOS/VPN Client topologies."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("User interface language: en or ja."),
                                  QStringLiteral("code"));
    parser.addOption(lang);
    const QCommandLineOption simulate(QStringLiteral("simulate"),
                                      QStringLiteral("Start the simulation with this scenario: a script file "
                                                     "or the name of one of the project's scenarios."),
                                      QStringLiteral("scenario"));
    parser.addOption(simulate);
    const QCommandLineOption steps(QStringLiteral("steps"),
                                   QStringLiteral("With --simulate: run this many steps at once (default 0)."),
                                   QStringLiteral("N"));
    parser.addOption(steps);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("Project to open (.vpnd); default: the example "
                                                "on the first start, else an empty project."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);
    Options options;
    options.language = parser.value(lang);
    options.simulate = parser.value(simulate);
    options.steps = parser.value(steps).toInt();
    if (!parser.positionalArguments().isEmpty())
        options.file = parser.positionalArguments().first();
    return options;
}

bool languageIsValid(const Options &options)
{
    if (options.language.isEmpty()
        || LanguageManager::availableLanguages().contains(options.language))
        return true;
    std::fprintf(stderr, "vpn-designer: unknown language \"%s\" (available: %s)\n",
                 qPrintable(options.language),
                 qPrintable(LanguageManager::availableLanguages().join(QStringLiteral(", "))));
    return false;
}

/** Most of the screen, centred: the diagram is wide and wants the room. */
void placeWindow(QWidget &window)
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 800);
    const QSize size = (available.size() * 0.94).boundedTo(QSize(1600, 1000));
    window.setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available));
}

/** What the window starts with: the FILE given, else a project recovered after a crash, else
 *  the example on the very first start, else an empty project. */
void openStartupProject(MainWindow &window, const QString &file)
{
    if (!file.isEmpty()) {
        window.openStartupFile(file);
        return;
    }
    if (window.offerRecovery())
        return;
    QSettings settings;
    const QString firstStartKey = QStringLiteral("firstStartDone");
    if (!settings.value(firstStartKey).toBool()) {
        settings.setValue(firstStartKey, true);
        window.openExample();
        return;
    }
    window.newProject();
}

/** --simulate: the scenario's text from a file, else from the project's scenario of that name. */
void startSimulation(MainWindow &window, const Options &options)
{
    std::optional<QString> text;
    QString name = options.simulate;
    QFile file(options.simulate);
    if (file.open(QIODevice::ReadOnly)) {
        text = QString::fromUtf8(file.readAll());
    } else {
        for (const model::Scenario &scenario : window.document().project().scenarios()) {
            if (scenario.name == options.simulate)
                text = scenario.script;
        }
    }
    if (!text) {
        // Say so instead of simulating nothing (the project open may not be the one expected).
        std::fprintf(stderr, "vpn-designer: --simulate %s: no such file, and the open project has no scenario of that name\n",
                     qPrintable(options.simulate));
        return;
    }
    SimulationWorkbench &workbench = *window.simulation();
    workbench.startSimulation();
    const model::Diagnostics errors = workbench.session().loadScript(*text, name);
    for (const model::Diagnostic &error : errors)
        std::fprintf(stderr, "vpn-designer: %s\n", qPrintable(model::diagnosticLine(error)));
    for (int i = 0; i < options.steps && workbench.session().stepForward(); ++i) {
    }
}

} // namespace

int runDesigner(int argc, char *argv[])
{
    if (const QString why = missingDisplayMessage(); !why.isEmpty()) {
        // Without a display QApplication would abort; --help and --version still work.
        QCoreApplication core(argc, argv);
        setIdentity();
        parseOptions(core);
        std::fputs(qPrintable(why), stderr);
        return 1;
    }
    QApplication app(argc, argv);
    setIdentity();
    const Options options = parseOptions(app);
    if (!languageIsValid(options))
        return 1;

    LanguageManager languages;
    languages.setLanguage(LanguageManager::startupLanguage(options.language));
    MainWindow window(languages);
    if (!window.restoreWindowState())
        placeWindow(window);
    window.show();
    openStartupProject(window, options.file);
    if (!options.simulate.isEmpty())
        startSimulation(window, options);
    return app.exec();
}

} // namespace vtd::app
