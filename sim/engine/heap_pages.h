#pragma once

#include <cstddef>

namespace vtd::sim {

/** Lets the kernel back the process heap with transparent huge pages, where it gives them on
 *  request (Linux with THP in "madvise" mode; with "always" it already does, elsewhere this
 *  does nothing).
 *
 *  A large simulation is memory-bound: every packet touches the state of its nodes, SAs and
 *  tunnels, scattered over a heap of a hundred megabytes, and with 4 KiB pages nearly every
 *  cache miss is also a TLB miss. Marked for 2 MiB pages, `vpnsim bench` spends a sixth less
 *  beyond its crypto floor (see the README's Performance section).
 *
 *  The first `reserve` bytes the heap will grow to are set aside in one step and marked;
 *  untouched pages cost no memory, and a heap that grows beyond them continues with ordinary
 *  pages. The price: free() keeps up to twice `reserve` at the top of the heap instead of
 *  handing it back to the kernel. Call it first thing in main(), before the heap holds much.
 *  Returns whether the heap was marked. */
bool preferHugePagesForHeap(std::size_t reserve);

/** What the programs set aside: room for a thousand-tunnel run (`vpnsim bench` peaks near
 *  130 MiB). Address space only, until used. */
constexpr std::size_t DefaultHeapReserve = std::size_t(512) << 20;

} // namespace vtd::sim
