#pragma once

#include "algorithms.h"
#include "bytes.h"
#include "result.h"

#include <memory>
#include <optional>

namespace vtd::crypto {

/**
 * One side's Diffie-Hellman key pair in an Oakley MODP group (RFC 2409 §6, RFC 3526 §2).
 * The private value comes from the caller, so a simulation seeded with the same number
 * produces the same KE payloads and the same g^xy on every run.
 */
class DhKeyPair
{
public:
    /**
     * x = privateValue read as a big-endian integer (privateValueSize(group) bytes is the
     * intended length). Fails with BadPrivateValue unless 1 < x < p-1.
     */
    static Result<DhKeyPair> fromPrivateValue(DhGroup group, BytesView privateValue);

    DhGroup group() const;

    /** g^x mod p as the KE payload carries it: big-endian, left-padded to primeSize(group). */
    const Bytes &publicValue() const;

    /**
     * g^xy = peer^x mod p, big-endian, left-padded to primeSize(group) (RFC 2409 §5 uses
     * it in this form). Fails with BadPublicValueLength or BadPublicValue (see
     * checkPublicValue()) instead of computing with a degenerate value.
     */
    Result<Bytes> sharedSecret(BytesView peerPublicValue) const;

private:
    struct Impl;
    explicit DhKeyPair(std::shared_ptr<const Impl> impl);

    std::shared_ptr<const Impl> m_impl;  // immutable once built, so copies share it
};

/**
 * Validates a peer's public value y: exactly primeSize(group) bytes (RFC 2409 §5: "the
 * length of the negotiated DH group", zero-padded) and 1 < y < p-1, which excludes the
 * values that force g^xy into {1, p-1}. Returns the error, or nullopt when y is acceptable.
 */
std::optional<CryptoError> checkPublicValue(DhGroup group, BytesView publicValue);

/** The group's prime p, big-endian, primeSize(group) bytes: for traces and tests. */
Bytes dhPrime(DhGroup group);

} // namespace vtd::crypto
