#pragma once

// Dialect-neutral dynamic crypto map (PIX `crypto dynamic-map NAME SEQ ...`, IOS
// `crypto dynamic-map NAME SEQ`): a responder-only template; peers and proxies come from the
// peer's proposal, so usually only the transform sets are set.

#include "crypto_map.h"

namespace vtd::model {

/** One sequence number of a dynamic map. */
struct DynamicMapEntry
{
    int seq = 0;
    CryptoMapSettings settings;
    friend bool operator==(const DynamicMapEntry &, const DynamicMapEntry &) = default;
};

/** All entries sharing one dynamic-map name, in ascending sequence order. */
struct DynamicMap
{
    QString name;
    QList<DynamicMapEntry> entries;
    friend bool operator==(const DynamicMap &, const DynamicMap &) = default;
};

} // namespace vtd::model
