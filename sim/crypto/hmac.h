#pragma once

#include "algorithms.h"
#include "bytes.h"
#include "result.h"

#include <array>
#include <memory>

namespace vtd::crypto {

/** An ESP ICV: HMAC-MD5-96 or HMAC-SHA-1-96, held without a heap allocation (one per packet). */
using Icv96 = std::array<std::uint8_t, Hmac96Size>;

/**
 * HMAC (RFC 2104) under one key, kept keyed so that an ESP SA or an IKE SA pays the key
 * set-up once; it is IKEv1's prf() and ESP's HMAC-MD5-96 / HMAC-SHA-1-96.
 */
class Hmac
{
public:
    /** Keys a new HMAC; fails only if Botan lacks the hash. Any key length is valid (RFC 2104 §3). */
    static Result<Hmac> create(HashAlgorithm algorithm, BytesView key);

    Hmac(const Hmac &other);
    Hmac &operator=(const Hmac &other);
    Hmac(Hmac &&other) noexcept;
    Hmac &operator=(Hmac &&other) noexcept;
    ~Hmac();

    HashAlgorithm algorithm() const;

    /** The full MAC: 16 bytes for HMAC-MD5, 20 for HMAC-SHA-1. */
    Result<Bytes> compute(BytesView data) const;

    /** The ESP ICV: the first 96 bits of the MAC (RFC 2403 §2, RFC 2404 §2). */
    Result<Icv96> compute96(BytesView data) const;

    /** True when icv is exactly the 12-byte ICV of data; compared in constant time. */
    bool verify96(BytesView data, BytesView icv) const;

private:
    struct Impl;
    explicit Hmac(std::unique_ptr<Impl> impl);

    std::unique_ptr<Impl> m_impl;
};

/** IKEv1's prf(key, data): HMAC with the negotiated hash (RFC 2409 §5). */
Result<Bytes> prf(HashAlgorithm algorithm, BytesView key, BytesView data);

/** One-shot HMAC-MD5-96 / HMAC-SHA-1-96 ICV. */
Result<Bytes> hmac96(HashAlgorithm algorithm, BytesView key, BytesView data);

} // namespace vtd::crypto
