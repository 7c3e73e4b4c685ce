#include "edit_checks.h"

#include "hardware_catalog.h"

#include <algorithm>

namespace vtd::model {

namespace {

using Params = QMap<QString, QString>;

QString idText(std::uint32_t value)
{
    return QString::number(value);
}

/** One end of a new link, against the node it names (which exists). */
std::optional<Diagnostic> validateEndpoint(const Project &project, const Node &node,
                                           const QString &interface)
{
    const Params params{{QStringLiteral("node"), node.name},
                        {QStringLiteral("interface"), interface}};
    if (node.kind == NodeKind::LanSegment) {
        if (!interface.isEmpty())
            return editRefusal("edit.link-segment-interface", params, node.name);
        return std::nullopt;
    }
    if (interface.isEmpty())
        return editRefusal("edit.link-interface-needed", params, node.name);
    if (!project.interfacesOf(node).contains(interface))
        return editRefusal("edit.link-missing-interface", params, node.name);
    if (project.linkAt(Endpoint{node.id, interface}))
        return editRefusal("edit.link-interface-in-use", params, node.name);
    return std::nullopt;
}

} // namespace

Diagnostic editRefusal(const char *code, QMap<QString, QString> params, QString node)
{
    Diagnostic d;
    d.severity = Severity::Error;
    d.code = QString::fromLatin1(code);
    d.params = std::move(params);
    d.node = std::move(node);
    return d;
}

std::optional<Diagnostic> validateLink(const Project &project, const Link &link)
{
    if (link.id.isValid() && project.link(link.id))
        return editRefusal("edit.duplicate-link-id", {{QStringLiteral("id"), idText(link.id.value)}});
    const Node *a = project.node(link.a.node);
    const Node *b = project.node(link.b.node);
    if (!a || !b) {
        const NodeId missing = a ? link.b.node : link.a.node;
        return editRefusal("edit.unknown-node", {{QStringLiteral("id"), idText(missing.value)}});
    }
    if (a == b)
        return editRefusal("edit.link-to-itself", {{QStringLiteral("node"), a->name}}, a->name);
    if (a->kind == NodeKind::LanSegment && b->kind == NodeKind::LanSegment) {
        return editRefusal("edit.link-segments",
                           {{QStringLiteral("node"), a->name}, {QStringLiteral("other"), b->name}},
                           a->name);
    }
    if (auto problem = validateEndpoint(project, *a, link.a.interface))
        return problem;
    return validateEndpoint(project, *b, link.b.interface);
}

std::optional<Diagnostic> validateNodeName(const Project &project, const QString &name, NodeId self)
{
    const Params params{{QStringLiteral("name"), name}};
    if (name.isEmpty())
        return editRefusal("edit.empty-name", params);
    if (std::ranges::any_of(name, [](QChar c) { return c.isSpace(); }))
        return editRefusal("edit.name-with-space", params, name);
    const Node *owner = project.nodeByName(name);
    if (owner && owner->id != self)
        return editRefusal("edit.duplicate-name", params, name);
    return std::nullopt;
}

std::optional<Diagnostic> validateNewNode(const Project &project, const Node &node)
{
    if (node.id.isValid() && project.node(node.id))
        return editRefusal("edit.duplicate-node-id", {{QStringLiteral("id"), idText(node.id.value)}});
    if (auto problem = validateNodeName(project, node.name))
        return problem;
    return validateHardware(node, NodeHardware::of(node));
}

std::optional<Diagnostic> validateHardware(const Node &node, const NodeHardware &hardware)
{
    const Params params{{QStringLiteral("model"), hardware.hardwareModel},
                        {QStringLiteral("kind"), nodeKindId(node.kind)}};
    const HardwareModel *model = findHardwareModel(hardware.hardwareModel);
    if (!model)
        return editRefusal("edit.unknown-hardware", params, node.name);
    if (model->kind != node.kind)
        return editRefusal("edit.hardware-kind-mismatch", params, node.name);
    return std::nullopt;
}

std::optional<Diagnostic> validateScenarioName(const Project &project, const QString &name,
                                               int self)
{
    const Params params{{QStringLiteral("name"), name}};
    if (name.trimmed().isEmpty())
        return editRefusal("edit.empty-scenario-name", params);
    const auto &scenarios = project.scenarios();
    for (size_t i = 0; i < scenarios.size(); ++i) {
        if (int(i) != self && scenarios[i].name == name)
            return editRefusal("edit.duplicate-scenario", params);
    }
    return std::nullopt;
}

std::vector<LinkId> linksLostWithHardware(const Project &project, NodeId nodeId,
                                          const NodeHardware &hardware)
{
    const Node *current = project.node(nodeId);
    if (!current)
        return {};
    Node changed = *current;
    hardware.applyTo(changed);
    const QStringList kept = project.interfacesOf(changed);
    std::vector<LinkId> lost;
    for (const Link &link : project.linksOf(nodeId)) {
        const Endpoint &own = link.a.node == nodeId ? link.a : link.b;
        if (!own.interface.isEmpty() && !kept.contains(own.interface))
            lost.push_back(link.id);
    }
    return lost;
}

QString suggestNodeName(const Project &project, const QString &base)
{
    if (!project.nodeByName(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = base + QString::number(n);
        if (!project.nodeByName(candidate))
            return candidate;
    }
}

} // namespace vtd::model
