#include "ios_aaa.h"

#include "sim/devices/sim_node.h"

namespace vtd::sim::ike {

IosAaa IosAaa::fromConfig(const model::IosConfig &config)
{
    IosAaa aaa;
    aaa.newModel = !config.all<model::IosAaaNewModel>().isEmpty();
    // A list written again replaces the earlier one, as on the router.
    for (const model::IosAaaMethodList *list : config.all<model::IosAaaMethodList>()) {
        if (list->service == model::IosAaaMethodList::Service::AuthenticationLogin)
            aaa.loginLists.insert(list->list, list->methods);
    }
    for (const model::IosAaaServerHost *host : config.all<model::IosAaaServerHost>()) {
        const bool radius = host->protocol == model::IosAaaServerHost::Protocol::Radius;
        aaa.hosts << IosAaaHost{radius ? QStringLiteral("radius") : QStringLiteral("tacacs+"), host->address};
    }
    for (const model::IosUsername *user : config.all<model::IosUsername>()) {
        // IOS compares the typed password with a cleartext one, or with `secret 0`'s value.
        const bool readable = user->value && user->encryption.value_or(0) == 0;
        if (readable)
            aaa.localUsers << model::AaaUser{user->name, *user->value};
    }
    return aaa;
}

void IosAaa::install(devices::SimNode &node, const model::IosConfig &config)
{
    if (IosAaa *existing = node.extension<IosAaa>())
        *existing = fromConfig(config);
    else
        node.addExtension(std::make_shared<IosAaa>(fromConfig(config)));
}

QList<model::Ipv4Address> IosAaa::hostsOf(const QString &protocol) const
{
    QList<model::Ipv4Address> found;
    for (const IosAaaHost &host : hosts) {
        if (host.protocol == protocol)
            found << host.address;
    }
    return found;
}

} // namespace vtd::sim::ike
