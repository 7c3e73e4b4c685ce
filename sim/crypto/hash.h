#pragma once

#include "algorithms.h"
#include "bytes.h"
#include "result.h"

namespace vtd::crypto {

/**
 * Plain message digest (MD5 or SHA-1): IKEv1 uses it, not the PRF, for the phase-1 and
 * phase-2 IVs (RFC 2409 Appendix B).
 */
Result<Bytes> hash(HashAlgorithm algorithm, BytesView data);

} // namespace vtd::crypto
