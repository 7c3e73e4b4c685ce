#include "cbc_cipher.h"

#include "botan_names.h"
#include "per_thread.h"
#include "vector_state.h"

#include <botan/block_cipher.h>
#include <botan/cbc.h>
#include <botan/cipher_mode.h>
#include <botan/exceptn.h>
#include <botan/mode_pad.h>

namespace vtd::crypto {

// Each direction's Botan object is made when first used: an ESP SA only ever encrypts or only
// decrypts, and a one-shot call needs one of the two.
struct CbcCipher::Impl
{
    EncryptionAlgorithm algorithm;
    Bytes key;  // kept to key the directions and copies; wiped on destruction
    std::unique_ptr<Botan::Cipher_Mode> encryptor;
    std::unique_ptr<Botan::Cipher_Mode> decryptor;
};

namespace {

/** The calling thread's unkeyed block cipher of an algorithm, to be cloned: every ESP SA keys
 *  its own CBC object, and making one by name (parsing, trying each mode family) costs ten
 *  times more than cloning. Null when this Botan build lacks the cipher. */
const Botan::BlockCipher *blockCipherPrototype(EncryptionAlgorithm algorithm)
{
    return perThread<Botan::BlockCipher>(
        algorithm, [](EncryptionAlgorithm a) { return Botan::BlockCipher::create(botanBlockCipherName(a)); });
}

// What Cipher_Mode::create("DES/CBC/NoPadding", ...) builds, without the name lookup.
std::unique_ptr<Botan::Cipher_Mode> keyedMode(EncryptionAlgorithm algorithm, BytesView key,
                                              Botan::Cipher_Dir direction)
{
    const Botan::BlockCipher *prototype = blockCipherPrototype(algorithm);
    if (!prototype)
        return nullptr;
    std::unique_ptr<Botan::Cipher_Mode> mode;
    if (direction == Botan::ENCRYPTION)
        mode = std::make_unique<Botan::CBC_Encryption>(prototype->clone(), new Botan::Null_Padding);
    else
        mode = std::make_unique<Botan::CBC_Decryption>(prototype->clone(), new Botan::Null_Padding);
    mode->set_key(key.data(), key.size());
    return mode;
}

/** The calling thread's unkeyed CBC object for one-shot use: creating one by name costs more
 *  than encrypting an ISAKMP message. */
Botan::Cipher_Mode &sharedMode(EncryptionAlgorithm algorithm, Botan::Cipher_Dir direction)
{
    return *perThread<Botan::Cipher_Mode>(std::pair{algorithm, direction}, [](const auto &which) {
        return Botan::Cipher_Mode::create_or_throw(botanCbcName(which.first), which.second);
    });
}

/** Whether the Botan build offers the mode at all: CBC is there whenever the cipher is. */
bool isAvailable(EncryptionAlgorithm algorithm)
{
    return blockCipherPrototype(algorithm) != nullptr;
}

// CBC over whole blocks in place: start() loads the IV, process() chains the blocks.
std::optional<CryptoError> runCbc(Botan::Cipher_Mode &mode, EncryptionAlgorithm algorithm, BytesView iv,
                                  std::span<std::uint8_t> blocks)
{
    const std::size_t block = blockSize(algorithm);
    if (iv.size() != block)
        return CryptoError::BadIvLength;
    if (blocks.size() % block != 0)
        return CryptoError::BadDataLength;
    clearUpperVectorState();
    try {
        mode.start(iv.data(), iv.size());
        if (!blocks.empty())
            mode.process(blocks.data(), blocks.size());
        return std::nullopt;
    } catch (const Botan::Exception &) {
        return CryptoError::BackendFailure;
    }
}

/** An in-place operation run over a copy of the input, the copy returned. */
template <class InPlace>
Result<Bytes> onCopy(BytesView input, InPlace &&inPlace)
{
    Bytes buffer = toBytes(input);
    if (const std::optional<CryptoError> error = inPlace(std::span<std::uint8_t>(buffer)))
        return *error;
    return buffer;
}

} // namespace

CbcCipher::CbcCipher(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

std::unique_ptr<CbcCipher::Impl> CbcCipher::makeImpl(EncryptionAlgorithm algorithm, BytesView key)
{
    return std::make_unique<Impl>(Impl{algorithm, toBytes(key), nullptr, nullptr});
}

Result<CbcCipher> CbcCipher::create(EncryptionAlgorithm algorithm, BytesView key)
{
    if (key.size() != keySize(algorithm))
        return CryptoError::BadKeyLength;
    try {
        if (!isAvailable(algorithm))
            return CryptoError::Unavailable;
        return CbcCipher(makeImpl(algorithm, key));
    } catch (const Botan::Exception &) {
        return CryptoError::BackendFailure;
    }
}

// A copy keys its own Botan objects: a keyed Cipher_Mode cannot be cloned with its key.
CbcCipher::CbcCipher(const CbcCipher &other)
    : m_impl(makeImpl(other.m_impl->algorithm, other.m_impl->key))
{}

CbcCipher &CbcCipher::operator=(const CbcCipher &other)
{
    if (this != &other)
        *this = CbcCipher(other);
    return *this;
}

CbcCipher::CbcCipher(CbcCipher &&other) noexcept = default;
CbcCipher &CbcCipher::operator=(CbcCipher &&other) noexcept = default;
CbcCipher::~CbcCipher() = default;

EncryptionAlgorithm CbcCipher::algorithm() const
{
    return m_impl->algorithm;
}

std::optional<CryptoError> CbcCipher::runInPlace(bool encrypting, BytesView iv, std::span<std::uint8_t> blocks) const
{
    std::unique_ptr<Botan::Cipher_Mode> &mode = encrypting ? m_impl->encryptor : m_impl->decryptor;
    try {
        if (!mode)
            mode = keyedMode(m_impl->algorithm, m_impl->key, encrypting ? Botan::ENCRYPTION : Botan::DECRYPTION);
    } catch (const Botan::Exception &) {
        return CryptoError::BackendFailure;
    }
    if (!mode)
        return CryptoError::Unavailable;
    return runCbc(*mode, m_impl->algorithm, iv, blocks);
}

Result<Bytes> CbcCipher::run(bool encrypting, BytesView iv, BytesView input) const
{
    return onCopy(input, [&](std::span<std::uint8_t> blocks) { return runInPlace(encrypting, iv, blocks); });
}

Result<Bytes> CbcCipher::encrypt(BytesView iv, BytesView plaintext) const
{
    return run(true, iv, plaintext);
}

Result<Bytes> CbcCipher::decrypt(BytesView iv, BytesView ciphertext) const
{
    return run(false, iv, ciphertext);
}

std::optional<CryptoError> CbcCipher::encryptInPlace(BytesView iv, std::span<std::uint8_t> blocks) const
{
    return runInPlace(true, iv, blocks);
}

std::optional<CryptoError> CbcCipher::decryptInPlace(BytesView iv, std::span<std::uint8_t> blocks) const
{
    return runInPlace(false, iv, blocks);
}

namespace {

Result<Bytes> oneShot(EncryptionAlgorithm algorithm, Botan::Cipher_Dir direction, BytesView key, BytesView iv,
                      BytesView input)
{
    if (key.size() != keySize(algorithm))
        return CryptoError::BadKeyLength;
    try {
        Botan::Cipher_Mode &mode = sharedMode(algorithm, direction);
        mode.set_key(key.data(), key.size());
        Result<Bytes> output =
            onCopy(input, [&](std::span<std::uint8_t> blocks) { return runCbc(mode, algorithm, iv, blocks); });
        mode.clear();  // the key does not stay behind in the shared object
        return output;
    } catch (const Botan::Exception &) {
        return CryptoError::BackendFailure;
    }
}

} // namespace

Result<Bytes> cbcEncrypt(EncryptionAlgorithm algorithm, BytesView key, BytesView iv,
                         BytesView plaintext)
{
    return oneShot(algorithm, Botan::ENCRYPTION, key, iv, plaintext);
}

Result<Bytes> cbcDecrypt(EncryptionAlgorithm algorithm, BytesView key, BytesView iv,
                         BytesView ciphertext)
{
    return oneShot(algorithm, Botan::DECRYPTION, key, iv, ciphertext);
}

} // namespace vtd::crypto
