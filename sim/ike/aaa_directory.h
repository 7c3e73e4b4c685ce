#pragma once

#include "sim/devices/device_extension.h"

#include "model/ipv4.h"
#include "model/project.h"

#include <QList>
#include <QMap>

#include <optional>

namespace vtd::sim::devices {
class SimNetwork;
}

namespace vtd::sim::ike {

/** The AAA (RADIUS/TACACS+) servers of a simulated network, as XAUTH on a PIX or an IOS router
 *  sees them: a host node whose settings carry accounts answers for its address. The
 *  RADIUS/TACACS+ exchange itself is not sent as packets; the device asks the directory, after
 *  checking that it has a route to the server (on a PIX through the `aaa-server` line's
 *  interface; see README, XAUTH). */
class AaaDirectory : public devices::DeviceExtension
{
public:
    /** Every host of the project that carries AAA accounts. */
    static AaaDirectory fromProject(const model::Project &project);

    /** Hangs the project's directory on every PIX and IOS router of the built network (it
     *  survives `configure`, which keeps extensions the rebuilt device has no counterpart for);
     *  a router that runs IKE also gets its IosAaa settings, refreshed after each `configure`. */
    static void installOn(devices::SimNetwork &network, const model::Project &project);

    /** The accounts of the AAA server at `address`; nullopt when no host there runs one. */
    std::optional<QList<model::AaaUser>> accountsAt(model::Ipv4Address address) const;

private:
    QMap<quint32, QList<model::AaaUser>> m_accounts;
};

} // namespace vtd::sim::ike
