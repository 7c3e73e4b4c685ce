#include "ike_config.h"

#include "crypto_map_binding.h"

#include "model/project.h"

#include <algorithm>

namespace vtd::sim::ike {

using model::Ipv4Address;

bool CryptoMapBinding::selects(int protocol, Ipv4Address src, int srcPort, Ipv4Address dst, int dstPort) const
{
    if (!acl)
        return false;
    for (const model::AccessListEntry &entry : acl->entries) {
        if (entry.matches(protocol, src, srcPort, dst, dstPort))
            return entry.action == model::AclAction::Permit;
    }
    return false;
}

std::optional<model::PreSharedKey> IkeConfig::keyFor(Ipv4Address peer) const
{
    std::optional<model::PreSharedKey> best;
    for (const model::PreSharedKey &key : keys) {
        if (!key.matches(peer))
            continue;
        if (!best || key.effectiveMask().toUInt() > best->effectiveMask().toUInt())
            best = key;
    }
    return best;
}

const model::VpnGroup *IkeConfig::group(const QString &name) const
{
    for (const model::VpnGroup &g : groups) {
        if (g.name == name)
            return &g;
    }
    return nullptr;
}

const AddressPool *IkeConfig::pool(const QString &name) const
{
    for (const AddressPool &p : pools) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

const AaaServer *IkeConfig::aaaServer(const QString &tag) const
{
    for (const AaaServer &server : aaaServers) {
        if (server.tag == tag)
            return &server;
    }
    return nullptr;
}

QList<const CryptoMapBinding *> IkeConfig::bindingsOn(const QString &interface) const
{
    QList<const CryptoMapBinding *> out;
    for (const CryptoMapBinding &binding : bindings) {
        if (binding.interface == interface)
            out << &binding;
    }
    return out;
}

bool IkeConfig::xauthOn(const QString &interface) const
{
    return std::any_of(bindings.begin(), bindings.end(),
                       [&](const CryptoMapBinding &binding) { return binding.xauth && binding.interface == interface; });
}

namespace {

/** A crypto map entry of this device on one interface (default IPsec lifetime 28800 s). */
CryptoMapBinding bindingOf(const model::CryptoMap &map, const QString &interface,
                           const model::CryptoMapSettings &settings, const model::PixConfig &config)
{
    return cryptoMapBinding(map, interface, settings, config, 28800);
}

void addBindings(const model::CryptoMap &map, const model::PixConfig &config, IkeConfig &out)
{
    const QList<model::DynamicMap> dynamicMaps = config.dynamicMaps();
    for (const QString &interface : map.interfaces) {
        for (const model::CryptoMapEntry &entry : map.entries) {
            if (entry.kind != model::CryptoMapEntry::Kind::Dynamic) {
                CryptoMapBinding binding = bindingOf(map, interface, entry.settings, config);
                binding.seq = entry.seq;
                out.bindings << binding;
                continue;
            }
            for (const model::DynamicMap &dynamic : dynamicMaps) {
                if (dynamic.name != entry.dynamicMap)
                    continue;
                for (const model::DynamicMapEntry &template_ : dynamic.entries) {
                    CryptoMapBinding binding = bindingOf(map, interface, template_.settings, config);
                    binding.seq = entry.seq;
                    binding.dynamic = true;
                    binding.dynamicMap = dynamic.name;
                    binding.dynamicSeq = template_.seq;
                    out.bindings << binding;
                }
            }
        }
    }
}

} // namespace

IkeConfig ikeConfigFromPix(const model::PixConfig &config, const model::Node &node)
{
    IkeConfig out;
    out.hostname = config.hostname();
    for (const model::DomainNameCmd *domain : config.all<model::DomainNameCmd>())
        out.domainName = domain->name;
    out.policies = config.isakmpPolicies();
    out.keys = config.presharedKeys();
    out.identity = config.isakmpIdentity();
    out.isakmpInterfaces = config.isakmpEnabledInterfaces();
    for (const model::CryptoMap &map : config.cryptoMaps())
        addBindings(map, config, out);
    out.groups = config.vpnGroups();
    for (const model::IpLocalPoolCmd *pool : config.all<model::IpLocalPoolCmd>())
        out.pools << AddressPool{pool->name, pool->first, pool->last.value_or(pool->first)};
    for (const model::AaaServerHostCmd *host : config.all<model::AaaServerHostCmd>())
        out.aaaServers << AaaServer{host->tag, {}, host->ifName, host->host, host->timeout.value_or(5)};
    for (const model::AaaServerProtocolCmd *group : config.all<model::AaaServerProtocolCmd>()) {
        for (AaaServer &server : out.aaaServers) {
            if (server.tag == group->tag)
                server.protocol = group->protocol;
        }
    }
    for (const model::IsakmpKeepaliveCmd *keepalive : config.all<model::IsakmpKeepaliveCmd>()) {
        out.keepaliveSeconds = keepalive->seconds;
        out.keepaliveRetrySeconds = keepalive->retry.value_or(2);
    }
    out.permitIpsec = config.sysoptEnabled(QStringLiteral("connection permit-ipsec"));
    bool loggingOn = false;
    bool consoleDebugging = false;
    for (const model::LoggingCmd *logging : config.all<model::LoggingCmd>()) {
        if (logging->target == QLatin1String("on"))
            loggingOn = logging->enabled;
        else if (logging->target == QLatin1String("console"))
            consoleDebugging = logging->enabled && (logging->arguments.value(0) == QLatin1String("debugging")
                                                    || logging->arguments.value(0) == QLatin1String("7"));
    }
    out.consoleSyslog = loggingOn && consoleDebugging;
    out.capabilities = CryptoCapabilities::of(node);
    return out;
}

} // namespace vtd::sim::ike
