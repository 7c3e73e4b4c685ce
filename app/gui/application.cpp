#include "application.h"

#include "display_check.h"
#include "i18n/language_manager.h"
#include "main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QStyle>

#include <cstdio>

namespace vtd::app {

namespace {

struct Options
{
    QString language; ///< empty: remembered choice or system language
    QString file;     ///< empty: the built-in example
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
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("Project to open (.vpnd); default: the example "
                                                "on the first start, else an empty project."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);
    Options options;
    options.language = parser.value(lang);
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
    return app.exec();
}

} // namespace vtd::app
