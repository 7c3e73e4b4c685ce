#include "cbc_cipher.h"

#include "botan_names.h"

#include <botan/cipher_mode.h>
#include <botan/exceptn.h>

namespace vtd::crypto {

struct CbcCipher::Impl
{
    EncryptionAlgorithm algorithm;
    Bytes key;  // kept to re-key copies; wiped on destruction
    std::unique_ptr<Botan::Cipher_Mode> encryptor;
    std::unique_ptr<Botan::Cipher_Mode> decryptor;
};

namespace {

std::unique_ptr<Botan::Cipher_Mode> keyedMode(EncryptionAlgorithm algorithm, BytesView key,
                                              Botan::Cipher_Dir direction)
{
    auto mode = Botan::Cipher_Mode::create(botanCbcName(algorithm), direction);
    if (mode)
        mode->set_key(key.data(), key.size());
    return mode;
}

// CBC over whole blocks in place: start() loads the IV, process() chains the blocks.
Result<Bytes> runCbc(Botan::Cipher_Mode &mode, EncryptionAlgorithm algorithm, BytesView iv,
                     BytesView input)
{
    const std::size_t block = blockSize(algorithm);
    if (iv.size() != block)
        return CryptoError::BadIvLength;
    if (input.size() % block != 0)
        return CryptoError::BadDataLength;
    Bytes buffer = toBytes(input);
    try {
        mode.start(iv.data(), iv.size());
        if (!buffer.empty())
            mode.process(buffer.data(), buffer.size());
        return buffer;
    } catch (const Botan::Exception &) {
        return CryptoError::BackendFailure;
    }
}

} // namespace

CbcCipher::CbcCipher(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

std::unique_ptr<CbcCipher::Impl> CbcCipher::makeImpl(EncryptionAlgorithm algorithm, BytesView key)
{
    return std::make_unique<Impl>(Impl{algorithm, toBytes(key),
                                       keyedMode(algorithm, key, Botan::ENCRYPTION),
                                       keyedMode(algorithm, key, Botan::DECRYPTION)});
}

Result<CbcCipher> CbcCipher::create(EncryptionAlgorithm algorithm, BytesView key)
{
    if (key.size() != keySize(algorithm))
        return CryptoError::BadKeyLength;
    try {
        auto impl = makeImpl(algorithm, key);
        if (!impl->encryptor || !impl->decryptor)
            return CryptoError::Unavailable;
        return CbcCipher(std::move(impl));
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

Result<Bytes> CbcCipher::encrypt(BytesView iv, BytesView plaintext) const
{
    return runCbc(*m_impl->encryptor, m_impl->algorithm, iv, plaintext);
}

Result<Bytes> CbcCipher::decrypt(BytesView iv, BytesView ciphertext) const
{
    return runCbc(*m_impl->decryptor, m_impl->algorithm, iv, ciphertext);
}

Result<Bytes> cbcEncrypt(EncryptionAlgorithm algorithm, BytesView key, BytesView iv,
                         BytesView plaintext)
{
    const Result<CbcCipher> cipher = CbcCipher::create(algorithm, key);
    if (!cipher)
        return cipher.error();
    return cipher->encrypt(iv, plaintext);
}

Result<Bytes> cbcDecrypt(EncryptionAlgorithm algorithm, BytesView key, BytesView iv,
                         BytesView ciphertext)
{
    const Result<CbcCipher> cipher = CbcCipher::create(algorithm, key);
    if (!cipher)
        return cipher.error();
    return cipher->decrypt(iv, ciphertext);
}

} // namespace vtd::crypto
