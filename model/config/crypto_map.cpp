#include "crypto_map.h"

namespace vtd::model {

const CryptoMapEntry *CryptoMap::entry(int seq) const
{
    for (const CryptoMapEntry &e : entries) {
        if (e.seq == seq)
            return &e;
    }
    return nullptr;
}

} // namespace vtd::model
