#include "language_manager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace vtd::app {

namespace {

const char kSettingsKey[] = "ui/language";

bool isAvailable(const QString &code)
{
    return LanguageManager::availableLanguages().contains(code);
}

} // namespace

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QStringList LanguageManager::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ja")};
}

QString LanguageManager::nativeName(const QString &code)
{
    // Deliberately not tr(): a language menu names each language in that language, so a
    // user who cannot read the current one can still find their own.
    if (code == QLatin1String("ja"))
        return QStringLiteral("日本語");
    return QStringLiteral("English");
}

QString LanguageManager::startupLanguage(const QString &forced)
{
    if (isAvailable(forced))
        return forced;
    const QString remembered = QSettings().value(QLatin1String(kSettingsKey)).toString();
    if (isAvailable(remembered))
        return remembered;
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString code = ui.section(u'-', 0, 0).toLower();
        if (isAvailable(code))
            return code;
    }
    return QStringLiteral("en");
}

bool LanguageManager::setLanguage(const QString &code)
{
    if (!isAvailable(code))
        return false;
    if (code == m_current)
        return true;
    removeTranslators();
    m_appTranslator = new QTranslator(this);
    if (m_appTranslator->load(QStringLiteral(":/i18n/vtd_%1.qm").arg(code)))
        QCoreApplication::installTranslator(m_appTranslator);
    // Qt's own dialogs and standard buttons; absent catalogues just leave them in English.
    m_qtTranslator = new QTranslator(this);
    if (m_qtTranslator->load(QStringLiteral("qtbase_%1").arg(code),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qtTranslator);
    m_current = code;
    QLocale::setDefault(QLocale(code));
    emit languageChanged(code);
    return true;
}

bool LanguageManager::chooseLanguage(const QString &code)
{
    if (!setLanguage(code))
        return false;
    QSettings().setValue(QLatin1String(kSettingsKey), code);
    return true;
}

void LanguageManager::removeTranslators()
{
    for (QTranslator *translator : {m_appTranslator, m_qtTranslator}) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    m_appTranslator = nullptr;
    m_qtTranslator = nullptr;
}

} // namespace vtd::app
