#pragma once

#include "event_id.h"
#include "sim_time.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace vtd::sim {

/** The future event set: events ordered by (time, insertion sequence), with O(1) cancel.
 *
 *  Same-time events run in the order they were scheduled (FIFO), because the sequence number
 *  breaks every tie; the order is therefore a total order and does not depend on the heap
 *  algorithm (the lesson of ns-3's EventKey uid and OMNeT++'s insertCount).
 *
 *  Layout, for speed: the (4-ary) heap holds small POD keys only (time, sequence, slot);
 *  the callbacks live in a side vector of slots that are recycled through a free list.
 *  Cancelling frees the slot at once and leaves a stale key in the heap, recognised later
 *  because its sequence no longer matches the slot's; the heap is compacted when stale keys
 *  outnumber live ones.
 *
 *  Two heaps: events due within a horizon of the last one popped go to the near heap, later
 *  ones (SA lifetimes, hours ahead, thousands on a hub) to the far heap, and pop() takes the
 *  earlier of the two tops. The order is the same total order as with one heap; the busy near
 *  heap just stays small enough to live in the cache. */
class EventQueue
{
public:
    using Callback = std::function<void()>;

    EventId push(SimTime at, Callback callback);
    /** False if the event already ran, was cancelled, or never existed. */
    bool cancel(EventId id);
    bool isPending(EventId id) const;

    bool isEmpty() const { return m_live == 0; }
    std::size_t size() const { return m_live; }
    /** Time of the earliest pending event. */
    std::optional<SimTime> nextTime() const;

    /** Removes the earliest pending event and hands out its time and callback. */
    bool pop(SimTime &at, Callback &callback);

    void clear();

private:
    // 16 bytes, so four siblings share a cache line: the time, then the sequence number and
    // the slot packed into one word. Ordering by `order` is ordering by sequence, because the
    // sequence occupies the high bits and is unique. Limits: 2^40 events per run, 2^24
    // pending at once (both far beyond any scenario; checked).
    struct Key
    {
        std::int64_t at;
        std::uint64_t order;

        std::uint64_t sequence() const { return order >> SlotBits; }
        std::uint32_t slot() const { return std::uint32_t(order & (MaxSlots - 1)); }
    };
    static constexpr int SlotBits = 24;
    static constexpr std::uint64_t MaxSlots = std::uint64_t(1) << SlotBits;
    struct Slot
    {
        std::uint64_t sequence = 0; // 0 = free
        Callback callback;
    };

    // A 4-ary heap: half the depth of a binary one, and the four children of a node are
    // adjacent in memory, so a sift-down touches fewer cache lines on large queues.
    static constexpr std::size_t Arity = 4;

    static bool earlier(const Key &a, const Key &b)
    {
        return a.at < b.at || (a.at == b.at && a.order < b.order);
    }
    bool isLive(const Key &key) const { return slotAt(key.slot()).sequence == key.sequence(); }

    using Heap = std::vector<Key>;
    /** Events further ahead than this (of the last time popped) wait in the far heap. */
    static constexpr std::int64_t FarHorizonNs = std::int64_t(60) * 1000 * 1000 * 1000;
    /** The heap whose top is the earliest event; null when both are empty. */
    const Heap *earliestHeap() const;
    Heap *earliestHeap() { return const_cast<Heap *>(std::as_const(*this).earliestHeap()); }

    // Slots live in fixed-size chunks that never move: growing the queue touches each new
    // slot once instead of copying every callback on each doubling of a vector.
    static constexpr std::uint32_t ChunkBits = 12;
    static constexpr std::uint32_t ChunkSize = 1u << ChunkBits;
    Slot &slotAt(std::uint32_t slot) { return m_slotChunks[slot >> ChunkBits][slot & (ChunkSize - 1)]; }
    const Slot &slotAt(std::uint32_t slot) const { return m_slotChunks[slot >> ChunkBits][slot & (ChunkSize - 1)]; }

    std::uint32_t allocateSlot();
    void releaseSlot(std::uint32_t slot);
    static void siftUp(Heap &heap, std::size_t index);
    static void siftDown(Heap &heap, std::size_t index);
    static void removeTop(Heap &heap);
    void dropStaleTops();
    void compactIfMostlyStale();
    void compact(Heap &heap);

    Heap m_near;
    Heap m_far;
    std::int64_t m_lastPopped = 0;  // the queue's idea of "now", for the horizon
    std::vector<std::unique_ptr<Slot[]>> m_slotChunks;
    std::uint32_t m_slotCount = 0; // slots handed out so far (free or busy)
    std::vector<std::uint32_t> m_freeSlots;
    std::size_t m_live = 0;
    std::size_t m_stale = 0; // cancelled keys still in the heap; while 0, no key needs checking
    std::uint64_t m_nextSequence = 1;
};

} // namespace vtd::sim
