#include "generators/ios122/ios122_parser.h"
#include "generators/ios122/ios122_writer.h"
#include "model/diagnostic_catalog.h"

#include <QFile>
#include <QTest>

using namespace vtd;
using namespace vtd::gen::ios122;

namespace {

QString readData(const QString &relative)
{
    QFile file(QStringLiteral(VTD_TEST_DATA "/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString lines(const model::Diagnostics &diagnostics)
{
    QStringList out;
    for (const auto &d : diagnostics)
        out << model::diagnosticLine(d);
    return out.join(u'\n');
}

} // namespace

/** The seed router's configuration, and hand-written canonical ones, read and written back. */
class TstIos122RoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void carrionIsByteExact();
    void carrionTypedContent();
    void headerCountRule();
    void canonicalTextIsByteExact_data();
    void canonicalTextIsByteExact();
    void sourceMapPointsAtLines();
};

void TstIos122RoundTrip::carrionIsByteExact()
{
    const QString text = readData(QStringLiteral("seed/configs/carrion.cfg"));
    QVERIFY(!text.isEmpty());
    const auto parsed = parseIosConfig(text, QStringLiteral("carrion.cfg"));
    QVERIFY2(parsed.diagnostics.isEmpty(), qPrintable(lines(parsed.diagnostics)));
    const auto written = writeIosConfig(parsed.config);
    QCOMPARE(written.text, text);
    QCOMPARE(written.lineMap, parsed.sourceMap);
}

void TstIos122RoundTrip::carrionTypedContent()
{
    const auto config = parseIosConfig(readData(QStringLiteral("seed/configs/carrion.cfg"))).config;
    QCOMPARE(config.hostname(), QStringLiteral("carrion"));
    QCOMPARE(config.version(), QStringLiteral("12.2"));
    QCOMPARE(config.interfaces().size(), 29);
    const auto *e51 = config.interfaceNamed(QStringLiteral("Ethernet5/1"));
    QVERIFY(e51);
    QCOMPARE(e51->primaryAddress()->address.toString(), QStringLiteral("193.0.0.2"));
    QCOMPARE(e51->primaryAddress()->mask.toString(), QStringLiteral("255.255.255.252"));
    QVERIFY(!e51->isShutdown());
    QVERIFY(config.interfaceNamed(QStringLiteral("Serial0/0"))->isShutdown());
    QVERIFY(!config.interfaceNamed(QStringLiteral("Serial2/0"))->isShutdown());
    QVERIFY(config.interfaceNamed(QStringLiteral("Hssi9/1/0"))->isShutdown());
    QVERIFY(!config.interfaceNamed(QStringLiteral("Ethernet5/3"))->primaryAddress());
    const auto lines = config.lines();
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(2)->label(), QStringLiteral("vty 0 4"));
    QCOMPARE(lines.at(2)->password()->value, std::optional<QString>(QStringLiteral("ww")));
}

void TstIos122RoundTrip::headerCountRule()
{
    const QString text = readData(QStringLiteral("seed/configs/carrion.cfg"));
    auto config = parseIosConfig(text).config;
    // The documented rule reproduces the router's own count for its own text.
    const QString after = text.mid(text.indexOf(u'\n') + 1);
    QCOMPARE(currentConfigurationBytes(after), 3153);
    // A changed configuration gets the count of its new text.
    config.all<model::IosHostname>().first()->name = QStringLiteral("carrion-2");
    const QString changed = writeIosConfig(config).text;
    QVERIFY(changed.startsWith(QStringLiteral("Current configuration : 3155 bytes\n")));
    // Changed back: equal to the imported statements again, so the imported count is kept.
    config.all<model::IosHostname>().first()->name = QStringLiteral("carrion");
    QCOMPARE(writeIosConfig(config).text, text);
    // An imported header with a count that does not follow the rule is kept while unchanged.
    QString odd = text;
    odd.replace(QStringLiteral(": 3153 bytes"), QStringLiteral(": 9999 bytes"));
    QCOMPARE(writeIosConfig(parseIosConfig(odd).config).text, odd);
}

void TstIos122RoundTrip::canonicalTextIsByteExact_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("crypto") << readData(QStringLiteral("ios122/crypto-router.cfg"));
    QTest::newRow("banner") << QStringLiteral("hostname r\nbanner motd ^C\nAuthorised access only\n\n  Really.\n^C\nbanner login #one line#\nend\n");
    QTest::newRow("unmodelled-block") << QStringLiteral("router ospf 1\n network 10.0.0.0 0.0.0.255 area 0\n!\nend\n");
    QTest::newRow("named-acl") << QStringLiteral("ip access-list extended VPN\n remark to the hub\n permit ip 10.1.0.0 0.0.255.255 10.2.0.0 0.0.255.255\n deny   ip any any log\n permit tcp host 1.2.3.4 eq www any range 1000 2000 established\nend\n");
    QTest::newRow("blank-and-comments") << QStringLiteral("! a comment\n\n!\nhostname x\nend\n");
}

void TstIos122RoundTrip::canonicalTextIsByteExact()
{
    QFETCH(QString, text);
    QVERIFY(!text.isEmpty());
    const auto parsed = parseIosConfig(text, QStringLiteral("t.cfg"));
    QVERIFY2(parsed.diagnostics.isEmpty(), qPrintable(lines(parsed.diagnostics)));
    QCOMPARE(writeIosConfig(parsed.config).text, text);
    QCOMPARE(parseIosConfig(writeIosConfig(parsed.config).text).config, parsed.config);
}

void TstIos122RoundTrip::sourceMapPointsAtLines()
{
    const auto parsed = parseIosConfig(QStringLiteral("hostname a\ninterface e0/0\n ip address 10.0.0.1 255.0.0.0\n shutdown\n!\nend\n"));
    QCOMPARE(parsed.sourceMap.lineCount(), 6);
    QCOMPARE(parsed.sourceMap.elementAt(1), (IosElementRef{0, -1}));
    QCOMPARE(parsed.sourceMap.elementAt(4), (IosElementRef{1, 1}));
    QCOMPARE(parsed.sourceMap.lineOf(IosElementRef{1, 0}), 3);
    QCOMPARE(parsed.sourceMap.elementAt(7), IosElementRef{});
}

QTEST_GUILESS_MAIN(TstIos122RoundTrip)
#include "tst_ios122_round_trip.moc"
