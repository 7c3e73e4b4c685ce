#include "bytes.h"

#include <botan/exceptn.h>
#include <botan/hex.h>
#include <botan/mem_ops.h>

namespace vtd::crypto {

void secureWipe(void *data, std::size_t size) noexcept
{
    if (data && size > 0)
        Botan::secure_scrub_memory(data, size);
}

Bytes bytesOf(std::string_view text)
{
    return Bytes(text.begin(), text.end());
}

Bytes concat(std::initializer_list<BytesView> parts)
{
    std::size_t total = 0;
    for (const BytesView part : parts)
        total += part.size();
    Bytes out;
    out.reserve(total);
    for (const BytesView part : parts)
        out.insert(out.end(), part.begin(), part.end());
    return out;
}

Bytes bigEndian32(std::uint32_t value)
{
    return Bytes{std::uint8_t(value >> 24), std::uint8_t(value >> 16), std::uint8_t(value >> 8),
                 std::uint8_t(value)};
}

std::string toHex(BytesView bytes)
{
    return Botan::hex_encode(bytes.data(), bytes.size(), /*uppercase*/ false);
}

std::optional<Bytes> fromHex(std::string_view hex)
{
    if (hex.starts_with("0x") || hex.starts_with("0X"))
        hex.remove_prefix(2);
    try {
        // ignore_ws = true: "0123 4567" as RFCs print vectors.
        const auto decoded = Botan::hex_decode_locked(hex.data(), hex.size(), true);
        return Bytes(decoded.begin(), decoded.end());
    } catch (const Botan::Exception &) {
        return std::nullopt;
    }
}

bool constantTimeEqual(BytesView a, BytesView b)
{
    if (a.size() != b.size())
        return false;
    return Botan::constant_time_compare(a.data(), b.data(), a.size());
}

} // namespace vtd::crypto
