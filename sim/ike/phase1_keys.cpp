#include "phase1_keys.h"

#include "sim/net/byte_order.h"

namespace vtd::sim::ike {

namespace {
crypto::EncryptionAlgorithm cipherOf(model::IkeEncryption encryption)
{
    switch (encryption) {
    case model::IkeEncryption::Des: return crypto::EncryptionAlgorithm::Des;
    case model::IkeEncryption::TripleDes: return crypto::EncryptionAlgorithm::TripleDes;
    case model::IkeEncryption::Aes128: return crypto::EncryptionAlgorithm::Aes128;
    case model::IkeEncryption::Aes192: return crypto::EncryptionAlgorithm::Aes192;
    case model::IkeEncryption::Aes256: return crypto::EncryptionAlgorithm::Aes256;
    }
    return crypto::EncryptionAlgorithm::Des;
}

crypto::Bytes bytesOf(const QByteArray &data)
{
    return crypto::toBytes(net::viewOf(data));
}
} // namespace

std::optional<QString> derivePhase1Keys(IkeSa &sa)
{
    if (!sa.dh || !sa.policy)
        return QStringLiteral("no Diffie-Hellman pair or no negotiated policy");
    // g^xy from our private value and the peer's public one.
    const auto gxy = sa.dh->sharedSecret(net::viewOf(sa.initiator ? sa.gxr : sa.gxi));
    if (!gxy)
        return QStringLiteral("the peer's Diffie-Hellman value is invalid");
    const Phase1Exchange exchange{crypto::Bytes(sa.cookieI.begin(), sa.cookieI.end()),
                                  crypto::Bytes(sa.cookieR.begin(), sa.cookieR.end()),
                                  bytesOf(sa.gxi), bytesOf(sa.gxr), bytesOf(sa.nonceI), bytesOf(sa.nonceR)};
    const Phase1Suite suite{cipherOf(sa.policy->encryption),
                            sa.policy->hash == model::IkeHash::Md5 ? crypto::HashAlgorithm::Md5
                                                                   : crypto::HashAlgorithm::Sha1};
    auto keys = KeymatV1::derivePreSharedKey(suite, exchange, net::viewOf(sa.preSharedKey), *gxy);
    if (!keys)
        return QStringLiteral("key derivation failed");
    sa.keys = *keys;
    const auto iv = sa.keys->phase1Iv();
    sa.phase1Iv = iv ? *iv : crypto::Bytes();
    return std::nullopt;
}

} // namespace vtd::sim::ike
