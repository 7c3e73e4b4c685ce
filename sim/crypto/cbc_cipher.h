#pragma once

#include "algorithms.h"
#include "bytes.h"
#include "result.h"

#include <memory>
#include <optional>
#include <span>

namespace vtd::crypto {

/**
 * DES, 3DES or AES in CBC mode under one key, without padding: ISAKMP (RFC 2409 App. B)
 * and ESP (RFC 2406 §2.4) each pad in their own way before calling it, and both carry
 * the IV themselves, so every call takes the IV explicitly.
 */
class CbcCipher
{
public:
    /** Fails with BadKeyLength unless key is exactly keySize(algorithm) bytes. */
    static Result<CbcCipher> create(EncryptionAlgorithm algorithm, BytesView key);

    CbcCipher(const CbcCipher &other);
    CbcCipher &operator=(const CbcCipher &other);
    CbcCipher(CbcCipher &&other) noexcept;
    CbcCipher &operator=(CbcCipher &&other) noexcept;
    ~CbcCipher();

    EncryptionAlgorithm algorithm() const;

    /**
     * Encrypts whole blocks. Fails with BadIvLength unless iv is one block, with
     * BadDataLength unless plaintext is a multiple of the block size (empty is fine).
     */
    Result<Bytes> encrypt(BytesView iv, BytesView plaintext) const;

    /** Decrypts whole blocks; same length rules as encrypt(). */
    Result<Bytes> decrypt(BytesView iv, BytesView ciphertext) const;

    /** encrypt() and decrypt() over the caller's buffer, without a copy (ESP, once per
     *  packet); the same errors, nullopt on success. */
    std::optional<CryptoError> encryptInPlace(BytesView iv, std::span<std::uint8_t> blocks) const;
    std::optional<CryptoError> decryptInPlace(BytesView iv, std::span<std::uint8_t> blocks) const;

private:
    struct Impl;
    explicit CbcCipher(std::unique_ptr<Impl> impl);
    static std::unique_ptr<Impl> makeImpl(EncryptionAlgorithm algorithm, BytesView key);
    std::optional<CryptoError> runInPlace(bool encrypting, BytesView iv, std::span<std::uint8_t> blocks) const;
    Result<Bytes> run(bool encrypting, BytesView iv, BytesView input) const;

    std::unique_ptr<Impl> m_impl;
};

/** One-shot CBC encryption (keys once per call; prefer CbcCipher for many packets). */
Result<Bytes> cbcEncrypt(EncryptionAlgorithm algorithm, BytesView key, BytesView iv,
                         BytesView plaintext);

/** One-shot CBC decryption. */
Result<Bytes> cbcDecrypt(EncryptionAlgorithm algorithm, BytesView key, BytesView iv,
                         BytesView ciphertext);

} // namespace vtd::crypto
