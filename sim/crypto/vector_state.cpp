#include "vector_state.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define VTD_HAS_VZEROUPPER 1
#endif

namespace vtd::crypto {

#ifdef VTD_HAS_VZEROUPPER

namespace {

__attribute__((target("avx"))) void zeroUpper() noexcept
{
    _mm256_zeroupper();
}

} // namespace

void clearUpperVectorState() noexcept
{
    static const bool hasAvx = __builtin_cpu_supports("avx");
    if (hasAvx)
        zeroUpper();
}

#else

void clearUpperVectorState() noexcept {}

#endif

} // namespace vtd::crypto
