#include "hmac.h"

#include "botan_names.h"

#include <botan/exceptn.h>
#include <botan/mac.h>

namespace vtd::crypto {

struct Hmac::Impl
{
    HashAlgorithm algorithm;
    Bytes key;  // kept to re-key copies; wiped on destruction
    std::unique_ptr<Botan::MessageAuthenticationCode> mac;
};

namespace {

std::unique_ptr<Botan::MessageAuthenticationCode> keyedMac(HashAlgorithm algorithm, BytesView key)
{
    auto mac = Botan::MessageAuthenticationCode::create(botanHmacName(algorithm));
    if (mac)
        mac->set_key(key.data(), key.size());
    return mac;
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

Result<Bytes> Hmac::compute96(BytesView data) const
{
    Result<Bytes> full = compute(data);
    if (full)
        full->resize(Hmac96Size);
    return full;
}

bool Hmac::verify96(BytesView data, BytesView icv) const
{
    const Result<Bytes> expected = compute96(data);
    return expected && constantTimeEqual(*expected, icv);
}

Result<Bytes> prf(HashAlgorithm algorithm, BytesView key, BytesView data)
{
    const Result<Hmac> mac = Hmac::create(algorithm, key);
    if (!mac)
        return mac.error();
    return mac->compute(data);
}

Result<Bytes> hmac96(HashAlgorithm algorithm, BytesView key, BytesView data)
{
    const Result<Hmac> mac = Hmac::create(algorithm, key);
    if (!mac)
        return mac.error();
    return mac->compute96(data);
}

} // namespace vtd::crypto
