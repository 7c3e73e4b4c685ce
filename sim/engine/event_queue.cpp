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
    m_heap.push_back(Key{at.toNanoseconds(), sequence << SlotBits | slot});
    siftUp(m_heap.size() - 1);
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
    dropStaleTop();
    compactIfMostlyStale();
    return true;
}

bool EventQueue::isPending(EventId id) const
{
    return id.isValid() && id.slot < m_slotCount && slotAt(id.slot).sequence == id.sequence;
}

std::optional<SimTime> EventQueue::nextTime() const
{
    // Invariant kept by pop() and cancel(): the top of the heap is live (or the heap is empty).
    if (m_heap.empty())
        return std::nullopt;
    return SimTime::fromNanoseconds(m_heap.front().at);
}

bool EventQueue::pop(SimTime &at, Callback &callback)
{
    if (m_heap.empty())
        return false;
    const Key top = m_heap.front();
    removeTop();
    at = SimTime::fromNanoseconds(top.at);
    // Moved out before the slot is recycled: the callback may schedule events itself.
    callback = std::move(slotAt(top.slot()).callback);
    releaseSlot(top.slot());
    --m_live;
    dropStaleTop();
    return true;
}

void EventQueue::clear()
{
    m_heap.clear();
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

void EventQueue::siftUp(std::size_t index)
{
    const Key moving = m_heap[index];
    while (index > 0) {
        const std::size_t parent = (index - 1) / Arity;
        if (!earlier(moving, m_heap[parent]))
            break;
        m_heap[index] = m_heap[parent];
        index = parent;
    }
    m_heap[index] = moving;
}

void EventQueue::siftDown(std::size_t index)
{
    const std::size_t count = m_heap.size();
    const Key moving = m_heap[index];
    for (;;) {
        const std::size_t first = Arity * index + 1;
        if (first >= count)
            break;
        const std::size_t last = std::min(first + Arity, count);
        std::size_t child = first;
        for (std::size_t c = first + 1; c < last; ++c) {
            if (earlier(m_heap[c], m_heap[child]))
                child = c;
        }
        if (!earlier(m_heap[child], moving))
            break;
        m_heap[index] = m_heap[child];
        index = child;
    }
    m_heap[index] = moving;
}

void EventQueue::removeTop()
{
    m_heap.front() = m_heap.back();
    m_heap.pop_back();
    if (!m_heap.empty())
        siftDown(0);
}

void EventQueue::dropStaleTop()
{
    while (m_stale > 0 && !m_heap.empty() && !isLive(m_heap.front())) {
        removeTop();
        --m_stale;
    }
}

void EventQueue::compactIfMostlyStale()
{
    // Many cancelled timers (retransmits, ping timeouts) must not grow the heap without bound.
    if (m_heap.size() < 1024 || m_heap.size() < 2 * m_live)
        return;
    std::size_t kept = 0;
    for (const Key &key : m_heap) {
        if (isLive(key))
            m_heap[kept++] = key;
    }
    m_heap.resize(kept);
    m_stale = 0;
    for (std::size_t i = kept / Arity + 1; i-- > 0;)
        siftDown(i);
}

} // namespace vtd::sim
