#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QTranslator;
QT_END_NAMESPACE

namespace vtd::app {

/** Chooses the UI language (forced, remembered, or the system's), installs our catalogue and
 *  Qt's own for it, and switches at runtime; widgets retranslate on QEvent::LanguageChange. */
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    /** Language codes with a catalogue, in menu order ("en", "ja"). */
    static QStringList availableLanguages();
    /** The language's name in itself ("English", "日本語"), as language menus show it. */
    static QString nativeName(const QString &code);

    /** The code to start with: forced (--lang) if valid, else the remembered choice, else
     *  the first system UI language we have, else English. */
    static QString startupLanguage(const QString &forced = {});

    QString currentLanguage() const { return m_current; }

    /** Installs the language's translators; false (and nothing changes) for an unknown code. */
    bool setLanguage(const QString &code);
    /** setLanguage() and remember the choice for the next start. */
    bool chooseLanguage(const QString &code);

signals:
    void languageChanged(const QString &code);

private:
    void removeTranslators();

    QString m_current;
    QTranslator *m_appTranslator = nullptr;
    QTranslator *m_qtTranslator = nullptr;
};

} // namespace vtd::app
