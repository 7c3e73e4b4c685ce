// The hardware catalog: the seed's devices have the ports their configurations use.
#include "model/hardware_catalog.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace vtd::model;

namespace {

/** Every "interface X" line of a seed configuration, in order. */
QStringList configuredInterfaces(const QString &configName)
{
    QFile file(QStringLiteral(VTD_TEST_DATA "/seed/configs/") + configName);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("missing seed config %s", qPrintable(configName));
    QStringList names;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(QLatin1String("interface ")))
            names << line.section(u' ', 1, 1);
    }
    return names;
}

} // namespace

class TstHardwareCatalog : public QObject
{
    Q_OBJECT

private slots:
    void pix525HasEthernet0To5();
    void rsp2HasCarrionsPorts();
    void seedPixConfigsUseOnlyPix525Ports_data();
    void seedPixConfigsUseOnlyPix525Ports();
    void defaultModels_data();
    void defaultModels();
    void idsAreUniqueAndFindable();
    void portsOfEveryKind();
};

void TstHardwareCatalog::pix525HasEthernet0To5()
{
    const HardwareModel *pix = findHardwareModel(QStringLiteral("PIX-525"));
    QVERIFY(pix);
    QCOMPARE(pix->kind, NodeKind::PixFirewall);
    QCOMPARE(pix->interfaces, (QStringList{"ethernet0", "ethernet1", "ethernet2", "ethernet3",
                                           "ethernet4", "ethernet5"}));
    QCOMPARE(pix->defaultSoftware, QStringLiteral("6.2(2)"));
    QVERIFY(!pix->interfacesFromNode);
}

void TstHardwareCatalog::rsp2HasCarrionsPorts()
{
    const HardwareModel *rsp2 = findHardwareModel(QStringLiteral("C7500-RSP2"));
    QVERIFY(rsp2);
    QCOMPARE(rsp2->kind, NodeKind::IosRouter);
    QCOMPARE(rsp2->defaultSoftware, QStringLiteral("12.2(6)"));
    const QStringList configured = configuredInterfaces(QStringLiteral("carrion.cfg"));
    QCOMPARE(configured.size(), 29);
    for (const QString &name : configured)
        QVERIFY2(rsp2->interfaces.contains(name), qPrintable(name));
    // ... and the chassis has no port carrion's configuration does not list, in the same order.
    QCOMPARE(rsp2->interfaces, configured);
}

void TstHardwareCatalog::seedPixConfigsUseOnlyPix525Ports_data()
{
    QTest::addColumn<QString>("config");
    QTest::newRow("snow") << "snow.cfg";
    QTest::newRow("rain") << "rain.cfg";
}

void TstHardwareCatalog::seedPixConfigsUseOnlyPix525Ports()
{
    QFETCH(QString, config);
    const QStringList configured = configuredInterfaces(config);
    QCOMPARE(configured, findHardwareModel(QStringLiteral("PIX-525"))->interfaces);
}

void TstHardwareCatalog::defaultModels_data()
{
    QTest::addColumn<NodeKind>("kind");
    QTest::addColumn<QString>("model");
    QTest::newRow("pix") << NodeKind::PixFirewall << "PIX-525";
    QTest::newRow("ios") << NodeKind::IosRouter << "IOS-ROUTER";
    QTest::newRow("vpnclient") << NodeKind::VpnClient << "VPNCLIENT-PC";
    QTest::newRow("host") << NodeKind::Host << "HOST";
    QTest::newRow("segment") << NodeKind::LanSegment << "LAN-SEGMENT";
}

void TstHardwareCatalog::defaultModels()
{
    QFETCH(NodeKind, kind);
    QFETCH(QString, model);
    const HardwareModel &hardware = defaultHardwareModel(kind);
    QCOMPARE(hardware.id, model);
    QCOMPARE(hardware.kind, kind);
    QCOMPARE(findHardwareModel(model), &hardware);
}

void TstHardwareCatalog::idsAreUniqueAndFindable()
{
    QSet<QString> ids;
    for (const HardwareModel &model : hardwareModels()) {
        QVERIFY2(!ids.contains(model.id), qPrintable(model.id));
        ids.insert(model.id);
        QCOMPARE(findHardwareModel(model.id), &model);
        QVERIFY(!model.displayName.isEmpty());
        QCOMPARE(QSet<QString>(model.interfaces.begin(), model.interfaces.end()).size(),
                 model.interfaces.size());
    }
    QCOMPARE(findHardwareModel(QStringLiteral("PIX-999")), nullptr);
    QCOMPARE(findHardwareModel(QStringLiteral("pix-525")), nullptr);   // ids are exact
}

void TstHardwareCatalog::portsOfEveryKind()
{
    for (const HardwareModel &model : hardwareModels()) {
        switch (model.kind) {
        case NodeKind::LanSegment:
            QVERIFY2(model.interfaces.isEmpty(), qPrintable(model.id));   // links name the segment
            break;
        case NodeKind::VpnClient:
        case NodeKind::Host:
            QVERIFY2(!model.interfaces.isEmpty(), qPrintable(model.id));   // a NIC to cable
            break;
        default:
            // A device has fixed ports, or takes them from the node (generic model).
            QVERIFY2(model.interfacesFromNode != !model.interfaces.isEmpty(), qPrintable(model.id));
        }
    }
}

QTEST_GUILESS_MAIN(TstHardwareCatalog)
#include "tst_hardware_catalog.moc"
