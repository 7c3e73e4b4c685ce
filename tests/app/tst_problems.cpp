#include "app/gui/config_view/config_editor.h"
#include "app/gui/config_view/config_view.h"
#include "app/gui/inspector/designer_docks.h"
#include "app/gui/inspector/inspector.h"
#include "app/gui/problems/problems_view.h"
#include "model/commands/set_config_text.h"
#include "model/document.h"
#include "model/io/project_file.h"
#include "resources/builtin_example.h"

#include <QMainWindow>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>

using namespace vtd;

namespace {

model::Project example()
{
    return *model::readProject(resources::builtinExampleProjectFile(), QStringLiteral("seed.vpnd")).project;
}

} // namespace

/** The problems dock: what the dialects find in the project's device texts, kept current, and a
 *  click that takes the user to the device and the line. */
class TstProblems : public QObject
{
    Q_OBJECT

private slots:
    void listsFindingsAndFollowsEdits();
    void clickSelectsDeviceAndLine();
};

void TstProblems::listsFindingsAndFollowsEdits()
{
    model::Document document(example());
    app::ProblemsView view(document);
    const int initial = int(view.problems().size());
    QCOMPARE(view.list()->topLevelItemCount(), initial);

    const model::NodeId rain = document.project().nodeByName(QStringLiteral("rain"))->id;
    QString text = document.project().node(rain)->configText;
    text.replace(QStringLiteral("hostname rain\n"), QStringLiteral("hostname rain\nfrobnicate everything\n"));
    document.push(new model::SetConfigText(&document, rain, text));
    QTRY_COMPARE(view.list()->topLevelItemCount(), initial + 1);
    bool found = false;
    for (int i = 0; i < view.list()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = view.list()->topLevelItem(i);
        found |= item->text(1) == QLatin1String("rain") && item->text(3).contains(QStringLiteral("frobnicate"));
    }
    QVERIFY(found);
}

void TstProblems::clickSelectsDeviceAndLine()
{
    model::Document document(example());
    QMainWindow window;
    const app::DesignerDocks docks = app::installDesignerDocks(window, document);
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const model::NodeId rain = document.project().nodeByName(QStringLiteral("rain"))->id;
    QString text = document.project().node(rain)->configText;
    text.replace(QStringLiteral("hostname rain\n"), QStringLiteral("hostname rain\nfrobnicate everything\n"));
    const int line = int(text.left(text.indexOf(QStringLiteral("frobnicate"))).count(u'\n')) + 1;
    document.push(new model::SetConfigText(&document, rain, text));
    docks.problems->refresh();

    QTreeWidgetItem *target = nullptr;
    for (int i = 0; i < docks.problems->list()->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = docks.problems->list()->topLevelItem(i);
        if (item->text(3).contains(QStringLiteral("frobnicate")))
            target = item;
    }
    QVERIFY(target);
    QCOMPARE(target->text(2), QString::number(line));

    QSignalSpy activated(docks.problems, &app::ProblemsView::problemActivated);
    docks.problems->list()->scrollToItem(target);
    const QRect rect = docks.problems->list()->visualItemRect(target);
    QTest::mouseClick(docks.problems->list()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).value<model::NodeId>(), rain);
    QCOMPARE(activated.at(0).at(1).toInt(), line);

    QCOMPARE(docks.inspector->node(), rain);
    QCOMPARE(docks.config->node(), rain);
    QCOMPARE(docks.config->editor()->textCursor().block().blockNumber() + 1, line);
    QVERIFY(docks.config->editor()->textCursor().block().text().startsWith(QStringLiteral("frobnicate")));
}

QTEST_MAIN(TstProblems)
#include "tst_problems.moc"
