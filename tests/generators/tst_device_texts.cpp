// Device texts are read at load: findings are listed, the project is never refused or altered.
#include "generators/device_export.h"
#include "generators/device_texts.h"

#include "model/io/project_file.h"
#include "resources/builtin_example.h"

#include <QTest>

using namespace vtd;

namespace {

model::Project example()
{
    return *model::readProject(resources::builtinExampleProjectFile(), QStringLiteral("seed.vpnd")).project;
}

} // namespace

class TstDeviceTexts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exampleIsClean();
    void badLineIsListedWithNodeAndLine();
    void exportNamesFilesByHostname();
};

void TstDeviceTexts::exampleIsClean()
{
    const model::Diagnostics found = gen::checkDeviceTexts(example());
    for (const model::Diagnostic &d : found)
        QVERIFY2(d.severity == model::Severity::Note, qPrintable(d.code + u' ' + d.file));
}

void TstDeviceTexts::badLineIsListedWithNodeAndLine()
{
    model::Project project = example();
    model::Node *rain = const_cast<model::Node *>(project.nodeByName(QStringLiteral("rain")));
    QStringList lines = rain->configText.split(u'\n');
    lines[3] = QStringLiteral("nameif ethernet2 intf2 securityX");
    rain->configText = lines.join(u'\n');
    const model::Project before = project;
    const model::Diagnostics found = gen::checkDeviceTexts(project);
    QVERIFY(std::ranges::any_of(found, [](const model::Diagnostic &d) {
        return d.node == QLatin1String("rain") && d.file == QLatin1String("rain.cfg") && d.line == 4
               && d.severity != model::Severity::Note;
    }));
    QVERIFY(project == before);
}

void TstDeviceTexts::exportNamesFilesByHostname()
{
    model::Project project = example();
    const QList<gen::ExportedText> files = gen::exportDeviceTexts(project, false);
    QStringList names;
    for (const gen::ExportedText &f : files) {
        names << f.fileName;
        QVERIFY(!f.holdsSecrets);
    }
    QCOMPARE(names, (QStringList{QStringLiteral("snow.cfg"), QStringLiteral("rain.cfg"),
                                 QStringLiteral("carrion.cfg"), QStringLiteral("vpnclient.pcf")}));
    for (const gen::ExportedText &f : gen::exportDeviceTexts(project, true))
        QVERIFY(f.holdsSecrets);
}

QTEST_GUILESS_MAIN(TstDeviceTexts)
#include "tst_device_texts.moc"
