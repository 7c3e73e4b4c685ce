#include "expectations.h"

#include "vpn_control.h"

#include <algorithm>

namespace vtd::sim {

namespace {

ExpectOutcome held()
{
    return {true, std::nullopt};
}

ExpectOutcome failed(const QString &code, const QString &text, QMap<QString, QString> params)
{
    model::Diagnostic d;
    d.severity = model::Severity::Error;
    d.code = code;
    params.insert(QStringLiteral("expectation"), text);
    d.params = params;
    return {false, d};
}

/** The SAs of a node with `peer`, or nullopt when the node does not simulate IKE. */
template<typename Info, typename Getter>
std::optional<QList<Info>> sasWith(const VpnControl *vpn, model::Ipv4Address peer, Getter get)
{
    if (!vpn)
        return std::nullopt;
    QList<Info> out;
    for (const Info &sa : get(*vpn)) {
        if (sa.peer == peer)
            out << sa;
    }
    return out;
}

bool transformMatches(const QString &actual, const QString &wanted)
{
    const QStringList have = actual.toLower().split(u' ', Qt::SkipEmptyParts);
    const QStringList want = wanted.toLower().split(u' ', Qt::SkipEmptyParts);
    return std::all_of(want.begin(), want.end(), [&](const QString &w) { return have.contains(w); });
}

} // namespace

model::Diagnostic noIkeDiagnostic(const QString &node, const QString &commandText)
{
    model::Diagnostic d;
    d.severity = model::Severity::Error;
    d.code = QStringLiteral("scenario.no-ike");
    d.node = node;
    d.params = {{QStringLiteral("node"), node}, {QStringLiteral("command"), commandText}};
    return d;
}

ExpectOutcome evaluateExpectPing(const ExpectPingCommand &expect, const QString &text,
                                 const QList<PingRecord> &pings)
{
    const QMap<QString, QString> endpoints{{QStringLiteral("src"), expect.source.text()},
                                           {QStringLiteral("dst"), expect.destination.text()}};
    for (auto it = pings.rbegin(); it != pings.rend(); ++it) {
        if (it->source != expect.source || it->destination != expect.destination)
            continue;
        // Exact integer comparison: received/sent >= P/100, with no rounding on the way.
        if (std::int64_t(it->received) * 100 >= std::int64_t(expect.minimumPercent) * it->sent)
            return held();
        QMap<QString, QString> params = endpoints;
        params.insert(QStringLiteral("percent"), QString::number(it->successPercent()));
        params.insert(QStringLiteral("received"), QString::number(it->received));
        params.insert(QStringLiteral("sent"), QString::number(it->sent));
        return failed(QStringLiteral("scenario.expect-ping-below"), text, params);
    }
    return failed(QStringLiteral("scenario.expect-ping-no-ping"), text, endpoints);
}

ExpectOutcome evaluateExpectDrop(const ExpectDropCommand &expect, const QString &text,
                                 const QList<DropRecord> &drops)
{
    const bool found = std::any_of(drops.begin(), drops.end(), [&](const DropRecord &d) {
        return d.node == expect.node && d.code == expect.code;
    });
    if (found)
        return held();
    return failed(QStringLiteral("scenario.expect-drop-none"), text,
                  {{QStringLiteral("node"), expect.node}, {QStringLiteral("code"), expect.code}});
}

ExpectOutcome evaluateExpectIke(const ExpectIkeCommand &expect, const QString &text,
                                const VpnControl *vpn)
{
    const auto sas = sasWith<IkeSaInfo>(vpn, expect.peer, [](const VpnControl &v) { return v.ikeSas(); });
    if (!sas)
        return {false, noIkeDiagnostic(expect.node, text)};
    const QMap<QString, QString> params{{QStringLiteral("node"), expect.node}, {QStringLiteral("peer"), expect.peer.toString()}};
    const auto idle = std::find_if(sas->begin(), sas->end(), [](const IkeSaInfo &sa) { return sa.state == QLatin1String("QM_IDLE"); });
    if (expect.up) {
        if (idle != sas->end())
            return held();
        if (sas->isEmpty())
            return failed(QStringLiteral("scenario.expect-ike-absent"), text, params);
        QMap<QString, QString> withState = params;
        withState.insert(QStringLiteral("state"), sas->first().state);
        return failed(QStringLiteral("scenario.expect-ike-state"), text, withState);
    }
    if (idle == sas->end())
        return held();
    return failed(QStringLiteral("scenario.expect-ike-still-up"), text, params);
}

ExpectOutcome evaluateExpectIpsec(const ExpectIpsecCommand &expect, const QString &text,
                                  const VpnControl *vpn)
{
    const auto sas = sasWith<IpsecSaInfo>(vpn, expect.peer, [](const VpnControl &v) { return v.ipsecSas(); });
    if (!sas)
        return {false, noIkeDiagnostic(expect.node, text)};
    QMap<QString, QString> params{{QStringLiteral("node"), expect.node}, {QStringLiteral("peer"), expect.peer.toString()}};
    if (!expect.up) {
        if (sas->isEmpty())
            return held();
        return failed(QStringLiteral("scenario.expect-ipsec-still-up"), text, params);
    }
    if (sas->isEmpty())
        return failed(QStringLiteral("scenario.expect-ipsec-absent"), text, params);
    for (const IpsecSaInfo &sa : *sas) {
        if (transformMatches(sa.transform, expect.transform))
            return held();
    }
    params.insert(QStringLiteral("found"), sas->first().transform);
    params.insert(QStringLiteral("transform"), expect.transform);
    return failed(QStringLiteral("scenario.expect-ipsec-transform"), text, params);
}

} // namespace vtd::sim
