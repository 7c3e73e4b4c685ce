// Device `show` output: the seed's listings for snow, rain and carrion reproduced byte for byte
// from their configurations and node data, and unit rows for the unverified formats.

#include "sim/output/device_identity.h"
#include "sim/output/ios_show_ip_route.h"
#include "sim/output/ios_show_version.h"
#include "sim/output/pix_show_access_list.h"
#include "sim/output/pix_show_interface.h"
#include "sim/output/pix_show_route.h"
#include "sim/output/pix_show_version.h"
#include "sim/output/pix_show_xlate.h"
#include "sim/output/uptime_text.h"

#include "generators/ios122/ios122_parser.h"
#include "generators/pix62/pix62_parser.h"
#include "model/hardware_catalog.h"

#include <QFile>
#include <QtTest>

using namespace vtd::sim::output;
using vtd::model::Ipv4Address;

namespace {

QString readData(const QString &relative)
{
    QFile file(QStringLiteral(VTD_TEST_DATA "/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

vtd::model::PixConfig seedPix(const QString &name)
{
    return vtd::gen::pix62::parsePixConfig(readData(QStringLiteral("seed/configs/%1.cfg").arg(name))).config;
}

Ipv4Address ip(const char *text)
{
    return *Ipv4Address::parse(QString::fromLatin1(text));
}

/** The seed's snow or rain as a node: PIX-525, its MACs and licences. */
vtd::model::Node seedNode(const QString &name, const QStringList &macs, bool vpn3Des)
{
    vtd::model::Node node;
    node.name = name;
    node.kind = vtd::model::NodeKind::PixFirewall;
    node.hardwareModel = QStringLiteral("PIX-525");
    node.softwareVersion = QStringLiteral("6.2(2)");
    node.licences.vpn3Des = vpn3Des;
    for (int i = 0; i < macs.size(); ++i)
        node.macAddresses.insert(QStringLiteral("ethernet%1").arg(i), macs.at(i));
    return node;
}

vtd::model::AccessListEntry permitIp(vtd::model::AddressMatch src, vtd::model::AddressMatch dst)
{
    vtd::model::AccessListEntry e;
    e.source = src;
    e.destination = dst;
    return e;
}

} // namespace

class TstShowOutput : public QObject
{
    Q_OBJECT

private slots:
    void pixShowVersionSeed_data();
    void pixShowVersionSeed();
    void pixShowRouteSeed_data();
    void pixShowRouteSeed();
    void pixShowAccessListSeed();
    void iosShowVersionSeed();
    void iosShowIpRouteCarrion();
    void placeholderParity_data();
    void placeholderParity();
    void pixUptime_data();
    void pixUptime();
    void iosUptime_data();
    void iosUptime();
    void derivedIdentity();
    void pixShowVersionOtherModel();
    void iosShowVersionGeneric();
    void iosShowIpRouteStatic();
    void pixShowXlate();
    void pixShowInterface();
};

void TstShowOutput::pixShowVersionSeed_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("macs");
    QTest::addColumn<bool>("vpn3Des");
    QTest::addColumn<qint64>("uptimeMs");
    QTest::addColumn<quint32>("serial");
    QTest::addColumn<QList<quint32>>("key");
    QTest::newRow("snow") << QStringLiteral("snow")
                          << QStringList{"0002.b945.9ff1", "0002.b945.9ff2", "00e0.b602.236f",
                                         "00e0.b602.236e", "00e0.b602.236d", "00e0.b602.236c"}
                          << false << qint64((11 * 60 + 19) * 1000 + 400) << quint32(480380577)
                          << QList<quint32>{0x9c2c232e, 0xaad98633, 0x3667fa1b, 0x76404050};
    QTest::newRow("rain") << QStringLiteral("rain")
                          << QStringList{"0002.b945.a001", "0002.b945.a002", "00e0.b602.4797",
                                         "00e0.b602.4796", "00e0.b602.4795", "00e0.b602.4794"}
                          << true << qint64((2 * 3600 + 23 * 60 + 41) * 1000) << quint32(480380580)
                          << QList<quint32>{0x3a08e996, 0x3d4a15af, 0x604a1272, 0xd8fbe3b8};
}

void TstShowOutput::pixShowVersionSeed()
{
    QFETCH(QString, name);
    QFETCH(QStringList, macs);
    QFETCH(bool, vpn3Des);
    QFETCH(qint64, uptimeMs);
    QFETCH(quint32, serial);
    QFETCH(QList<quint32>, key);
    const vtd::model::PixConfig config = seedPix(name);
    PixVersionInput in = pixVersionInput(seedNode(name, macs, vpn3Des), config.hostname(), uptimeMs);
    in.serialNumber = serial;
    in.activationKey = std::array<std::uint32_t, 4>{key[0], key[1], key[2], key[3]};
    QCOMPARE(renderPixShowVersion(in), readData(QStringLiteral("seed/expected/%1-show-version.txt").arg(name)));
}

void TstShowOutput::pixShowRouteSeed_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("snow") << QStringLiteral("snow");
    QTest::newRow("rain") << QStringLiteral("rain");
}

void TstShowOutput::pixShowRouteSeed()
{
    QFETCH(QString, name);
    const QString expected = readData(QStringLiteral("seed/expected/%1-show-route.txt").arg(name));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(renderPixShowRoute(seedPix(name)), expected);
}

void TstShowOutput::pixShowAccessListSeed()
{
    using vtd::model::AddressMatch;
    const vtd::model::PixConfig config = seedPix(QStringLiteral("snow"));
    const AclHitCounts hits{{QStringLiteral("vpn-intf2"), {12, 34}},
                            {QStringLiteral("no-nat-inside"), {18, 32}},
                            {QStringLiteral("no-nat-intf2"), {50}}};
    const QList<PixDynamicAcl> dynamic{
        {6, permitIp(AddressMatch::host(ip("193.0.0.1")), AddressMatch::host(ip("12.0.0.1"))), 0},
        {7, permitIp(AddressMatch::any(), AddressMatch::host(ip("12.0.0.1"))), 6}};
    QCOMPARE(renderPixShowAccessList(config.accessLists(), hits, dynamic),
             readData(QStringLiteral("seed/expected/snow-show-access-list.txt")));
}

void TstShowOutput::iosShowVersionSeed()
{
    IosVersionInput in;
    in.hostname = QStringLiteral("carrion");
    in.hardwareModel = QStringLiteral("C7500-RSP2");
    in.softwareVersion = QStringLiteral("12.2(6)");
    in.interfaces = vtd::model::findHardwareModel(in.hardwareModel)->interfaces;
    in.uptimeMs = ((17LL * 86400 + 22 * 3600 + 32 * 60) + 5) * 1000;
    QCOMPARE(renderIosShowVersion(in), readData(QStringLiteral("seed/expected/carrion-show-version.txt")));
}

void TstShowOutput::iosShowIpRouteCarrion()
{
    const auto parsed = vtd::gen::ios122::parseIosConfig(readData(QStringLiteral("seed/configs/carrion.cfg")));
    const QString text = renderIosShowIpRoute(parsed.config);
    QVERIFY(text.startsWith(QStringLiteral("Codes: C - connected, S - static")));
    const QString tail = QStringLiteral(
        "\nGateway of last resort is not set\n"
        "\n"
        "     10.0.0.0/24 is subnetted, 1 subnets\n"
        "C       10.48.66.0 is directly connected, Ethernet5/0\n"
        "     193.0.0.0/30 is subnetted, 2 subnets\n"
        "C       193.0.0.0 is directly connected, Ethernet5/1\n"
        "C       193.0.0.4 is directly connected, Ethernet5/2\n");
    QVERIFY2(text.endsWith(tail), qPrintable(text));
    // An unlinked port drops out of the table.
    const QString down = renderIosShowIpRoute(parsed.config, {QStringLiteral("Ethernet5/0")});
    QVERIFY(!down.contains(QLatin1String("10.48.66.0")));
}

void TstShowOutput::placeholderParity_data()
{
    QTest::addColumn<int>("placeholders");
    QTest::addColumn<bool>("listed");
    QTest::newRow("none") << 0 << false;
    QTest::newRow("one") << 1 << true;
    QTest::newRow("two") << 2 << false;
    QTest::newRow("three (snow)") << 3 << true;
    QTest::newRow("four (rain)") << 4 << false;
}

void TstShowOutput::placeholderParity()
{
    QFETCH(int, placeholders);
    QFETCH(bool, listed);
    QString text = QStringLiteral("PIX Version 6.2(2)\nnameif ethernet0 outside security0\n"
                                  "ip address outside 193.0.0.1 255.255.255.252\n");
    for (int i = 1; i <= placeholders; ++i) {
        text += QStringLiteral("nameif ethernet%1 intf%1 security%1\n").arg(i);
        text += QStringLiteral("ip address intf%1 127.0.0.1 255.255.255.255\n").arg(i);
    }
    const QString out = renderPixShowRoute(vtd::gen::pix62::parsePixConfig(text).config);
    QCOMPARE(out.contains(QLatin1String("intf1 127.0.0.1 255.255.255.255 127.0.0.1 1 CONNECT static\n")), listed);
    QCOMPARE(out.count(QLatin1String("127.0.0.1")), listed ? 2 : 0);
}

void TstShowOutput::pixUptime_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0 secs");
    QTest::newRow("seconds") << qint64(45'999) << QStringLiteral("45 secs");
    QTest::newRow("one min") << qint64(65'000) << QStringLiteral("1 min 5 secs");
    QTest::newRow("snow") << qint64(679'000) << QStringLiteral("11 mins 19 secs");
    QTest::newRow("rain") << qint64(8'599'000) << QStringLiteral("2 hours 23 mins");
    QTest::newRow("hour exact") << qint64(7'200'000) << QStringLiteral("2 hours 0 mins");
    QTest::newRow("days") << qint64((3 * 86400 + 5 * 3600 + 7) * 1000LL) << QStringLiteral("3 days 5 hours");
    QTest::newRow("negative") << qint64(-5) << QStringLiteral("0 secs");
}

void TstShowOutput::pixUptime()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(pixUptimeText(ms), text);
}

void TstShowOutput::iosUptime_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0 minutes");
    QTest::newRow("one minute") << qint64(61'000) << QStringLiteral("1 minute");
    QTest::newRow("hour") << qint64(3'660'000) << QStringLiteral("1 hour, 1 minute");
    QTest::newRow("carrion") << qint64((17LL * 86400 + 22 * 3600 + 32 * 60) * 1000)
                             << QStringLiteral("2 weeks, 3 days, 22 hours, 32 minutes");
    QTest::newRow("inner zero") << qint64(86'400'000 + 60'000) << QStringLiteral("1 day, 0 hours, 1 minute");
    QTest::newRow("year") << qint64(366LL * 86'400'000) << QStringLiteral("1 year, 0 weeks, 1 day, 0 hours, 0 minutes");
}

void TstShowOutput::iosUptime()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(iosUptimeText(ms), text);
}

void TstShowOutput::derivedIdentity()
{
    QCOMPARE(fnv1a32(QString()), 2166136261u);
    QCOMPARE(fnv1a32(QStringLiteral("a")), 0xe40c292cu);  // FNV-1a reference value
    const QString mac = derivedMacAddress(QStringLiteral("snow"), 0);
    QVERIFY(QRegularExpression(QStringLiteral("^0002\\.b9[0-9a-f]{2}\\.[0-9a-f]{4}$")).match(mac).hasMatch());
    QVERIFY(derivedMacAddress(QStringLiteral("snow"), 1) != mac);
    QCOMPARE(derivedMacAddress(QStringLiteral("snow"), 0), mac);
    const std::uint32_t serial = derivedSerialNumber(QStringLiteral("snow"));
    QVERIFY(serial >= 400000000u && serial < 500000000u);
    QVERIFY(derivedActivationKey(QStringLiteral("snow")) != derivedActivationKey(QStringLiteral("rain")));
}

void TstShowOutput::pixShowVersionOtherModel()
{
    vtd::model::Node node;
    node.name = QStringLiteral("pix1");
    node.hardwareModel = QStringLiteral("PIX-501");
    node.softwareVersion = QStringLiteral("6.2(2)");
    node.licences.failover = false;
    const QString text = renderPixShowVersion(pixVersionInput(node, QStringLiteral("pixfirewall"), 37'000));
    QVERIFY(text.contains(QLatin1String("\npixfirewall up 37 secs\n")));
    QVERIFY(text.contains(QLatin1String("\nHardware:   PIX-501, 16 MB RAM")));
    QVERIFY(text.contains(QStringLiteral("\n1: ethernet1: address is %1, irq 10\n").arg(derivedMacAddress(node.name, 1))));
    QVERIFY(!text.contains(QLatin1String("ethernet2")));
    QVERIFY(text.contains(QLatin1String("\nFailover:       Disabled\n")));
    QVERIFY(text.contains(QStringLiteral("\nSerial Number: %1 (0x%2)\n")
                              .arg(derivedSerialNumber(node.name)).arg(derivedSerialNumber(node.name), 0, 16)));
    QVERIFY(text.endsWith(QLatin1String(" \n")));
}

void TstShowOutput::iosShowVersionGeneric()
{
    IosVersionInput in;
    in.hostname = QStringLiteral("r1");
    in.hardwareModel = QStringLiteral("IOS-ROUTER");
    in.softwareVersion = QStringLiteral("12.2(15)");
    in.interfaces = {QStringLiteral("FastEthernet0/0"), QStringLiteral("FastEthernet0/1"), QStringLiteral("Serial0/0")};
    in.uptimeMs = 300'000;
    const QString text = renderIosShowVersion(in);
    QVERIFY(text.startsWith(QLatin1String("Cisco Internetwork Operating System Software \nIOS (tm) ")));
    QVERIFY(text.contains(QLatin1String(", Version 12.2(15), RELEASE SOFTWARE")));
    QVERIFY(text.contains(QLatin1String("\nr1 uptime is 5 minutes\n")));
    QVERIFY(text.contains(QLatin1String("mz.122-15.bin\"\n")));
    QVERIFY(text.contains(QLatin1String("\n2 FastEthernet/IEEE 802.3 interface(s)\n1 Serial network interface(s)\n")));
    QCOMPARE(iosImageRelease(QStringLiteral("12.2(6)")), QStringLiteral("122-6"));
}

void TstShowOutput::iosShowIpRouteStatic()
{
    const QList<IosRouteLine> routes{
        {ip("0.0.0.0"), 0, false, {}, ip("193.0.0.1"), 1},
        {ip("10.1.0.0"), 16, true, QStringLiteral("Ethernet0"), std::nullopt, 0},
        {ip("10.2.2.0"), 24, false, {}, ip("10.1.0.9"), 1},
        {ip("172.16.0.0"), 16, true, QStringLiteral("Serial0"), std::nullopt, 0},
        {ip("192.168.0.0"), 16, false, QStringLiteral("Serial0"), std::nullopt, 1},
    };
    const QString text = renderIosShowIpRoute(routes);
    const QString tail = QStringLiteral(
        "\nGateway of last resort is 193.0.0.1 to network 0.0.0.0\n"
        "\n"
        "S*   0.0.0.0/0 [1/0] via 193.0.0.1\n"
        "     10.0.0.0/8 is variably subnetted, 2 subnets, 2 masks\n"
        "C       10.1.0.0/16 is directly connected, Ethernet0\n"
        "S       10.2.2.0/24 [1/0] via 10.1.0.9\n"
        "C    172.16.0.0/16 is directly connected, Serial0\n"
        "S    192.168.0.0/16 is directly connected, Serial0\n");
    QVERIFY2(text.endsWith(tail), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("IA - OSPF inter area \n")));
}

void TstShowOutput::pixShowXlate()
{
    PixXlateTable table;
    QCOMPARE(renderPixShowXlate(table), QStringLiteral("0 in use, 0 most used\n"));
    table.mostUsed = 3;
    table.entries << PixXlateEntry{ip("193.0.0.5"), ip("10.0.0.2"), true, 1024, 512}
                  << PixXlateEntry{ip("193.0.0.9"), ip("10.0.0.3"), false, 0, 0};
    QCOMPARE(renderPixShowXlate(table), QStringLiteral("2 in use, 3 most used\n"
                                                       "PAT Global 193.0.0.5(1024) Local 10.0.0.2(512)\n"
                                                       "Global 193.0.0.9 Local 10.0.0.3\n"));
}

void TstShowOutput::pixShowInterface()
{
    const vtd::model::PixConfig config = seedPix(QStringLiteral("snow"));
    PixInterfaceStatus outside{*config.interfaceNamed(QStringLiteral("outside")), QStringLiteral("0002.b945.9ff1"),
                               true, false, {4, 282, 0, 9, 576}};
    PixInterfaceStatus intf3{*config.interfaceNamed(QStringLiteral("intf3")), QStringLiteral("00e0.b602.236e"),
                             false, true, {}};
    const QString text = renderPixShowInterface({outside, intf3});
    QCOMPARE(text.section(u'\n', 0, 4),
             QStringLiteral("interface ethernet0 \"outside\" is up, line protocol is up\n"
                            "  Hardware is i82559 ethernet, address is 0002.b945.9ff1\n"
                            "  IP address 193.0.0.1, subnet mask 255.255.255.252\n"
                            "  MTU 1500 bytes, BW 100000 Kbit full duplex\n"
                            "        4 packets input, 282 bytes, 0 no buffer"));
    QVERIFY(text.contains(QLatin1String("\n        9 packets output, 576 bytes, 0 underruns\n")));
    QVERIFY(text.contains(QLatin1String("\ninterface ethernet3 \"intf3\" is administratively down, line protocol is down\n")));
    QVERIFY(text.contains(QLatin1String("\n  IP address 127.0.0.1, subnet mask 255.255.255.255\n")));
    QCOMPARE(text.count(u'\n'), 22);
}

QTEST_GUILESS_MAIN(TstShowOutput)
#include "tst_show_output.moc"
