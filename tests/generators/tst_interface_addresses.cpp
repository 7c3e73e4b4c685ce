#include "generators/interface_addresses.h"

#include <QFile>
#include <QTest>

using namespace vtd;

namespace {

QString seedConfig(const QString &name)
{
    QFile file(QStringLiteral(VTD_TEST_DATA "/seed/configs/%1.cfg").arg(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

std::optional<model::Ipv4Prefix> prefix(const char *text)
{
    if (!*text)
        return std::nullopt;
    return model::Ipv4Prefix::parse(QString::fromLatin1(text));
}

} // namespace

/** The canvas's small reader of interface names and addresses, on the seed's configurations. */
class TstInterfaceAddresses : public QObject
{
    Q_OBJECT

private slots:
    void seedInterface_data();
    void seedInterface();
    void handWritten_data();
    void handWritten();
    void otherKindsHaveNone();
};

void TstInterfaceAddresses::seedInterface_data()
{
    QTest::addColumn<QString>("device");
    QTest::addColumn<model::NodeKind>("kind");
    QTest::addColumn<QString>("interface");
    QTest::addColumn<QString>("nameif");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("shutdown");

    const auto pix = model::NodeKind::PixFirewall;
    const auto ios = model::NodeKind::IosRouter;
    QTest::newRow("snow outside") << "snow" << pix << "ethernet0" << "outside" << "193.0.0.1/30" << false;
    QTest::newRow("snow inside") << "snow" << pix << "ethernet1" << "inside" << "10.0.0.1/24" << false;
    QTest::newRow("snow intf2") << "snow" << pix << "ethernet2" << "intf2" << "193.0.0.5/30" << false;
    QTest::newRow("snow intf3 shut") << "snow" << pix << "ethernet3" << "intf3" << "127.0.0.1/32" << true;
    QTest::newRow("rain outside") << "rain" << pix << "ethernet0" << "outside" << "10.48.66.156/24" << false;
    QTest::newRow("rain intf2 shut") << "rain" << pix << "ethernet2" << "intf2" << "127.0.0.1/32" << true;
    QTest::newRow("carrion Et5/0") << "carrion" << ios << "Ethernet5/0" << "" << "10.48.66.44/24" << false;
    QTest::newRow("carrion Et5/2") << "carrion" << ios << "Ethernet5/2" << "" << "193.0.0.6/30" << false;
    QTest::newRow("carrion Et5/3 no ip") << "carrion" << ios << "Ethernet5/3" << "" << "" << false;
    QTest::newRow("carrion Se0/0 shut") << "carrion" << ios << "Serial0/0" << "" << "" << true;
    QTest::newRow("carrion Se2/0 up") << "carrion" << ios << "Serial2/0" << "" << "" << false;
    QTest::newRow("carrion Hssi shut") << "carrion" << ios << "Hssi9/1/0" << "" << "" << true;
}

void TstInterfaceAddresses::seedInterface()
{
    QFETCH(QString, device);
    QFETCH(model::NodeKind, kind);
    QFETCH(QString, interface);
    QFETCH(QString, nameif);
    QFETCH(QString, address);
    QFETCH(bool, shutdown);

    const QString text = seedConfig(device);
    QVERIFY2(!text.isEmpty(), "seed configuration missing under tests/data");
    const gen::InterfaceAddressMap map = gen::readInterfaceAddresses(kind, text);
    QVERIFY2(map.contains(interface), qPrintable(interface));
    const gen::InterfaceAddress found = map.value(interface);
    QCOMPARE(found.nameif, nameif);
    QCOMPARE(found.address, prefix(address.toLatin1().constData()));
    QCOMPARE(found.shutdown, shutdown);
}

void TstInterfaceAddresses::handWritten_data()
{
    QTest::addColumn<model::NodeKind>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("interface");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("shutdown");

    const auto pix = model::NodeKind::PixFirewall;
    const auto ios = model::NodeKind::IosRouter;
    QTest::newRow("pix crlf") << pix
        << "nameif ethernet0 outside security0\r\nip address outside 1.2.3.4 255.255.255.0\r\n"
        << "ethernet0" << "1.2.3.4/24" << false;
    QTest::newRow("pix bad mask") << pix
        << "nameif ethernet0 outside security0\nip address outside 1.2.3.4 255.0.255.0\n"
        << "ethernet0" << "" << false;
    QTest::newRow("ios no shutdown") << ios
        << "interface FastEthernet0/0\n ip address 10.1.1.1 255.255.255.252\n shutdown\n no shutdown\n!\n"
        << "FastEthernet0/0" << "10.1.1.1/30" << false;
    QTest::newRow("ios secondary ignored") << ios
        << "interface Ethernet0\n ip address 10.1.1.1 255.255.255.0\n ip address 10.2.2.2 255.255.255.0 secondary\n"
        << "Ethernet0" << "10.1.1.1/24" << false;
    QTest::newRow("ios block closed by bang") << ios
        << "interface Serial0\n no ip address\n!\n ip address 9.9.9.9 255.0.0.0\n"
        << "Serial0" << "" << false;
    QTest::newRow("ios subinterface skipped") << ios
        << "interface Serial0\n shutdown\ninterface Serial0.1 point-to-point\n ip address 9.9.9.9 255.0.0.0\n"
        << "Serial0" << "" << true;
}

void TstInterfaceAddresses::handWritten()
{
    QFETCH(model::NodeKind, kind);
    QFETCH(QString, text);
    QFETCH(QString, interface);
    QFETCH(QString, address);
    QFETCH(bool, shutdown);

    const gen::InterfaceAddressMap map = gen::readInterfaceAddresses(kind, text);
    QVERIFY(map.contains(interface));
    QCOMPARE(map.value(interface).address, prefix(address.toLatin1().constData()));
    QCOMPARE(map.value(interface).shutdown, shutdown);
    for (const QString &name : map.keys())
        QVERIFY2(!name.contains(u'.'), qPrintable(name));
}

void TstInterfaceAddresses::otherKindsHaveNone()
{
    const QString text = seedConfig(QStringLiteral("snow"));
    QVERIFY(gen::readInterfaceAddresses(model::NodeKind::Host, text).isEmpty());
    QVERIFY(gen::readInterfaceAddresses(model::NodeKind::LanSegment, text).isEmpty());
}

QTEST_GUILESS_MAIN(TstInterfaceAddresses)
#include "tst_interface_addresses.moc"
