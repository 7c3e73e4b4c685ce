#include "sim/ike/crypto_capabilities.h"
#include "sim/ike/phase1_policy_match.h"
#include "sim/ike/phase2_proposal_match.h"
#include "sim/ike/proposal_builders.h"

#include "generators/pix62/pix62_parser.h"
#include "model/project.h"

#include <QFile>
#include <QtTest>

using namespace vtd::sim::ike;
using vtd::model::PixConfig;

namespace {

PixConfig seedConfig(const char *name)
{
    QFile file(QStringLiteral(VTD_TEST_DATA "/seed/configs/%1.cfg").arg(QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", name);
    return vtd::gen::pix62::parsePixConfig(QString::fromUtf8(file.readAll())).config;
}

/** The capabilities of the seed's PIXes: 6.2(2), VPN-DES only. */
CryptoCapabilities pix62Des()
{
    vtd::model::Node node;
    node.kind = vtd::model::NodeKind::PixFirewall;
    node.softwareVersion = QStringLiteral("6.2(2)");
    return CryptoCapabilities::of(node);
}

vtd::model::TransformSet transformSet(const PixConfig &config, const QString &name)
{
    for (const auto &set : config.transformSets()) {
        if (set.name == name)
            return set;
    }
    qFatal("no transform set");
    return {};
}

QStringList attributesOf(const Phase1TransformCheck &check)
{
    QStringList out;
    for (const AttributeMismatch &mismatch : check.mismatches)
        out << mismatch.attribute;
    return out;
}

} // namespace

class TstIkePolicyMatch : public QObject
{
    Q_OBJECT
private slots:
    void vpnClientAgainstSnowPhase1();
    void xauthMakesTransformFiveAcceptable();
    void snowMainModeOfferAgainstRain();
    void licenceAndSoftwareRefusals();
    void vpnClientAgainstSnowPhase2();
    void snowQuickModeAgainstRain();
    void pfsOnOneSideOnly_data();
    void pfsOnOneSideOnly();
};

// snow-debug.txt: transforms 1-6 "atts are not acceptable", 7 acceptable (DES/SHA/group 2/pre-share).
void TstIkePolicyMatch::vpnClientAgainstSnowPhase1()
{
    const PixConfig snow = seedConfig("snow");
    const Phase1MatchResult result =
        matchPhase1(vpnClient36Phase1Offer(), Phase1Context{snow.isakmpPolicies(), pix62Des(), false});
    QCOMPARE(result.checks.size(), 7);
    const QList<QStringList> expected = {
        {"encryption", "authentication"}, {"encryption", "hash", "authentication"}, {"encryption"},
        {"encryption", "hash"}, {"authentication"}, {"hash", "authentication"}, {}};
    for (int i = 0; i < 7; ++i) {
        QCOMPARE(result.checks[i].transformNumber, i + 1);
        QCOMPARE(result.checks[i].priority, 10);
        QCOMPARE(attributesOf(result.checks[i]), expected[i]);
    }
    QCOMPARE(result.checks[0].mismatches[0].describe(10), QStringLiteral("encryption 3des where policy 10 says des"));
    QCOMPARE(result.checks[0].mismatches[1].describe(10),
             QStringLiteral("authentication pre-share with XAUTH where policy 10 says pre-share (XAUTH is not configured)"));
    QVERIFY(result.choice);
    QCOMPARE(result.choice->transformIndex, 6);
    QCOMPARE(result.choice->lifetimeSeconds, 86400); // min(86400, 2147483)
    QCOMPARE(result.choice->authMethod, std::uint16_t(IkeAuthMethod::PreShared));
}

void TstIkePolicyMatch::xauthMakesTransformFiveAcceptable()
{
    const PixConfig snow = seedConfig("snow");
    const auto result = matchPhase1(vpnClient36Phase1Offer(), Phase1Context{snow.isakmpPolicies(), pix62Des(), true});
    QVERIFY(result.choice);
    QCOMPARE(result.choice->transformIndex, 4);
    QCOMPARE(result.choice->authMethod, std::uint16_t(IkeAuthMethod::XauthInitPreShared));
}

// rain's view of snow's MM1: one transform, no life attributes (the 86400 default), accepted.
void TstIkePolicyMatch::snowMainModeOfferAgainstRain()
{
    const Proposal offer = phase1OfferFromPolicies(seedConfig("snow").isakmpPolicies());
    QCOMPARE(offer.transforms.size(), std::size_t(1));
    QCOMPARE(offer.transforms[0].attributes.size(), std::size_t(4));
    QVERIFY(!offeredLifetimeSeconds(offer.transforms[0].attributes));
    const auto result = matchPhase1(offer, Phase1Context{seedConfig("rain").isakmpPolicies(), pix62Des(), false});
    QVERIFY(result.choice);
    QCOMPARE(result.choice->lifetimeSeconds, 86400);
    const Proposal reply = phase1Reply(result.choice->policy, result.choice->authMethod, 1, 86400);
    QCOMPARE(offeredLifetimeSeconds(reply.transforms[0].attributes), std::optional<std::uint64_t>(86400));
}

void TstIkePolicyMatch::licenceAndSoftwareRefusals()
{
    vtd::model::Node node;
    node.kind = vtd::model::NodeKind::PixFirewall;
    node.softwareVersion = QStringLiteral("6.2(2)");
    node.licences.vpn3Des = true;
    const auto licensed62 = CryptoCapabilities::of(node);
    QVERIFY(licensed62.supports(IkeEncryption::TripleDesCbc));
    QVERIFY(!licensed62.supports(IkeEncryption::AesCbc));
    QCOMPARE(licensed62.refusal(IkeEncryption::AesCbc), QStringLiteral("not supported by PIX 6.2"));
    QVERIFY(!licensed62.supports(DhGroup::Modp1536));
    node.softwareVersion = QStringLiteral("6.3(4)");
    const auto licensed63 = CryptoCapabilities::of(node);
    QVERIFY(licensed63.supports(IkeEncryption::AesCbc));
    QVERIFY(licensed63.supports(DhGroup::Modp1536));
    QCOMPARE(pix62Des().refusal(EspTransform::TripleDes), QStringLiteral("not licensed (VPN-3DES)"));

    // A 3DES policy on a PIX without the licence matches nothing, and says why.
    vtd::model::IsakmpPolicy strong;
    strong.priority = 20;
    strong.encryption = vtd::model::IkeEncryption::TripleDes;
    strong.authentication = vtd::model::IkeAuthentication::PreShare;
    strong.group = vtd::model::DhGroup::Group2;
    const auto result = matchPhase1(vpnClient36Phase1Offer(), Phase1Context{{strong}, pix62Des(), false});
    QVERIFY(!result.choice);
    QCOMPARE(result.checks[2].mismatches.front().describe(20),
             QStringLiteral("encryption 3des where policy 20 says 3des, which is not licensed (VPN-3DES)"));
}

// snow-debug.txt, the client's first Quick Mode: 1-4 not supported (1, 2 skip their ANDed
// IPCOMP), 5 ESP acceptable then "bad SPI size of 2 octets!", 6 not supported, 7 accepted.
void TstIkePolicyMatch::vpnClientAgainstSnowPhase2()
{
    const PixConfig snow = seedConfig("snow");
    Phase2Context context{{transformSet(snow, QStringLiteral("remote-TRANS"))}, {}, pix62Des(), 28800, 4608000};
    const auto offer = vpnClient36Phase2Offer(QByteArray::fromHex("11223344"), QByteArray::fromHex("abcd"));
    const Phase2MatchResult result = matchPhase2(offer, context);
    QCOMPARE(result.proposals.size(), 7);
    using Outcome = Phase2PartCheck::Outcome;
    const bool skipped[] = {true, true, false, false, false, true, false};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(result.proposals[i].parts.front().outcome, Outcome::NotSupported);
        QCOMPARE(result.proposals[i].skippedAnded, skipped[i]);
        QVERIFY(result.proposals[i].parts.front().reasons.contains(QStringLiteral("esp-3des is not licensed (VPN-3DES)")));
    }
    QCOMPARE(result.proposals[4].parts.size(), 2);
    QCOMPARE(result.proposals[4].parts[0].outcome, Outcome::Acceptable);
    QCOMPARE(result.proposals[4].parts[1].outcome, Outcome::BadSpiSize);
    QCOMPARE(result.proposals[4].parts[1].spiSize, 2);
    QCOMPARE(result.proposals[5].parts.front().outcome, Outcome::NotSupported);
    QCOMPARE(result.proposals[5].parts.front().reasons,
             QStringList{QStringLiteral("transform set remote-TRANS is esp-des esp-md5-hmac")});
    QCOMPARE(result.proposals[5].skippedAnded, true);
    QVERIFY(result.proposals[6].acceptable);
    QVERIFY(result.choice);
    QCOMPARE(result.choice->proposalNumber, 7);
    QCOMPARE(result.choice->offeredSeconds, std::optional<std::uint64_t>(2147483));
    QCOMPARE(result.choice->lifetimeSeconds, std::uint64_t(28800));
    QCOMPARE(result.choice->lifetimeKilobytes, std::uint64_t(4608000));
    QVERIFY(!result.choice->pfsGroup);
}

void TstIkePolicyMatch::snowQuickModeAgainstRain()
{
    const auto snowSet = transformSet(seedConfig("snow"), QStringLiteral("TRANS"));
    const auto offer = phase2OfferFromTransformSets({snowSet}, {}, 28800, 4608000, QByteArray::fromHex("8312e721"));
    QCOMPARE(offer.size(), std::size_t(1));
    const auto rainSet = transformSet(seedConfig("rain"), QStringLiteral("TRANS"));
    const auto result = matchPhase2(offer, Phase2Context{{rainSet}, {}, pix62Des(), 28800, 4608000});
    QVERIFY(result.choice);
    QCOMPARE(result.choice->offeredSeconds, std::optional<std::uint64_t>(28800));
    QCOMPARE(result.choice->offeredKilobytes, std::optional<std::uint64_t>(4608000));
    const auto reply = phase2Reply(offer, result.choice->partIndexes, result.choice->transformIndexes,
                                   QByteArray::fromHex("661d4fad"));
    QCOMPARE(reply.size(), std::size_t(1));
    QCOMPARE(reply[0].spi, QByteArray::fromHex("661d4fad"));
    QCOMPARE(reply[0].transforms, offer[0].transforms);
}

void TstIkePolicyMatch::pfsOnOneSideOnly_data()
{
    QTest::addColumn<bool>("initiatorPfs");
    QTest::addColumn<bool>("responderPfs");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("neither") << false << false << true;
    QTest::newRow("both") << true << true << true;
    QTest::newRow("initiator only") << true << false << true;  // a responder without PFS takes it
    QTest::newRow("responder only") << false << true << false; // fails when the side without PFS initiates
}

void TstIkePolicyMatch::pfsOnOneSideOnly()
{
    QFETCH(bool, initiatorPfs);
    QFETCH(bool, responderPfs);
    QFETCH(bool, accepted);
    const auto set = transformSet(seedConfig("snow"), QStringLiteral("TRANS"));
    const vtd::model::PfsSetting group2{true, vtd::model::DhGroup::Group2};
    const auto offer = phase2OfferFromTransformSets({set}, initiatorPfs ? group2 : vtd::model::PfsSetting{}, 28800,
                                                    4608000, QByteArray(4, '\1'));
    const auto result = matchPhase2(offer, Phase2Context{{set}, responderPfs ? group2 : vtd::model::PfsSetting{},
                                                         pix62Des(), 28800, 4608000});
    QCOMPARE(bool(result.choice), accepted);
    if (!accepted) {
        QCOMPARE(result.proposals.front().parts.front().outcome, Phase2PartCheck::Outcome::PfsMismatch);
        QCOMPARE(result.proposals.front().parts.front().reasons,
                 QStringList{QStringLiteral("PFS (group 2) is required but the proposal has no PFS group")});
    } else if (initiatorPfs) {
        QCOMPARE(result.choice->pfsGroup, std::optional<vtd::model::DhGroup>(vtd::model::DhGroup::Group2));
    }
}

QTEST_GUILESS_MAIN(TstIkePolicyMatch)
#include "tst_ike_policy_match.moc"
