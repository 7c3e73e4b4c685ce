#include "sim/devices/crypto_map_hook.h"
#include "sim/devices/sim_node.h"
#include "sim/engine/simulator.h"
#include "sim/net/icmp_message.h"
#include "sim/net/packet.h"

#include <QtTest>

#include <memory>

using namespace vtd::sim;
using namespace vtd::sim::devices;
using vtd::model::Ipv4Address;

namespace {

/** A stand-in for the IKE/IPsec layer: protects traffic to 11.0.0.0/24, refuses clear
 *  traffic from there, and counts what it was asked. */
class RecordingHook : public CryptoMapHook
{
public:
    StageVerdict outbound(SimNode &, net::Packet &packet, net::SimInterface &) override
    {
        ++outboundCalls;
        return isProtected(packet.destination()) ? StageVerdict::consumed() : StageVerdict::proceed();
    }
    StageVerdict inbound(SimNode &, net::Packet &packet, net::SimInterface &) override
    {
        ++inboundCalls;
        return isProtected(packet.source()) ? StageVerdict::drop(QStringLiteral("ipsec.clear-text"))
                                            : StageVerdict::proceed();
    }
    static bool isProtected(Ipv4Address address) { return (address.toUInt() >> 8) == (0x0b000000u >> 8); }

    int outboundCalls = 0;
    int inboundCalls = 0;
};

net::Packet echo(const char *src, const char *dst)
{
    net::Ipv4Header header;
    header.source = *Ipv4Address::parse(QString::fromLatin1(src));
    header.destination = *Ipv4Address::parse(QString::fromLatin1(dst));
    return net::Packet::icmp(header, net::IcmpMessage::echoRequest(1, 1, QByteArray(8, 'x')));
}

struct Fixture
{
    Fixture() : sim(1), node(sim, QStringLiteral("snow"), SimNode::Role::Router)
    {
        interface = &node.addInterface(QStringLiteral("outside"), QStringLiteral("ethernet0"));
    }
    Simulator sim;
    SimNode node;
    net::SimInterface *interface = nullptr;
};

} // namespace

class TstCryptoMapHook : public QObject
{
    Q_OBJECT
private slots:
    void withoutHookEverythingIsClear();
    void egressAsksTheHook();
    void ingressAsksTheHookUnlessDecrypted();
};

void TstCryptoMapHook::withoutHookEverythingIsClear()
{
    Fixture f;
    CryptoMapEgressStage egress;
    CryptoMapIngressStage ingress;
    net::Packet packet = echo("12.0.0.1", "11.0.0.2");
    QCOMPARE(egress.process(f.node, packet, *f.interface).kind, StageVerdict::Kind::Continue);
    QCOMPARE(ingress.process(f.node, packet, *f.interface).kind, StageVerdict::Kind::Continue);
    QCOMPARE(egress.name(), QStringLiteral("crypto-map"));
}

void TstCryptoMapHook::egressAsksTheHook()
{
    Fixture f;
    auto hook = std::make_shared<RecordingHook>();
    f.node.addExtension(hook);
    CryptoMapEgressStage egress;
    net::Packet interesting = echo("12.0.0.1", "11.0.0.2");
    net::Packet clear = echo("12.0.0.1", "10.48.66.44");
    QCOMPARE(egress.process(f.node, interesting, *f.interface).kind, StageVerdict::Kind::Consumed);
    QCOMPARE(egress.process(f.node, clear, *f.interface).kind, StageVerdict::Kind::Continue);
    QCOMPARE(hook->outboundCalls, 2);
    QCOMPARE(f.node.extension<CryptoMapHook>(), hook.get());
}

void TstCryptoMapHook::ingressAsksTheHookUnlessDecrypted()
{
    Fixture f;
    auto hook = std::make_shared<RecordingHook>();
    f.node.addExtension(hook);
    CryptoMapIngressStage ingress;
    net::Packet clearFromPeerLan = echo("11.0.0.2", "12.0.0.1");
    const StageVerdict refused = ingress.process(f.node, clearFromPeerLan, *f.interface);
    QCOMPARE(refused.kind, StageVerdict::Kind::Drop);
    QCOMPARE(refused.code, QStringLiteral("ipsec.clear-text"));

    net::Packet decrypted = echo("11.0.0.2", "12.0.0.1");
    decrypted.setDecrypted(true);
    QCOMPARE(ingress.process(f.node, decrypted, *f.interface).kind, StageVerdict::Kind::Continue);
    QCOMPARE(hook->inboundCalls, 1);
}

QTEST_GUILESS_MAIN(TstCryptoMapHook)
#include "tst_crypto_map_hook.moc"
