#include "port_layout.h"

#include "canvas_style.h"


#include <algorithm>
#include <cmath>

namespace vtd::app {

namespace {

/** Room a port takes along a side: its height on left/right, about a pill's width on top/bottom. */
constexpr qreal kAlongVertical = style::kPortSpacing;
constexpr qreal kAlongHorizontal = 36;

QSizeF baseBodySize(model::NodeKind kind)
{
    return model::holdsConfiguration(kind) ? QSizeF(74, 58) : QSizeF(62, 54);
}

struct Candidate
{
    PortSlot slot;
    qreal peerOrder = 0; ///< peer coordinate along the side: spreads ports without crossings
    int linkIndex = 0;   ///< ties (two links to one peer) keep project order on both ends
};

PortSide sideTowards(QPointF from, QPointF to)
{
    const QPointF d = to - from;
    if (std::abs(d.x()) >= std::abs(d.y()))
        return d.x() >= 0 ? PortSide::Right : PortSide::Left;
    return d.y() >= 0 ? PortSide::Bottom : PortSide::Top;
}

bool isVertical(PortSide side)
{
    return side == PortSide::Left || side == PortSide::Right;
}

QList<Candidate> linkedCandidates(const model::Project &project, const model::Node &node)
{
    QList<Candidate> result;
    const auto &links = project.links();
    for (int i = 0; i < int(links.size()); ++i) {
        const model::Link &link = links[size_t(i)];
        const bool atA = link.a.node == node.id;
        if (!atA && link.b.node != node.id)
            continue;
        const model::Endpoint &own = atA ? link.a : link.b;
        const model::Node *peer = project.node(atA ? link.b.node : link.a.node);
        if (own.interface.isEmpty() || !peer)
            continue;
        Candidate c;
        c.slot.interface = own.interface;
        c.slot.side = sideTowards(node.position, peer->position);
        c.peerOrder = isVertical(c.slot.side) ? peer->position.y() : peer->position.x();
        c.linkIndex = i;
        result << c;
    }
    return result;
}

/** Spreads the candidates of one side around its middle; returns the length they need. */
qreal spreadSide(QList<Candidate> &all, PortSide side, PortLayout &layout)
{
    QList<Candidate> onSide;
    for (const Candidate &c : all) {
        if (c.slot.side == side)
            onSide << c;
    }
    std::sort(onSide.begin(), onSide.end(), [](const Candidate &x, const Candidate &y) {
        return x.peerOrder != y.peerOrder ? x.peerOrder < y.peerOrder : x.linkIndex < y.linkIndex;
    });
    const qreal step = isVertical(side) ? kAlongVertical : kAlongHorizontal;
    for (int i = 0; i < onSide.size(); ++i) {
        PortSlot slot = onSide[i].slot;
        slot.offset = (i - (onSide.size() - 1) / 2.0) * step;
        layout.linked << slot;
    }
    return onSide.size() * step;
}

} // namespace

PortLayout layoutPorts(const model::Project &project, const model::Node &node)
{
    PortLayout layout;
    QList<Candidate> candidates = linkedCandidates(project, node);
    QSizeF body = baseBodySize(node.kind);
    for (PortSide side : {PortSide::Left, PortSide::Right, PortSide::Top, PortSide::Bottom}) {
        const qreal needed = spreadSide(candidates, side, layout) + 2 * style::kCardRadius;
        if (isVertical(side))
            body.setHeight(std::max(body.height(), needed));
        else
            body.setWidth(std::max(body.width(), needed));
    }
    layout.bodySize = body;

    QStringList linkedNames;
    for (const PortSlot &slot : std::as_const(layout.linked))
        linkedNames << slot.interface;
    for (const QString &name : project.interfacesOf(node)) {
        if (!linkedNames.contains(name))
            layout.spare << name;
    }
    const auto used = [&](PortSide side) {
        return std::any_of(layout.linked.cbegin(), layout.linked.cend(),
                           [side](const PortSlot &s) { return s.side == side; });
    };
    layout.spareSide = !used(PortSide::Top) || used(PortSide::Bottom) ? PortSide::Top
                                                                       : PortSide::Bottom;
    return layout;
}

QPointF portPosition(const QSizeF &body, PortSide side, qreal offset)
{
    const qreal w = body.width() / 2;
    const qreal h = body.height() / 2;
    switch (side) {
    case PortSide::Left:
        return {-w, offset};
    case PortSide::Right:
        return {w, offset};
    case PortSide::Top:
        return {offset, -h};
    case PortSide::Bottom:
        return {offset, h};
    }
    return {};
}

} // namespace vtd::app
