#include "ios_ike_config.h"

#include "crypto_map_binding.h"

#include "model/project.h"

namespace vtd::sim::ike {

namespace {

/** A crypto map entry of this device on one interface (default IPsec lifetime 3600 s). */
CryptoMapBinding bindingOf(const model::CryptoMap &map, const QString &interface,
                           const model::CryptoMapSettings &settings, const model::IosConfig &config)
{
    return cryptoMapBinding(map, interface, settings, config, 3600);
}

void addDynamicBindings(const model::CryptoMap &map, const model::CryptoMapEntry &entry, const QString &interface,
                        const model::IosConfig &config, IkeConfig &out)
{
    for (const model::DynamicMap &dynamic : config.dynamicMaps()) {
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

// IOS names the bound interfaces by their full names, which are the simulator's interface names.
void addBindings(const model::CryptoMap &map, const model::IosConfig &config, IkeConfig &out)
{
    for (const QString &interface : map.interfaces) {
        for (const model::CryptoMapEntry &entry : map.entries) {
            if (entry.kind == model::CryptoMapEntry::Kind::Dynamic) {
                addDynamicBindings(map, entry, interface, config, out);
            } else if (entry.kind == model::CryptoMapEntry::Kind::IpsecIsakmp) {
                CryptoMapBinding binding = bindingOf(map, interface, entry.settings, config);
                binding.seq = entry.seq;
                out.bindings << binding;
            }
        }
    }
}

/** `ip domain-name X` (12.2 spelling; `ip domain name X` is the later one): kept verbatim. */
QString domainName(const model::IosConfig &config)
{
    QString name;
    for (const model::IosVerbatim *line : config.all<model::IosVerbatim>()) {
        const QStringList words = line->text.simplified().split(QLatin1Char(' '));
        if (words.size() == 3 && words[0] == QLatin1String("ip") && words[1] == QLatin1String("domain-name"))
            name = words[2];
        else if (words.size() == 4 && words[0] == QLatin1String("ip") && words[1] == QLatin1String("domain")
                 && words[2] == QLatin1String("name"))
            name = words[3];
    }
    return name;
}

/** `crypto isakmp identity dn` needs certificates, which the simulator does not model: it
 *  falls back to the address identity. */
model::IsakmpIdentityCmd::Kind identityOf(model::IosIsakmpIdentity::Kind kind)
{
    return kind == model::IosIsakmpIdentity::Kind::Hostname ? model::IsakmpIdentityCmd::Kind::Hostname
                                                            : model::IsakmpIdentityCmd::Kind::Address;
}

QList<model::Ipv4Address> addresses(const QStringList &values)
{
    QList<model::Ipv4Address> found;
    for (const QString &value : values) {
        if (const auto address = model::Ipv4Address::parse(value))
            found << *address;
    }
    return found;
}

/** `crypto isakmp client configuration group NAME` as the VPN Client's group: ` key` (its
 *  pre-shared key), ` pool`, ` dns`, ` wins`, ` domain`. */
model::VpnGroup vpnGroupOf(const model::IosClientGroup &group)
{
    using Kind = model::IosClientGroupSetting::Kind;
    model::VpnGroup out;
    out.name = group.name;
    if (const model::IosClientGroupKey *key = group.key()) {
        out.hasPassword = true;
        out.password = key->value;
    }
    const QStringList pool = group.setting(Kind::Pool);
    out.addressPool = pool.value(0);
    out.dnsServers = addresses(group.setting(Kind::Dns));
    out.winsServers = addresses(group.setting(Kind::Wins));
    out.defaultDomain = group.setting(Kind::Domain).value(0);
    return out;
}

/** `ip local pool NAME FIRST [LAST]`. */
std::optional<AddressPool> localPool(const QStringList &words)
{
    if (words.size() < 5 || words.size() > 6 || words[0] != QLatin1String("ip") || words[1] != QLatin1String("local")
        || words[2] != QLatin1String("pool"))
        return std::nullopt;
    const auto first = model::Ipv4Address::parse(words[4]);
    const auto last = words.size() == 6 ? model::Ipv4Address::parse(words[5]) : first;
    if (!first || !last)
        return std::nullopt;
    return AddressPool{words[3], *first, *last};
}

/** The Easy VPN server groups, and the address pools (`ip local pool`, kept verbatim). */
void addClientGroups(const model::IosConfig &config, IkeConfig &out)
{
    for (const model::IosClientGroup *group : config.all<model::IosClientGroup>())
        out.groups << vpnGroupOf(*group);
    for (const model::IosVerbatim *line : config.all<model::IosVerbatim>()) {
        if (line->text.startsWith(QLatin1Char(' ')))
            continue;   // a sub-line of some unmodelled block
        if (const auto pool = localPool(line->text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)))
            out.pools << *pool;
    }
}

} // namespace

IkeConfig ikeConfigFromIos(const model::IosConfig &config, const model::Node &node)
{
    IkeConfig out;
    out.hostname = config.hostname();
    out.domainName = domainName(config);
    out.policies = config.isakmpPolicies();
    out.keys = config.presharedKeys();
    out.identity = identityOf(config.isakmpIdentity());
    for (const model::IosInterface *interface : config.interfaces())
        out.isakmpInterfaces << interface->name;
    for (const model::CryptoMap &map : config.cryptoMaps())
        addBindings(map, config, out);
    addClientGroups(config, out);
    out.capabilities = CryptoCapabilities::of(node);
    return out;
}

} // namespace vtd::sim::ike
