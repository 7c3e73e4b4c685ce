// Import: which interfaces the importer cables together, and how.
#include "generators/importer/link_inference.h"

#include <QTest>

using namespace vtd;

namespace {

gen::AddressedInterface itf(int device, const char *name, const char *prefix, bool shutdown = false)
{
    return {device, QString::fromLatin1(name), *model::Ipv4Prefix::parse(QString::fromLatin1(prefix)),
            shutdown};
}

} // namespace

class TstLinkInference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedTopology();
    void slash30WithThreeMembersIsASegment();
    void slash31IsPointToPoint();
    void stubSubnetGetsASegment();
    void shutdownAndPlaceholdersStayUnlinked();
};

void TstLinkInference::seedTopology()
{
    // snow (0), rain (1), carrion (2) as their seed configurations address them.
    const QList<gen::AddressedInterface> interfaces = {
        itf(0, "ethernet0", "193.0.0.1/30"),   itf(0, "ethernet1", "10.0.0.1/24"),
        itf(0, "ethernet2", "193.0.0.5/30"),   itf(0, "ethernet3", "127.0.0.1/32", true),
        itf(1, "ethernet0", "10.48.66.156/24"), itf(1, "ethernet1", "11.0.0.1/24"),
        itf(1, "ethernet2", "127.0.0.1/32", true),
        itf(2, "Ethernet5/0", "10.48.66.44/24"), itf(2, "Ethernet5/1", "193.0.0.2/30"),
        itf(2, "Ethernet5/2", "193.0.0.6/30"),
    };
    const gen::InferredLinks links = gen::inferLinks(interfaces);
    QCOMPARE(links.pointToPoint.size(), 2);
    QCOMPARE(links.pointToPoint[0].a.interface, QStringLiteral("ethernet0"));
    QCOMPARE(links.pointToPoint[0].b.interface, QStringLiteral("Ethernet5/1"));
    QCOMPARE(links.pointToPoint[1].a.interface, QStringLiteral("ethernet2"));
    QCOMPARE(links.pointToPoint[1].b.interface, QStringLiteral("Ethernet5/2"));
    QCOMPARE(links.segments.size(), 3);
    QCOMPARE(links.segments[0].subnet.toString(), QStringLiteral("10.0.0.0/24"));
    QCOMPARE(links.segments[0].members.size(), 1);
    QCOMPARE(links.segments[1].subnet.toString(), QStringLiteral("10.48.66.0/24"));
    QCOMPARE(links.segments[1].members.size(), 2);
    QCOMPARE(links.segments[2].subnet.toString(), QStringLiteral("11.0.0.0/24"));
}

void TstLinkInference::slash30WithThreeMembersIsASegment()
{
    const auto links = gen::inferLinks({itf(0, "e0", "192.0.2.1/30"), itf(1, "e0", "192.0.2.2/30"),
                                        itf(2, "e0", "192.0.2.3/30")});
    QVERIFY(links.pointToPoint.isEmpty());
    QCOMPARE(links.segments.size(), 1);
    QCOMPARE(links.segments[0].members.size(), 3);
}

void TstLinkInference::slash31IsPointToPoint()
{
    const auto links = gen::inferLinks({itf(0, "e0", "192.0.2.0/31"), itf(1, "e0", "192.0.2.1/31")});
    QCOMPARE(links.pointToPoint.size(), 1);
    QVERIFY(links.segments.isEmpty());
}

void TstLinkInference::stubSubnetGetsASegment()
{
    const auto links = gen::inferLinks({itf(0, "e1", "10.9.0.1/24")});
    QCOMPARE(links.segments.size(), 1);
    QCOMPARE(links.segments[0].subnet.toString(), QStringLiteral("10.9.0.0/24"));
}

void TstLinkInference::shutdownAndPlaceholdersStayUnlinked()
{
    const auto links = gen::inferLinks({itf(0, "e1", "10.9.0.1/24", true),
                                        itf(0, "e2", "127.0.0.1/32"), itf(1, "e2", "127.0.0.1/32")});
    QVERIFY(links.pointToPoint.isEmpty());
    QVERIFY(links.segments.isEmpty());
}

QTEST_GUILESS_MAIN(TstLinkInference)
#include "tst_link_inference.moc"
