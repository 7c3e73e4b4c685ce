#include "diagnostic_config_line.h"

#include <QRegularExpression>

namespace vtd::gen {

namespace {

/** The configuration lines a finding is about, as patterns tried in order; "{peer}" stands for
 *  the finding's peer address. PIX and IOS spellings side by side: only one can match a text. */
struct FindingLines
{
    const char *code;
    QStringList patterns;
};

const QList<FindingLines> &findingLines()
{
    static const QList<FindingLines> table{
        {"ike.psk-mismatch", {R"(^(crypto )?isakmp key \S+ address {peer}\b)", R"(^(crypto )?isakmp key )"}},
        {"ike.no-psk", {R"(^(crypto )?isakmp key )", R"(^(crypto )?isakmp policy )"}},
        {"ike.no-proposal-chosen", {R"(^(crypto )?isakmp policy )"}},
        {"ike.no-transform-match", {R"(^crypto (dynamic-)?map .*set transform-set)", R"(^crypto ipsec transform-set )", R"(^ set transform-set )"}},
        {"ike.proxy-mismatch", {R"(^crypto (dynamic-)?map .*match address)", R"(^ match address )"}},
        {"ike.peer-not-responding", {R"(^crypto map .*set peer {peer}\b)", R"(^ set peer {peer}\b)"}},
        {"ike.peer-dead", {R"(^(crypto )?isakmp keepalive)", R"(^crypto map .*set peer {peer}\b)"}},
        {"ike.misrouted", {R"(^route \S+ 0\.0\.0\.0 0\.0\.0\.0 )", R"(^ip route 0\.0\.0\.0 0\.0\.0\.0 )", R"(^(ip )?route )"}},
        {"ike.reply-from-unexpected-address", {R"(^(ip )?route )"}},
        {"ike.xauth-failed", {R"(^crypto map \S+ client authentication )", R"(^aaa-server )"}},
        {"ike.aaa-server-unreachable", {R"(^aaa-server \S+ \S+ host )"}},
        {"ike.aaa-no-server", {R"(^crypto map \S+ client authentication )"}},
        {"ike.no-address-pool", {R"(^vpngroup \S+ address-pool )", R"(^ip local pool )"}},
        {"ike.xauth-no-aaa-new-model", {R"(^crypto map \S+ client authentication list )"}},
        {"ike.xauth-no-method-list", {R"(^crypto map \S+ client authentication list )"}},
        {"ike.xauth-ios-refused", {R"(^aaa authentication login )", R"(^username )"}},
        {"ike.xauth-ios-no-answer", {R"(^(radius|tacacs)-server host )", R"(^aaa authentication login )"}},
        {"ipsec.no-peer", {R"(^crypto map \S+ \d+ ipsec-isakmp)"}},
    };
    return table;
}

int firstMatchingLine(const QStringList &lines, const QString &pattern)
{
    const QRegularExpression re(pattern);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (re.match(lines.at(i)).hasMatch())
            return int(i) + 1;
    }
    return 0;
}

} // namespace

int configLineOf(const model::Project &project, const model::Diagnostic &finding)
{
    const model::Node *node = project.nodeByName(finding.node);
    if (!node || !model::holdsConfiguration(node->kind))
        return 0;
    const QString peer = QRegularExpression::escape(finding.peer.isEmpty() ? finding.params.value(QStringLiteral("peer"))
                                                                            : finding.peer);
    const QStringList lines = node->configText.split(u'\n');
    for (const FindingLines &entry : findingLines()) {
        if (finding.code != QLatin1String(entry.code))
            continue;
        for (QString pattern : entry.patterns) {
            if (pattern.contains(QLatin1String("{peer}")) && peer.isEmpty())
                continue;
            pattern.replace(QLatin1String("{peer}"), peer);
            if (const int line = firstMatchingLine(lines, pattern))
                return line;
        }
    }
    return 0;
}

} // namespace vtd::gen
