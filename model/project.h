#pragma once

#include "ids.h"
#include "ipv4.h"
#include "node_kind.h"

#include <QList>
#include <QMap>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <vector>

namespace vtd::model {

/** Licence flags a PIX reports under "Licensed Features" in `show version`. */
struct Licences
{
    bool vpnDes = true;
    bool vpn3Des = false;
    bool failover = true;
    friend bool operator==(const Licences &, const Licences &) = default;
};

/** One account of the AAA (RADIUS/TACACS+) service a host runs: what a PIX checks XAUTH against. */
struct AaaUser
{
    QString name;
    QString password;
    friend bool operator==(const AaaUser &, const AaaUser &) = default;
};

/** IP settings of an end system (host or VPN Client PC). */
struct HostSettings
{
    Ipv4Address address;
    Ipv4Address mask;
    Ipv4Address gateway;
    /** Host only: when non-empty the host answers as the AAA server a PIX's `aaa-server TAG
     *  (if) host ADDRESS` names, with these accounts (XAUTH, `crypto map ... client authentication`). */
    QList<AaaUser> aaaUsers{};
    friend bool operator==(const HostSettings &, const HostSettings &) = default;
};

/** A node on the canvas. Which fields mean something depends on its kind. */
struct Node
{
    NodeId id;
    NodeKind kind = NodeKind::Host;
    QString name;
    QString hardwareModel;   ///< id in the hardware catalog
    QString softwareVersion; ///< "6.2(2)", "12.2(6)", "3.6"
    Licences licences;       ///< PIX only
    QPointF position;        ///< centre on the canvas, scene units
    QStringList customInterfaces;       ///< ports of a generic hardware model only
    QMap<QString, QString> macAddresses; ///< hardware interface -> "0002.b945.9ff1"
    QString configText;      ///< PIX/IOS: the device's configuration, the single source of truth
    HostSettings host;       ///< host and VPN Client PC
    QString profileText;     ///< VPN Client PC: its .pcf connection profile

    friend bool operator==(const Node &, const Node &) = default;
};

/** One end of a link: a hardware interface, or a LAN segment node (interface empty). */
struct Endpoint
{
    NodeId node;
    QString interface;
    friend bool operator==(const Endpoint &, const Endpoint &) = default;
};

/** A cable between two interfaces, or from an interface to a LAN segment. */
struct Link
{
    LinkId id;
    Endpoint a;
    Endpoint b;
    friend bool operator==(const Link &, const Link &) = default;
};

/** A named scenario script (see the scenario language in the README). */
struct Scenario
{
    QString name;
    QString script;
    friend bool operator==(const Scenario &, const Scenario &) = default;
};

/** What the designer's view showed when the project was saved. */
struct ViewState
{
    double zoom = 1.0;
    QPointF center;
    friend bool operator==(const ViewState &, const ViewState &) = default;
};

/** The whole project: topology, device texts, scenarios and view state.
 *  Plain data with lookups; edits from the GUI go through Document commands. */
class Project
{
public:
    const std::vector<Node> &nodes() const { return m_nodes; }
    const std::vector<Link> &links() const { return m_links; }
    const std::vector<Scenario> &scenarios() const { return m_scenarios; }
    std::vector<Scenario> &scenarios() { return m_scenarios; }
    const ViewState &view() const { return m_view; }
    void setView(const ViewState &view) { m_view = view; }

    const Node *node(NodeId id) const;
    Node *node(NodeId id);
    const Node *nodeByName(const QString &name) const;
    int nodeIndex(NodeId id) const;
    const Link *link(LinkId id) const;
    int linkIndex(LinkId id) const;
    /** Links that touch the node, in project order. */
    std::vector<Link> linksOf(NodeId id) const;
    /** The link plugged into this interface, if any. */
    const Link *linkAt(const Endpoint &endpoint) const;

    /** Hardware interface names of a node, from its hardware model (or its own list). */
    QStringList interfacesOf(const Node &node) const;

    NodeId allocateNodeId() { return NodeId{++m_lastNodeId}; }
    LinkId allocateLinkId() { return LinkId{++m_lastLinkId}; }

    /** Insert at a position (-1: append); the node keeps its id. */
    void insertNode(Node node, int index = -1);
    /** Removes the node only (the caller removes its links first). */
    Node takeNode(NodeId id);
    void insertLink(Link link, int index = -1);
    Link takeLink(LinkId id);

    /** Same content; id counters are bookkeeping and do not count. */
    friend bool operator==(const Project &a, const Project &b)
    {
        return a.m_nodes == b.m_nodes && a.m_links == b.m_links && a.m_scenarios == b.m_scenarios
               && a.m_view == b.m_view;
    }

private:
    std::vector<Node> m_nodes;
    std::vector<Link> m_links;
    std::vector<Scenario> m_scenarios;
    ViewState m_view;
    std::uint32_t m_lastNodeId = 0;
    std::uint32_t m_lastLinkId = 0;
};

} // namespace vtd::model
