#pragma once

// Sample messages of the seed scenario for the ISAKMP codec tests, built from the wire
// constants of the reference (not from the codec's own tables).

#include "sim/ike/isakmp_message.h"
#include "sim/ike/isakmp_vendor_ids.h"

#include <QRandomGenerator>

namespace isakmp_samples {

using namespace vtd::sim::ike;

inline QByteArray fixedBytes(int size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray out(size, '\0');
    for (char &c : out)
        c = char(rng.bounded(256));
    return out;
}

inline Cookie cookie(quint64 value)
{
    Cookie c{};
    for (int i = 0; i < 8; ++i)
        c[std::size_t(i)] = std::uint8_t(value >> (56 - 8 * i));
    return c;
}

inline vtd::model::Ipv4Address ip(const char *text)
{
    return *vtd::model::Ipv4Address::parse(QString::fromLatin1(text));
}

/** One phase-1 transform: encryption, hash, group, auth [, life seconds] in the order the
 *  seed's debug prints them. */
inline Transform ikeTransform(int number, IkeEncryption enc, IkeHash hash, IkeAuthMethod auth, std::uint32_t lifeSeconds)
{
    Transform t;
    t.number = std::uint8_t(number);
    t.transformId = TransformKeyIke;
    t.attributes = {DataAttribute::tv(IkeAttribute::EncryptionAlgorithm, std::uint16_t(enc)),
                    DataAttribute::tv(IkeAttribute::HashAlgorithm, std::uint16_t(hash)),
                    DataAttribute::tv(IkeAttribute::GroupDescription, std::uint16_t(DhGroup::Modp1024)),
                    DataAttribute::tv(IkeAttribute::AuthenticationMethod, std::uint16_t(auth))};
    if (lifeSeconds) {
        t.attributes.push_back(DataAttribute::tv(IkeAttribute::LifeType, std::uint16_t(LifeType::Seconds)));
        // Cisco sends life durations as 4-byte TLVs ("(VPI) of  0x0 0x1 0x51 0x80").
        QByteArray v(4, '\0');
        v[0] = char(lifeSeconds >> 24);
        v[1] = char(lifeSeconds >> 16);
        v[2] = char(lifeSeconds >> 8);
        v[3] = char(lifeSeconds);
        t.attributes.push_back(DataAttribute::tlv(std::uint16_t(IkeAttribute::LifeDuration), v));
    }
    return t;
}

inline SaPayload phase1Sa(std::vector<Transform> transforms)
{
    Proposal p;
    p.number = 1;
    p.protocol = ProtocolId::Isakmp;
    p.transforms = std::move(transforms);
    SaPayload sa;
    sa.proposals = {p};
    return sa;
}

/** snow's MM1 to rain: policy 10 = des/sha/group 2/pre-share; 86400 s is the default and the
 *  PIX initiator omits it (rain's log shows four attribute lines). */
inline IsakmpMessage mainMode1()
{
    IsakmpMessage m;
    m.header.initiatorCookie = cookie(0x0123456789abcdefULL);
    m.header.exchange = ExchangeType::IdentityProtection;
    m.payloads = {phase1Sa({ikeTransform(1, IkeEncryption::DesCbc, IkeHash::Sha, IkeAuthMethod::PreShared, 0)})};
    return m;
}

/** rain's MM2: the accepted transform with the life attributes (86400 s). */
inline IsakmpMessage mainMode2()
{
    IsakmpMessage m = mainMode1();
    m.header.responderCookie = cookie(0xfedcba9876543210ULL);
    m.payloads = {phase1Sa({ikeTransform(1, IkeEncryption::DesCbc, IkeHash::Sha, IkeAuthMethod::PreShared, 86400)})};
    return m;
}

/** The VPN Client 3.6's AM1: eight transforms (3DES before DES, SHA before MD5, XAUTH before
 *  plain pre-share), group 2, 2147483 s; KE, nonce, ID_KEY_ID "VPNclient", three VIDs. */
inline IsakmpMessage aggressive1()
{
    using E = IkeEncryption;
    using H = IkeHash;
    using A = IkeAuthMethod;
    const std::uint32_t life = 2147483;
    std::vector<Transform> ts = {
        ikeTransform(1, E::TripleDesCbc, H::Sha, A::XauthInitPreShared, life),
        ikeTransform(2, E::TripleDesCbc, H::Md5, A::XauthInitPreShared, life),
        ikeTransform(3, E::TripleDesCbc, H::Sha, A::PreShared, life),
        ikeTransform(4, E::TripleDesCbc, H::Md5, A::PreShared, life),
        ikeTransform(5, E::DesCbc, H::Sha, A::XauthInitPreShared, life),
        ikeTransform(6, E::DesCbc, H::Md5, A::XauthInitPreShared, life),
        ikeTransform(7, E::DesCbc, H::Sha, A::PreShared, life),
        ikeTransform(8, E::DesCbc, H::Md5, A::PreShared, life),
    };
    IsakmpMessage m;
    m.header.initiatorCookie = cookie(0x1122334455667788ULL);
    m.header.exchange = ExchangeType::Aggressive;
    m.payloads = {phase1Sa(ts),
                  KePayload{fixedBytes(128, 1)},
                  NoncePayload{fixedBytes(20, 2)},
                  IdPayload::keyId("VPNclient", 17, 500),
                  VendorIdPayload{vendorIdBytes(KnownVendorId::Xauth)},
                  VendorIdPayload{vendorIdBytes(KnownVendorId::DeadPeerDetection)},
                  VendorIdPayload{vendorIdBytes(KnownVendorId::CiscoUnity)}};
    return m;
}

/** One ESP (or ESP + IPCOMP) proposal of the client's Quick Mode, seconds only. */
inline std::vector<Proposal> clientQmProposal(int number, EspTransform esp, IpsecAuthAlgorithm auth, bool ipcomp,
                                              quint32 spi)
{
    Transform t;
    t.number = 1;
    t.transformId = std::uint8_t(esp);
    t.attributes = {DataAttribute::tv(IpsecAttribute::AuthenticationAlgorithm, std::uint16_t(auth)),
                    DataAttribute::tv(IpsecAttribute::EncapsulationMode, std::uint16_t(EncapsulationMode::Tunnel)),
                    DataAttribute::tv(IpsecAttribute::SaLifeType, std::uint16_t(LifeType::Seconds)),
                    DataAttribute::tlv(std::uint16_t(IpsecAttribute::SaLifeDuration), QByteArray::fromHex("0020c49b"))};
    Proposal p;
    p.number = std::uint8_t(number);
    p.protocol = ProtocolId::IpsecEsp;
    p.spi = QByteArray::fromHex(QByteArray::number(spi, 16).rightJustified(8, '0'));
    p.transforms = {t};
    if (!ipcomp)
        return {p};
    Proposal c;
    c.number = p.number;
    c.protocol = ProtocolId::IpComp;
    c.spi = QByteArray::fromHex("1234"); // the 2-byte CPI that PIX 6.2 refuses
    Transform lzs;
    lzs.transformId = std::uint8_t(IpCompTransform::Lzs);
    lzs.attributes = {DataAttribute::tv(IpsecAttribute::EncapsulationMode, 1),
                      DataAttribute::tv(IpsecAttribute::SaLifeType, 1),
                      DataAttribute::tlv(std::uint16_t(IpsecAttribute::SaLifeDuration), QByteArray::fromHex("0020c49b"))};
    c.transforms = {lzs};
    return {p, c};
}

/** The client's first QM1 (decrypted): HASH(1), SA with the seven proposals, nonce, IDs. */
inline IsakmpMessage quick1()
{
    using X = EspTransform;
    using A = IpsecAuthAlgorithm;
    SaPayload sa;
    const struct { X esp; A auth; bool ipcomp; } rows[] = {
        {X::TripleDes, A::HmacMd5, true}, {X::TripleDes, A::HmacSha, true}, {X::TripleDes, A::HmacMd5, false},
        {X::TripleDes, A::HmacSha, false}, {X::Des, A::HmacMd5, true}, {X::Des, A::HmacSha, true},
        {X::Des, A::HmacMd5, false},
    };
    int n = 1;
    for (const auto &r : rows)
        for (Proposal &p : clientQmProposal(n++, r.esp, r.auth, r.ipcomp, 0x4e13c751))
            sa.proposals.push_back(p);
    IsakmpMessage m;
    m.header.initiatorCookie = cookie(0x1122334455667788ULL);
    m.header.responderCookie = cookie(0x99aabbccddeeff00ULL);
    m.header.exchange = ExchangeType::QuickMode;
    m.header.flags = header_flag::Encryption;
    m.header.messageId = 2141307752u;
    m.payloads = {HashPayload{fixedBytes(16, 3)}, sa, NoncePayload{fixedBytes(20, 4)},
                  IdPayload::ipv4Address(ip("12.0.0.1")), IdPayload::ipv4Address(ip("193.0.0.1"))};
    return m;
}

/** The client's Mode Config request of the seed, attributes in the client's order. */
inline IsakmpMessage transactionRequest()
{
    AttributePayload attr;
    attr.type = ConfigType::Request;
    attr.identifier = 0x4a4b;
    for (int t : {1, 2, 3, 4, 5, 7, 28672, 28673, 28674, 28676, 28679, 28680, 28677})
        attr.attributes.push_back(DataAttribute::tlv(std::uint16_t(t), {}));
    IsakmpMessage m;
    m.header.initiatorCookie = cookie(0x1122334455667788ULL);
    m.header.responderCookie = cookie(0x99aabbccddeeff00ULL);
    m.header.exchange = ExchangeType::Transaction;
    m.header.flags = header_flag::Encryption;
    m.header.messageId = 1245965288u;
    m.payloads = {HashPayload{fixedBytes(20, 5)}, attr};
    return m;
}

} // namespace isakmp_samples
