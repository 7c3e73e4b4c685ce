#pragma once

// Small test projects built node by node, with the ids the project allocates and the software
// the simulator's tests assume: PIX 6.2(2) with the DES licence, IOS 12.2(6) with Ethernet0/0
// and Ethernet0/1.

#include "model/project.h"

#include <QString>

namespace vtd::test {

struct ProjectBuilder
{
    model::Project project;

    model::NodeId node(model::NodeKind kind, const QString &name, const QString &hardware)
    {
        model::Node node;
        node.id = project.allocateNodeId();
        node.kind = kind;
        node.name = name;
        node.hardwareModel = hardware;
        if (kind == model::NodeKind::PixFirewall) {
            node.softwareVersion = QStringLiteral("6.2(2)");
            node.licences.vpnDes = true;
        } else if (kind == model::NodeKind::IosRouter) {
            node.softwareVersion = QStringLiteral("12.2(6)");
            node.customInterfaces = {QStringLiteral("Ethernet0/0"), QStringLiteral("Ethernet0/1")};
        }
        const model::NodeId id = node.id;
        project.insertNode(std::move(node));
        return id;
    }

    /** A host or a VPN Client PC on a /24 with its default gateway. */
    model::NodeId host(model::NodeKind kind, const QString &name, const char *address, const char *gateway)
    {
        const model::NodeId id = node(kind, name, kind == model::NodeKind::Host ? QStringLiteral("HOST")
                                                                                 : QStringLiteral("VPNCLIENT-PC"));
        model::HostSettings &settings = project.node(id)->host;
        settings.address = *model::Ipv4Address::parse(QString::fromLatin1(address));
        settings.mask = model::Ipv4Address(255, 255, 255, 0);
        settings.gateway = *model::Ipv4Address::parse(QString::fromLatin1(gateway));
        return id;
    }

    model::NodeId host(const QString &name, const char *address, const char *gateway)
    {
        return host(model::NodeKind::Host, name, address, gateway);
    }

    /** A LAN segment named `prefix` with one host on it; returns the segment. */
    model::NodeId lanWithHost(const QString &prefix, const QString &hostName, const char *address, const char *gateway)
    {
        const model::NodeId lan = node(model::NodeKind::LanSegment, prefix, QStringLiteral("LAN-SEGMENT"));
        link(host(hostName, address, gateway), QStringLiteral("eth0"), lan);
        return lan;
    }

    void link(model::NodeId a, const QString &portA, model::NodeId b, const QString &portB = {})
    {
        project.insertLink(model::Link{project.allocateLinkId(), {a, portA}, {b, portB}});
    }
};

} // namespace vtd::test
