#include "event_queue.h"

#include <QtGlobal>

#include <algorithm>
#include <utility>

namespace vtd::sim {

EventId EventQueue::push(SimTime at, Callback callback)
{
    if (m_nextSequence >> (64 - SlotBits))
        qFatal("EventQueue: event sequence numbers exhausted");
    const std::uint32_t slot = allocateSlot();
    const std::uint64_t sequence = m_nextSequence++;
    Slot &target = slotAt(slot);
    target.sequence = sequence;
    target.callback = std::move(callback);
    Heap &heap = at.toNanoseconds() - m_lastPopped > FarHorizonNs ? m_far : m_near;
    heap.push_back(Key{at.toNanoseconds(), sequence << SlotBits | slot});
    siftUp(heap, heap.size() - 1);
    ++m_live;
    return EventId{sequence, slot};
}

bool EventQueue::cancel(EventId id)
{
    if (!isPending(id))
        return false;
    releaseSlot(id.slot);
    --m_live;
    ++m_stale;
    dropStaleTops();
    compactIfMostlyStale();
    return true;
}

bool EventQueue::isPending(EventId id) const
{
    return id.isValid() && id.slot < m_slotCount && slotAt(id.slot).sequence == id.sequence;
}

const EventQueue::Heap *EventQueue::earliestHeap() const
{
    if (m_near.empty())
        return m_far.empty() ? nullptr : &m_far;
    if (m_far.empty())
        return &m_near;
    return earlier(m_far.front(), m_near.front()) ? &m_far : &m_near;
}

std::optional<SimTime> EventQueue::nextTime() const
{
    // Invariant kept by pop() and cancel(): the top of each heap is live (or the heap is empty).
    const Heap *heap = earliestHeap();
    if (!heap)
        return std::nullopt;
    return SimTime::fromNanoseconds(heap->front().at);
}

bool EventQueue::pop(SimTime &at, Callback &callback)
{
    Heap *heap = earliestHeap();
    if (!heap)
        return false;
    const Key top = heap->front();
    removeTop(*heap);
    m_lastPopped = top.at;
    at = SimTime::fromNanoseconds(top.at);
    // Moved out before the slot is recycled: the callback may schedule events itself.
    callback = std::move(slotAt(top.slot()).callback);
    releaseSlot(top.slot());
    --m_live;
    dropStaleTops();
    return true;
}

void EventQueue::clear()
{
    m_near.clear();
    m_far.clear();
    m_lastPopped = 0;
    m_slotChunks.clear();
    m_slotCount = 0;
    m_freeSlots.clear();
    m_live = 0;
    m_stale = 0;
}

std::uint32_t EventQueue::allocateSlot()
{
    if (!m_freeSlots.empty()) {
        const std::uint32_t slot = m_freeSlots.back();
        m_freeSlots.pop_back();
        return slot;
    }
    if (m_slotCount >= MaxSlots)
        qFatal("EventQueue: more than %llu pending events", static_cast<unsigned long long>(MaxSlots));
    if ((m_slotCount & (ChunkSize - 1)) == 0)
        m_slotChunks.push_back(std::make_unique<Slot[]>(ChunkSize));
    return m_slotCount++;
}

void EventQueue::releaseSlot(std::uint32_t slot)
{
    Slot &freed = slotAt(slot);
    freed.sequence = 0;
    freed.callback = nullptr;
    m_freeSlots.push_back(slot);
}

void EventQueue::siftUp(Heap &heap, std::size_t index)
{
    const Key moving = heap[index];
    while (index > 0) {
        const std::size_t parent = (index - 1) / Arity;
        if (!earlier(moving, heap[parent]))
            break;
        heap[index] = heap[parent];
        index = parent;
    }
    heap[index] = moving;
}

void EventQueue::siftDown(Heap &heap, std::size_t index)
{
    const std::size_t count = heap.size();
    const Key moving = heap[index];
    for (;;) {
        const std::size_t first = Arity * index + 1;
        if (first >= count)
            break;
        const std::size_t last = std::min(first + Arity, count);
        std::size_t child = first;
        for (std::size_t c = first + 1; c < last; ++c) {
            if (earlier(heap[c], heap[child]))
                child = c;
        }
        if (!earlier(heap[child], moving))
            break;
        heap[index] = heap[child];
        index = child;
    }
    heap[index] = moving;
}

void EventQueue::removeTop(Heap &heap)
{
    heap.front() = heap.back();
    heap.pop_back();
    if (!heap.empty())
        siftDown(heap, 0);
}

void EventQueue::dropStaleTops()
{
    for (Heap *heap : {&m_near, &m_far}) {
        while (m_stale > 0 && !heap->empty() && !isLive(heap->front())) {
            removeTop(*heap);
            --m_stale;
        }
    }
}

void EventQueue::compactIfMostlyStale()
{
    // Many cancelled timers (retransmits, ping timeouts) must not grow the heaps without bound.
    const std::size_t keys = m_near.size() + m_far.size();
    if (keys < 1024 || keys < 2 * m_live)
        return;
    compact(m_near);
    compact(m_far);
    m_stale = 0;
}

void EventQueue::compact(Heap &heap)
{
    std::size_t kept = 0;
    for (const Key &key : heap) {
        if (isLive(key))
            heap[kept++] = key;
    }
    heap.resize(kept);
    if (kept < 2)
        return;
    for (std::size_t i = (kept - 2) / Arity + 1; i-- > 0;)  // from the last parent up
        siftDown(heap, i);
}

} // namespace vtd::sim
