#include "node_kind.h"

#include <array>
#include <utility>

namespace vtd::model {

namespace {
constexpr std::array<std::pair<NodeKind, const char *>, 5> kKindIds{{
    {NodeKind::PixFirewall, "pix"},
    {NodeKind::IosRouter, "ios"},
    {NodeKind::VpnClient, "vpnclient"},
    {NodeKind::Host, "host"},
    {NodeKind::LanSegment, "segment"},
}};
} // namespace

QString nodeKindId(NodeKind kind)
{
    for (const auto &[k, id] : kKindIds) {
        if (k == kind)
            return QString::fromLatin1(id);
    }
    return {};
}

std::optional<NodeKind> nodeKindFromId(const QString &id)
{
    for (const auto &[k, name] : kKindIds) {
        if (id == QLatin1String(name))
            return k;
    }
    return std::nullopt;
}

} // namespace vtd::model
