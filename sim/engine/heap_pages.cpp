#include "heap_pages.h"

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <climits>
#include <cstdint>
#endif

namespace vtd::sim {

#if defined(__linux__) && defined(__GLIBC__)

namespace {

constexpr std::uintptr_t HugePageSize = std::uintptr_t(2) << 20;

std::uintptr_t heapEnd()
{
    return reinterpret_cast<std::uintptr_t>(sbrk(0));
}

} // namespace

// glibc's main heap grows with sbrk(). With M_TOP_PAD at `reserve`, the next growth takes it all
// at once, and a trim threshold above it keeps free() from handing it back; the region can
// then be marked with madvise(). (glibc's own glibc.malloc.hugetlb tunable does the same for
// every growth, but only when set in the environment before the program starts.)
bool preferHugePagesForHeap(std::size_t reserve)
{
    if (reserve < HugePageSize || reserve > std::size_t(INT_MAX) / 2)
        return false;
    if (mallopt(M_TRIM_THRESHOLD, int(2 * reserve)) != 1 || mallopt(M_TOP_PAD, int(reserve)) != 1)
        return false;
    const std::uintptr_t before = heapEnd();
    // Small blocks (taken from the heap, not mapped on their own) until the free space at the
    // top runs out and malloc grows the heap, by the pad.
    constexpr int MaxBlocks = 64;
    void *blocks[MaxBlocks] = {};
    for (int i = 0; i < MaxBlocks && heapEnd() == before; ++i)
        blocks[i] = malloc(16 * 1024);
    for (void *block : blocks)
        free(block);
    mallopt(M_TOP_PAD, 128 * 1024);  // glibc's default, for any later growth
    const std::uintptr_t after = heapEnd();
    const std::uintptr_t from = (before + HugePageSize - 1) & ~(HugePageSize - 1);
    const std::uintptr_t to = after & ~(HugePageSize - 1);
    if (to <= from)
        return false;
    return madvise(reinterpret_cast<void *>(from), to - from, MADV_HUGEPAGE) == 0;
}

#else

bool preferHugePagesForHeap(std::size_t)
{
    return false;
}

#endif

} // namespace vtd::sim
