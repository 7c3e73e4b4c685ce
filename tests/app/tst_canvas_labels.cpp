#include "app/gui/canvas/interface_labels.h"
#include "app/gui/canvas/port_layout.h"

#include "model/io/project_file.h"
#include "resources/builtin_example.h"

#include <QTest>

using namespace vtd;

/** The short texts and the port arrangement the canvas draws. */
class TstCanvasLabels : public QObject
{
    Q_OBJECT

private slots:
    void shortName_data();
    void shortName();
    void hostPart_data();
    void hostPart();
    void portSides_data();
    void portSides();
    void parallelLinksDoNotCross();
};

void TstCanvasLabels::shortName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("pix") << "ethernet0" << "e0";
    QTest::newRow("pix gb") << "gb-ethernet1" << "gb1";
    QTest::newRow("ios ethernet") << "Ethernet5/1" << "Et5/1";
    QTest::newRow("ios serial") << "Serial0/0" << "Se0/0";
    QTest::newRow("ios hssi") << "Hssi9/1/0" << "Hs9/1/0";
    QTest::newRow("ios fast") << "FastEthernet0/0" << "Fa0/0";
    QTest::newRow("host") << "eth0" << "eth0";
    QTest::newRow("no number") << "Null" << "Null";
}

void TstCanvasLabels::shortName()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(app::shortInterfaceName(name), expected);
}

void TstCanvasLabels::hostPart_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("expected");
    QTest::newRow("/30") << "193.0.0.1/30" << ".1";
    QTest::newRow("/24") << "10.48.66.156/24" << ".156";
    QTest::newRow("/16") << "172.16.0.5/16" << ".0.5";
    QTest::newRow("/8") << "10.1.2.3/8" << ".1.2.3";
    QTest::newRow("/32") << "127.0.0.1/32" << "127.0.0.1";
    QTest::newRow("/4") << "16.1.2.3/4" << "16.1.2.3";
}

void TstCanvasLabels::hostPart()
{
    QFETCH(QString, prefix);
    QFETCH(QString, expected);
    const auto parsed = model::Ipv4Prefix::parse(prefix);
    QVERIFY(parsed);
    QCOMPARE(app::hostPart(*parsed), expected);
}

namespace {

model::Project example()
{
    auto result = model::readProject(resources::builtinExampleProjectFile(), "seed.vpnd");
    return result.project.value_or(model::Project{});
}

const app::PortSlot *slotOf(const app::PortLayout &layout, const QString &interface)
{
    for (const app::PortSlot &slot : layout.linked) {
        if (slot.interface == interface)
            return &slot;
    }
    return nullptr;
}

} // namespace

void TstCanvasLabels::portSides_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("interface");
    QTest::addColumn<app::PortSide>("side");
    // Each port faces what it is linked to (positions of the seed example).
    QTest::newRow("snow e0 to carrion") << "snow" << "ethernet0" << app::PortSide::Left;
    QTest::newRow("snow e1 to its LAN") << "snow" << "ethernet1" << app::PortSide::Right;
    QTest::newRow("carrion Et5/0 to segment") << "carrion" << "Ethernet5/0" << app::PortSide::Left;
    QTest::newRow("carrion Et5/1 to snow") << "carrion" << "Ethernet5/1" << app::PortSide::Right;
    QTest::newRow("vpnclient down to segment") << "vpnclient" << "eth0" << app::PortSide::Bottom;
}

void TstCanvasLabels::portSides()
{
    QFETCH(QString, node);
    QFETCH(QString, interface);
    QFETCH(app::PortSide, side);
    const model::Project project = example();
    const model::Node *n = project.nodeByName(node);
    QVERIFY(n);
    const app::PortLayout layout = app::layoutPorts(project, *n);
    const app::PortSlot *slot = slotOf(layout, interface);
    QVERIFY(slot);
    QCOMPARE(slot->side, side);
    QVERIFY(!layout.spare.contains(interface));
}

void TstCanvasLabels::parallelLinksDoNotCross()
{
    // snow e0-Et5/1 and e2-Et5/2 run side by side: same order on both ends.
    const model::Project project = example();
    const app::PortLayout snow = app::layoutPorts(project, *project.nodeByName("snow"));
    const app::PortLayout carrion = app::layoutPorts(project, *project.nodeByName("carrion"));
    QVERIFY(slotOf(snow, "ethernet0")->offset < slotOf(snow, "ethernet2")->offset);
    QVERIFY(slotOf(carrion, "Ethernet5/1")->offset < slotOf(carrion, "Ethernet5/2")->offset);
    QCOMPARE(carrion.spare.size(), 26);
    QCOMPARE(snow.spare, QStringList({"ethernet3", "ethernet4", "ethernet5"}));
    QCOMPARE(snow.spareSide, app::PortSide::Top);
}

QTEST_GUILESS_MAIN(TstCanvasLabels)
#include "tst_canvas_labels.moc"
