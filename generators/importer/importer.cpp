#include "importer.h"

#include "graph_layout.h"

#include "model/commands/add_remove_link.h"
#include "model/commands/add_remove_node.h"
#include "model/hardware_catalog.h"

#include <QCoreApplication>
#include <QRectF>
#include <QUndoStack>

#include <cmath>

namespace vtd::gen {

namespace {

/** "snow", then "snow-2", "snow-3" ... so that every imported node gets a name of its own. */
QString uniqueName(const QString &wanted, const model::Project &project, const QStringList &taken)
{
    QString name = wanted.isEmpty() ? QStringLiteral("device") : wanted;
    for (int n = 2; project.nodeByName(name) || taken.contains(name); ++n)
        name = wanted + u'-' + QString::number(n);
    return name;
}

model::Node segmentNode(const model::Ipv4Prefix &subnet)
{
    model::Node node;
    node.kind = model::NodeKind::LanSegment;
    node.name = subnet.toString();
    node.hardwareModel = model::defaultHardwareModel(model::NodeKind::LanSegment).id;
    return node;
}

/** Right of everything already on the canvas, with a gap, so nothing imported overlaps. */
QPointF importOrigin(const model::Project &project)
{
    if (project.nodes().empty())
        return QPointF(0, 0);
    double right = -1e9;
    double top = 1e9;
    for (const model::Node &node : project.nodes()) {
        right = std::max(right, node.position.x());
        top = std::min(top, node.position.y());
    }
    return QPointF(right + 300, top);
}

} // namespace

ImportResult importSources(model::Document &document, const QList<ImportSource> &sources,
                           const QList<SecretOverride> &secrets)
{
    ImportResult result;
    const model::Project &project = document.project();

    // 1. One node per readable source.
    QList<model::Node> nodes;
    QList<AddressedInterface> interfaces;
    QStringList names;
    for (const ImportSource &source : sources) {
        std::optional<ImportedDevice> device = readImportSource(source, secrets, result.diagnostics);
        if (!device)
            continue;
        device->node.name = uniqueName(device->node.name, project, names);
        names << device->node.name;
        for (AddressedInterface i : device->interfaces) {
            i.device = int(nodes.size());
            interfaces << i;
        }
        nodes << device->node;
    }
    const int deviceCount = int(nodes.size());

    // 2. Cables from shared subnets; LAN segments by subnet name, reusing existing ones.
    struct PlannedLink { int a; QString interfaceA; int b; QString interfaceB; model::NodeId existingB; };
    QList<PlannedLink> links;
    const InferredLinks inferred = inferLinks(interfaces);
    for (const auto &p : inferred.pointToPoint)
        links.append({p.a.device, p.a.interface, p.b.device, p.b.interface, {}});
    for (const auto &segment : inferred.segments) {
        const model::Node *existing = project.nodeByName(segment.subnet.toString());
        int index = -1;
        if (!existing || existing->kind != model::NodeKind::LanSegment) {
            index = int(nodes.size());
            nodes << segmentNode(segment.subnet);
        }
        for (const AddressedInterface &member : segment.members)
            links.append({member.device, member.interface, index, QString(), existing ? existing->id : model::NodeId{}});
    }

    // 3. Layout of the new nodes only, placed beside what is there.
    LayoutGraph graph{int(nodes.size()), {}};
    for (const PlannedLink &l : links) {
        if (l.b >= 0)
            graph.edges.append({l.a, l.b});
    }
    const QList<QPointF> positions = layoutGraph(graph);
    const QPointF origin = importOrigin(project);
    for (qsizetype i = 0; i < nodes.size(); ++i)
        nodes[i].position = QPointF(std::round(positions[i].x()), std::round(positions[i].y())) + origin;

    // 4. One undo step.
    if (nodes.isEmpty())
        return result;
    document.undoStack()->beginMacro(QCoreApplication::translate("UndoCommands", "Import %n configuration(s)", nullptr, deviceCount));
    QList<model::NodeId> ids;
    for (const model::Node &node : nodes) {
        auto *add = new model::AddNode(&document, node);
        const model::NodeId id = add->nodeId();
        if (const auto refused = document.push(add)) {
            result.diagnostics.append(*refused);
            ids << model::NodeId{};
            continue;
        }
        ids << id;
        result.addedNodes << id;
    }
    for (const PlannedLink &l : links) {
        model::Link link;
        link.a = {ids[l.a], l.interfaceA};
        link.b = {l.b >= 0 ? ids[l.b] : l.existingB, l.interfaceB};
        if (!link.a.node.isValid() || !link.b.node.isValid())
            continue;
        if (const auto refused = document.push(new model::AddLink(&document, link)))
            result.diagnostics.append(*refused);
    }
    document.undoStack()->endMacro();
    return result;
}

} // namespace vtd::gen
