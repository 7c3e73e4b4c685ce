#pragma once

#include <QHashFunctions>

#include <compare>
#include <cstdint>

namespace vtd::model {

/** Strong id of a node; 0 is never handed out. */
struct NodeId
{
    std::uint32_t value = 0;
    bool isValid() const { return value != 0; }
    friend auto operator<=>(NodeId, NodeId) = default;
};

/** Strong id of a link; 0 is never handed out. */
struct LinkId
{
    std::uint32_t value = 0;
    bool isValid() const { return value != 0; }
    friend auto operator<=>(LinkId, LinkId) = default;
};

inline size_t qHash(NodeId id, size_t seed = 0) { return ::qHash(id.value, seed); }
inline size_t qHash(LinkId id, size_t seed = 0) { return ::qHash(id.value, seed); }

} // namespace vtd::model
