// IPv4 value types: strict parsing, printing, netmasks and prefixes.
#include "model/ipv4.h"

#include <QTest>

using namespace vtd::model;

class TstIpv4 : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void octetConstructor();
    void masks_data();
    void masks();
    void lengthsGiveMasks_data();
    void lengthsGiveMasks();
    void prefixParse_data();
    void prefixParse();
    void prefixFromMask();
    void prefixParts_data();
    void prefixParts();
    void prefixContainsAddress_data();
    void prefixContainsAddress();
    void prefixContainsPrefix_data();
    void prefixContainsPrefix();
    void ordering();
};

void TstIpv4::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint32>("value");
    QTest::addColumn<QString>("printed");
    QTest::newRow("zero") << "0.0.0.0" << 0u << "0.0.0.0";
    QTest::newRow("all ones") << "255.255.255.255" << 0xffffffffu << "255.255.255.255";
    QTest::newRow("vpnclient") << "10.48.66.76" << 0x0a30424cu << "10.48.66.76";
    QTest::newRow("snow outside") << "193.0.0.1" << 0xc1000001u << "193.0.0.1";
    QTest::newRow("leading zeros are decimal") << "010.000.001.009" << 0x0a000109u << "10.0.1.9";
}

void TstIpv4::parseValid()
{
    QFETCH(QString, text);
    QFETCH(quint32, value);
    QFETCH(QString, printed);
    const auto address = Ipv4Address::parse(text);
    QVERIFY(address);
    QCOMPARE(address->toUInt(), value);
    QCOMPARE(address->toString(), printed);
    QCOMPARE(Ipv4Address::parse(address->toString()), address);
}

void TstIpv4::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {"", "1.2.3", "1.2.3.4.5", "256.0.0.1", "1.2.3.1000", "1..3.4",
                             "1.2.3.", ".1.2.3", "+1.2.3.4", "1.2.3.-4", " 1.2.3.4", "1.2.3.4 ",
                             "a.b.c.d", "1.2.3.0x1", "10.0.0.0/24", "1,2,3,4"})
        QTest::newRow(text) << QString::fromLatin1(text);
    QTest::newRow("full-width digit") << QStringLiteral("１.2.3.4");
}

void TstIpv4::parseInvalid()
{
    QFETCH(QString, text);
    QCOMPARE(Ipv4Address::parse(text), std::nullopt);
}

void TstIpv4::octetConstructor()
{
    constexpr Ipv4Address address(10, 48, 66, 44);
    QCOMPARE(address.toUInt(), 0x0a30422cu);
    QCOMPARE(address.toString(), QStringLiteral("10.48.66.44"));
    QVERIFY(Ipv4Address().isZero());
    QVERIFY(!address.isZero());
}

void TstIpv4::masks_data()
{
    QTest::addColumn<QString>("mask");
    QTest::addColumn<int>("length");   // -1: not contiguous
    QTest::newRow("/0") << "0.0.0.0" << 0;
    QTest::newRow("/1") << "128.0.0.0" << 1;
    QTest::newRow("/8") << "255.0.0.0" << 8;
    QTest::newRow("/24") << "255.255.255.0" << 24;
    QTest::newRow("/30") << "255.255.255.252" << 30;
    QTest::newRow("/31") << "255.255.255.254" << 31;
    QTest::newRow("/32") << "255.255.255.255" << 32;
    QTest::newRow("hole") << "255.0.255.0" << -1;
    QTest::newRow("wildcard") << "0.0.0.255" << -1;
    QTest::newRow("last bit") << "255.255.255.253" << -1;
    QTest::newRow("one bit") << "0.0.0.1" << -1;
}

void TstIpv4::masks()
{
    QFETCH(QString, mask);
    QFETCH(int, length);
    const Ipv4Address address = *Ipv4Address::parse(mask);
    QCOMPARE(address.isContiguousMask(), length >= 0);
    QCOMPARE(maskToLength(address), length >= 0 ? std::optional(length) : std::nullopt);
    if (length >= 0)
        QCOMPARE(lengthToMask(length), address);
}

void TstIpv4::lengthsGiveMasks_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("mask");
    QTest::newRow("0") << 0 << "0.0.0.0";
    QTest::newRow("16") << 16 << "255.255.0.0";
    QTest::newRow("30") << 30 << "255.255.255.252";
    QTest::newRow("32") << 32 << "255.255.255.255";
    QTest::newRow("negative clamps") << -1 << "0.0.0.0";
    QTest::newRow("too long clamps") << 33 << "255.255.255.255";
}

void TstIpv4::lengthsGiveMasks()
{
    QFETCH(int, length);
    QFETCH(QString, mask);
    QCOMPARE(vtd::model::lengthToMask(length).toString(), mask);
}

void TstIpv4::prefixParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("printed");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("network") << "10.0.0.0/24" << true << "10.0.0.0/24" << "10.0.0.0/24";
    QTest::newRow("host bits kept") << "10.48.66.76/24" << true << "10.48.66.76/24"
                                    << "10.48.66.0/24";
    QTest::newRow("default") << "0.0.0.0/0" << true << "0.0.0.0/0" << "0.0.0.0/0";
    QTest::newRow("host route") << "10.48.66.156/32" << true << "10.48.66.156/32"
                                << "10.48.66.156/32";
    for (const char *text : {"10.0.0.0", "10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0/+8",
                             "10.0.0.0/", "/24", "10.0.0.0/2 4", "10.0.0/24", "10.0.0.0/24/8"})
        QTest::newRow(text) << QString::fromLatin1(text) << false << "" << "";
}

void TstIpv4::prefixParse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, printed);
    QFETCH(QString, canonical);
    const auto prefix = Ipv4Prefix::parse(text);
    QCOMPARE(prefix.has_value(), valid);
    if (!prefix)
        return;
    QCOMPARE(prefix->toString(), printed);
    QCOMPARE(prefix->canonical().toString(), canonical);
}

void TstIpv4::prefixFromMask()
{
    const auto prefix =
        Ipv4Prefix::fromMask(Ipv4Address(10, 48, 66, 76), Ipv4Address(255, 255, 255, 0));
    QVERIFY(prefix);
    QCOMPARE(prefix->toString(), QStringLiteral("10.48.66.76/24"));
    QCOMPARE(prefix->length(), 24);
    QCOMPARE(Ipv4Prefix::fromMask(Ipv4Address(10, 0, 0, 0), Ipv4Address(255, 0, 255, 0)),
             std::nullopt);
}

void TstIpv4::prefixParts_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("mask");
    QTest::addColumn<QString>("wildcard");
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("broadcast");
    QTest::newRow("snow intf2 /30") << "193.0.0.5/30" << "255.255.255.252" << "0.0.0.3"
                                    << "193.0.0.4" << "193.0.0.7";
    QTest::newRow("lan /24") << "11.0.0.1/24" << "255.255.255.0" << "0.0.0.255" << "11.0.0.0"
                             << "11.0.0.255";
    QTest::newRow("default /0") << "1.2.3.4/0" << "0.0.0.0" << "255.255.255.255" << "0.0.0.0"
                                << "255.255.255.255";
    QTest::newRow("host /32") << "1.2.3.4/32" << "255.255.255.255" << "0.0.0.0" << "1.2.3.4"
                              << "1.2.3.4";
}

void TstIpv4::prefixParts()
{
    QFETCH(QString, prefix);
    QFETCH(QString, mask);
    QFETCH(QString, wildcard);
    QFETCH(QString, network);
    QFETCH(QString, broadcast);
    const Ipv4Prefix p = *Ipv4Prefix::parse(prefix);
    QCOMPARE(p.mask().toString(), mask);
    QCOMPARE(p.wildcard().toString(), wildcard);
    QCOMPARE(p.network().toString(), network);
    QCOMPARE(p.broadcast().toString(), broadcast);
}

void TstIpv4::prefixContainsAddress_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("contains");
    QTest::newRow("inside") << "10.48.66.0/24" << "10.48.66.76" << true;
    QTest::newRow("network address") << "10.48.66.0/24" << "10.48.66.0" << true;
    QTest::newRow("broadcast") << "10.48.66.0/24" << "10.48.66.255" << true;
    QTest::newRow("next network") << "10.48.66.0/24" << "10.48.67.0" << false;
    QTest::newRow("host bits in prefix") << "193.0.0.5/30" << "193.0.0.6" << true;
    QTest::newRow("outside /30") << "193.0.0.5/30" << "193.0.0.8" << false;
    QTest::newRow("default route") << "0.0.0.0/0" << "255.1.2.3" << true;
    QTest::newRow("host route") << "10.48.66.156/32" << "10.48.66.156" << true;
    QTest::newRow("host route, other") << "10.48.66.156/32" << "10.48.66.157" << false;
}

void TstIpv4::prefixContainsAddress()
{
    QFETCH(QString, prefix);
    QFETCH(QString, address);
    QFETCH(bool, contains);
    QCOMPARE(Ipv4Prefix::parse(prefix)->contains(*Ipv4Address::parse(address)), contains);
}

void TstIpv4::prefixContainsPrefix_data()
{
    QTest::addColumn<QString>("outer");
    QTest::addColumn<QString>("inner");
    QTest::addColumn<bool>("contains");
    QTest::newRow("narrower inside") << "10.0.0.0/8" << "10.1.0.0/16" << true;
    QTest::newRow("wider") << "10.1.0.0/16" << "10.0.0.0/8" << false;
    QTest::newRow("same") << "10.0.0.0/24" << "10.0.0.0/24" << true;
    QTest::newRow("sibling") << "10.0.0.0/24" << "10.0.1.0/24" << false;
    QTest::newRow("default holds all") << "0.0.0.0/0" << "193.0.0.4/30" << true;
}

void TstIpv4::prefixContainsPrefix()
{
    QFETCH(QString, outer);
    QFETCH(QString, inner);
    QFETCH(bool, contains);
    QCOMPARE(Ipv4Prefix::parse(outer)->contains(*Ipv4Prefix::parse(inner)), contains);
}

void TstIpv4::ordering()
{
    QVERIFY(Ipv4Address(10, 0, 0, 1) < Ipv4Address(10, 0, 0, 2));
    QVERIFY(Ipv4Address(9, 255, 255, 255) < Ipv4Address(10, 0, 0, 0));
    QVERIFY(Ipv4Address(255, 0, 0, 0) > Ipv4Address(127, 255, 255, 255));   // unsigned
    QCOMPARE(Ipv4Address(1, 2, 3, 4), *Ipv4Address::parse(u"1.2.3.4"));
}

QTEST_GUILESS_MAIN(TstIpv4)
#include "tst_ipv4.moc"
