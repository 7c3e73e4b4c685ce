// The scenario language: every command, every option, and every script error with its line.
#include "sim/scenario/script_parser.h"

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

class TstScriptParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void durations_data();
    void durations();
    void everyCommand();
    void commentsAndBlankLines();
    void seedScenarioParses();
    void errors_data();
    void errors();
    void allErrorsReported();
};

void TstScriptParser::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("ms") << "500ms" << qint64(500);
    QTest::newRow("s") << "30s" << qint64(30000);
    QTest::newRow("m") << "2m" << qint64(120000);
    QTest::newRow("h") << "1h" << qint64(3600000);
    QTest::newRow("no unit") << "30" << qint64(-1);
    QTest::newRow("negative") << "-1s" << qint64(-1);
    QTest::newRow("fraction") << "1.5s" << qint64(-1);
    QTest::newRow("unknown unit") << "3d" << qint64(-1);
}

void TstScriptParser::durations()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    const auto parsed = sim::parseDuration(text);
    QCOMPARE(parsed.value_or(-1), ms);
}

void TstScriptParser::everyCommand()
{
    const QString script = QStringLiteral(
        "wait 2s\n"
        "ping vpnclient 11.0.0.2 count 3 size 64 timeout 500ms\n"
        "connect vpnclient user alice password secret\n"
        "disconnect vpnclient\n"
        "on snow: show crypto ipsec sa\n"
        "configure snow: route intf2 10.48.66.156 255.255.255.255 193.0.0.6 1\n"
        "link down carrion Ethernet5/2\n"
        "loss 20% carrion Ethernet5/2\n"
        "expect ike snow 10.48.66.156 up\n"
        "expect ipsec rain 193.0.0.5 down transform esp-des esp-sha-hmac\n"
        "expect ping vpnclient 11.0.0.2 >= 80%\n"
        "expect drop snow ipsec.no-sa\n");
    const auto result = sim::parseScript(script, QStringLiteral("t.vsc"), example());
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(result.diagnostics.value(0).code));
    const auto &c = result.script.commands;
    QCOMPARE(c.size(), 12);
    QCOMPARE(std::get<sim::WaitCommand>(c[0].action).duration, 2000);
    const auto ping = std::get<sim::PingCommand>(c[1].action);
    QCOMPARE(ping.source.node, QStringLiteral("vpnclient"));
    QCOMPARE(ping.destination.address->toString(), QStringLiteral("11.0.0.2"));
    QCOMPARE(ping.count, 3);
    QCOMPARE(ping.size, 64);
    QCOMPARE(ping.timeout, 500);
    QCOMPARE(std::get<sim::ConnectCommand>(c[2].action).password, QStringLiteral("secret"));
    QCOMPARE(std::get<sim::OnCommand>(c[4].action).cli, QStringLiteral("show crypto ipsec sa"));
    QCOMPARE(std::get<sim::ConfigureCommand>(c[5].action).configLine,
             QStringLiteral("route intf2 10.48.66.156 255.255.255.255 193.0.0.6 1"));
    QCOMPARE(std::get<sim::LinkCommand>(c[6].action).up, false);
    QCOMPARE(std::get<sim::LossCommand>(c[7].action).percent, 20);
    QCOMPARE(std::get<sim::ExpectIkeCommand>(c[8].action).peer.toString(), QStringLiteral("10.48.66.156"));
    const auto ipsec = std::get<sim::ExpectIpsecCommand>(c[9].action);
    QCOMPARE(ipsec.up, false);
    QCOMPARE(ipsec.transform, QStringLiteral("esp-des esp-sha-hmac"));
    QCOMPARE(std::get<sim::ExpectPingCommand>(c[10].action).minimumPercent, 80);
    QCOMPARE(std::get<sim::ExpectDropCommand>(c[11].action).code, QStringLiteral("ipsec.no-sa"));
    QCOMPARE(c[11].line, 12);
}

void TstScriptParser::commentsAndBlankLines()
{
    const auto result = sim::parseScript(QStringLiteral("# header\n\n   \nwait 1s   # settle\n"),
                                         QStringLiteral("t.vsc"), example());
    QVERIFY(result.diagnostics.isEmpty());
    QCOMPARE(result.script.commands.size(), 1);
    QCOMPARE(result.script.commands[0].line, 4);
    QCOMPARE(result.script.commands[0].text, QStringLiteral("wait 1s"));
}

void TstScriptParser::seedScenarioParses()
{
    const model::Project project = example();
    QCOMPARE(project.scenarios().size(), size_t(1));
    const auto result = sim::parseScript(project.scenarios()[0].script, QStringLiteral("seed"), project);
    QVERIFY(result.diagnostics.isEmpty());
    QVERIFY(result.script.commands.size() > 10);
}

void TstScriptParser::errors_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown command") << "frobnicate snow" << "script.unknown-command";
    QTest::newRow("wait without duration") << "wait" << "script.missing-argument";
    QTest::newRow("bad duration") << "wait 5 seconds" << "script.bad-duration";
    QTest::newRow("wait extra") << "wait 5s now" << "script.unexpected-argument";
    QTest::newRow("unknown node") << "ping nowhere 11.0.0.2" << "script.bad-endpoint";
    QTest::newRow("segment endpoint") << "ping 10.0.0.0/24 11.0.0.2" << "script.wrong-node-kind";
    QTest::newRow("bad count") << "ping vpnclient 11.0.0.2 count 0" << "script.bad-number";
    QTest::newRow("bad option") << "ping vpnclient 11.0.0.2 ttl 3" << "script.unexpected-argument";
    QTest::newRow("connect a PIX") << "connect snow" << "script.wrong-node-kind";
    QTest::newRow("connect unknown") << "connect nobody" << "script.unknown-node";
    QTest::newRow("on without colon") << "on snow show version" << "script.missing-colon";
    QTest::newRow("on a host") << "on snow-lan-host: show version" << "script.wrong-node-kind";
    QTest::newRow("on nothing") << "on snow:" << "script.empty-cli";
    QTest::newRow("configure unknown") << "configure hail: hostname x" << "script.unknown-node";
    QTest::newRow("link bad state") << "link sideways carrion Ethernet5/2" << "script.bad-state";
    QTest::newRow("link bad interface") << "link down carrion Ethernet9/9" << "script.unknown-interface";
    QTest::newRow("loss bad percent") << "loss 120% carrion Ethernet5/2" << "script.bad-percent";
    QTest::newRow("loss no percent sign") << "loss 20 carrion Ethernet5/2" << "script.bad-percent";
    QTest::newRow("expect what") << "expect miracle" << "script.bad-expect";
    QTest::newRow("expect ike bad peer") << "expect ike snow rain up" << "script.bad-address";
    QTest::newRow("expect ping no operator") << "expect ping vpnclient 11.0.0.2 80%" << "script.unexpected-argument";
}

void TstScriptParser::errors()
{
    QFETCH(QString, line);
    QFETCH(QString, code);
    const auto result = sim::parseScript(QStringLiteral("wait 1s\n") + line + u'\n',
                                         QStringLiteral("bad.vsc"), example());
    QCOMPARE(result.diagnostics.size(), 1);
    QCOMPARE(result.diagnostics[0].code, code);
    QCOMPARE(result.diagnostics[0].file, QStringLiteral("bad.vsc"));
    QCOMPARE(result.diagnostics[0].line, 2);
}

void TstScriptParser::allErrorsReported()
{
    const auto result = sim::parseScript(QStringLiteral("wait x\nwait 1s\nping a b\n"),
                                         QStringLiteral("bad.vsc"), example());
    QCOMPARE(result.diagnostics.size(), 2);
    QCOMPARE(result.diagnostics[0].line, 1);
    QCOMPARE(result.diagnostics[1].line, 3);
}

QTEST_GUILESS_MAIN(TstScriptParser)
#include "tst_script_parser.moc"
