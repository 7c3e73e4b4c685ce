#include "esp_wire.h"

#include "sim/net/byte_order.h"

#include <algorithm>

namespace vtd::sim::esp {

namespace {

constexpr std::size_t TrailerBytes = EspPlaintext::TrailerBytes;

void putBigEndian32(std::uint8_t *out, std::uint32_t value)
{
    out[0] = std::uint8_t(value >> 24);
    out[1] = std::uint8_t(value >> 16);
    out[2] = std::uint8_t(value >> 8);
    out[3] = std::uint8_t(value);
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
    // Built in one buffer, SPI | seq | IV | payload | padding | trailer | ICV, and encrypted in
    // place: ESP does this for every packet.
    const std::size_t padLength = espPaddingLength(payload.size(), transform.blockSize());
    const std::size_t bodyStart = EspHeader::Length + iv.size();
    const std::size_t bodyBytes = payload.size() + padLength + TrailerBytes;
    crypto::Bytes esp(bodyStart + bodyBytes + transform.icvSize());
    putBigEndian32(esp.data(), header.spi);
    putBigEndian32(esp.data() + 4, header.sequence);
    std::copy(iv.begin(), iv.end(), esp.begin() + EspHeader::Length);
    auto out = std::copy(payload.begin(), payload.end(), esp.begin() + std::ptrdiff_t(bodyStart));
    for (std::size_t i = 1; i <= padLength; ++i)
        *out++ = std::uint8_t(i);
    *out++ = std::uint8_t(padLength);
    *out++ = nextHeader;
    const std::span<std::uint8_t> body(esp.data() + bodyStart, bodyBytes);
    if (keys.cipher && keys.cipher->encryptInPlace(iv, body))
        return EspError::InvalidSa;
    if (keys.hmac) {
        const auto icv = keys.hmac->compute96(crypto::BytesView(esp).first(bodyStart + bodyBytes));
        if (!icv)
            return EspError::InvalidSa;
        std::copy(icv->begin(), icv->end(), out);
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
    EspPlaintext result;
    result.decrypted = crypto::toBytes(layout.ciphertext);
    if (keys.cipher && keys.cipher->decryptInPlace(layout.iv, result.decrypted))
        return EspError::Malformed;
    const crypto::Bytes &plaintext = result.decrypted;
    if (plaintext.size() < TrailerBytes)
        return EspError::Malformed;
    result.nextHeader = plaintext[plaintext.size() - 1];
    result.padLength = plaintext[plaintext.size() - 2];
    if (result.padLength > plaintext.size() - TrailerBytes)
        return EspError::BadPadding;
    const crypto::BytesView padding = result.padding();
    for (std::size_t i = 0; i < padding.size(); ++i) {
        if (padding[i] != std::uint8_t(i + 1))
            return EspError::BadPadding;
    }
    return result;
}

} // namespace vtd::sim::esp
