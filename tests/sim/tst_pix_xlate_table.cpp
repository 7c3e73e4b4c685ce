#include "sim/devices/pix/pix_firewall.h"
#include "sim/devices/pix/pix_xlate_table.h"
#include "sim/output/pix_show_xlate.h"

#include "generators/pix62/pix62_parser.h"

#include <QtTest>

using namespace vtd::sim;
using namespace vtd::sim::devices::pix;
using namespace vtd::sim::time_literals;
using vtd::model::Ipv4Address;

namespace {

Ipv4Address addr(const char *text)
{
    return *Ipv4Address::parse(QString::fromLatin1(text));
}

Xlate pat(const char *local, std::uint16_t localPort, std::uint16_t globalPort, int protocol = 1)
{
    Xlate slot;
    slot.kind = Xlate::Kind::Pat;
    slot.localIf = QStringLiteral("inside");
    slot.globalIf = QStringLiteral("intf2");
    slot.local = addr(local);
    slot.global = addr("193.0.0.5");
    slot.protocol = protocol;
    slot.localPort = localPort;
    slot.globalPort = globalPort;
    return slot;
}

Xlate dynamic(const char *local, const char *global)
{
    Xlate slot;
    slot.localIf = QStringLiteral("inside");
    slot.globalIf = QStringLiteral("outside");
    slot.local = addr(local);
    slot.global = addr(global);
    return slot;
}

} // namespace

class TstPixXlateTable : public QObject
{
    Q_OBJECT
private slots:
    void findsBothWays_data();
    void findsBothWays();
    void patPortsAreHandedOutInOrder();
    void idleSlotsExpireLazily();
    void clearEmptiesAndResetsMostUsed();
    void showListsNewestFirst();
    void timeoutComesFromTheConfiguration_data();
    void timeoutComesFromTheConfiguration();
};

// One PAT slot (icmp 10.0.0.2 id 512 as 193.0.0.5 id 1024 on intf2) and one dynamic slot
// (10.0.0.3 as 193.0.0.20 on outside).
void TstPixXlateTable::findsBothWays_data()
{
    QTest::addColumn<bool>("inbound");
    QTest::addColumn<QString>("ifName");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("protocol");
    QTest::addColumn<int>("port");   // -1 = none
    QTest::addColumn<QString>("found"); // the local address, or empty
    QTest::newRow("out: pat slot") << false << "intf2" << "10.0.0.2" << 1 << 512 << "10.0.0.2";
    QTest::newRow("out: pat other id") << false << "intf2" << "10.0.0.2" << 1 << 513 << "";
    QTest::newRow("out: pat other protocol") << false << "intf2" << "10.0.0.2" << 17 << 512 << "";
    QTest::newRow("out: other interface") << false << "outside" << "10.0.0.2" << 1 << 512 << "";
    QTest::newRow("out: dynamic any port") << false << "outside" << "10.0.0.3" << 6 << 80 << "10.0.0.3";
    QTest::newRow("in: pat port") << true << "intf2" << "193.0.0.5" << 1 << 1024 << "10.0.0.2";
    QTest::newRow("in: pat no port") << true << "intf2" << "193.0.0.5" << 50 << -1 << "";
    QTest::newRow("in: pat wrong port") << true << "intf2" << "193.0.0.5" << 1 << 1025 << "";
    QTest::newRow("in: dynamic any protocol") << true << "outside" << "193.0.0.20" << 50 << -1 << "10.0.0.3";
    QTest::newRow("in: dynamic wrong interface") << true << "intf2" << "193.0.0.20" << 1 << -1 << "";
}

void TstPixXlateTable::findsBothWays()
{
    QFETCH(bool, inbound);
    QFETCH(QString, ifName);
    QFETCH(QString, address);
    QFETCH(int, protocol);
    QFETCH(int, port);
    QFETCH(QString, found);
    XlateTable table;
    table.add(pat("10.0.0.2", 512, 1024), 0_s);
    table.add(dynamic("10.0.0.3", "193.0.0.20"), 0_s);
    const auto key = port < 0 ? std::nullopt : std::optional(std::uint16_t(port));
    const auto a = *Ipv4Address::parse(address);
    const Xlate *slot = inbound ? table.findInbound(ifName, a, protocol, key, 1_s)
                                : table.findOutbound(ifName, a, protocol, key, 1_s);
    QCOMPARE(slot ? slot->local.toString() : QString(), found);
}

void TstPixXlateTable::patPortsAreHandedOutInOrder()
{
    XlateTable table;
    const auto global = addr("193.0.0.5");
    QCOMPARE(table.freePatPort(global, 1, 0_s), std::optional<std::uint16_t>(1024));
    table.add(pat("10.0.0.2", 7, 1024), 0_s);
    table.add(pat("10.0.0.3", 7, 1026), 0_s);
    QCOMPARE(table.freePatPort(global, 1, 0_s), std::optional<std::uint16_t>(1025));
    QCOMPARE(table.freePatPort(global, 17, 0_s), std::optional<std::uint16_t>(1024)); // per protocol
    QCOMPARE(table.freePatPort(addr("193.0.0.6"), 1, 0_s), std::optional<std::uint16_t>(1024));
}

// timeout xlate 3:00:00: a slot used at 0 s and again at 2 h lives until 5 h.
void TstPixXlateTable::idleSlotsExpireLazily()
{
    XlateTable table;
    QCOMPARE(table.idleTimeout(), 10800_s);
    table.add(dynamic("10.0.0.3", "193.0.0.20"), 0_s);
    table.add(dynamic("10.0.0.4", "193.0.0.21"), 0_s);
    QVERIFY(table.findInbound(QStringLiteral("outside"), addr("193.0.0.20"), 1, std::nullopt, 7200_s));
    QCOMPARE(table.alive(10800_s - 1_ns).size(), std::size_t(2));
    QCOMPARE(table.alive(10800_s).size(), std::size_t(1));
    QVERIFY(table.isGlobalInUse(addr("193.0.0.20"), 18000_s - 1_ns));
    QVERIFY(!table.isGlobalInUse(addr("193.0.0.20"), 18000_s));
}

void TstPixXlateTable::clearEmptiesAndResetsMostUsed()
{
    XlateTable table;
    table.add(pat("10.0.0.2", 7, 1024), 0_s);
    table.add(pat("10.0.0.3", 7, 1025), 0_s);
    QCOMPARE(table.toShow(1_s).mostUsed, 2);
    table.clear();
    const auto shown = table.toShow(1_s);
    QCOMPARE(shown.entries.size(), qsizetype(0));
    QCOMPARE(shown.mostUsed, 0);
    QCOMPARE(output::renderPixShowXlate(shown), QStringLiteral("0 in use, 0 most used\n"));
}

void TstPixXlateTable::showListsNewestFirst()
{
    XlateTable table;
    table.add(pat("10.0.0.2", 512, 1024), 0_s);
    table.add(dynamic("10.0.0.3", "193.0.0.20"), 1_s);
    QCOMPARE(output::renderPixShowXlate(table.toShow(2_s)),
             QStringLiteral("2 in use, 2 most used\n"
                            "Global 193.0.0.20 Local 10.0.0.3\n"
                            "PAT Global 193.0.0.5(1024) Local 10.0.0.2(512)\n"));
}

void TstPixXlateTable::timeoutComesFromTheConfiguration_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("default") << "" << qint64(3 * 3600);
    QTest::newRow("seed line") << "timeout xlate 3:00:00" << qint64(3 * 3600);
    QTest::newRow("half an hour") << "timeout xlate 0:30:00" << qint64(1800);
}

void TstPixXlateTable::timeoutComesFromTheConfiguration()
{
    QFETCH(QString, line);
    QFETCH(qint64, seconds);
    const auto parsed = vtd::gen::pix62::parsePixConfig(QStringLiteral("nameif ethernet1 inside security100\n") + line);
    PixFirewall firewall(parsed.config);
    QCOMPARE(firewall.xlates().idleTimeout(), SimTime::fromSeconds(seconds));
}

QTEST_GUILESS_MAIN(TstPixXlateTable)
#include "tst_pix_xlate_table.moc"
