#include "hmac.h"

#include "botan_names.h"
#include "per_thread.h"
#include "vector_state.h"

#include <botan/exceptn.h>
#include <botan/mac.h>

#include <algorithm>

namespace vtd::crypto {

struct Hmac::Impl
{
    HashAlgorithm algorithm;
    Bytes key;  // kept to re-key copies; wiped on destruction
    std::unique_ptr<Botan::MessageAuthenticationCode> mac;
};

namespace {

/** Room for the longest MAC the adapter offers (HMAC-SHA-1: 20 bytes). */
constexpr std::size_t MaxMacSize = 64;

/** The calling thread's unkeyed HMAC of an algorithm, to be cloned (see keyedMac()). Null
 *  when this Botan build lacks it. */
const Botan::MessageAuthenticationCode *macPrototype(HashAlgorithm algorithm)
{
    return perThread<Botan::MessageAuthenticationCode>(
        algorithm, [](HashAlgorithm a) { return Botan::MessageAuthenticationCode::create(botanHmacName(a)); });
}

// Every ESP SA keys its own HMAC: a clone costs a fraction of making one by name.
std::unique_ptr<Botan::MessageAuthenticationCode> keyedMac(HashAlgorithm algorithm, BytesView key)
{
    const Botan::MessageAuthenticationCode *prototype = macPrototype(algorithm);
    if (!prototype)
        return nullptr;
    std::unique_ptr<Botan::MessageAuthenticationCode> mac(prototype->clone());
    mac->set_key(key.data(), key.size());
    return mac;
}

/** The calling thread's HMAC object for one-shot use. Creating one by name (parsing, lookup,
 *  allocation) costs more than a PRF over a few dozen octets, and IKE computes thousands. */
Botan::MessageAuthenticationCode &sharedMac(HashAlgorithm algorithm)
{
    return *perThread<Botan::MessageAuthenticationCode>(algorithm, [](HashAlgorithm a) {
        return Botan::MessageAuthenticationCode::create_or_throw(botanHmacName(a));
    });
}

} // namespace

Hmac::Hmac(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

Result<Hmac> Hmac::create(HashAlgorithm algorithm, BytesView key)
{
    try {
        auto mac = keyedMac(algorithm, key);
        if (!mac)
            return CryptoError::Unavailable;
        return Hmac(std::make_unique<Impl>(Impl{algorithm, toBytes(key), std::move(mac)}));
    } catch (const Botan::Exception &) {
        return CryptoError::BackendFailure;
    }
}

// Copies get their own Botan object keyed with the same key; a keyed Botan MAC cannot be
// cloned with its key, and re-keying HMAC is cheap.
Hmac::Hmac(const Hmac &other)
    : m_impl(std::make_unique<Impl>(
          Impl{other.m_impl->algorithm, other.m_impl->key,
               keyedMac(other.m_impl->algorithm, other.m_impl->key)}))
{}

Hmac &Hmac::operator=(const Hmac &other)
{
    if (this != &other)
        *this = Hmac(other);
    return *this;
}

Hmac::Hmac(Hmac &&other) noexcept = default;
Hmac &Hmac::operator=(Hmac &&other) noexcept = default;
Hmac::~Hmac() = default;

HashAlgorithm Hmac::algorithm() const
{
    return m_impl->algorithm;
}

Result<Bytes> Hmac::compute(BytesView data) const
{
    clearUpperVectorState();
    try {
        Botan::MessageAuthenticationCode &mac = *m_impl->mac;
        mac.update(data.data(), data.size());
        Bytes out(mac.output_length());
        mac.final(out.data());
        return out;
    } catch (const Botan::Exception &) {
        return CryptoError::BackendFailure;
    }
}

Result<Icv96> Hmac::compute96(BytesView data) const
{
    clearUpperVectorState();
    try {
        // On the stack: ESP computes one per packet, and the full MAC is wiped before return.
        Botan::MessageAuthenticationCode &mac = *m_impl->mac;
        std::array<std::uint8_t, MaxMacSize> full{};
        if (mac.output_length() > full.size() || mac.output_length() < Hmac96Size)
            return CryptoError::Unavailable;
        mac.update(data.data(), data.size());
        mac.final(full.data());
        Icv96 icv;
        std::copy_n(full.begin(), icv.size(), icv.begin());
        secureWipe(full.data(), full.size());
        return icv;
    } catch (const Botan::Exception &) {
        return CryptoError::BackendFailure;
    }
}

bool Hmac::verify96(BytesView data, BytesView icv) const
{
    const Result<Icv96> expected = compute96(data);
    return expected && constantTimeEqual(*expected, icv);
}

Result<Bytes> prf(HashAlgorithm algorithm, BytesView key, BytesView data)
{
    clearUpperVectorState();
    try {
        Botan::MessageAuthenticationCode &mac = sharedMac(algorithm);
        mac.set_key(key.data(), key.size());
        mac.update(data.data(), data.size());
        Bytes out(mac.output_length());
        mac.final(out.data());
        mac.clear();  // the key does not stay behind in the shared object
        return out;
    } catch (const Botan::Exception &) {
        return CryptoError::BackendFailure;
    }
}

Result<Bytes> hmac96(HashAlgorithm algorithm, BytesView key, BytesView data)
{
    Result<Bytes> full = prf(algorithm, key, data);
    if (full)
        full->resize(Hmac96Size);
    return full;
}

} // namespace vtd::crypto
