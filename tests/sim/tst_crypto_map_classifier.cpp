#include "sim/ike/crypto_map_classifier.h"

#include <QtTest>

using namespace vtd::sim::ike;
using vtd::model::AccessList;
using vtd::model::AccessListEntry;
using vtd::model::AclAction;
using vtd::model::AddressMatch;
using vtd::model::Ipv4Address;

namespace {

Ipv4Address addr(const QString &text)
{
    return *Ipv4Address::parse(text);
}

AccessListEntry line(AclAction action, AddressMatch source, AddressMatch destination)
{
    AccessListEntry entry;
    entry.action = action;
    entry.source = source;
    entry.destination = destination;
    return entry;
}

AddressMatch network(const char *address, const char *mask)
{
    return AddressMatch::network(addr(QString::fromLatin1(address)), addr(QString::fromLatin1(mask)));
}

CryptoMapBinding entry(const QString &interface, int seq, QList<AccessListEntry> lines)
{
    CryptoMapBinding binding;
    binding.interface = interface;
    binding.map = QStringLiteral("vpn");
    binding.seq = seq;
    binding.acl = AccessList{QStringLiteral("acl%1").arg(seq), lines};
    return binding;
}

/** What asking every entry in order says: the entries on `interface` selecting src -> dst. */
std::vector<int> selectingByScan(const QList<CryptoMapBinding> &bindings, const QString &interface,
                                 Ipv4Address src, Ipv4Address dst)
{
    std::vector<int> out;
    for (int i = 0; i < bindings.size(); ++i) {
        if (bindings[i].interface == interface && bindings[i].selects(0, src, 0, dst, 0))
            out.push_back(i);
    }
    return out;
}

/** The same through the classifier: its candidates, then the exact test. */
std::vector<int> selectingByClassifier(const QList<CryptoMapBinding> &bindings, const CryptoMapClassifier &classifier,
                                       const QString &interface, Ipv4Address src, Ipv4Address dst)
{
    std::vector<int> out;
    for (const int i : classifier.candidates(interface, dst)) {
        if (bindings[i].selects(0, src, 0, dst, 0))
            out.push_back(i);
    }
    return out;
}

// snow's two maps in the seed style, plus entries that exercise the index: a deny line first,
// `any` and host destinations, an IOS-style non-contiguous mask, an entry without an ACL, and a
// dynamic template.
QList<CryptoMapBinding> exampleBindings()
{
    const QString outside = QStringLiteral("outside");
    const QString intf2 = QStringLiteral("intf2");
    QList<CryptoMapBinding> bindings;
    bindings << entry(intf2, 10, {line(AclAction::Permit, network("12.0.0.0", "255.255.255.0"),
                                       network("11.0.0.0", "255.255.255.0"))});
    bindings << entry(outside, 20, {line(AclAction::Deny, AddressMatch::any(), AddressMatch::host(addr("10.1.1.5"))),
                                    line(AclAction::Permit, AddressMatch::any(), network("10.1.1.0", "255.255.255.0"))});
    bindings << entry(outside, 30, {line(AclAction::Permit, AddressMatch::any(), AddressMatch::host(addr("10.1.1.5")))});
    bindings << entry(outside, 40, {line(AclAction::Permit, AddressMatch::any(), network("10.0.0.7", "255.0.255.255"))});
    bindings << entry(outside, 50, {line(AclAction::Permit, network("10.0.0.0", "255.0.0.0"), AddressMatch::any())});
    CryptoMapBinding noAcl = entry(outside, 60, {});
    noAcl.acl.reset();
    bindings << noAcl;
    CryptoMapBinding dynamic;
    dynamic.interface = outside;
    dynamic.map = QStringLiteral("vpn");
    dynamic.seq = 65535;
    dynamic.dynamic = true;
    bindings << dynamic;
    return bindings;
}

} // namespace

class TstCryptoMapClassifier : public QObject
{
    Q_OBJECT

private slots:
    void sameAnswerAsAskingEveryEntry_data();
    void sameAnswerAsAskingEveryEntry();
    void dynamicEntriesAreAlwaysCandidates();
    void unknownInterfaceHasNone();
};

void TstCryptoMapClassifier::sameAnswerAsAskingEveryEntry_data()
{
    QTest::addColumn<QString>("interface");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QList<int>>("selecting");
    QTest::newRow("seed-intf2") << "intf2" << "12.0.0.1" << "11.0.0.2" << QList<int>{0};
    QTest::newRow("seed-wrong-source") << "intf2" << "13.0.0.1" << "11.0.0.2" << QList<int>{};
    QTest::newRow("deny-then-host-permit") << "outside" << "1.1.1.1" << "10.1.1.5" << QList<int>{2};
    QTest::newRow("network-permit") << "outside" << "1.1.1.1" << "10.1.1.6" << QList<int>{1};
    QTest::newRow("non-contiguous-mask") << "outside" << "1.1.1.1" << "10.9.0.7" << QList<int>{3};
    QTest::newRow("any-destination") << "outside" << "10.3.3.3" << "8.8.8.8" << QList<int>{4};
    QTest::newRow("nothing") << "outside" << "1.1.1.1" << "8.8.8.8" << QList<int>{};
}

void TstCryptoMapClassifier::sameAnswerAsAskingEveryEntry()
{
    QFETCH(QString, interface);
    QFETCH(QString, source);
    QFETCH(QString, destination);
    QFETCH(QList<int>, selecting);
    const QList<CryptoMapBinding> bindings = exampleBindings();
    CryptoMapClassifier classifier;
    classifier.rebuild(bindings);
    const std::vector<int> expected(selecting.begin(), selecting.end());
    QCOMPARE(selectingByScan(bindings, interface, addr(source), addr(destination)), expected);
    QCOMPARE(selectingByClassifier(bindings, classifier, interface, addr(source), addr(destination)), expected);
}

void TstCryptoMapClassifier::dynamicEntriesAreAlwaysCandidates()
{
    const QList<CryptoMapBinding> bindings = exampleBindings();
    CryptoMapClassifier classifier;
    classifier.rebuild(bindings);
    const std::vector<int> candidates = classifier.candidates(QStringLiteral("outside"), addr(QStringLiteral("8.8.8.8")));
    QCOMPARE(candidates, (std::vector<int>{4, 6}));  // the `any` entry and the dynamic template
    QVERIFY(std::is_sorted(candidates.begin(), candidates.end()));
    QCOMPARE(classifier.dynamicEntries(QStringLiteral("outside")), std::vector<int>{6});
    QVERIFY(classifier.dynamicEntries(QStringLiteral("intf2")).empty());
}

void TstCryptoMapClassifier::unknownInterfaceHasNone()
{
    CryptoMapClassifier classifier;
    classifier.rebuild(exampleBindings());
    QVERIFY(!classifier.hasBindingsOn(QStringLiteral("inside")));
    QVERIFY(classifier.candidates(QStringLiteral("inside"), addr(QStringLiteral("11.0.0.2"))).empty());
    classifier.rebuild({});
    QVERIFY(!classifier.hasBindingsOn(QStringLiteral("outside")));
}

QTEST_GUILESS_MAIN(TstCryptoMapClassifier)
#include "tst_crypto_map_classifier.moc"
