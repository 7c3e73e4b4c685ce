#include "app/gui/canvas/canvas_editor.h"
#include "app/gui/canvas/topology_scene.h"
#include "app/gui/files/autosave.h"
#include "app/gui/files/recent_files.h"
#include "app/gui/files/user_prompts.h"
#include "app/gui/i18n/language_manager.h"
#include "app/gui/main_window.h"
#include "app/gui/palette/device_palette.h"
#include "model/io/project_file.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace vtd;

namespace {

/** Answers the designer's questions in tests and records which were asked. */
struct PromptRecorder
{
    QList<app::Prompt> asked;
    app::PromptAnswer answer = QMessageBox::Discard;

    PromptRecorder()
    {
        app::UserPrompts::setHook([this](app::Prompt prompt, const QString &) {
            asked << prompt;
            return answer;
        });
    }
    ~PromptRecorder() { app::UserPrompts::setHook({}); }
};

QString seedConfig(const QString &name)
{
    return QStringLiteral(VTD_TEST_DATA) + QStringLiteral("/seed/configs/") + name;
}

} // namespace

/** Files of the designer: save and open, the modified marker and the question before changes
 *  are lost, recent files, autosave and recovery, import and every export. */
class TstDesignerFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void saveAndOpenRoundTrip();
    void modifiedMarkerAndUnsavedQuestion();
    void cancelKeepsProject();
    void secretsWarningOnce();
    void autosaveAndRecovery();
    void exportDiagramFiles_data();
    void exportDiagramFiles();
    void exportConfigsMaskedAndRevealed();
    void importSeedConfigs();
    void languageSwitchTranslatesNewMenus();

private:
    std::unique_ptr<app::LanguageManager> m_languages;
    QTemporaryDir m_dir;
};

void TstDesignerFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_languages = std::make_unique<app::LanguageManager>();
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
    QVERIFY(m_dir.isValid());
}

void TstDesignerFiles::init()
{
    app::Autosave::discard();
    m_languages->setLanguage(QStringLiteral("en"));
}

void TstDesignerFiles::saveAndOpenRoundTrip()
{
    PromptRecorder prompts;
    prompts.answer = QMessageBox::Ok; // the example holds secrets: the warning is confirmed
    const QString path = m_dir.filePath("roundtrip.vpnd");
    app::MainWindow window(*m_languages);
    window.openExample();
    window.editor()->placeNode("HOST", QPointF(500, 500));
    QVERIFY(window.saveAs(path));
    QCOMPARE(window.filePath(), QFileInfo(path).absoluteFilePath());
    QVERIFY(!window.isWindowModified());
    QVERIFY(window.windowTitle().startsWith("roundtrip.vpnd"));
    QCOMPARE(window.recentFiles()->paths().value(0), QFileInfo(path).absoluteFilePath());
    const model::Project saved = window.document().project();

    app::MainWindow other(*m_languages);
    QVERIFY(other.openFile(path));
    QVERIFY(other.document().project() == saved);
    QCOMPARE(model::writeProject(other.document().project()), model::writeProject(saved));
    // Real secrets: the file is owner-only.
    QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther),
             QFileDevice::Permissions());
}

void TstDesignerFiles::modifiedMarkerAndUnsavedQuestion()
{
    PromptRecorder prompts;
    app::MainWindow window(*m_languages);
    window.newProject();
    QVERIFY(prompts.asked.isEmpty()); // nothing to lose
    QVERIFY(window.windowTitle().contains("[*]"));
    QVERIFY(!window.isWindowModified());
    window.editor()->placeNode("HOST", QPointF(0, 0));
    QVERIFY(window.isWindowModified());
    prompts.answer = QMessageBox::Discard;
    QVERIFY(window.newProject());
    QCOMPARE(prompts.asked, QList<app::Prompt>{app::Prompt::SaveChanges});
    QVERIFY(window.document().project().nodes().empty());
    QVERIFY(!window.isWindowModified());
}

void TstDesignerFiles::cancelKeepsProject()
{
    PromptRecorder prompts;
    app::MainWindow window(*m_languages);
    window.editor()->placeNode("HOST", QPointF(0, 0));
    prompts.answer = QMessageBox::Cancel;
    QVERIFY(!window.newProject());
    QCOMPARE(int(window.document().project().nodes().size()), 1);
    QVERIFY(!window.close()); // closing asks too, and Cancel keeps the window
    prompts.answer = QMessageBox::Discard;
    QVERIFY(window.close());
}

void TstDesignerFiles::secretsWarningOnce()
{
    PromptRecorder prompts;
    prompts.answer = QMessageBox::Ok;
    app::MainWindow window(*m_languages);
    window.openExample();
    QVERIFY(window.saveAs(m_dir.filePath("secret.vpnd")));
    QVERIFY(window.save());
    QCOMPARE(prompts.asked, QList<app::Prompt>{app::Prompt::SecretsWarning});
    // Cancelling the warning saves nothing.
    app::MainWindow other(*m_languages);
    other.openExample();
    prompts.answer = QMessageBox::Cancel;
    QVERIFY(!other.saveAs(m_dir.filePath("notsaved.vpnd")));
    QVERIFY(!QFile::exists(m_dir.filePath("notsaved.vpnd")));
}

void TstDesignerFiles::autosaveAndRecovery()
{
    PromptRecorder prompts;
    model::Project edited;
    {
        app::MainWindow window(*m_languages);
        window.autosave()->setInterval(20);
        window.editor()->placeNode("PIX-501", QPointF(0, 0));
        QTRY_VERIFY(QFile::exists(app::Autosave::recoveryPath()));
        QCOMPARE(QFileInfo(app::Autosave::recoveryPath()).permissions()
                     & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());
        edited = window.document().project();
        // A crash: the window goes without closeEvent.
    }
    QVERIFY(QFile::exists(app::Autosave::recoveryPath()));
    app::MainWindow restarted(*m_languages);
    prompts.answer = QMessageBox::Yes;
    QVERIFY(restarted.offerRecovery());
    QCOMPARE(prompts.asked, QList<app::Prompt>{app::Prompt::RestoreRecovery});
    QVERIFY(restarted.document().project() == edited);
    QVERIFY(restarted.isWindowModified());
    // Declining deletes the copy.
    prompts.answer = QMessageBox::No;
    restarted.autosave()->saveNow();
    app::MainWindow again(*m_languages);
    QVERIFY(!again.offerRecovery());
    QVERIFY(!QFile::exists(app::Autosave::recoveryPath()));
}

void TstDesignerFiles::exportDiagramFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("png") << "diagram.png";
    QTest::newRow("svg") << "diagram.svg";
    QTest::newRow("pdf") << "diagram.pdf";
}

void TstDesignerFiles::exportDiagramFiles()
{
    QFETCH(QString, file);
    app::MainWindow window(*m_languages);
    window.openExample();
    const QString path = m_dir.filePath(file);
    QVERIFY(window.exportDiagramTo(path));
    QFile out(path);
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QByteArray bytes = out.readAll();
    if (file.endsWith(".png")) {
        QImage image;
        QVERIFY(image.loadFromData(bytes, "PNG"));
        QVERIFY(image.width() > 400 && image.height() > 200);
    } else if (file.endsWith(".svg")) {
        QSvgRenderer renderer(bytes);
        QVERIFY(renderer.isValid());
        QVERIFY(bytes.contains("snow")); // the text is in the drawing
    } else {
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    }
}

void TstDesignerFiles::exportConfigsMaskedAndRevealed()
{
    app::MainWindow window(*m_languages);
    window.openExample();
    const QString masked = m_dir.filePath("masked");
    const QString revealed = m_dir.filePath("revealed");
    QDir().mkpath(masked);
    QDir().mkpath(revealed);
    QVERIFY(window.exportConfigs(masked, false));
    QVERIFY(window.exportConfigs(revealed, true));
    const QStringList files = QDir(masked).entryList(QDir::Files);
    QVERIFY(files.contains("snow.cfg"));
    QVERIFY(files.contains("carrion.cfg"));
    QFile snowMasked(QDir(masked).filePath("snow.cfg"));
    QVERIFY(snowMasked.open(QIODevice::ReadOnly));
    QVERIFY(snowMasked.readAll().contains("********"));
    bool someOwnerOnly = false;
    for (const QFileInfo &info : QDir(revealed).entryInfoList(QDir::Files))
        someOwnerOnly |= !(info.permissions() & (QFile::ReadGroup | QFile::ReadOther));
    QVERIFY(someOwnerOnly);
}

void TstDesignerFiles::importSeedConfigs()
{
    app::MainWindow window(*m_languages);
    window.newProject();
    const QStringList files{seedConfig("snow.cfg"), seedConfig("rain.cfg"),
                            seedConfig("carrion.cfg")};
    for (const QString &f : files)
        QVERIFY2(QFile::exists(f), qPrintable(f));
    window.importFiles(files);
    const model::Project &project = window.document().project();
    QVERIFY(project.nodeByName("snow"));
    QVERIFY(project.nodeByName("rain"));
    QVERIFY(project.nodeByName("carrion"));
    QVERIFY(!project.links().empty());
    QCOMPARE(window.document().undoStack()->count(), 1);
    // Exported back, revealed, each file is the one imported.
    const QString out = m_dir.filePath("reexport");
    QDir().mkpath(out);
    QVERIFY(window.exportConfigs(out, true));
    for (const QString &f : files) {
        QFile original(f), exported(QDir(out).filePath(QFileInfo(f).fileName()));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QVERIFY2(exported.open(QIODevice::ReadOnly), qPrintable(exported.fileName()));
        QCOMPARE(exported.readAll(), original.readAll());
    }
}

void TstDesignerFiles::languageSwitchTranslatesNewMenus()
{
    app::MainWindow window(*m_languages);
    QStringList english;
    for (QAction *action : window.menuBar()->actions())
        english << action->text();
    QVERIFY(english.contains("&Edit"));
    QVERIFY(m_languages->setLanguage(QStringLiteral("ja")));
    QCoreApplication::processEvents(); // LanguageChange is posted
    QStringList japanese;
    for (QAction *action : window.menuBar()->actions())
        japanese << action->text();
    QVERIFY(japanese.contains(QStringLiteral("編集(&E)")));
    QCOMPARE(window.palette()->item(5)->text(), QStringLiteral("IOS ルータ"));
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QCOMPARE(window.palette()->item(5)->text(), QStringLiteral("IOS router"));
}

QTEST_MAIN(TstDesignerFiles)
#include "tst_designer_files.moc"
