// The packet detail pane on the seed run: an ESP packet shows its decrypted ICMP echo, and
// selecting a row highlights that row's bytes in the hex dump (of the decrypted bytes for a
// decrypted row, of the datagram otherwise).

#include "app/gui/simulation/hex_bytes_view.h"
#include "app/gui/simulation/packet_detail_view.h"

#include "sim/devices/ping_session.h"
#include "sim/devices/sim_network.h"
#include "sim/devices/sim_node.h"
#include "sim/engine/simulator.h"
#include "sim/engine/trace_recorder.h"
#include "sim/scenario/vpn_control.h"

#include "model/io/project_file.h"
#include "model/project.h"
#include "resources/builtin_example.h"

#include <QStandardItemModel>
#include <QTreeView>
#include <QtTest>

using namespace vtd::sim;
using vtd::app::HexBytesView;
using vtd::app::PacketDetailView;
using vtd::sim::analysis::InspectionBytes;

namespace {

std::vector<TraceEvent> seedRun()
{
    auto read = vtd::model::readProject(vtd::resources::builtinExampleProjectFile(), vtd::resources::builtinExampleName());
    Simulator sim(7);
    TraceRecorder recorder;
    sim.addTraceSink(&recorder);
    devices::SimNetwork network(sim);
    network.build(*read.project);
    network.node(QStringLiteral("vpnclient"))->extension<VpnControl>()->connect({}, {}, [](const VpnControl::ConnectOutcome &) {});
    sim.runUntil(sim.now() + SimTime::fromSeconds(30));
    devices::PingSession ping(*network.node(QStringLiteral("vpnclient")), *vtd::model::Ipv4Address::parse(QStringLiteral("11.0.0.2")));
    ping.start();
    sim.runUntil(sim.now() + SimTime::fromSeconds(20));
    return recorder.events();
}

/** The first ESP packet the VPN Client sent (an echo request to 11.0.0.2 in the tunnel). */
int firstEspFromClient(const std::vector<TraceEvent> &events)
{
    for (std::size_t i = 0; i < events.size(); ++i) {
        const auto *p = std::get_if<PacketTrace>(&events[i]);
        if (p && p->node == QLatin1String("vpnclient") && p->direction == PacketDirection::Sent && quint8(p->bytes[9]) == 50)
            return int(i);
    }
    return -1;
}

QModelIndex findField(const QAbstractItemModel *model, const QString &field)
{
    const QModelIndexList hits = model->match(model->index(0, 0), Qt::DisplayRole, field, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return hits.value(0);
}

/** The hex digits the view highlights, in order ("08 00 ..."), read from its extra selections. */
QString highlightedHex(const HexBytesView &view)
{
    QStringList parts;
    const auto selections = view.extraSelections();
    for (int i = 0; i < selections.size(); i += 2) // hex span, then its ASCII twin
        parts << selections[i].cursor.selectedText().trimmed();
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TstPacketDetailView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_events = seedRun(); }

    void espPacketShowsTheDecryptedEcho()
    {
        PacketDetailView view;
        QCOMPARE(view.objectName(), QStringLiteral("packetDetailView"));
        const int index = firstEspFromClient(m_events);
        QVERIFY(index >= 0);
        view.showPacket(m_events, index);
        const QAbstractItemModel *model = view.tree()->model();
        const QModelIndex inner = findField(model, QStringLiteral("Internet Control Message Protocol"));
        QVERIFY(inner.isValid());
        QCOMPARE(inner.siblingAtColumn(1).data().toString(), QStringLiteral("8 (Echo request)"));
        QVERIFY(view.tree()->isExpanded(findField(model, QStringLiteral("Decrypted payload"))));
        QCOMPARE(findField(model, QStringLiteral("ICV check")).siblingAtColumn(1).data().toString(), QStringLiteral("good"));
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Field"));
        QCOMPARE(view.hexView()->bytes(), view.inspection().datagram);
    }

    void selectingARowHighlightsItsBytes()
    {
        PacketDetailView view;
        view.showPacket(m_events, firstEspFromClient(m_events));
        QTreeView *tree = view.tree();
        // A field of the datagram: the outer SPI, bytes 20..23.
        tree->setCurrentIndex(findField(tree->model(), QStringLiteral("SPI")));
        QCOMPARE(view.shownBytes(), InspectionBytes::Datagram);
        QCOMPARE(view.hexView()->highlightOffset(), 20);
        QCOMPARE(view.hexView()->highlightLength(), 4);
        QCOMPARE(highlightedHex(*view.hexView()), QString::fromLatin1(view.inspection().datagram.mid(20, 4).toHex(' ')));
        // A decrypted field: the hex view switches to the plaintext and marks the inner ICMP type.
        const QModelIndex type = findField(tree->model(), QStringLiteral("Type"));
        QVERIFY(type.isValid());
        tree->setCurrentIndex(type);
        QCOMPARE(view.shownBytes(), InspectionBytes::Plaintext);
        QCOMPARE(view.hexView()->bytes(), view.inspection().plaintext);
        QCOMPARE(view.hexView()->highlightOffset(), 20);
        QCOMPARE(view.hexView()->highlightLength(), 1);
        QCOMPARE(highlightedHex(*view.hexView()), QStringLiteral("08"));
        // A row spanning lines: the inner IPv4 header (20 bytes: one full line and 4 more).
        const QModelIndex decrypted = findField(tree->model(), QStringLiteral("Decrypted payload"));
        tree->setCurrentIndex(tree->model()->index(0, 0, decrypted));
        QCOMPARE(view.hexView()->highlightLength(), 20);
        QCOMPARE(highlightedHex(*view.hexView()), QString::fromLatin1(view.inspection().plaintext.left(20).toHex(' ')));
        // A row without bytes (a key) leaves nothing highlighted.
        tree->setCurrentIndex(findField(tree->model(), QStringLiteral("Encryption key")));
        QCOMPARE(view.hexView()->highlightLength(), 0);
    }

    void clearAndNonPackets()
    {
        PacketDetailView view;
        view.showPacket(m_events, firstEspFromClient(m_events));
        view.clear();
        QCOMPARE(view.tree()->model()->rowCount(), 0);
        QVERIFY(view.hexView()->bytes().isEmpty());
        view.showPacket(m_events, -1);
        QCOMPARE(view.tree()->model()->rowCount(), 0);
    }

private:
    std::vector<TraceEvent> m_events;
};

QTEST_MAIN(TstPacketDetailView)
#include "tst_packet_detail_view.moc"
