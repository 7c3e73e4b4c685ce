#pragma once

#include "sim/devices/device_extension.h"

#include "model/config/ios_config.h"
#include "model/ipv4.h"
#include "model/project.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace vtd::sim::devices {
class SimNode;
}

namespace vtd::sim::ike {

/** A `radius-server host A` or `tacacs-server host A` line: where `group radius|tacacs+` asks. */
struct IosAaaHost
{
    QString protocol;                   ///< "radius" or "tacacs+"
    model::Ipv4Address address;
};

/** An IOS 12.2 router's AAA settings as XAUTH uses them (`aaa new-model`, the
 *  `aaa authentication login LIST METHOD...` method lists, the `username` lines and the
 *  RADIUS/TACACS+ host lines), hung on the router so the IKE daemon, which reads the
 *  dialect-neutral IkeConfig, can check users the way the router's method list says. */
class IosAaa : public devices::DeviceExtension
{
public:
    /** Reads the settings from the typed AAA statements (model/config/ios_aaa_commands.h). */
    static IosAaa fromConfig(const model::IosConfig &config);
    /** Hangs (or refreshes, after `configure`) the router's settings on `node`. */
    static void install(devices::SimNode &node, const model::IosConfig &config);

    bool newModel = false;                        ///< `aaa new-model`
    /** `aaa authentication login LIST M1 [M2...]`: the methods in order, each as written
     *  ("local", "group radius", "none"). */
    QMap<QString, QStringList> loginLists;
    /** `username NAME password [0] PW` (and cleartext `secret 0`): hashed or masked ones are
     *  left out, their password being unknown. */
    QList<model::AaaUser> localUsers;
    QList<IosAaaHost> hosts;                      ///< in configuration order

    /** The host addresses of `protocol` ("radius", "tacacs+"). */
    QList<model::Ipv4Address> hostsOf(const QString &protocol) const;
};

} // namespace vtd::sim::ike
