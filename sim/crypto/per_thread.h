#pragma once

// Internal to vtd_crypto: Botan objects made once per thread and key. Making one by name
// (parsing, looking up, trying each family) costs more than the work the simulator asks of it,
// thousands of times per run.

#include <map>
#include <memory>

namespace vtd::crypto {

/** The calling thread's object for `key`, made by `make(key)` the first time (null when make
 *  gave null; tried again when it threw). Per thread, as a plain static map written from two
 *  threads would race. Each call site has its own map: the lambda's type is part of it. */
template <class Object, class Key, class Make>
Object *perThread(const Key &key, Make make)
{
    thread_local std::map<Key, std::unique_ptr<Object>> objects;
    const auto [entry, isNew] = objects.try_emplace(key);
    if (isNew) {
        try {
            entry->second = make(key);
        } catch (...) {
            objects.erase(entry);
            throw;
        }
    }
    return entry->second.get();
}

} // namespace vtd::crypto
