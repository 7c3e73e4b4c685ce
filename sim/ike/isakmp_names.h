#pragma once

#include "isakmp_types.h"

#include <QString>

#include <cstdint>

// Names of the ISAKMP numbers for debug output, traces and the decode tree. Where Cisco's
// debug output has its own spelling (DES-CBC, HMAC-SHA, INITIAL_CONTACT, OAK_MM) that spelling
// is used; otherwise the RFC's or Wireshark's. A value no table names reads "UNKNOWN (n)".
namespace vtd::sim::ike {

QString exchangeTypeName(ExchangeType type);       ///< "Identity Protection (Main Mode)"
QString ciscoExchangeLabel(ExchangeType type);     ///< "OAK_MM", "OAK_AG", "OAK_QM", "ISAKMP_TRANSACTION"
QString payloadTypeName(PayloadType type);         ///< "SA", "KE", "ID", "VENDOR ID"...
QString protocolIdName(ProtocolId protocol);       ///< "PROTO_IPSEC_ESP"
/** "KEY_IKE", "ESP_DES", "AH_SHA", "IPCOMP_LZS". */
QString transformIdName(ProtocolId protocol, std::uint8_t transformId);
QString idTypeName(IdType type);                   ///< "ID_IPV4_ADDR", "ID_KEY_ID"
QString notifyTypeName(NotifyType type);           ///< "INITIAL_CONTACT", "R_U_THERE", "NO_PROPOSAL_CHOSEN"
QString configTypeName(ConfigType type);           ///< "CFG_REQUEST"
QString configAttributeName(std::uint16_t type);   ///< "INTERNAL_IP4_ADDRESS", "XAUTH_USER_NAME", "UNITY_BANNER"
/** PIX 6.2's label in "ISAKMP: attribute    IP4_ADDRESS (1)"; Unity attributes are
 *  "UNKNOWN (28672)" there [seed]. XAUTH labels are the draft's names [unverified]. */
QString pix62ConfigAttributeLabel(std::uint16_t type);

QString ikeAttributeName(std::uint16_t type);      ///< "Encryption-Algorithm", "Life-Duration"
QString ipsecAttributeName(std::uint16_t type);    ///< "SA-Life-Type", "Authentication-Algorithm"
QString ikeEncryptionName(std::uint16_t value);    ///< "DES-CBC", "3DES-CBC", "AES-CBC"
QString ikeHashName(std::uint16_t value);          ///< "MD5", "SHA"
QString authMethodName(std::uint16_t value);       ///< "pre-shared key", "XAUTHInitPreShared"
QString groupName(std::uint16_t value);            ///< "768-bit MODP group"
QString lifeTypeName(std::uint16_t value);         ///< "seconds", "kilobytes"
QString ipsecAuthAlgorithmName(std::uint16_t value); ///< "HMAC-MD5", "HMAC-SHA"
QString encapsulationModeName(std::uint16_t value);  ///< "Tunnel", "Transport"

} // namespace vtd::sim::ike
