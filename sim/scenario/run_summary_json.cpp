#include "run_summary_json.h"

#include "ordered_json.h"

#include "model/diagnostic_catalog.h"

#include <algorithm>
#include <tuple>

namespace vtd::sim {

namespace {

template<typename T, typename Key>
QList<T> sortedBy(QList<T> items, Key key)
{
    std::stable_sort(items.begin(), items.end(), [&](const T &a, const T &b) { return key(a) < key(b); });
    return items;
}

OrderedJson params(const QMap<QString, QString> &values)
{
    OrderedJson object = OrderedJson::object();
    for (auto it = values.begin(); it != values.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

OrderedJson pings(const QList<PingRecord> &records)
{
    OrderedJson array = OrderedJson::array();
    for (const PingRecord &p : sortedBy(records, [](const PingRecord &r) { return std::tuple(r.timeMs, r.source.text()); })) {
        OrderedJson o;
        o.insert(QStringLiteral("time_ms"), p.timeMs).insert(QStringLiteral("src"), p.source.text());
        o.insert(QStringLiteral("dst"), p.destination.text()).insert(QStringLiteral("sent"), p.sent);
        o.insert(QStringLiteral("received"), p.received).insert(QStringLiteral("results"), p.results);
        o.insert(QStringLiteral("success_percent"), p.successPercent());
        array.append(std::move(o));
    }
    return array;
}

OrderedJson drops(const QList<DropRecord> &records)
{
    OrderedJson array = OrderedJson::array();
    for (const DropRecord &d : sortedBy(records, [](const DropRecord &r) { return std::tuple(r.timeMs, r.node); })) {
        model::Diagnostic asDiagnostic;
        asDiagnostic.code = d.code;
        asDiagnostic.params = d.params;
        OrderedJson o;
        o.insert(QStringLiteral("time_ms"), d.timeMs).insert(QStringLiteral("node"), d.node);
        o.insert(QStringLiteral("interface"), d.interface).insert(QStringLiteral("code"), d.code);
        o.insert(QStringLiteral("reason"), model::diagnosticMessage(asDiagnostic));
        o.insert(QStringLiteral("packet"), d.packet);
        array.append(std::move(o));
    }
    return array;
}

OrderedJson ikeSas(const QList<IkeSaInfo> &sas)
{
    OrderedJson array = OrderedJson::array();
    for (const IkeSaInfo &s : sortedBy(sas, [](const IkeSaInfo &r) { return std::tuple(r.node, r.local, r.peer); })) {
        OrderedJson o;
        o.insert(QStringLiteral("node"), s.node).insert(QStringLiteral("local"), s.local.toString());
        o.insert(QStringLiteral("peer"), s.peer.toString()).insert(QStringLiteral("role"), s.role);
        o.insert(QStringLiteral("state"), s.state).insert(QStringLiteral("mode"), s.mode);
        o.insert(QStringLiteral("encryption"), s.encryption).insert(QStringLiteral("hash"), s.hash);
        o.insert(QStringLiteral("group"), s.group).insert(QStringLiteral("auth"), s.auth);
        o.insert(QStringLiteral("lifetime_s"), s.lifetimeSeconds);
        array.append(std::move(o));
    }
    return array;
}

QString spiText(std::uint32_t spi)
{
    return QStringLiteral("0x%1").arg(spi, 8, 16, QLatin1Char('0'));
}

OrderedJson counters(const IpsecCounters &c)
{
    OrderedJson o;
    o.insert(QStringLiteral("encaps"), c.encaps).insert(QStringLiteral("encrypt"), c.encrypt);
    o.insert(QStringLiteral("digest"), c.digest).insert(QStringLiteral("decaps"), c.decaps);
    o.insert(QStringLiteral("decrypt"), c.decrypt).insert(QStringLiteral("verify"), c.verify);
    o.insert(QStringLiteral("send_errors"), c.sendErrors).insert(QStringLiteral("recv_errors"), c.recvErrors);
    return o;
}

OrderedJson ipsecSas(const QList<IpsecSaInfo> &sas)
{
    OrderedJson array = OrderedJson::array();
    for (const IpsecSaInfo &s : sortedBy(sas, [](const IpsecSaInfo &r) { return std::tuple(r.node, r.local, r.peer); })) {
        OrderedJson o;
        o.insert(QStringLiteral("node"), s.node).insert(QStringLiteral("interface"), s.interface);
        o.insert(QStringLiteral("crypto_map"), s.cryptoMap).insert(QStringLiteral("local"), s.local.toString());
        o.insert(QStringLiteral("peer"), s.peer.toString()).insert(QStringLiteral("local_proxy"), s.localProxy);
        o.insert(QStringLiteral("remote_proxy"), s.remoteProxy).insert(QStringLiteral("transform"), s.transform);
        o.insert(QStringLiteral("pfs_group"), s.pfsGroup ? OrderedJson(*s.pfsGroup) : OrderedJson());
        o.insert(QStringLiteral("spi_in"), spiText(s.spiIn)).insert(QStringLiteral("spi_out"), spiText(s.spiOut));
        o.insert(QStringLiteral("lifetime_s"), s.lifetimeSeconds).insert(QStringLiteral("lifetime_kb"), s.lifetimeKilobytes);
        o.insert(QStringLiteral("counters"), counters(s.counters));
        array.append(std::move(o));
    }
    return array;
}

OrderedJson diagnostics(const model::Diagnostics &list)
{
    OrderedJson array = OrderedJson::array();
    for (const model::Diagnostic &d : sortedBy(list, [](const model::Diagnostic &r) { return std::tuple(r.timeMs, r.node); })) {
        OrderedJson o;
        o.insert(QStringLiteral("time_ms"), std::int64_t(qMax<qint64>(0, d.timeMs)));
        o.insert(QStringLiteral("severity"), model::severityId(d.severity)).insert(QStringLiteral("code"), d.code);
        o.insert(QStringLiteral("node"), d.node).insert(QStringLiteral("peer"), d.peer);
        o.insert(QStringLiteral("params"), params(d.params));
        o.insert(QStringLiteral("message"), model::diagnosticMessage(d));
        o.insert(QStringLiteral("suggestion"), d.suggestion);
        array.append(std::move(o));
    }
    return array;
}

OrderedJson expects(const QList<ExpectRecord> &records)
{
    OrderedJson array = OrderedJson::array();
    for (const ExpectRecord &e : sortedBy(records, [](const ExpectRecord &r) { return r.line; })) {
        OrderedJson o;
        o.insert(QStringLiteral("line"), e.line).insert(QStringLiteral("text"), e.text);
        o.insert(QStringLiteral("held"), e.held);
        array.append(std::move(o));
    }
    return array;
}

} // namespace

QByteArray writeRunSummaryJson(const RunSummary &summary)
{
    OrderedJson root;
    root.insert(QStringLiteral("seed"), summary.seed);
    root.insert(QStringLiteral("end_time_ms"), summary.endTimeMs);
    root.insert(QStringLiteral("pings"), pings(summary.pings));
    root.insert(QStringLiteral("drops"), drops(summary.drops));
    root.insert(QStringLiteral("ike_sas"), ikeSas(summary.ikeSas));
    root.insert(QStringLiteral("ipsec_sas"), ipsecSas(summary.ipsecSas));
    root.insert(QStringLiteral("diagnostics"), diagnostics(summary.diagnostics));
    root.insert(QStringLiteral("expects"), expects(summary.expects));
    root.insert(QStringLiteral("consoles"), params(summary.consoles));
    return root.toJson();
}

} // namespace vtd::sim
