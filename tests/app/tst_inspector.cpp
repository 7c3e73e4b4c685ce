#include "app/gui/inspector/field_editor.h"
#include "app/gui/inspector/inspector.h"
#include "app/gui/inspector/node_tables.h"
#include "app/gui/inspector/table_editor.h"
#include "model/document.h"
#include "model/hardware_catalog.h"
#include "model/io/project_file.h"
#include "resources/builtin_example.h"

#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace vtd;

namespace {

model::Project example()
{
    return *model::readProject(resources::builtinExampleProjectFile(), QStringLiteral("seed.vpnd")).project;
}

model::NodeId idOf(const model::Document &document, const QString &name)
{
    return document.project().nodeByName(name)->id;
}

} // namespace

/** The inspector's editors on the built-in example: each kind of section changes the device's
 *  text (or node field) as the dialect prints it, as ONE undo step with a descriptive text, and
 *  refuses what is wrong with the reason. */
class TstInspector : public QObject
{
    Q_OBJECT

private slots:
    void cellEditChangesText_data();
    void cellEditChangesText();
    void validationReason_data();
    void validationReason();
    void addAndRemoveRows();
    void formFieldsValidateAsTyped();
    void hardwareLicence();
    void followsUndoAndSelection();
    void iosCryptoEdits_data();
    void iosCryptoEdits();
};

void TstInspector::cellEditChangesText_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("section");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expectedLine");
    QTest::addColumn<QString>("undoText");

    const QString snow = QStringLiteral("snow");
    QTest::newRow("isakmp encryption") << snow << "ISAKMP Policies" << 0 << 2 << "3des"
                                       << "isakmp policy 10 encryption 3des" << "Change ISAKMP policy 10 encryption";
    QTest::newRow("isakmp group") << snow << "ISAKMP Policies" << 0 << 4 << "1" << "isakmp policy 10 group 1"
                                  << "Change ISAKMP policy 10 DH group";
    QTest::newRow("route gateway") << snow << "Static Routes" << 0 << 3 << "193.0.0.9"
                                   << "route outside 0.0.0.0 0.0.0.0 193.0.0.9 1" << "Change route 0.0.0.0 0.0.0.0 gateway";
    QTest::newRow("security level") << snow << "Interfaces" << 1 << 2 << "90" << "nameif ethernet1 inside security90"
                                    << "Change interface ethernet1 security level";
    QTest::newRow("nameif renames uses") << snow << "Interfaces" << 2 << 1 << "dmz"
                                         << "route dmz 11.0.0.0 255.255.255.0 193.0.0.6 1" << "Change interface ethernet2 name (nameif)";
    QTest::newRow("interface address") << snow << "Interfaces" << 3 << 3 << "10.9.9.1"
                                       << "ip address intf3 10.9.9.1 255.255.255.255" << "Change interface ethernet3 address";
    QTest::newRow("no shutdown") << snow << "Interfaces" << 5 << 5 << "0" << "interface ethernet5 auto"
                              << "Change interface ethernet5 shut down";
    QTest::newRow("acl destination") << snow << "Access Lists" << 0 << 4 << "host 10.0.0.5"
                                     << "access-list acl-out permit icmp any host 10.0.0.5" << "Change access list entry acl-out #1 destination";
    QTest::newRow("access group") << snow << "Access Groups" << 0 << 0 << "acl-intf2"
                                  << "access-group acl-intf2 in interface outside" << "Change access group acl-out access list";
    QTest::newRow("nat address") << snow << "NAT (nat)" << 1 << 3 << "10.0.1.0"
                                 << "nat (inside) 1 10.0.1.0 255.255.255.0 0 0" << "Change nat (inside) 1 address";
    QTest::newRow("global range") << snow << "Global Address Pools (global)" << 0 << 2 << "193.0.0.10-193.0.0.20"
                                  << "global (intf2) 1 193.0.0.10-193.0.0.20" << "Change global (intf2) 1 addresses";
    QTest::newRow("pre-shared key") << snow << "Pre-Shared Keys" << 0 << 2 << "newkey"
                                    << "isakmp key newkey address 10.48.66.156 netmask 255.255.255.255"
                                    << "Change pre-shared key for 10.48.66.156 key";
    QTest::newRow("transforms") << snow << "Transform Sets" << 0 << 1 << "esp-3des esp-sha-hmac"
                                << "crypto ipsec transform-set TRANS esp-3des esp-sha-hmac" << "Change transform set TRANS transforms";
    QTest::newRow("crypto map peer") << snow << "Crypto Maps" << 0 << 2 << "10.48.66.157"
                                     << "crypto map vpn-intf2 10 set peer 10.48.66.157" << "Change crypto map vpn-intf2 10 peer";
    QTest::newRow("dynamic map pfs") << snow << "Dynamic Crypto Maps" << 0 << 4 << "group2"
                                     << "crypto dynamic-map DYN 10 set pfs group2" << "Change dynamic map DYN 10 PFS";
    QTest::newRow("vpngroup domain") << snow << "VPN Client Groups (vpngroup)" << 0 << 4 << "example.com"
                                     << "vpngroup VPNclient default-domain example.com" << "Change vpngroup VPNclient default domain";
    QTest::newRow("pool end") << snow << "Address Pools" << 0 << 2 << "12.0.0.50"
                              << "ip local pool remote-VPN 12.0.0.1-12.0.0.50" << "Change address pool remote-VPN last address";
    QTest::newRow("pix hostname") << snow << "Device" << 0 << 0 << "snowy" << "hostname snowy" << "Change device host name";
    QTest::newRow("ios hostname") << "carrion" << "Device" << 0 << 0 << "crow" << "hostname crow" << "Change device host name";
    QTest::newRow("ios interface address") << "carrion" << "Interfaces" << 0 << 2 << "10.7.7.1"
                                           << " ip address 10.7.7.1 255.255.255.0" << "Change interface Serial0/0 address";
    QTest::newRow("pcf host") << "vpnclient" << "VPN Client Profile" << 0 << 1 << "193.0.0.9" << "Host=193.0.0.9"
                              << "Change profile host (concentrator)";
}

void TstInspector::cellEditChangesText()
{
    QFETCH(QString, node);
    QFETCH(QString, section);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, value);
    QFETCH(QString, expectedLine);
    QFETCH(QString, undoText);

    model::Document document(example());
    app::Inspector inspector(document);
    inspector.setNode(idOf(document, node));
    app::TableEditor *editor = inspector.editor(section);
    QVERIFY2(editor, qPrintable(section));
    const model::Node before = *document.project().node(idOf(document, node));
    const auto textOf = [](const model::Node &n) { return n.kind == model::NodeKind::VpnClient ? n.profileText : n.configText; };
    QVERIFY(!textOf(before).contains(expectedLine + u'\n'));

    QCOMPARE(editor->commit(row, column, value), QString());
    const model::Node *after = document.project().node(idOf(document, node));
    QVERIFY2(textOf(*after).contains(expectedLine + u'\r') || textOf(*after).contains(expectedLine + u'\n'),
             qPrintable(textOf(*after)));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->undoText(), undoText);
    QCOMPARE(editor->table().value(row, column), value);

    document.undoStack()->undo();
    QCOMPARE(textOf(*document.project().node(idOf(document, node))), textOf(before));
}

void TstInspector::validationReason_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reason");

    QTest::newRow("bad address") << "Static Routes" << 0 << 3 << "193.0.0" << "Not an IPv4 address";
    QTest::newRow("non-contiguous mask") << "Static Routes" << 0 << 2 << "255.0.255.0" << "not contiguous";
    QTest::newRow("duplicate name") << "Interfaces" << 0 << 1 << "inside" << "inside is already used";
    QTest::newRow("level out of range") << "Interfaces" << 0 << 2 << "101" << "between 0 and 100";
    QTest::newRow("AES on PIX 6.2") << "ISAKMP Policies" << 0 << 2 << "aes" << "needs PIX 6.3";
    QTest::newRow("AES transform on 6.2") << "Transform Sets" << 0 << 1 << "esp-aes esp-sha-hmac" << "needs PIX 6.3";
    QTest::newRow("unknown interface") << "Static Routes" << 0 << 0 << "nowhere" << "nowhere";
    QTest::newRow("unknown keyword") << "ISAKMP Policies" << 0 << 3 << "sha2" << "Choose one of";
    QTest::newRow("bad acl rule") << "Access Lists" << 0 << 3 << "anywhere" << "the line is kept as written";
}

void TstInspector::validationReason()
{
    QFETCH(QString, section);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, value);
    QFETCH(QString, reason);

    model::Document document(example());
    app::Inspector inspector(document);
    inspector.setNode(idOf(document, QStringLiteral("snow")));
    app::TableEditor *editor = inspector.editor(section);
    QVERIFY(editor);
    const QString before = document.project().nodeByName(QStringLiteral("snow"))->configText;

    const QString checked = editor->table().check(row, column, value);
    QVERIFY2(checked.contains(reason), qPrintable(checked));
    QCOMPARE(editor->commit(row, column, value), checked);
    QVERIFY(editor->reasonText().contains(reason));
    QCOMPARE(document.project().nodeByName(QStringLiteral("snow"))->configText, before);
    QCOMPARE(document.undoStack()->count(), 0);
}

void TstInspector::addAndRemoveRows()
{
    model::Document document(example());
    app::Inspector inspector(document);
    inspector.setNode(idOf(document, QStringLiteral("snow")));
    const auto text = [&] { return document.project().nodeByName(QStringLiteral("snow"))->configText; };

    app::TableEditor *statics = inspector.editor(QStringLiteral("Static Translations (static)"));
    QCOMPARE(statics->table().rowCount(), 0);
    QVERIFY(statics->addRow());
    QCOMPARE(statics->table().rowCount(), 1);
    QVERIFY(text().contains(QStringLiteral("static (inside,outside) 0.0.0.0 0.0.0.0 netmask 255.255.255.255")));
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Add static 0.0.0.0"));

    app::TableEditor *policies = inspector.editor(QStringLiteral("ISAKMP Policies"));
    QVERIFY(policies->addRow());
    QVERIFY(text().contains(QStringLiteral("isakmp policy 20 encryption 3des\n")));
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Add ISAKMP policy 20"));

    app::TableEditor *routes = inspector.editor(QStringLiteral("Static Routes"));
    QVERIFY(routes->removeRow(1));
    QVERIFY(!text().contains(QStringLiteral("route intf2 10.48.66.156")));
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Remove route 10.48.66.156 255.255.255.255"));
    QCOMPARE(document.undoStack()->count(), 3);
    document.undoStack()->undo();
    QVERIFY(text().contains(QStringLiteral("route intf2 10.48.66.156")));
    QCOMPARE(routes->table().rowCount(), 3);
}

void TstInspector::formFieldsValidateAsTyped()
{
    model::Document document(example());
    app::Inspector inspector(document);
    const model::NodeId host = idOf(document, QStringLiteral("vpnclient"));
    inspector.setNode(host);
    app::TableEditor *settings = inspector.editor(QStringLiteral("IP Settings"));
    QVERIFY(settings);
    auto *gateway = qobject_cast<QLineEdit *>(settings->formEditors().at(2));
    QVERIFY(gateway);
    QCOMPARE(gateway->text(), QStringLiteral("10.48.66.44"));
    QCOMPARE(gateway->accessibleName(), QStringLiteral("Gateway"));

    gateway->setFocus();
    gateway->selectAll();
    QTest::keyClicks(gateway, QStringLiteral("10.48.66"));
    QString shown;
    for (const QLabel *label : settings->findChildren<QLabel *>())
        shown += label->text();
    QVERIFY2(shown.contains(QStringLiteral("Not an IPv4 address")), qPrintable(shown));
    QTest::keyClicks(gateway, QStringLiteral(".1"));
    QTest::keyClick(gateway, Qt::Key_Return);
    QCOMPARE(document.project().node(host)->host.gateway.toString(), QStringLiteral("10.48.66.1"));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Change IP settings gateway"));

    QVERIFY(settings->table().check(0, 2, QStringLiteral("10.9.9.9")).contains(QStringLiteral("not in the host's subnet")));
}

void TstInspector::hardwareLicence()
{
    model::Document document(example());
    app::Inspector inspector(document);
    const model::NodeId snow = idOf(document, QStringLiteral("snow"));
    inspector.setNode(snow);
    app::TableEditor *hardware = inspector.editor(QStringLiteral("Hardware"));
    QVERIFY(hardware);
    QVERIFY(!document.project().node(snow)->licences.vpn3Des);
    QCOMPARE(hardware->commit(0, 3, QStringLiteral("1")), QString());
    QVERIFY(document.project().node(snow)->licences.vpn3Des);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Change hardware licence VPN-3DES"));
    QVERIFY(!hardware->table().check(0, 1, QStringLiteral("six")).isEmpty());
    QCOMPARE(hardware->commit(0, 1, QStringLiteral("6.3(1)")), QString());
    QCOMPARE(document.project().node(snow)->softwareVersion, QStringLiteral("6.3(1)"));
}

void TstInspector::followsUndoAndSelection()
{
    model::Document document(example());
    app::Inspector inspector(document);
    const model::NodeId snow = idOf(document, QStringLiteral("snow"));
    inspector.setSelection({snow, idOf(document, QStringLiteral("rain"))});
    QVERIFY(inspector.editors().isEmpty());
    inspector.setSelection({snow});
    QVERIFY(!inspector.editors().isEmpty());
    app::TableEditor *routes = inspector.editor(QStringLiteral("Static Routes"));
    QCOMPARE(routes->commit(0, 4, QStringLiteral("2")), QString());
    QCOMPARE(routes->tableWidget()->item(0, 4)->text(), QStringLiteral("2"));
    document.undoStack()->undo();
    QCOMPARE(routes->tableWidget()->item(0, 4)->text(), QStringLiteral("1"));
    QCOMPARE(routes->tableWidget()->rowCount(), 3);

    inspector.setNode(idOf(document, QStringLiteral("10.0.0.0/24")));
    QVERIFY(inspector.editors().isEmpty());
}

namespace {

/** A small IOS router with the crypto statements the seed's router lacks. */
model::Project iosCryptoProject()
{
    model::Project project;
    model::Node router;
    router.id = project.allocateNodeId();
    router.kind = model::NodeKind::IosRouter;
    router.name = QStringLiteral("r1");
    router.hardwareModel = model::defaultHardwareModel(model::NodeKind::IosRouter).id;
    router.softwareVersion = QStringLiteral("12.2(6)");
    router.configText = QStringLiteral(
        "hostname r1\n!\ncrypto isakmp policy 10\n authentication pre-share\n"
        "crypto isakmp key secret1 address 10.0.0.2\n!\n"
        "crypto ipsec transform-set ts esp-des esp-md5-hmac\n!\n"
        "crypto map cm 10 ipsec-isakmp\n set peer 10.0.0.2\n set transform-set ts\n match address 101\n!\n"
        "interface Ethernet0\n ip address 10.0.0.1 255.255.255.0\n crypto map cm\n!\n"
        "ip route 0.0.0.0 0.0.0.0 10.0.0.254\n"
        "access-list 101 permit ip 10.1.0.0 0.0.255.255 10.2.0.0 0.0.255.255\n!\nend\n");
    project.insertNode(router);
    return project;
}

} // namespace

void TstInspector::iosCryptoEdits_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expectedLine");

    QTest::newRow("policy encryption") << "ISAKMP Policies" << 2 << "3des" << " encr 3des";
    QTest::newRow("policy group") << "ISAKMP Policies" << 4 << "2" << " group 2";
    QTest::newRow("key") << "Pre-Shared Keys" << 2 << "secret2" << "crypto isakmp key secret2 address 10.0.0.2";
    QTest::newRow("transforms") << "Transform Sets" << 1 << "esp-3des esp-sha-hmac"
                                << "crypto ipsec transform-set ts esp-3des esp-sha-hmac\n";
    QTest::newRow("map peer") << "Crypto Maps" << 2 << "10.0.0.3" << " set peer 10.0.0.3";
    QTest::newRow("map pfs") << "Crypto Maps" << 5 << "group2" << " set pfs group2";
    QTest::newRow("route") << "Static Routes" << 3 << "10.0.0.253" << "ip route 0.0.0.0 0.0.0.0 10.0.0.253";
    QTest::newRow("acl") << "Access Lists" << 2 << "ip any any" << "access-list 101 permit ip any any";
    QTest::newRow("interface map") << "Interfaces" << 5 << "" << "interface Ethernet0\n ip address 10.0.0.1 255.255.255.0\n!";
}

void TstInspector::iosCryptoEdits()
{
    QFETCH(QString, section);
    QFETCH(int, column);
    QFETCH(QString, value);
    QFETCH(QString, expectedLine);

    model::Document document(iosCryptoProject());
    app::Inspector inspector(document);
    const model::NodeId r1 = idOf(document, QStringLiteral("r1"));
    inspector.setNode(r1);
    app::TableEditor *editor = inspector.editor(section);
    QVERIFY(editor);
    QCOMPARE(editor->commit(0, column, value), QString());
    const QString text = document.project().node(r1)->configText;
    QVERIFY2(text.contains(expectedLine), qPrintable(text));
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.project().node(r1)->configText, iosCryptoProject().nodes().front().configText);
}

QTEST_MAIN(TstInspector)
#include "tst_inspector.moc"
