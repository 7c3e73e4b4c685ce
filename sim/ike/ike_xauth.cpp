// XAUTH (draft-ietf-ipsec-isakmp-xauth-06) for IkeDaemon, as PIX 6.x runs it once Aggressive
// Mode has authenticated a VPN Client's group and the crypto map says `client authentication TAG`
// (phase 1 then chose an XAUTH method, 65001). Transaction exchanges, HDR*, HASH, ATTR:
//   G->C  CFG_REQUEST  XAUTH_TYPE=0 (generic), XAUTH_USER_NAME, XAUTH_USER_PASSWORD   M-ID a
//   C->G  CFG_REPLY    XAUTH_TYPE, XAUTH_USER_NAME=u, XAUTH_USER_PASSWORD=p          M-ID a
//   G->C  CFG_SET      XAUTH_STATUS=1 (OK) or 0 (FAIL)                              M-ID b
//   C->G  CFG_ACK      XAUTH_STATUS                                                  M-ID b
// Mode Config and Quick Mode wait for an OK (IkeSa::isAuthorised); after a FAIL the gateway
// deletes the IKE SA and tells the client with an Informational DELETE (after the CFG_ACK).
// A reply carrying XAUTH_STATUS=0 and no user is the client cancelling.

#include "ike_daemon.h"

#include "aaa_directory.h"
#include "ike_debug_lines.h"
#include "ios_aaa.h"
#include "ios_xauth_check.h"
#include "informational_debug_lines.h"
#include "transaction_messages.h"
#include "xauth_debug_lines.h"

#include "sim/devices/sim_node.h"
#include "sim/engine/simulator.h"

namespace vtd::sim::ike {

namespace {
/** A fresh non-zero M-ID, distinct from the SA's other transaction exchanges. */
std::uint32_t newTransactionId(IkeSa &sa, SeededRng &rng)
{
    std::uint32_t mid = 0;
    while (mid == 0 || sa.transactionIvs.count(mid))
        mid = rng.nextU32();
    return mid;
}

DataAttribute emptyTlv(ConfigAttribute type)
{
    return DataAttribute::tlv(std::uint16_t(type), QByteArray());
}

/** Why the PIX gets no answer from `server` (empty: it answers). The PIX asks through the
 *  aaa-server line's interface; the host at the address answers if it carries AAA accounts. */
QString unreachableReason(const devices::SimNode &node, const AaaServer &server, bool localFallback)
{
    const auto route = node.routingTable().lookup(server.address);
    const AaaDirectory *directory = node.extension<AaaDirectory>();
    QString reason;
    if (!route || route->interface != server.interface)
        reason = QStringLiteral("no route to it through %1").arg(server.interface);
    else if (!directory || !directory->accountsAt(server.address))
        reason = QStringLiteral("no host at that address runs an AAA service");
    if (!reason.isEmpty() && localFallback)
        reason += QStringLiteral("; the LOCAL fallback finds no user: `username` lines are not simulated");
    return reason;
}
} // namespace

void IkeDaemon::startXauth(IkeSa &sa)
{
    sa.xauth = XauthExchange{};
    sa.xauth->requestId = newTransactionId(sa, m_node.simulator().rng());
    const AttributePayload request{ConfigType::Request, std::uint16_t(m_node.simulator().rng().nextU32()),
                                   {DataAttribute::tv(ConfigAttribute::XauthType, std::uint16_t(XauthType::Generic)),
                                    emptyTlv(ConfigAttribute::XauthUserName), emptyTlv(ConfigAttribute::XauthUserPassword)}};
    // IOS names the attributes it asks for (IOS 12.2 debug wording, unverified).
    if (m_node.extension<IosAaa>()) {
        m_debug.isakmp(QStringLiteral("ISAKMP (0:0): Need XAUTH"));
        for (const DataAttribute &attribute : request.attributes)
            m_debug.isakmp(QStringLiteral("ISAKMP/xauth: request attribute %1")
                               .arg(debug_lines::xauthAttributeName(attribute.type)));
    }
    m_debug.isakmp(debug_lines::initiatingPeerConfig(sa.peer, sa.xauth->requestId));
    sendIsakmp(sa, sealTransaction(m_node, sa, sa.xauth->requestId, request), true);
}

void IkeDaemon::onXauthReply(IkeSa &sa, const AttributePayload &reply)
{
    m_debug.isakmp(debug_lines::configPayload(ConfigType::Reply));
    if (sa.xauth->setId != 0)
        return; // a resent reply: the status is already on its way
    QString user;
    QString password;
    std::optional<std::uint64_t> status;
    for (const DataAttribute &attribute : reply.attributes) {
        m_debug.isakmp(debug_lines::xauthReplyAttribute(attribute.type));
        if (attribute.type == std::uint16_t(ConfigAttribute::XauthUserName))
            user = QString::fromUtf8(attribute.variableValue);
        else if (attribute.type == std::uint16_t(ConfigAttribute::XauthUserPassword))
            password = QString::fromUtf8(attribute.variableValue);
        else if (attribute.type == std::uint16_t(ConfigAttribute::XauthStatus))
            status = attribute.integer();
    }
    if (user.isEmpty() && status == std::uint64_t(XauthStatus::Fail)) {
        m_debug.isakmp(debug_lines::xauthCancelled(sa.peer));
        reportDiagnostic(QStringLiteral("ike.xauth-cancelled"), QStringLiteral("error"), sa.peer,
                         {{QStringLiteral("peer"), sa.peer.toString()}, {QStringLiteral("group"), sa.groupName}});
        m_debug.isakmp(debug_lines::returnStatus());
        endRefusedSa(sa, QStringLiteral("XAUTH cancelled"));
        return;
    }
    sa.xauth->user = user;
    const bool accepted = checkXauthUser(sa, user, password);
    if (!accepted)
        m_debug.isakmp(debug_lines::xauthUserFailed(user, sa.peer));
    sendXauthStatus(sa, accepted);
}

void IkeDaemon::sendXauthStatus(IkeSa &sa, bool accepted)
{
    sa.xauth->setId = newTransactionId(sa, m_node.simulator().rng());
    sa.xauth->accepted = accepted;
    const auto status = accepted ? XauthStatus::Ok : XauthStatus::Fail;
    const AttributePayload set{ConfigType::Set, std::uint16_t(m_node.simulator().rng().nextU32()),
                               {DataAttribute::tv(ConfigAttribute::XauthStatus, std::uint16_t(status))}};
    m_debug.isakmp(debug_lines::initiatingPeerConfig(sa.peer, sa.xauth->setId));
    m_debug.isakmp(debug_lines::returnStatus());
    sendIsakmp(sa, sealTransaction(m_node, sa, sa.xauth->setId, set), true);
}

void IkeDaemon::onXauthAck(IkeSa &sa)
{
    m_debug.isakmp(debug_lines::configPayload(ConfigType::Ack));
    m_debug.isakmp(debug_lines::returnStatus());
    m_node.simulator().cancel(sa.retransmitTimer);
    sa.retransmitTimer = {};
    sa.xauth->done = true;
    // A refused user keeps no IKE SA: the client has to dial again.
    if (!sa.xauth->accepted)
        endRefusedSa(sa, QStringLiteral("XAUTH failed"));
}

void IkeDaemon::endRefusedSa(IkeSa &sa, const QString &reason)
{
    // The PIX tells the client with a DELETE of the IKE SA rather than leaving it to time out
    // [infer: reference "on FAIL the gateway deletes the IKE SA"; the wire message is RFC 2408's
    // DELETE, its debug lines those of `clear crypto isakmp sa`].
    m_debug.isakmp(debug_lines::deletingIkeSa(sa.local, sa.peer));
    sendIkeDelete(sa);
    deleteSa(sa, reason);
}

bool IkeDaemon::checkXauthUser(const IkeSa &sa, const QString &user, const QString &password)
{
    const CryptoMapBinding *binding = nullptr;
    for (const CryptoMapBinding *candidate : m_config.bindingsOn(sa.interface)) {
        if (candidate->xauth && !binding)
            binding = candidate;
    }
    const QString tag = binding ? binding->xauthServerTag : QString();
    // An IOS router: `crypto map NAME client authentication list LIST` names a method list.
    if (const IosAaa *iosAaa = m_node.extension<IosAaa>()) {
        IosXauthVerdict verdict = checkIosXauth(m_node, *iosAaa, tag, user, password);
        verdict.params.insert(QStringLiteral("peer"), sa.peer.toString());
        if (!verdict.accepted)
            reportDiagnostic(verdict.code, QStringLiteral("error"), sa.peer, verdict.params, verdict.suggestion);
        return verdict.accepted;
    }
    const AaaServer *server = m_config.aaaServer(tag);
    if (!server) {
        reportDiagnostic(QStringLiteral("ike.aaa-no-server"), QStringLiteral("error"), sa.peer,
                         {{QStringLiteral("tag"), tag}, {QStringLiteral("user"), user}},
                         QStringLiteral("aaa-server %1 (inside) host ADDRESS KEY").arg(tag));
        return false;
    }
    const QString unreachable = unreachableReason(m_node, *server, binding->xauthLocal);
    const QMap<QString, QString> where{{QStringLiteral("user"), user}, {QStringLiteral("peer"), sa.peer.toString()},
                                       {QStringLiteral("tag"), tag}, {QStringLiteral("server"), server->address.toString()},
                                       {QStringLiteral("protocol"), server->protocol}};
    if (!unreachable.isEmpty()) {
        QMap<QString, QString> params = where;
        params.insert(QStringLiteral("reason"), unreachable);
        params.insert(QStringLiteral("timeout"), QString::number(server->timeoutSeconds));
        reportDiagnostic(QStringLiteral("ike.aaa-server-unreachable"), QStringLiteral("error"), sa.peer, params);
        return false;
    }
    const QList<model::AaaUser> accounts = *m_node.extension<AaaDirectory>()->accountsAt(server->address);
    const auto account = std::find_if(accounts.begin(), accounts.end(),
                                      [&](const model::AaaUser &candidate) { return candidate.name == user; });
    if (account != accounts.end() && account->password == password)
        return true;
    QMap<QString, QString> params = where;
    params.insert(QStringLiteral("reason"), account == accounts.end() ? QStringLiteral("the server has no such user")
                                                                       : QStringLiteral("wrong password"));
    reportDiagnostic(QStringLiteral("ike.xauth-failed"), QStringLiteral("error"), sa.peer, params);
    return false;
}

} // namespace vtd::sim::ike
