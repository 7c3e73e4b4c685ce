#pragma once

// Internal to vtd_crypto: maps our algorithm enums to Botan's factory names. Plain strings
// only, so even this private header stays free of Botan types.

#include "algorithms.h"

#include <string>

namespace vtd::crypto {

inline std::string botanHashName(HashAlgorithm algorithm)
{
    return algorithm == HashAlgorithm::Md5 ? "MD5" : "SHA-1";
}

/** "HMAC(SHA-1)": RFC 2104 HMAC over the negotiated hash. */
inline std::string botanHmacName(HashAlgorithm algorithm)
{
    return "HMAC(" + botanHashName(algorithm) + ")";
}

inline std::string botanBlockCipherName(EncryptionAlgorithm algorithm)
{
    switch (algorithm) {
    case EncryptionAlgorithm::Des: return "DES";
    case EncryptionAlgorithm::TripleDes: return "TripleDES";
    case EncryptionAlgorithm::Aes128: return "AES-128";
    case EncryptionAlgorithm::Aes192: return "AES-192";
    case EncryptionAlgorithm::Aes256: return "AES-256";
    }
    return {};
}

/** CBC without padding: IKE (RFC 2409 App. B) and ESP (RFC 2406 §2.4) pad themselves. */
inline std::string botanCbcName(EncryptionAlgorithm algorithm)
{
    return botanBlockCipherName(algorithm) + "/CBC/NoPadding";
}

} // namespace vtd::crypto
