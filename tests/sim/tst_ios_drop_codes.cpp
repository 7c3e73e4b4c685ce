#include "sim/devices/ios/ios_drop_codes.h"

#include "model/diagnostic_catalog.h"

#include <QtTest>

using namespace vtd::sim::devices::ios;

// Every code the IOS pipeline can put in a DropTrace has an English template in the one
// diagnostic catalog, with the parameters the stages supply.
class TstIosDropCodes : public QObject
{
    Q_OBJECT
private slots:
    void codesHaveTemplates_data();
    void codesHaveTemplates();
};

void TstIosDropCodes::codesHaveTemplates_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("params");
    QTest::newRow("acl") << QString::fromLatin1(drop_code::AclDenied)
                         << QStringList{"acl", "interface", "direction", "entry"};
    QTest::newRow("nat no address") << QString::fromLatin1(drop_code::NatNoAddress) << QStringList{"interface", "rule"};
    QTest::newRow("nat exhausted") << QString::fromLatin1(drop_code::NatExhausted) << QStringList{"address", "protocol"};
}

void TstIosDropCodes::codesHaveTemplates()
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

QTEST_GUILESS_MAIN(TstIosDropCodes)
#include "tst_ios_drop_codes.moc"
