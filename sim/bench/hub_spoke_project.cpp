#include "hub_spoke_project.h"

#include "bench_configs.h"

namespace vtd::sim::bench {

namespace {

using model::Ipv4Address;
using model::NodeKind;

/** Adds nodes and links to a project while keeping the ids it allocates. */
class ProjectBuilder
{
public:
    explicit ProjectBuilder(model::Project &project) : m_project(project) {}

    model::NodeId segment(const QString &name)
    {
        model::Node node = base(NodeKind::LanSegment, name, QStringLiteral("LAN-SEGMENT"));
        return add(std::move(node));
    }
    model::NodeId pix(const QString &name, const QString &config)
    {
        model::Node node = base(NodeKind::PixFirewall, name, QStringLiteral("PIX-525"));
        node.softwareVersion = QStringLiteral("6.2(2)");
        node.licences.vpnDes = true;
        node.configText = config;
        return add(std::move(node));
    }
    model::NodeId endSystem(NodeKind kind, const QString &name, Ipv4Address address, Ipv4Address mask,
                            Ipv4Address gateway)
    {
        const bool client = kind == NodeKind::VpnClient;
        model::Node node = base(kind, name, client ? QStringLiteral("VPNCLIENT-PC") : QStringLiteral("HOST"));
        node.host = {address, mask, gateway};
        if (client) {
            node.softwareVersion = QStringLiteral("3.6");
            node.profileText = clientProfile();
        }
        return add(std::move(node));
    }
    void link(model::NodeId a, const QString &port, model::NodeId segment)
    {
        m_project.insertLink(model::Link{m_project.allocateLinkId(), {a, port}, {segment, {}}});
    }

private:
    model::Node base(NodeKind kind, const QString &name, const QString &hardware)
    {
        model::Node node;
        node.id = m_project.allocateNodeId();
        node.kind = kind;
        node.name = name;
        node.hardwareModel = hardware;
        return node;
    }
    model::NodeId add(model::Node node)
    {
        const model::NodeId id = node.id;
        m_project.insertNode(std::move(node));
        return id;
    }

    model::Project &m_project;
};

const Ipv4Address LanMask(255, 255, 255, 0);
const QString HostPort = QStringLiteral("eth0");
const QString OutsidePort = QStringLiteral("ethernet0");
const QString InsidePort = QStringLiteral("ethernet1");

void addSpoke(ProjectBuilder &builder, HubSpokeProject &result, model::NodeId internet, int i)
{
    const Ipv4Address lan = BenchAddressPlan::spokeLanNetwork(i);
    const model::NodeId pix = builder.pix(QStringLiteral("spoke%1").arg(i), spokePixConfig(i));
    const model::NodeId segment = builder.segment(lan.toString() + QStringLiteral("/24"));
    const QString hostName = QStringLiteral("spoke%1-lan-host").arg(i);
    const model::NodeId host = builder.endSystem(NodeKind::Host, hostName, Ipv4Address(lan.toUInt() + 2), LanMask,
                                                 Ipv4Address(lan.toUInt() + 1));
    builder.link(pix, OutsidePort, internet);
    builder.link(pix, InsidePort, segment);
    builder.link(host, HostPort, segment);
    result.spokeHosts << hostName;
}

} // namespace

HubSpokeProject buildHubSpokeProject(const BenchSize &size)
{
    HubSpokeProject result;
    ProjectBuilder builder(result.project);
    const model::NodeId internet = builder.segment(QStringLiteral("internet"));
    const model::NodeId hubLan = builder.segment(QStringLiteral("172.16.0.0/24"));
    const model::NodeId hub = builder.pix(QStringLiteral("hub"), hubPixConfig(size.spokes, size.clients));
    const model::NodeId hubHost = builder.endSystem(NodeKind::Host, QStringLiteral("hub-lan-host"),
                                                    BenchAddressPlan::hubLanHost(), LanMask,
                                                    Ipv4Address(172, 16, 0, 1));
    builder.link(hub, OutsidePort, internet);
    builder.link(hub, InsidePort, hubLan);
    builder.link(hubHost, HostPort, hubLan);
    for (int i = 0; i < size.spokes; ++i)
        addSpoke(builder, result, internet, i);
    for (int j = 0; j < size.clients; ++j) {
        const QString name = QStringLiteral("client%1").arg(j);
        const model::NodeId client = builder.endSystem(NodeKind::VpnClient, name, BenchAddressPlan::clientAddress(j),
                                                       BenchAddressPlan::internetMask(),
                                                       BenchAddressPlan::hubOutside());
        builder.link(client, HostPort, internet);
        result.clients << name;
    }
    return result;
}

} // namespace vtd::sim::bench
