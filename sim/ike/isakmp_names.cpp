#include "isakmp_names.h"

#include <span>

namespace vtd::sim::ike {

namespace {

struct Name
{
    unsigned value;
    const char *text;
};

QString lookup(std::span<const Name> table, unsigned value)
{
    for (const Name &n : table)
        if (n.value == value)
            return QString::fromLatin1(n.text);
    return QStringLiteral("UNKNOWN (%1)").arg(value);
}

constexpr Name ExchangeNames[] = {
    {1, "Base"}, {2, "Identity Protection (Main Mode)"}, {3, "Authentication Only"}, {4, "Aggressive"},
    {5, "Informational"}, {6, "Transaction (Config Mode)"}, {32, "Quick Mode"}, {33, "New Group Mode"},
};
// OAK_INFO is inferred from the OAK_ prefix of the others [unverified].
constexpr Name CiscoExchangeLabels[] = {
    {2, "OAK_MM"}, {4, "OAK_AG"}, {5, "OAK_INFO"}, {6, "ISAKMP_TRANSACTION"}, {32, "OAK_QM"}, {33, "OAK_NGM"},
};
constexpr Name PayloadNames[] = {
    {0, "NONE"}, {1, "SA"}, {2, "Proposal"}, {3, "Transform"}, {4, "KE"}, {5, "ID"}, {6, "CERT"},
    {7, "CERT_REQ"}, {8, "HASH"}, {9, "SIG"}, {10, "NONCE"}, {11, "NOTIFY"}, {12, "DELETE"},
    {13, "VENDOR ID"}, {14, "ATTRIBUTE"}, {20, "NAT-D"}, {21, "NAT-OA"}, {130, "NAT-D (draft)"},
    {131, "NAT-OA (draft)"},
};
constexpr Name ProtocolNames[] = {
    {1, "PROTO_ISAKMP"}, {2, "PROTO_IPSEC_AH"}, {3, "PROTO_IPSEC_ESP"}, {4, "PROTO_IPCOMP"},
};
constexpr Name EspNames[] = {
    {1, "ESP_DES_IV64"}, {2, "ESP_DES"}, {3, "ESP_3DES"}, {4, "ESP_RC5"}, {5, "ESP_IDEA"}, {6, "ESP_CAST"},
    {7, "ESP_BLOWFISH"}, {8, "ESP_3IDEA"}, {9, "ESP_DES_IV32"}, {10, "ESP_RC4"}, {11, "ESP_NULL"}, {12, "ESP_AES"},
};
constexpr Name AhNames[] = {{2, "AH_MD5"}, {3, "AH_SHA"}, {4, "AH_DES"}};
constexpr Name IpCompNames[] = {{1, "IPCOMP_OUI"}, {2, "IPCOMP_DEFLATE"}, {3, "IPCOMP_LZS"}, {4, "IPCOMP_LZJH"}};
constexpr Name IdNames[] = {
    {1, "ID_IPV4_ADDR"}, {2, "ID_FQDN"}, {3, "ID_USER_FQDN"}, {4, "ID_IPV4_ADDR_SUBNET"}, {5, "ID_IPV6_ADDR"},
    {6, "ID_IPV6_ADDR_SUBNET"}, {7, "ID_IPV4_ADDR_RANGE"}, {8, "ID_IPV6_ADDR_RANGE"}, {9, "ID_DER_ASN1_DN"},
    {10, "ID_DER_ASN1_GN"}, {11, "ID_KEY_ID"},
};
constexpr Name NotifyNames[] = {
    {1, "INVALID_PAYLOAD_TYPE"}, {2, "DOI_NOT_SUPPORTED"}, {3, "SITUATION_NOT_SUPPORTED"}, {4, "INVALID_COOKIE"},
    {5, "INVALID_MAJOR_VERSION"}, {6, "INVALID_MINOR_VERSION"}, {7, "INVALID_EXCHANGE_TYPE"}, {8, "INVALID_FLAGS"},
    {9, "INVALID_MESSAGE_ID"}, {10, "INVALID_PROTOCOL_ID"}, {11, "INVALID_SPI"}, {12, "INVALID_TRANSFORM_ID"},
    {13, "ATTRIBUTES_NOT_SUPPORTED"}, {14, "NO_PROPOSAL_CHOSEN"}, {15, "BAD_PROPOSAL_SYNTAX"},
    {16, "PAYLOAD_MALFORMED"}, {17, "INVALID_KEY_INFORMATION"}, {18, "INVALID_ID_INFORMATION"},
    {19, "INVALID_CERT_ENCODING"}, {20, "INVALID_CERTIFICATE"}, {21, "CERT_TYPE_UNSUPPORTED"},
    {22, "INVALID_CERT_AUTHORITY"}, {23, "INVALID_HASH_INFORMATION"}, {24, "AUTHENTICATION_FAILED"},
    {25, "INVALID_SIGNATURE"}, {26, "ADDRESS_NOTIFICATION"}, {27, "NOTIFY_SA_LIFETIME"},
    {28, "CERTIFICATE_UNAVAILABLE"}, {29, "UNSUPPORTED_EXCHANGE_TYPE"}, {30, "UNEQUAL_PAYLOAD_LENGTHS"},
    {16384, "CONNECTED"}, {24576, "RESPONDER_LIFETIME"}, {24577, "REPLAY_STATUS"}, {24578, "INITIAL_CONTACT"},
    {36136, "R_U_THERE"}, {36137, "R_U_THERE_ACK"},
};
constexpr Name ConfigTypeNames[] = {{1, "CFG_REQUEST"}, {2, "CFG_REPLY"}, {3, "CFG_SET"}, {4, "CFG_ACK"}};
constexpr Name ConfigAttributeNames[] = {
    {1, "INTERNAL_IP4_ADDRESS"}, {2, "INTERNAL_IP4_NETMASK"}, {3, "INTERNAL_IP4_DNS"}, {4, "INTERNAL_IP4_NBNS"},
    {5, "INTERNAL_ADDRESS_EXPIRY"}, {6, "INTERNAL_IP4_DHCP"}, {7, "APPLICATION_VERSION"},
    {8, "INTERNAL_IP6_ADDRESS"}, {9, "INTERNAL_IP6_NETMASK"}, {10, "INTERNAL_IP6_DNS"}, {11, "INTERNAL_IP6_NBNS"},
    {12, "INTERNAL_IP6_DHCP"}, {13, "INTERNAL_IP4_SUBNET"}, {14, "SUPPORTED_ATTRIBUTES"},
    {15, "INTERNAL_IP6_SUBNET"}, {16520, "XAUTH_TYPE"}, {16521, "XAUTH_USER_NAME"},
    {16522, "XAUTH_USER_PASSWORD"}, {16523, "XAUTH_PASSCODE"}, {16524, "XAUTH_MESSAGE"},
    {16525, "XAUTH_CHALLENGE"}, {16526, "XAUTH_DOMAIN"}, {16527, "XAUTH_STATUS"}, {16528, "XAUTH_NEXT_PIN"},
    {16529, "XAUTH_ANSWER"}, {28672, "UNITY_BANNER"}, {28673, "UNITY_SAVE_PASSWD"}, {28674, "UNITY_DEF_DOMAIN"},
    {28675, "UNITY_SPLIT_DNS_NAME"}, {28676, "UNITY_SPLIT_INCLUDE"}, {28677, "UNITY_NATT_PORT"},
    {28678, "UNITY_LOCAL_LAN"}, {28679, "UNITY_PFS"}, {28680, "UNITY_FW_TYPE"}, {28681, "UNITY_BACKUP_SERVERS"},
    {28682, "UNITY_DDNS_HOSTNAME"},
};
// PIX 6.2's own labels [seed: 1-5, 7]; 6 and 13 follow the same pattern [unverified].
constexpr Name Pix62ConfigLabels[] = {
    {1, "IP4_ADDRESS"}, {2, "IP4_NETMASK"}, {3, "IP4_DNS"}, {4, "IP4_NBNS"}, {5, "ADDRESS_EXPIRY"},
    {6, "IP4_DHCP"}, {7, "APPLICATION_VERSION"}, {13, "IP4_SUBNET"},
    {16520, "XAUTH_TYPE"}, {16521, "XAUTH_USER_NAME"}, {16522, "XAUTH_USER_PASSWORD"}, {16524, "XAUTH_MESSAGE"},
    {16527, "XAUTH_STATUS"},
};
constexpr Name IkeAttributeNames[] = {
    {1, "Encryption-Algorithm"}, {2, "Hash-Algorithm"}, {3, "Authentication-Method"}, {4, "Group-Description"},
    {5, "Group-Type"}, {6, "Group-Prime/Irreducible-Polynomial"}, {7, "Group-Generator-One"},
    {8, "Group-Generator-Two"}, {9, "Group-Curve-A"}, {10, "Group-Curve-B"}, {11, "Life-Type"},
    {12, "Life-Duration"}, {13, "PRF"}, {14, "Key-Length"}, {15, "Field-Size"}, {16, "Group-Order"},
};
constexpr Name IpsecAttributeNames[] = {
    {1, "SA-Life-Type"}, {2, "SA-Life-Duration"}, {3, "Group-Description"}, {4, "Encapsulation-Mode"},
    {5, "Authentication-Algorithm"}, {6, "Key-Length"}, {7, "Key-Rounds"}, {8, "Compress-Dictionary-Size"},
    {9, "Compress-Private-Algorithm"},
};
constexpr Name EncryptionNames[] = {
    {1, "DES-CBC"}, {2, "IDEA-CBC"}, {3, "Blowfish-CBC"}, {4, "RC5-R16-B64-CBC"}, {5, "3DES-CBC"},
    {6, "CAST-CBC"}, {7, "AES-CBC"},
};
constexpr Name HashNames[] = {{1, "MD5"}, {2, "SHA"}, {3, "Tiger"}};
constexpr Name AuthMethodNames[] = {
    {1, "pre-shared key"}, {2, "DSS signatures"}, {3, "RSA signatures"}, {4, "RSA encryption"},
    {5, "revised RSA encryption"}, {64221, "HybridInitRSA"}, {64222, "HybridRespRSA"}, {64223, "HybridInitDSS"},
    {64224, "HybridRespDSS"}, {65001, "XAUTHInitPreShared"}, {65002, "XAUTHRespPreShared"},
    {65003, "XAUTHInitDSS"}, {65004, "XAUTHRespDSS"}, {65005, "XAUTHInitRSA"}, {65006, "XAUTHRespRSA"},
    {65007, "XAUTHInitRSAEncryption"}, {65008, "XAUTHRespRSAEncryption"}, {65009, "XAUTHInitRSARevisedEncryption"},
    {65010, "XAUTHRespRSARevisedEncryption"},
};
constexpr Name GroupNames[] = {
    {1, "768-bit MODP group"}, {2, "1024-bit MODP group"}, {3, "EC2N group on GP[2^155]"},
    {4, "EC2N group on GP[2^185]"}, {5, "1536-bit MODP group"},
};
constexpr Name LifeTypeNames[] = {{1, "seconds"}, {2, "kilobytes"}};
constexpr Name IpsecAuthNames[] = {{1, "HMAC-MD5"}, {2, "HMAC-SHA"}, {3, "DES-MAC"}, {4, "KPDK"}};
constexpr Name EncapsulationNames[] = {
    {1, "Tunnel"}, {2, "Transport"}, {3, "UDP-Encapsulated-Tunnel"}, {4, "UDP-Encapsulated-Transport"},
};

} // namespace

QString exchangeTypeName(ExchangeType type) { return lookup(ExchangeNames, unsigned(type)); }
QString ciscoExchangeLabel(ExchangeType type) { return lookup(CiscoExchangeLabels, unsigned(type)); }
QString payloadTypeName(PayloadType type) { return lookup(PayloadNames, unsigned(type)); }
QString protocolIdName(ProtocolId protocol) { return lookup(ProtocolNames, unsigned(protocol)); }

QString transformIdName(ProtocolId protocol, std::uint8_t transformId)
{
    switch (protocol) {
    case ProtocolId::Isakmp:
        return transformId == TransformKeyIke ? QStringLiteral("KEY_IKE") : lookup({}, transformId);
    case ProtocolId::IpsecEsp: return lookup(EspNames, transformId);
    case ProtocolId::IpsecAh: return lookup(AhNames, transformId);
    case ProtocolId::IpComp: return lookup(IpCompNames, transformId);
    case ProtocolId::Reserved: break;
    }
    return lookup({}, transformId);
}

QString idTypeName(IdType type) { return lookup(IdNames, unsigned(type)); }
QString notifyTypeName(NotifyType type) { return lookup(NotifyNames, unsigned(type)); }
QString configTypeName(ConfigType type) { return lookup(ConfigTypeNames, unsigned(type)); }
QString configAttributeName(std::uint16_t type) { return lookup(ConfigAttributeNames, type); }

QString pix62ConfigAttributeLabel(std::uint16_t type)
{
    return lookup(Pix62ConfigLabels, type).replace(QStringLiteral("UNKNOWN (%1)").arg(type), QStringLiteral("UNKNOWN"))
           + QStringLiteral(" (%1)").arg(type);
}

QString ikeAttributeName(std::uint16_t type) { return lookup(IkeAttributeNames, type); }
QString ipsecAttributeName(std::uint16_t type) { return lookup(IpsecAttributeNames, type); }
QString ikeEncryptionName(std::uint16_t value) { return lookup(EncryptionNames, value); }
QString ikeHashName(std::uint16_t value) { return lookup(HashNames, value); }
QString authMethodName(std::uint16_t value) { return lookup(AuthMethodNames, value); }
QString groupName(std::uint16_t value) { return lookup(GroupNames, value); }
QString lifeTypeName(std::uint16_t value) { return lookup(LifeTypeNames, value); }
QString ipsecAuthAlgorithmName(std::uint16_t value) { return lookup(IpsecAuthNames, value); }
QString encapsulationModeName(std::uint16_t value) { return lookup(EncapsulationNames, value); }

} // namespace vtd::sim::ike
