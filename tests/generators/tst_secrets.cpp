// Which texts hold a real secret, so that files holding them are written owner-only.
#include "generators/secrets.h"

#include <QTest>

class TstSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detects_data();
    void detects();
};

void TstSecrets::detects_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("secret");
    QTest::newRow("pix psk") << "isakmp key snowrain123 address 193.0.0.5 netmask 255.255.255.255" << true;
    QTest::newRow("pix psk masked") << "isakmp key ******** address 193.0.0.5 netmask 255.255.255.255" << false;
    QTest::newRow("vpngroup password") << "vpngroup VPNclient password vpnclient123" << true;
    QTest::newRow("vpngroup masked") << "vpngroup VPNclient password ********" << false;
    QTest::newRow("pix enable hash") << "enable password 8Ry2YjIyt7RRXU24 encrypted" << false;
    QTest::newRow("pix passwd hash") << "passwd 2KFQnbNIdI.2KYOU encrypted" << false;
    QTest::newRow("ios psk") << "crypto isakmp key cisco123 address 10.1.1.1" << true;
    QTest::newRow("ios psk type 0") << "crypto isakmp key 0 cisco123 address 10.1.1.1" << true;
    QTest::newRow("ios line password") << " password ww" << true;
    QTest::newRow("ios line password type 7") << " password 7 0822455D0A16" << false;
    QTest::newRow("ios username") << "username admin password 0 s3cret" << true;
    QTest::newRow("ios username privilege") << "username admin privilege 15 password s3cret" << true;
    QTest::newRow("ios username secret hash") << "username admin secret 5 $1$abc$xyz" << false;
    QTest::newRow("ios enable password") << "enable password cisco" << true;
    QTest::newRow("ios enable password type 7") << "enable password 7 0822455D0A16" << false;
    QTest::newRow("pcf group password") << "GroupPwd=vpnclient123" << true;
    QTest::newRow("pcf empty") << "GroupPwd=" << false;
    QTest::newRow("pcf masked") << "GroupPwd=********" << false;
    QTest::newRow("pix passwd cleartext") << "passwd cisco" << true;
    QTest::newRow("pix aaa-server key") << "aaa-server TACACS+ (inside) host 10.1.1.5 t4cacs timeout 5" << true;
    QTest::newRow("pix aaa-server masked") << "aaa-server TACACS+ (inside) host 10.1.1.5 ******** timeout 5" << false;
    QTest::newRow("pix aaa-server protocol") << "aaa-server RADIUS protocol radius" << false;
    QTest::newRow("unrelated") << "hostname snow" << false;
}

void TstSecrets::detects()
{
    QFETCH(QString, line);
    QFETCH(bool, secret);
    QCOMPARE(vtd::gen::textHoldsSecrets(QStringLiteral("hostname x\n") + line + u'\n'), secret);
}

QTEST_GUILESS_MAIN(TstSecrets)
#include "tst_secrets.moc"
