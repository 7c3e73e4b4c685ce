#include "esp_wire.h"

#include "sim/net/byte_order.h"

namespace vtd::sim::esp {

namespace {

constexpr std::size_t TrailerBytes = 2;  // pad length + next header

crypto::Bytes paddedPlaintext(const EspTransform &transform, crypto::BytesView payload,
                              std::uint8_t nextHeader)
{
    const std::size_t padLength = espPaddingLength(payload.size(), transform.blockSize());
    crypto::Bytes plaintext;
    plaintext.reserve(payload.size() + padLength + TrailerBytes);
    plaintext.insert(plaintext.end(), payload.begin(), payload.end());
    for (std::size_t i = 1; i <= padLength; ++i)
        plaintext.push_back(std::uint8_t(i));
    plaintext.push_back(std::uint8_t(padLength));
    plaintext.push_back(nextHeader);
    return plaintext;
}

} // namespace

std::optional<EspHeader> readEspHeader(crypto::BytesView esp)
{
    if (esp.size() < EspHeader::Length)
        return std::nullopt;
    return EspHeader{net::readU32(esp, 0), net::readU32(esp, 4)};
}

EspResult<crypto::Bytes> sealEsp(const EspKeys &keys, const EspHeader &header, crypto::BytesView iv,
                                 crypto::BytesView payload, std::uint8_t nextHeader)
{
    const EspTransform &transform = keys.transform;
    if (iv.size() != transform.ivSize() || bool(keys.cipher) != transform.encryption.has_value()
        || bool(keys.hmac) != transform.authentication.has_value())
        return EspError::InvalidSa;
    const crypto::Bytes plaintext = paddedPlaintext(transform, payload, nextHeader);
    crypto::Bytes esp = crypto::concat({crypto::bigEndian32(header.spi), crypto::bigEndian32(header.sequence), iv});
    if (keys.cipher) {
        const auto ciphertext = keys.cipher->encrypt(iv, plaintext);
        if (!ciphertext)
            return EspError::InvalidSa;
        esp.insert(esp.end(), ciphertext->begin(), ciphertext->end());
    } else {
        esp.insert(esp.end(), plaintext.begin(), plaintext.end());
    }
    if (keys.hmac) {
        const auto icv = keys.hmac->compute96(esp);
        if (!icv)
            return EspError::InvalidSa;
        esp.insert(esp.end(), icv->begin(), icv->end());
    }
    return esp;
}

EspResult<EspLayout> splitEsp(const EspTransform &transform, crypto::BytesView esp)
{
    const std::size_t fixed = EspHeader::Length + transform.ivSize();
    const std::size_t icvSize = transform.icvSize();
    if (esp.size() < fixed + TrailerBytes + icvSize)
        return EspError::Malformed;
    const std::size_t cipherBytes = esp.size() - fixed - icvSize;
    if (cipherBytes % transform.blockSize() != 0)
        return EspError::Malformed;
    EspLayout layout;
    layout.header = *readEspHeader(esp);
    layout.iv = esp.subspan(EspHeader::Length, transform.ivSize());
    layout.ciphertext = esp.subspan(fixed, cipherBytes);
    layout.icv = esp.subspan(fixed + cipherBytes, icvSize);
    layout.authenticated = esp.first(fixed + cipherBytes);
    return layout;
}

bool verifyIcv(const EspKeys &keys, const EspLayout &layout)
{
    return !keys.hmac || keys.hmac->verify96(layout.authenticated, layout.icv);
}

EspResult<EspPlaintext> openEsp(const EspKeys &keys, const EspLayout &layout)
{
    crypto::Bytes plaintext;
    if (keys.cipher) {
        auto decrypted = keys.cipher->decrypt(layout.iv, layout.ciphertext);
        if (!decrypted)
            return EspError::Malformed;
        plaintext = std::move(decrypted).value();
    } else {
        plaintext = crypto::toBytes(layout.ciphertext);
    }
    if (plaintext.size() < TrailerBytes)
        return EspError::Malformed;
    EspPlaintext result;
    result.nextHeader = plaintext[plaintext.size() - 1];
    result.padLength = plaintext[plaintext.size() - 2];
    const std::size_t payloadBytes = plaintext.size() - TrailerBytes;
    if (result.padLength > payloadBytes)
        return EspError::BadPadding;
    const std::size_t padStart = payloadBytes - result.padLength;
    result.payload.assign(plaintext.begin(), plaintext.begin() + std::ptrdiff_t(padStart));
    result.padding.assign(plaintext.begin() + std::ptrdiff_t(padStart),
                          plaintext.begin() + std::ptrdiff_t(payloadBytes));
    for (std::size_t i = 0; i < result.padding.size(); ++i) {
        if (result.padding[i] != std::uint8_t(i + 1))
            return EspError::BadPadding;
    }
    return result;
}

} // namespace vtd::sim::esp
