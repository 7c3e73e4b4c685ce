#include "sim/net/decode_result.h"
#include "sim/net/drop_codes.h"

#include "model/diagnostic_catalog.h"

#include <QtTest>

using namespace vtd::sim::net;

// Every code the network layer can put in a DropTrace must have an English template in the
// one diagnostic catalog, with the parameters the emitters supply.
class TstDropCodes : public QObject
{
    Q_OBJECT

private slots:
    void networkCodesHaveTemplates_data();
    void networkCodesHaveTemplates();
    void decodeCodesHaveTemplates();
};

void TstDropCodes::networkCodesHaveTemplates_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("params");
    QTest::newRow("shutdown") << QString::fromLatin1(drop_code::InterfaceShutdown) << QStringList{"interface"};
    QTest::newRow("unlinked") << QString::fromLatin1(drop_code::Unlinked) << QStringList{"interface"};
    QTest::newRow("down") << QString::fromLatin1(drop_code::LinkDown) << QStringList{"interface"};
    QTest::newRow("arp") << QString::fromLatin1(drop_code::NextHopUnresolved) << QStringList{"interface", "next_hop"};
    QTest::newRow("loss") << QString::fromLatin1(drop_code::Loss) << QStringList{"interface", "percent"};
    QTest::newRow("no-route") << QString::fromLatin1(drop_code::NoRoute) << QStringList{"destination"};
    QTest::newRow("ttl") << QString::fromLatin1(drop_code::TtlExpired) << QStringList{"destination"};
}

void TstDropCodes::networkCodesHaveTemplates()
{
    QFETCH(QString, code);
    QFETCH(QStringList, params);
    const char *text = vtd::model::diagnosticTemplate(code);
    QVERIFY2(text, qPrintable(code));
    vtd::model::Diagnostic d;
    d.code = code;
    for (const QString &name : params) {
        QVERIFY2(QString::fromUtf8(text).contains(QLatin1Char('{') + name + QLatin1Char('}')), qPrintable(name));
        d.params.insert(name, QStringLiteral("X"));
    }
    QVERIFY(!vtd::model::diagnosticMessage(d).contains(QLatin1Char('{')));
}

void TstDropCodes::decodeCodesHaveTemplates()
{
    const DecodeError possible[] = {
        {DecodeLayer::Ipv4, DecodeProblem::Truncated}, {DecodeLayer::Ipv4, DecodeProblem::BadVersion},
        {DecodeLayer::Ipv4, DecodeProblem::BadHeaderLength}, {DecodeLayer::Ipv4, DecodeProblem::BadLength},
        {DecodeLayer::Ipv4, DecodeProblem::BadChecksum}, {DecodeLayer::Icmp, DecodeProblem::Truncated},
        {DecodeLayer::Icmp, DecodeProblem::BadChecksum}, {DecodeLayer::Udp, DecodeProblem::Truncated},
        {DecodeLayer::Udp, DecodeProblem::BadLength}, {DecodeLayer::Udp, DecodeProblem::BadChecksum},
    };
    for (const DecodeError &e : possible)
        QVERIFY2(vtd::model::diagnosticTemplate(e.code()), qPrintable(e.code()));
}

QTEST_GUILESS_MAIN(TstDropCodes)
#include "tst_drop_codes.moc"
