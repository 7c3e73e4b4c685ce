#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <new>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace vtd::crypto {

/** Overwrites memory so that the compiler cannot drop the write as dead (Botan's secure scrub). */
void secureWipe(void *data, std::size_t size) noexcept;

/**
 * Allocator that wipes every buffer before giving it back, so keys, DH secrets and plaintext
 * never linger in freed heap memory (what Botan's secure_vector does, without Botan types).
 */
template <class T>
struct WipingAllocator
{
    using value_type = T;

    WipingAllocator() noexcept = default;
    template <class U>
    WipingAllocator(const WipingAllocator<U> &) noexcept {}

    T *allocate(std::size_t count)
    {
        if (count > std::numeric_limits<std::size_t>::max() / sizeof(T))
            throw std::bad_array_new_length();
        return static_cast<T *>(::operator new(count * sizeof(T)));
    }
    void deallocate(T *data, std::size_t count) noexcept
    {
        secureWipe(data, count * sizeof(T));
        ::operator delete(data);
    }

    template <class U>
    friend bool operator==(const WipingAllocator &, const WipingAllocator<U> &) noexcept
    {
        return true;
    }
};

/**
 * The one byte-string type of the crypto adapter and of the IKE/ESP code above it: every
 * buffer is wiped when freed, so a secret is cleared wherever it was copied to.
 */
using Bytes = std::vector<std::uint8_t, WipingAllocator<std::uint8_t>>;

/** Read-only input: any contiguous run of bytes (Bytes, std::array, a packet's payload). */
using BytesView = std::span<const std::uint8_t>;

/** Bytes from a view (a copy). */
inline Bytes toBytes(BytesView view)
{
    return Bytes(view.begin(), view.end());
}

/** Bytes of a text, byte for byte (pre-shared keys, test messages). */
Bytes bytesOf(std::string_view text);

/** The concatenation a | b | c ... that RFC 2409 writes between PRF inputs. */
Bytes concat(std::initializer_list<BytesView> parts);

/** Network-order (big-endian) encoding of a 32-bit field such as an M-ID or an SPI. */
Bytes bigEndian32(std::uint32_t value);

/** Lower-case hex without separators ("0a1b"), for traces and tests. */
std::string toHex(BytesView bytes);

/** Parses hex, ignoring spaces and an optional "0x" prefix; nullopt on any other character or an odd digit count. */
std::optional<Bytes> fromHex(std::string_view hex);

/** Compares in time that depends only on the lengths: for ICVs and HASH payloads. */
bool constantTimeEqual(BytesView a, BytesView b);

} // namespace vtd::crypto
