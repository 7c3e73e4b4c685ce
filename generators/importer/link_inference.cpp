#include "link_inference.h"

namespace vtd::gen {

bool isPlaceholderAddress(const model::Ipv4Prefix &prefix)
{
    return prefix.length() == 32 && prefix.address() == model::Ipv4Address(127, 0, 0, 1);
}

InferredLinks inferLinks(const QList<AddressedInterface> &interfaces)
{
    // Group by subnet, keeping the order in which subnets are first seen.
    QList<model::Ipv4Prefix> order;
    QList<QList<AddressedInterface>> groups;
    for (const AddressedInterface &i : interfaces) {
        if (i.shutdown || isPlaceholderAddress(i.prefix) || i.prefix.address().isZero())
            continue;
        const model::Ipv4Prefix subnet = i.prefix.canonical();
        const qsizetype index = order.indexOf(subnet);
        if (index < 0) {
            order.append(subnet);
            groups.append({i});
        } else {
            groups[index].append(i);
        }
    }
    InferredLinks result;
    for (qsizetype g = 0; g < order.size(); ++g) {
        const auto &members = groups[g];
        if (order[g].length() >= 30 && members.size() == 2)
            result.pointToPoint.append({members[0], members[1]});
        else
            result.segments.append({order[g], members});
    }
    return result;
}

} // namespace vtd::gen
