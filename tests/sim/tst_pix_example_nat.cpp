#include "sim/devices/pix/pix_drop_codes.h"
#include "tests/example_project.h"
#include "sim/devices/pix/pix_firewall.h"
#include "sim/devices/ping_session.h"
#include "sim/devices/sim_network.h"
#include "sim/devices/sim_node.h"
#include "sim/engine/simulator.h"
#include "sim/engine/trace_recorder.h"
#include "sim/net/icmp_message.h"
#include "sim/output/pix_show_xlate.h"

#include "model/io/project_file.h"
#include "model/project.h"
#include "resources/builtin_example.h"

#include <QtTest>

using namespace vtd::sim;
using namespace vtd::sim::devices;
using vtd::model::Ipv4Address;

// Acceptance on the built-in example (Cisco note 16060): snow's
//   nat (inside) 0 access-list no-nat-inside      (10/24 -> 11/24 and 12/24 untranslated)
//   nat (inside) 1 10.0.0.0 255.255.255.0 0 0
//   global (intf2) 1 interface                    (the only global: none on outside)
//   access-group acl-intf2 in interface intf2     (permit icmp any any)
// snow-lan-host 10.0.0.2 -> carrion 193.0.0.6 leaves intf2 as 193.0.0.5 (PAT on the echo
// identifier) and the replies come back through the xlate and acl-intf2; toward 10.48.66.44
// (out through outside) snow finds no translation group, as a PIX 6.2 does.

namespace {

vtd::model::Project example()
{
    return vtd::test::exampleProject();
}

struct Run
{
    explicit Run(const vtd::model::Project &project) : sim(1), network(sim)
    {
        sim.addTraceSink(&recorder);
        diagnostics = network.build(project);
    }
    QString ping(const char *to)
    {
        PingSession session(*network.node(QStringLiteral("snow-lan-host")), *Ipv4Address::parse(QString::fromLatin1(to)));
        session.start();
        sim.runAll();
        return session.result();
    }
    QStringList decisions(const char *stage) const
    {
        QStringList out;
        for (const DecisionTrace &d : recorder.ofType<DecisionTrace>()) {
            if (d.node == QLatin1String("snow") && d.stage == QLatin1String(stage))
                out << d.outcome + QStringLiteral(": ") + d.detail;
        }
        return out;
    }
    pix::PixFirewall &snow() const { return *pix::PixFirewall::of(*network.node(QStringLiteral("snow"))); }

    Simulator sim;
    TraceRecorder recorder;
    SimNetwork network;
    vtd::model::Diagnostics diagnostics;
};

} // namespace

class TstPixExampleNat : public QObject
{
    Q_OBJECT
private slots:
    void pingToCarrionIsPatted();
    void pingOutOfOutsideFindsNoTranslationGroup();
    void acl_intf2StillDecidesReplies();
    void clearXlateEmptiesTheTable();
};

void TstPixExampleNat::pingToCarrionIsPatted()
{
    Run run(example());
    std::vector<net::Packet> atCarrion;
    run.network.node(QStringLiteral("carrion"))->addLocalListener([&](const net::Packet &p) { atCarrion.push_back(p); });
    QCOMPARE(run.ping("193.0.0.6"), QStringLiteral("!!!!!"));
    QVERIFY(run.recorder.ofType<DropTrace>().empty());

    QCOMPARE(atCarrion.size(), std::size_t(5));
    for (const net::Packet &request : atCarrion)
        QCOMPARE(request.source().toString(), QStringLiteral("193.0.0.5"));
    const auto first = net::IcmpMessage::decode(atCarrion.front().payload());
    QVERIFY(first);
    QCOMPARE(int(first.value().restOfHeader >> 16), 1024); // the PAT identifier

    // Requests translated on the way out; replies pass as return traffic on the way in.
    const QStringList all = run.decisions(pix::stage_name::Nat);
    const QStringList back = all.filter(QStringLiteral("untranslated: return traffic of an xlate or static on intf2"));
    QCOMPARE(back.size(), 5);
    const QStringList nat = all.filter(QRegularExpression(QStringLiteral("^(new xlate|translate): ")));
    QCOMPARE(nat.size(), 5);
    QVERIFY2(nat.front().startsWith(QStringLiteral("new xlate: nat (inside) 1 10.0.0.0 255.255.255.0 0 0: "
                                                   "PAT Global 193.0.0.5(1024) Local 10.0.0.2(")),
             qPrintable(nat.front()));
    QVERIFY(nat.back().startsWith(QStringLiteral("translate: ")));
    // Five replies un-translated on intf2, each let in by acl-intf2, then to inside.
    QCOMPARE(run.decisions(pix::stage_name::Untranslate).size(), 5);
    QCOMPARE(run.snow().hitCounts().value(QStringLiteral("acl-intf2")).value(0), quint64(5));

    const auto table = run.snow().showXlate(run.sim.now());
    QCOMPARE(table.entries.size(), qsizetype(1));
    QVERIFY(output::renderPixShowXlate(table).startsWith(
        QStringLiteral("1 in use, 1 most used\nPAT Global 193.0.0.5(1024) Local 10.0.0.2(")));
}

void TstPixExampleNat::pingOutOfOutsideFindsNoTranslationGroup()
{
    Run run(example());
    QCOMPARE(run.ping("10.48.66.44"), QStringLiteral("....."));
    const auto drops = run.recorder.ofType<DropTrace>();
    QCOMPARE(drops.size(), std::size_t(5));
    const DropTrace &drop = drops.front();
    QCOMPARE(drop.node, QStringLiteral("snow"));
    QCOMPARE(drop.stage, QString::fromLatin1(pix::stage_name::Nat));
    QCOMPARE(drop.code, QString::fromLatin1(pix::drop_code::NoTranslationGroup));
    QCOMPARE(drop.interface, QStringLiteral("outside"));
    QCOMPARE(drop.params.value(QStringLiteral("from")), QStringLiteral("inside"));
    QCOMPARE(drop.params.value(QStringLiteral("source")), QStringLiteral("10.0.0.2"));
    QCOMPARE(drop.params.value(QStringLiteral("destination")), QStringLiteral("10.48.66.44"));
    QCOMPARE(run.decisions(pix::stage_name::Nat).front(),
             QStringLiteral("drop: no translation group: nat (inside) 1 has no global (outside) 1"));
    QCOMPARE(run.snow().showXlate(run.sim.now()).entries.size(), qsizetype(0));
}

// With acl-intf2 denying ICMP, the requests still leave translated but every reply is
// refused on intf2, after the xlate took it back.
void TstPixExampleNat::acl_intf2StillDecidesReplies()
{
    vtd::model::Project project = example();
    vtd::model::Node *snow = project.node(project.nodeByName(QStringLiteral("snow"))->id);
    const QString permit = QStringLiteral("access-list acl-intf2 permit icmp any any");
    QVERIFY(snow->configText.contains(permit));
    snow->configText.replace(permit, QStringLiteral("access-list acl-intf2 deny icmp any any"));
    Run run(project);
    QCOMPARE(run.ping("193.0.0.6"), QStringLiteral("....."));
    const auto drops = run.recorder.ofType<DropTrace>();
    QCOMPARE(drops.size(), std::size_t(5));
    QCOMPARE(drops.front().node, QStringLiteral("snow"));
    QCOMPARE(drops.front().code, QString::fromLatin1(pix::drop_code::AclDenied));
    QCOMPARE(drops.front().params.value(QStringLiteral("acl")), QStringLiteral("acl-intf2"));
}

void TstPixExampleNat::clearXlateEmptiesTheTable()
{
    Run run(example());
    QCOMPARE(run.ping("193.0.0.6"), QStringLiteral("!!!!!"));
    run.snow().clearXlate();
    QCOMPARE(output::renderPixShowXlate(run.snow().showXlate(run.sim.now())), QStringLiteral("0 in use, 0 most used\n"));
    QCOMPARE(run.ping("193.0.0.6"), QStringLiteral("!!!!!"));
    QCOMPARE(run.snow().showXlate(run.sim.now()).entries.size(), qsizetype(1));
}

QTEST_GUILESS_MAIN(TstPixExampleNat)
#include "tst_pix_example_nat.moc"
