#include "ios_xauth_check.h"

#include "aaa_directory.h"

#include "sim/devices/sim_node.h"

#include <algorithm>
#include <optional>

namespace vtd::sim::ike {

namespace {

/** One method's answer: nullopt = ERROR (no answer, the next method is tried). */
struct MethodAnswer
{
    std::optional<bool> accepted;
    QString reason;                     ///< why it rejected or did not answer
};

MethodAnswer checkAccounts(const QList<model::AaaUser> &accounts, const QString &user, const QString &password,
                           const QString &noUser)
{
    const auto account = std::find_if(accounts.begin(), accounts.end(),
                                      [&](const model::AaaUser &candidate) { return candidate.name == user; });
    if (account == accounts.end())
        return {false, noUser};
    if (account->password != password)
        return {false, QStringLiteral("wrong password")};
    return {true, {}};
}

/** Why the router gets no answer from the AAA host at `address` (empty: it answers). */
QString silence(const devices::SimNode &node, model::Ipv4Address address)
{
    const AaaDirectory *directory = node.extension<AaaDirectory>();
    if (!node.routingTable().lookup(address))
        return QStringLiteral("no route to %1").arg(address.toString());
    if (!directory || !directory->accountsAt(address))
        return QStringLiteral("no host at %1 runs an AAA service").arg(address.toString());
    return {};
}

MethodAnswer checkGroup(const devices::SimNode &node, const IosAaa &aaa, const QString &protocol,
                        const QString &user, const QString &password)
{
    const QString hostLine = protocol == QLatin1String("radius") ? QStringLiteral("radius-server host")
                                                                 : QStringLiteral("tacacs-server host");
    const QList<model::Ipv4Address> hosts = aaa.hostsOf(protocol);
    if (hosts.isEmpty())
        return {std::nullopt, QStringLiteral("no `%1` line").arg(hostLine)};
    QStringList silent;
    for (const model::Ipv4Address &address : hosts) {
        const QString why = silence(node, address);
        if (!why.isEmpty()) {
            silent << why;
            continue;
        }
        return checkAccounts(*node.extension<AaaDirectory>()->accountsAt(address), user, password,
                             QStringLiteral("the %1 server %2 has no such user").arg(protocol, address.toString()));
    }
    return {std::nullopt, silent.join(QStringLiteral("; "))};
}

MethodAnswer checkMethod(const devices::SimNode &node, const IosAaa &aaa, const QString &method,
                         const QString &user, const QString &password)
{
    if (method == QLatin1String("local"))
        return checkAccounts(aaa.localUsers, user, password, QStringLiteral("the router has no `username %1` line").arg(user));
    if (method == QLatin1String("none"))
        return {true, {}};
    if (method == QLatin1String("group radius") || method == QLatin1String("group tacacs+"))
        return checkGroup(node, aaa, method.mid(6), user, password);
    return {std::nullopt, QStringLiteral("method `%1` is not simulated for XAUTH").arg(method)};
}

} // namespace

IosXauthVerdict checkIosXauth(const devices::SimNode &node, const IosAaa &aaa, const QString &list,
                              const QString &user, const QString &password)
{
    IosXauthVerdict verdict;
    verdict.params = {{QStringLiteral("list"), list}, {QStringLiteral("user"), user}};
    if (!aaa.newModel) {
        verdict.code = QStringLiteral("ike.xauth-no-aaa-new-model");
        verdict.suggestion = QStringLiteral("aaa new-model");
        return verdict;
    }
    const auto methods = aaa.loginLists.constFind(list);
    if (methods == aaa.loginLists.constEnd()) {
        verdict.code = QStringLiteral("ike.xauth-no-method-list");
        verdict.suggestion = QStringLiteral("aaa authentication login %1 local").arg(list);
        return verdict;
    }
    QStringList silent;
    for (const QString &method : *methods) {
        const MethodAnswer answer = checkMethod(node, aaa, method, user, password);
        if (!answer.accepted) {
            silent << QStringLiteral("%1: %2").arg(method, answer.reason);
            continue;
        }
        verdict.accepted = *answer.accepted;
        if (!verdict.accepted) {
            verdict.code = QStringLiteral("ike.xauth-ios-refused");
            verdict.params.insert(QStringLiteral("method"), method);
            verdict.params.insert(QStringLiteral("reason"), answer.reason);
        }
        return verdict;
    }
    verdict.code = QStringLiteral("ike.xauth-ios-no-answer");
    verdict.params.insert(QStringLiteral("reason"), silent.join(QStringLiteral("; ")));
    return verdict;
}

} // namespace vtd::sim::ike
