#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace vtd::crypto {

/** Hashes IKEv1 negotiates (phase-1 hash and PRF) and ESP authenticates with (HMAC-x-96). */
enum class HashAlgorithm { Md5, Sha1 };

/** CBC ciphers of IKEv1 phase 1 and of ESP; AES carries its key length in the value. */
enum class EncryptionAlgorithm { Des, TripleDes, Aes128, Aes192, Aes256 };

/** Oakley MODP groups, numbered as IKE's Group Description attribute numbers them. */
enum class DhGroup { Modp768 = 1, Modp1024 = 2, Modp1536 = 5 };

/** Digest length in bytes: 16 for MD5, 20 for SHA-1 (also the HMAC output and ESP auth key size). */
constexpr std::size_t digestSize(HashAlgorithm hash)
{
    return hash == HashAlgorithm::Md5 ? 16 : 20;
}

/** Length of an HMAC-MD5-96 / HMAC-SHA-1-96 ICV (RFC 2403 §2, RFC 2404 §2). */
inline constexpr std::size_t Hmac96Size = 12;

/** Cipher block size in bytes, which is also the CBC IV size. */
constexpr std::size_t blockSize(EncryptionAlgorithm cipher)
{
    switch (cipher) {
    case EncryptionAlgorithm::Des:
    case EncryptionAlgorithm::TripleDes: return 8;
    case EncryptionAlgorithm::Aes128:
    case EncryptionAlgorithm::Aes192:
    case EncryptionAlgorithm::Aes256: return 16;
    }
    return 0;
}

/** Key size in bytes, parity bits included for DES (8) and 3DES (24 = K1|K2|K3). */
constexpr std::size_t keySize(EncryptionAlgorithm cipher)
{
    switch (cipher) {
    case EncryptionAlgorithm::Des: return 8;
    case EncryptionAlgorithm::TripleDes: return 24;
    case EncryptionAlgorithm::Aes128: return 16;
    case EncryptionAlgorithm::Aes192: return 24;
    case EncryptionAlgorithm::Aes256: return 32;
    }
    return 0;
}

/** Length of the group's prime in bytes: the size of every public value and of g^xy. */
constexpr std::size_t primeSize(DhGroup group)
{
    switch (group) {
    case DhGroup::Modp768: return 96;
    case DhGroup::Modp1024: return 128;
    case DhGroup::Modp1536: return 192;
    }
    return 0;
}

/**
 * Private exponent length in bytes that a peer should draw from its RNG: twice the group's
 * estimated strength (RFC 3526 §8 gives 180-240 bits for 1536-bit MODP; 160 bits is the
 * customary choice for the 768/1024-bit groups). Fixed here so seeded runs do not depend on Botan.
 */
constexpr std::size_t privateValueSize(DhGroup group)
{
    return group == DhGroup::Modp1536 ? 30 : 20;
}

/** The group for an IKE Group Description number (1, 2, 5), or nullopt for groups we lack. */
constexpr std::optional<DhGroup> dhGroupFromNumber(int number)
{
    switch (number) {
    case 1: return DhGroup::Modp768;
    case 2: return DhGroup::Modp1024;
    case 5: return DhGroup::Modp1536;
    default: return std::nullopt;
    }
}

/** Names as traces print them: "MD5", "SHA-1". */
constexpr std::string_view algorithmName(HashAlgorithm hash)
{
    return hash == HashAlgorithm::Md5 ? "MD5" : "SHA-1";
}

/** "DES", "3DES", "AES-128", "AES-192", "AES-256". */
constexpr std::string_view algorithmName(EncryptionAlgorithm cipher)
{
    switch (cipher) {
    case EncryptionAlgorithm::Des: return "DES";
    case EncryptionAlgorithm::TripleDes: return "3DES";
    case EncryptionAlgorithm::Aes128: return "AES-128";
    case EncryptionAlgorithm::Aes192: return "AES-192";
    case EncryptionAlgorithm::Aes256: return "AES-256";
    }
    return "?";
}

/** "MODP-768", "MODP-1024", "MODP-1536". */
constexpr std::string_view algorithmName(DhGroup group)
{
    switch (group) {
    case DhGroup::Modp768: return "MODP-768";
    case DhGroup::Modp1024: return "MODP-1024";
    case DhGroup::Modp1536: return "MODP-1536";
    }
    return "?";
}

} // namespace vtd::crypto
