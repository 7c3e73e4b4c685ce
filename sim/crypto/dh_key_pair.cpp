#include "dh_key_pair.h"

#include "vector_state.h"

#include <botan/bigint.h>
#include <botan/dh.h>
#include <botan/dl_group.h>
#include <botan/exceptn.h>
#include <botan/pubkey.h>
#include <botan/system_rng.h>

namespace vtd::crypto {

namespace {

// RFC 2409 §6.1, First Oakley Default Group: "The prime is 2^768 - 2^704 - 1 +
// 2^64 * { [2^638 pi] + 149686 }. Its hexadecimal value is" the following; "the generator
// is 2". Botan 2 names no 768-bit group, so the prime is given here.
constexpr const char *Modp768Prime =
    "0x"
    "FFFFFFFF" "FFFFFFFF" "C90FDAA2" "2168C234" "C4C6628B" "80DC1CD1"
    "29024E08" "8A67CC74" "020BBEA6" "3B139B22" "514A0879" "8E3404DD"
    "EF9519B3" "CD3A431B" "302B0A6D" "F25F1437" "4FE1356D" "6D51C245"
    "E485B576" "625E7EC6" "F44C42E9" "A63A3620" "FFFFFFFF" "FFFFFFFF";

Botan::DL_Group makeGroup(DhGroup group)
{
    switch (group) {
    case DhGroup::Modp768:
        return Botan::DL_Group(Botan::BigInt(Modp768Prime), Botan::BigInt(2));
    case DhGroup::Modp1024:  // RFC 2409 §6.2, Second Oakley Group (generator 2)
        return Botan::DL_Group("modp/ietf/1024");
    case DhGroup::Modp1536:  // RFC 3526 §2, 1536-bit MODP Group (generator 2)
        return Botan::DL_Group("modp/ietf/1536");
    }
    throw Botan::Invalid_Argument("unknown Oakley group");
}

// Building a DL_Group precomputes tables for g, so each group is built once.
const Botan::DL_Group &oakleyGroup(DhGroup group)
{
    static const Botan::DL_Group modp768 = makeGroup(DhGroup::Modp768);
    static const Botan::DL_Group modp1024 = makeGroup(DhGroup::Modp1024);
    static const Botan::DL_Group modp1536 = makeGroup(DhGroup::Modp1536);
    switch (group) {
    case DhGroup::Modp768: return modp768;
    case DhGroup::Modp1024: return modp1024;
    case DhGroup::Modp1536: return modp1536;
    }
    return modp1024;
}

// 1 < v < p-1: the range both for a private exponent and for a public value.
bool isInOpenRange(const Botan::BigInt &v, const Botan::BigInt &p)
{
    return v > 1 && v < p - 1;
}

Bytes fixedLength(const Botan::BigInt &value, std::size_t length)
{
    Bytes out(length);
    Botan::BigInt::encode_1363(out.data(), out.size(), value);
    return out;
}

} // namespace

struct DhKeyPair::Impl
{
    DhGroup group;
    Bytes publicValue;
    Botan::DH_PrivateKey key;
};

DhKeyPair::DhKeyPair(std::shared_ptr<const Impl> impl) : m_impl(std::move(impl)) {}

Result<DhKeyPair> DhKeyPair::fromPrivateValue(DhGroup group, BytesView privateValue)
{
    clearUpperVectorState();
    try {
        const Botan::DL_Group &dl = oakleyGroup(group);
        const Botan::BigInt x = Botan::BigInt::decode(privateValue.data(), privateValue.size());
        if (!isInOpenRange(x, dl.get_p()))
            return CryptoError::BadPrivateValue;
        // The RNG is not used when x is given; Botan's constructor merely requires one.
        Botan::DH_PrivateKey key(Botan::system_rng(), dl, x);
        Bytes publicValue = fixedLength(key.get_y(), primeSize(group));
        return DhKeyPair(std::make_shared<const Impl>(Impl{group, std::move(publicValue), std::move(key)}));
    } catch (const Botan::Exception &) {
        return CryptoError::BackendFailure;
    }
}

DhGroup DhKeyPair::group() const
{
    return m_impl->group;
}

const Bytes &DhKeyPair::publicValue() const
{
    return m_impl->publicValue;
}

Result<Bytes> DhKeyPair::sharedSecret(BytesView peerPublicValue) const
{
    if (const auto invalid = checkPublicValue(m_impl->group, peerPublicValue))
        return *invalid;
    clearUpperVectorState();
    try {
        // "Raw": the agreed value itself, no KDF. The RNG only blinds the exponentiation
        // against timing leaks; it does not change the result.
        const Botan::PK_Key_Agreement agreement(m_impl->key, Botan::system_rng(), "Raw");
        const Botan::SymmetricKey z =
            agreement.derive_key(0, peerPublicValue.data(), peerPublicValue.size());
        const Botan::BigInt value = Botan::BigInt::decode(z.begin(), z.size());
        return fixedLength(value, primeSize(m_impl->group));
    } catch (const Botan::Exception &) {
        return CryptoError::BackendFailure;
    }
}

std::optional<CryptoError> checkPublicValue(DhGroup group, BytesView publicValue)
{
    if (publicValue.size() != primeSize(group))
        return CryptoError::BadPublicValueLength;
    try {
        const Botan::BigInt y = Botan::BigInt::decode(publicValue.data(), publicValue.size());
        if (!isInOpenRange(y, oakleyGroup(group).get_p()))
            return CryptoError::BadPublicValue;
        return std::nullopt;
    } catch (const Botan::Exception &) {
        return CryptoError::BackendFailure;
    }
}

Bytes dhPrime(DhGroup group)
{
    try {
        return fixedLength(oakleyGroup(group).get_p(), primeSize(group));
    } catch (const Botan::Exception &) {
        return {};
    }
}

} // namespace vtd::crypto
