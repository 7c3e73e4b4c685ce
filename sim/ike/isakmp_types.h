#pragma once

#include <cstdint>

// The numbers of ISAKMP (RFC 2408), the IPsec DOI (RFC 2407), IKE (RFC 2409 App. A) and the
// drafts Cisco implements (XAUTH, Mode Config, Unity, DPD RFC 3706). Every enum has a fixed
// underlying type, so a value the tables do not name still fits and survives a round trip;
// names for debug output and the decode tree are in isakmp_names.h.
namespace vtd::sim::ike {

/** RFC 2408 §3.1 Exchange Type (6 = Transaction from the Mode Config draft). */
enum class ExchangeType : std::uint8_t {
    None = 0,
    Base = 1,
    IdentityProtection = 2, ///< Main Mode
    AuthenticationOnly = 3,
    Aggressive = 4,
    Informational = 5,
    Transaction = 6,        ///< Mode Config / XAUTH
    QuickMode = 32,
    NewGroupMode = 33,
};

/** RFC 2408 §3.1 Next Payload types, plus the Mode Config draft's Attribute payload. */
enum class PayloadType : std::uint8_t {
    None = 0,
    SecurityAssociation = 1,
    Proposal = 2,
    Transform = 3,
    KeyExchange = 4,
    Identification = 5,
    Certificate = 6,
    CertificateRequest = 7,
    Hash = 8,
    Signature = 9,
    Nonce = 10,
    Notification = 11,
    Delete = 12,
    VendorId = 13,
    Attribute = 14,
    NatDiscovery = 20,           ///< RFC 3947
    NatOriginalAddress = 21,     ///< RFC 3947
    NatDiscoveryDraft = 130,     ///< draft-ietf-ipsec-nat-t-ike
    NatOriginalAddressDraft = 131,
};

/** RFC 2408 §3.1 header flags. */
namespace header_flag {
inline constexpr std::uint8_t Encryption = 0x01;
inline constexpr std::uint8_t Commit = 0x02;
inline constexpr std::uint8_t AuthenticationOnly = 0x04;
inline constexpr std::uint8_t All = 0x07;
} // namespace header_flag

/** RFC 2407 §4.2 / RFC 2408 §3.4 Domain of Interpretation. */
enum class Doi : std::uint32_t { Isakmp = 0, Ipsec = 1 };

/** RFC 2407 §4.2 Situation bits; Cisco only uses identity-only. */
inline constexpr std::uint32_t SituationIdentityOnly = 0x01;

/** RFC 2407 §4.4.1 Protocol-ID of proposals, notifications and deletes. */
enum class ProtocolId : std::uint8_t { Reserved = 0, Isakmp = 1, IpsecAh = 2, IpsecEsp = 3, IpComp = 4 };

/** RFC 2407 §4.4.1 ISAKMP transform ID (phase 1). */
inline constexpr std::uint8_t TransformKeyIke = 1;

/** RFC 2407 §4.4.4 (+ RFC 3602) ESP transform IDs. */
enum class EspTransform : std::uint8_t {
    DesIv64 = 1, Des = 2, TripleDes = 3, Rc5 = 4, Idea = 5, Cast = 6, Blowfish = 7,
    TripleIdea = 8, DesIv32 = 9, Rc4 = 10, Null = 11, Aes = 12,
};

/** RFC 2407 §4.4.3 AH transform IDs. */
enum class AhTransform : std::uint8_t { Md5 = 2, Sha = 3, Des = 4 };

/** RFC 2407 §4.4.5 IPCOMP transform IDs. */
enum class IpCompTransform : std::uint8_t { Oui = 1, Deflate = 2, Lzs = 3, Lzjh = 4 };

/** RFC 2409 App. A phase-1 (Oakley) attribute classes. */
enum class IkeAttribute : std::uint16_t {
    EncryptionAlgorithm = 1,
    HashAlgorithm = 2,
    AuthenticationMethod = 3,
    GroupDescription = 4,
    GroupType = 5,
    GroupPrime = 6,
    GroupGeneratorOne = 7,
    GroupGeneratorTwo = 8,
    GroupCurveA = 9,
    GroupCurveB = 10,
    LifeType = 11,
    LifeDuration = 12,
    Prf = 13,
    KeyLength = 14,
    FieldSize = 15,
    GroupOrder = 16,
};

/** RFC 2409 App. A (+ RFC 3602) encryption algorithm values. */
enum class IkeEncryption : std::uint16_t {
    DesCbc = 1, IdeaCbc = 2, BlowfishCbc = 3, Rc5Cbc = 4, TripleDesCbc = 5, CastCbc = 6, AesCbc = 7,
};

/** RFC 2409 App. A hash algorithm values. */
enum class IkeHash : std::uint16_t { Md5 = 1, Sha = 2, Tiger = 3 };

/** RFC 2409 App. A authentication methods, plus the XAUTH draft's (65001...) variants. */
enum class IkeAuthMethod : std::uint16_t {
    PreShared = 1,
    DssSignature = 2,
    RsaSignature = 3,
    RsaEncryption = 4,
    RevisedRsaEncryption = 5,
    HybridInitRsa = 64221,
    HybridRespRsa = 64222,
    HybridInitDss = 64223,
    HybridRespDss = 64224,
    XauthInitPreShared = 65001,
    XauthRespPreShared = 65002,
    XauthInitDss = 65003,
    XauthRespDss = 65004,
    XauthInitRsa = 65005,
    XauthRespRsa = 65006,
    XauthInitRsaEncryption = 65007,
    XauthRespRsaEncryption = 65008,
    XauthInitRsaRevisedEncryption = 65009,
    XauthRespRsaRevisedEncryption = 65010,
};

/** RFC 2409 §6 / RFC 3526 group descriptions (phase 1 and PFS). */
enum class DhGroup : std::uint16_t { Modp768 = 1, Modp1024 = 2, Ec2n155 = 3, Ec2n185 = 4, Modp1536 = 5 };

/** RFC 2409 App. A / RFC 2407 §4.5 life types. */
enum class LifeType : std::uint16_t { Seconds = 1, Kilobytes = 2 };

/** RFC 2407 §4.5 IPsec SA attribute classes (phase 2). */
enum class IpsecAttribute : std::uint16_t {
    SaLifeType = 1,
    SaLifeDuration = 2,
    GroupDescription = 3,
    EncapsulationMode = 4,
    AuthenticationAlgorithm = 5,
    KeyLength = 6,
    KeyRounds = 7,
    CompressDictionarySize = 8,
    CompressPrivateAlgorithm = 9,
};

/** RFC 2407 §4.5 encapsulation modes (3/4 from RFC 3947). */
enum class EncapsulationMode : std::uint16_t { Tunnel = 1, Transport = 2, UdpTunnel = 3, UdpTransport = 4 };

/** RFC 2407 §4.5 authentication algorithms of ESP/AH SAs. */
enum class IpsecAuthAlgorithm : std::uint16_t { HmacMd5 = 1, HmacSha = 2, DesMac = 3, Kpdk = 4 };

/** RFC 2407 §4.6.2.1 identification types. */
enum class IdType : std::uint8_t {
    Ipv4Address = 1,
    Fqdn = 2,
    UserFqdn = 3,
    Ipv4AddressSubnet = 4,
    Ipv6Address = 5,
    Ipv6AddressSubnet = 6,
    Ipv4AddressRange = 7,
    Ipv6AddressRange = 8,
    DerAsn1Dn = 9,
    DerAsn1Gn = 10,
    KeyId = 11,
};

/** RFC 2408 §3.14.1 errors, RFC 2407 §4.6.3 status, RFC 3706 DPD. */
enum class NotifyType : std::uint16_t {
    InvalidPayloadType = 1,
    DoiNotSupported = 2,
    SituationNotSupported = 3,
    InvalidCookie = 4,
    InvalidMajorVersion = 5,
    InvalidMinorVersion = 6,
    InvalidExchangeType = 7,
    InvalidFlags = 8,
    InvalidMessageId = 9,
    InvalidProtocolId = 10,
    InvalidSpi = 11,
    InvalidTransformId = 12,
    AttributesNotSupported = 13,
    NoProposalChosen = 14,
    BadProposalSyntax = 15,
    PayloadMalformed = 16,
    InvalidKeyInformation = 17,
    InvalidIdInformation = 18,
    InvalidCertEncoding = 19,
    InvalidCertificate = 20,
    CertTypeUnsupported = 21,
    InvalidCertAuthority = 22,
    InvalidHashInformation = 23,
    AuthenticationFailed = 24,
    InvalidSignature = 25,
    AddressNotification = 26,
    NotifySaLifetime = 27,
    CertificateUnavailable = 28,
    UnsupportedExchangeType = 29,
    UnequalPayloadLengths = 30,
    Connected = 16384,
    ResponderLifetime = 24576,
    ReplayStatus = 24577,
    InitialContact = 24578,
    RUThere = 36136,
    RUThereAck = 36137,
};

/** Mode Config draft: the Attribute payload's message type. */
enum class ConfigType : std::uint8_t { Request = 1, Reply = 2, Set = 3, Ack = 4 };

/** Mode Config, XAUTH and Cisco Unity attribute types of the Attribute payload. */
enum class ConfigAttribute : std::uint16_t {
    InternalIp4Address = 1,
    InternalIp4Netmask = 2,
    InternalIp4Dns = 3,
    InternalIp4Nbns = 4,
    InternalAddressExpiry = 5,
    InternalIp4Dhcp = 6,
    ApplicationVersion = 7,
    InternalIp6Address = 8,
    InternalIp6Netmask = 9,
    InternalIp6Dns = 10,
    InternalIp6Nbns = 11,
    InternalIp6Dhcp = 12,
    InternalIp4Subnet = 13,
    SupportedAttributes = 14,
    InternalIp6Subnet = 15,
    XauthType = 16520,
    XauthUserName = 16521,
    XauthUserPassword = 16522,
    XauthPasscode = 16523,
    XauthMessage = 16524,
    XauthChallenge = 16525,
    XauthDomain = 16526,
    XauthStatus = 16527,
    XauthNextPin = 16528,
    XauthAnswer = 16529,
    UnityBanner = 28672,
    UnitySavePasswd = 28673,
    UnityDefDomain = 28674,
    UnitySplitDnsName = 28675,
    UnitySplitInclude = 28676,
    UnityNattPort = 28677,
    UnityLocalLan = 28678,
    UnityPfs = 28679,
    UnityFwType = 28680,
    UnityBackupServers = 28681,
    UnityDdnsHostname = 28682,
};

/** XAUTH draft: XAUTH_TYPE values and XAUTH_STATUS values. */
enum class XauthType : std::uint16_t { Generic = 0, RadiusChap = 1, Otp = 2, SKey = 3 };
enum class XauthStatus : std::uint16_t { Fail = 0, Ok = 1 };

} // namespace vtd::sim::ike
