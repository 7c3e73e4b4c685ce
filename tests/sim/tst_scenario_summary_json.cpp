// The run summary's JSON (cli-and-scenarios.md, "The run summary"): exact keys in the contract's
// order, integer milliseconds, dotted addresses, the contract's sort orders, escaping.
#include "sim/scenario/ordered_json.h"
#include "sim/scenario/run_summary_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace vtd::sim;
using vtd::model::Ipv4Address;

namespace {

Ipv4Address addr(const char *text)
{
    return *Ipv4Address::parse(QString::fromLatin1(text));
}

ScriptEndpoint node(const char *name)
{
    return {QString::fromLatin1(name), std::nullopt};
}

ScriptEndpoint address(const char *text)
{
    return {QString(), addr(text)};
}

/** A summary with one of everything, lists deliberately out of order. */
RunSummary sample()
{
    RunSummary s;
    s.seed = 7;
    s.endTimeMs = 20500;
    s.pings << PingRecord{12000, 9, node("rain-lan-host"), address("12.0.0.1"), 5, 5, QStringLiteral("!!!!!")}
            << PingRecord{10000, 7, node("vpnclient"), address("11.0.0.2"), 5, 4, QStringLiteral(".!!!!")};
    s.drops << DropRecord{10000, QStringLiteral("snow"), QStringLiteral("intf2"), QStringLiteral("route.no-route"),
                          {{QStringLiteral("destination"), QStringLiteral("11.0.0.2")}}, QStringLiteral("icmp 12.0.0.1 > 11.0.0.2")}
            << DropRecord{10000, QStringLiteral("carrion"), QString(), QStringLiteral("link.down"),
                          {{QStringLiteral("interface"), QStringLiteral("Ethernet5/0")}}, QStringLiteral("icmp 10.48.66.76 > 8.8.8.8")};
    s.ikeSas << IkeSaInfo{QStringLiteral("snow"), addr("193.0.0.5"), addr("10.48.66.156"), QStringLiteral("initiator"),
                          QStringLiteral("QM_IDLE"), QStringLiteral("main"), QStringLiteral("des"), QStringLiteral("sha"),
                          2, QStringLiteral("pre-share"), 86400};
    IpsecSaInfo sa;
    sa.node = QStringLiteral("snow");
    sa.interface = QStringLiteral("intf2");
    sa.cryptoMap = QStringLiteral("vpn-intf2");
    sa.local = addr("193.0.0.5");
    sa.peer = addr("10.48.66.156");
    sa.localProxy = QStringLiteral("12.0.0.0/255.255.255.0/0/0");
    sa.remoteProxy = QStringLiteral("11.0.0.0/255.255.255.0/0/0");
    sa.transform = QStringLiteral("esp-des esp-sha-hmac");
    sa.spiIn = 0x661d4fad;
    sa.spiOut = 0x00e721;
    sa.lifetimeSeconds = 28800;
    sa.lifetimeKilobytes = 4608000;
    sa.counters = {4, 4, 4, 4, 4, 4, 1, 0};
    s.ipsecSas << sa;
    vtd::model::Diagnostic d;
    d.severity = vtd::model::Severity::Error;
    d.code = QStringLiteral("scenario.no-ike");
    d.node = QStringLiteral("vpnclient");
    d.params = {{QStringLiteral("node"), QStringLiteral("vpnclient")}, {QStringLiteral("command"), QStringLiteral("connect vpnclient")}};
    d.timeMs = 0;
    d.file = QStringLiteral("seed");
    d.line = 8;
    s.diagnostics << d;
    s.expects << ExpectRecord{14, QStringLiteral("expect ping vpnclient 11.0.0.2 >= 80%"), true}
              << ExpectRecord{12, QStringLiteral("expect ike snow 10.48.66.156 up"), false};
    s.consoles.insert(QStringLiteral("snow"), QStringLiteral("snow# show route\n\toutside 0.0.0.0 \"x\"\n"));
    s.consoles.insert(QStringLiteral("carrion"), QStringLiteral("carrion# show version\n"));
    return s;
}

} // namespace

class TstScenarioSummaryJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactText();
    void isValidJsonWithTheContractsKeys();
    void emptySummaryKeepsEveryKey();
    void sameSummarySameBytes();
    void orderedJsonEscapes();
};

void TstScenarioSummaryJson::exactText()
{
    const QByteArray expected = R"({
  "seed": 7,
  "end_time_ms": 20500,
  "pings": [
    {"time_ms": 10000, "src": "vpnclient", "dst": "11.0.0.2", "sent": 5, "received": 4, "results": ".!!!!", "success_percent": 80},
    {"time_ms": 12000, "src": "rain-lan-host", "dst": "12.0.0.1", "sent": 5, "received": 5, "results": "!!!!!", "success_percent": 100}
  ],
  "drops": [
    {"time_ms": 10000, "node": "carrion", "interface": "", "code": "link.down", "reason": "the link on Ethernet5/0 is down", "packet": "icmp 10.48.66.76 > 8.8.8.8"},
    {"time_ms": 10000, "node": "snow", "interface": "intf2", "code": "route.no-route", "reason": "no route to 11.0.0.2", "packet": "icmp 12.0.0.1 > 11.0.0.2"}
  ],
  "ike_sas": [
    {"node": "snow", "local": "193.0.0.5", "peer": "10.48.66.156", "role": "initiator", "state": "QM_IDLE", "mode": "main", "encryption": "des", "hash": "sha", "group": 2, "auth": "pre-share", "lifetime_s": 86400}
  ],
  "ipsec_sas": [
    {"node": "snow", "interface": "intf2", "crypto_map": "vpn-intf2", "local": "193.0.0.5", "peer": "10.48.66.156", "local_proxy": "12.0.0.0/255.255.255.0/0/0", "remote_proxy": "11.0.0.0/255.255.255.0/0/0", "transform": "esp-des esp-sha-hmac", "pfs_group": null, "spi_in": "0x661d4fad", "spi_out": "0x0000e721", "lifetime_s": 28800, "lifetime_kb": 4608000, "counters": {"encaps": 4, "encrypt": 4, "digest": 4, "decaps": 4, "decrypt": 4, "verify": 4, "send_errors": 1, "recv_errors": 0}}
  ],
  "diagnostics": [
    {"time_ms": 0, "severity": "error", "code": "scenario.no-ike", "node": "vpnclient", "peer": "", "params": {"command": "connect vpnclient", "node": "vpnclient"}, "message": "IKE is not simulated on vpnclient, so \"connect vpnclient\" cannot run", "suggestion": ""}
  ],
  "expects": [
    {"line": 12, "text": "expect ike snow 10.48.66.156 up", "held": false},
    {"line": 14, "text": "expect ping vpnclient 11.0.0.2 >= 80%", "held": true}
  ],
  "consoles": {
    "carrion": "carrion# show version\n",
    "snow": "snow# show route\n\toutside 0.0.0.0 \"x\"\n"
  }
}
)";
    const QByteArray actual = writeRunSummaryJson(sample());
    if (actual != expected)
        qWarning("%s", actual.constData());
    QCOMPARE(actual, expected);
}

void TstScenarioSummaryJson::isValidJsonWithTheContractsKeys()
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(writeRunSummaryJson(sample()), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(root.keys().size(), 9);
    QCOMPARE(root.value(QStringLiteral("pings")).toArray().first().toObject().value(QStringLiteral("success_percent")).toInt(), 80);
    QVERIFY(root.value(QStringLiteral("ipsec_sas")).toArray().first().toObject().value(QStringLiteral("pfs_group")).isNull());
}

void TstScenarioSummaryJson::emptySummaryKeepsEveryKey()
{
    const QByteArray expected = "{\n  \"seed\": 0,\n  \"end_time_ms\": 0,\n  \"pings\": [],\n  \"drops\": [],\n"
                                "  \"ike_sas\": [],\n  \"ipsec_sas\": [],\n  \"diagnostics\": [],\n  \"expects\": [],\n"
                                "  \"consoles\": {}\n}\n";
    QCOMPARE(writeRunSummaryJson(RunSummary{}), expected);
}

void TstScenarioSummaryJson::sameSummarySameBytes()
{
    QCOMPARE(writeRunSummaryJson(sample()), writeRunSummaryJson(sample()));
}

void TstScenarioSummaryJson::orderedJsonEscapes()
{
    OrderedJson value;
    value.insert(QStringLiteral("z"), QStringLiteral("a\"b\\c\x01 \u00e9\u96ea"));
    value.insert(QStringLiteral("a"), std::int64_t(-5));
    value.insert(QStringLiteral("big"), std::uint64_t(18446744073709551615ull));
    QCOMPARE(value.toJson(), QByteArray("{\n  \"z\": \"a\\\"b\\\\c\\u0001 \xc3\xa9\xe9\x9b\xaa\",\n  \"a\": -5,\n"
                                        "  \"big\": 18446744073709551615\n}\n"));
}

QTEST_GUILESS_MAIN(TstScenarioSummaryJson)
#include "tst_scenario_summary_json.moc"
