#include "isakmp_crypt.h"

#include "sim/crypto/cbc_cipher.h"
#include "sim/net/byte_order.h"

namespace vtd::sim::ike {

QByteArray encryptMessage(const IsakmpMessage &message, const KeymatV1 &keys, crypto::Bytes &iv,
                          QByteArray *plaintext)
{
    const crypto::EncryptionAlgorithm cipher = keys.suite().encryption;
    QByteArray body = message.encodeBody();
    const int block = int(crypto::blockSize(cipher));
    body.append(QByteArray((block - body.size() % block) % block, '\0'));
    if (plaintext)
        *plaintext = body;
    const auto encrypted = crypto::cbcEncrypt(cipher, keys.encryptionKey(), iv, net::viewOf(body));
    if (!encrypted)
        return {}; // key and IV sizes come from the suite: cannot fail with a derived key
    iv = KeymatV1::lastCipherBlock(*encrypted, std::size_t(block));
    return message.encodeEncrypted(net::toByteArray(*encrypted));
}

std::variant<DecryptedMessage, QString> decryptMessage(const EncryptedMessage &received,
                                                       const KeymatV1 &keys, crypto::Bytes &iv)
{
    const crypto::EncryptionAlgorithm cipher = keys.suite().encryption;
    const std::size_t block = crypto::blockSize(cipher);
    if (received.ciphertext.isEmpty() || std::size_t(received.ciphertext.size()) % block != 0)
        return QStringLiteral("encrypted body of %1 bytes is not a whole number of %2-byte blocks")
            .arg(received.ciphertext.size())
            .arg(block);
    const auto decrypted = crypto::cbcDecrypt(cipher, keys.encryptionKey(), iv, net::viewOf(received.ciphertext));
    if (!decrypted)
        return QStringLiteral("decryption failed");
    DecryptedMessage out;
    out.plaintext = net::toByteArray(*decrypted);
    auto decoded = decodeDecryptedBody(received.header, net::viewOf(out.plaintext), &out.chain);
    if (!decoded)
        return decoded.error().description();
    out.message = std::move(*decoded);
    out.ivUsed = iv;
    iv = KeymatV1::lastCipherBlock(net::viewOf(received.ciphertext), block);
    return out;
}

QByteArray payloadsAfterFirst(const QByteArray &plaintextBody, const DecodedChain &chain)
{
    if (chain.spans.size() < 2)
        return {};
    const int start = chain.spans[1].offset - IsakmpHeader::Size;
    const PayloadSpan &last = chain.spans.back();
    const int end = last.offset + last.length - IsakmpHeader::Size;
    return plaintextBody.mid(start, end - start);
}

} // namespace vtd::sim::ike
