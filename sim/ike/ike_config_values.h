#pragma once

// The bridge between what a configuration says (model::IsakmpPolicy, model::TransformSet) and
// what goes on the wire (RFC 2409 App. A / RFC 2407 numbers), plus the configuration words that
// diagnostics use to say what was offered ("3des", "md5", "pre-share with XAUTH").

#include "isakmp_types.h"

#include "model/config/isakmp_policy.h"
#include "model/config/transform_set.h"

#include <QString>

#include <optional>

namespace vtd::sim::ike {

/** A cipher as the wire names it: the algorithm and, for AES, its key length in bits. */
struct WireCipher
{
    std::uint16_t algorithm = 0;
    std::optional<int> keyLength;
    friend bool operator==(const WireCipher &, const WireCipher &) = default;
};

WireCipher wireCipher(model::IkeEncryption encryption);
std::uint16_t wireHash(model::IkeHash hash);
std::uint16_t wireAuthMethod(model::IkeAuthentication method);
std::uint16_t wireGroup(model::DhGroup group);
std::optional<model::DhGroup> configGroup(std::uint16_t wire);

/** ESP transform ID (and key length) of a transform set's encryption transform. */
std::optional<WireCipher> wireEspCipher(model::IpsecTransform transform);
/** ESP/AH authentication algorithm of a transform set's authentication transform. */
std::optional<IpsecAuthAlgorithm> wireEspAuth(model::IpsecTransform transform);

/** Configuration words: "des", "3des", "aes", "aes-192", "aes-256"; unknown ones by number. */
QString ikeEncryptionWord(std::uint16_t algorithm, std::optional<int> keyLength);
QString ikeHashWord(std::uint16_t hash);
QString authMethodWord(std::uint16_t method);
QString groupWord(std::uint16_t group);
/** "esp-des", "esp-3des", "esp-aes-256", "esp-null"; "ah-md5-hmac"... */
QString espCipherWord(std::uint16_t transformId, std::optional<int> keyLength);
QString espAuthWord(std::optional<std::uint16_t> authAlgorithm);

} // namespace vtd::sim::ike
