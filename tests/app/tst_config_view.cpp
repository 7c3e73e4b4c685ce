#include "app/gui/config_view/config_editor.h"
#include "app/gui/config_view/config_view.h"
#include "app/gui/config_view/device_text.h"
#include "model/commands/set_config_text.h"
#include "model/document.h"
#include "model/io/project_file.h"
#include "resources/builtin_example.h"

#include <QLabel>
#include <QPushButton>
#include <QSyntaxHighlighter>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>

using namespace vtd;

namespace {

model::Project example()
{
    return *model::readProject(resources::builtinExampleProjectFile(), QStringLiteral("seed.vpnd")).project;
}

} // namespace

/** The config view on the built-in example: it shows the selected device's text with secrets
 *  masked, follows every change, applies good text as one command with the secrets kept, and
 *  marks bad text at its lines without applying anything. */
class TstConfigView : public QObject
{
    Q_OBJECT

private slots:
    void showsMaskedTextAndFollowsChanges();
    void appliesGoodText_data();
    void appliesGoodText();
    void refusesBadText();
    void highlights();
};

void TstConfigView::showsMaskedTextAndFollowsChanges()
{
    model::Document document(example());
    app::ConfigView view(document);
    QVERIFY(view.editor()->toPlainText().isEmpty());
    QVERIFY(view.editor()->isReadOnly());
    const model::NodeId snow = document.project().nodeByName(QStringLiteral("snow"))->id;
    view.setSelection({snow});
    const QString shown = view.editor()->toPlainText();
    QVERIFY(shown.contains(QStringLiteral("isakmp key ******** address 10.48.66.156")));
    QVERIFY(!shown.contains(QStringLiteral("snowrain123")));
    QVERIFY(!view.applyButton()->isEnabled());

    QString text = document.project().node(snow)->configText;
    text.replace(QStringLiteral("hostname snow\n"), QStringLiteral("hostname winter\n"));
    document.push(new model::SetConfigText(&document, snow, text));
    QVERIFY(view.editor()->toPlainText().contains(QStringLiteral("hostname winter\n")));
    document.undoStack()->undo();
    QVERIFY(view.editor()->toPlainText().contains(QStringLiteral("hostname snow\n")));
}

void TstConfigView::appliesGoodText_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("secret");

    QTest::newRow("pix") << "snow" << "route outside 0.0.0.0 0.0.0.0 193.0.0.2 1\n"
                         << "route outside 0.0.0.0 0.0.0.0 193.0.0.3 1\n" << "snowrain123";
    QTest::newRow("ios") << "carrion" << "hostname carrion\n" << "hostname crow\n" << QString();
    QTest::newRow("pcf") << "vpnclient" << "Host=193.0.0.1" << "Host=193.0.0.9" << "GroupPwd=vpnclient123";
}

void TstConfigView::appliesGoodText()
{
    QFETCH(QString, node);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, secret);

    model::Document document(example());
    app::ConfigView view(document);
    const model::NodeId id = document.project().nodeByName(node)->id;
    view.setNode(id);
    QString text = view.editor()->toPlainText();
    QVERIFY(text.contains(from));
    text.replace(from, to);
    view.editor()->setPlainText(text);
    view.editor()->document()->setModified(true);
    QVERIFY(view.applyButton()->isEnabled());
    QVERIFY(view.apply());

    const model::Node *after = document.project().node(id);
    const QString stored = after->kind == model::NodeKind::VpnClient ? after->profileText : after->configText;
    QVERIFY(stored.contains(to));
    if (!secret.isEmpty())
        QVERIFY2(stored.contains(secret), "the masked secret was put back");
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(!view.editor()->document()->isModified());
    QVERIFY(view.editor()->toPlainText().contains(to));
}

void TstConfigView::refusesBadText()
{
    model::Document document(example());
    app::ConfigView view(document);
    const model::NodeId snow = document.project().nodeByName(QStringLiteral("snow"))->id;
    view.setNode(snow);
    const QString before = document.project().node(snow)->configText;
    QString text = view.editor()->toPlainText();
    text.replace(QStringLiteral("route outside 0.0.0.0 0.0.0.0 193.0.0.2 1\n"),
                 QStringLiteral("route outside 0.0.0.0 0.0.0.0 193.0.0.300 1\n"));
    view.editor()->setPlainText(text);
    view.editor()->document()->setModified(true);

    QVERIFY(!view.apply());
    QCOMPARE(document.project().node(snow)->configText, before);
    QCOMPARE(document.undoStack()->count(), 0);
    const int line = int(text.left(text.indexOf(QStringLiteral("193.0.0.300"))).count(u'\n')) + 1;
    bool marked = false;
    for (const model::Diagnostic &d : view.editor()->marks())
        marked |= d.line == line && d.severity == model::Severity::Error;
    QVERIFY(marked);
    QVERIFY(view.editor()->messagesAt(line).contains(QStringLiteral("193.0.0.300")));
    QVERIFY(view.statusLabel()->text().contains(QStringLiteral("nothing was applied")));
    QVERIFY(view.editor()->document()->isModified()); // the user's text stays for fixing

    view.revert();
    QCOMPARE(view.editor()->toPlainText(), app::devicetext::displayText(*document.project().node(snow)));
    QVERIFY(view.editor()->marks().isEmpty());
}

void TstConfigView::highlights()
{
    model::Document document(example());
    app::ConfigView view(document);
    view.setNode(document.project().nodeByName(QStringLiteral("snow"))->id);
    const QTextBlock key = view.editor()->document()->findBlockByNumber(
        int(view.editor()->toPlainText().left(view.editor()->toPlainText().indexOf(QStringLiteral("isakmp key"))).count(u'\n')));
    QVERIFY(key.text().startsWith(QStringLiteral("isakmp key ********")));
    const QList<QTextLayout::FormatRange> formats = key.layout()->formats();
    QVERIFY(formats.size() >= 3); // keyword, the masked secret and the addresses
    bool bold = false;
    for (const QTextLayout::FormatRange &range : formats)
        bold |= range.start == 0 && range.format.fontWeight() == QFont::Bold;
    QVERIFY(bold);
}

QTEST_MAIN(TstConfigView)
#include "tst_config_view.moc"
