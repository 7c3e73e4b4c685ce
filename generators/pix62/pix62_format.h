#pragma once

// Printing one typed PIX statement as the device prints it (full keywords, single spaces,
// no trailing space). Port, ICMP type and protocol numbers that have a PIX name are printed by
// name (`eq www`, `esp`), as `write terminal` does; the keyword fields of the dialect-neutral
// AccessListEntry are therefore not used by this dialect.

#include "model/config/pix_config.h"

#include <QString>

namespace vtd::gen::pix62 {

/** Whether secrets are printed (the stored text) or masked as `write terminal` shows them. */
enum class SecretMode { Masked, Revealed };

/** The line for one statement; unknown secrets always print as ********. */
QString formatCommand(const model::PixCommand &command, SecretMode secrets = SecretMode::Masked);

/** "permit tcp any host 10.0.0.5 eq www" (shared by access-list and conduit). */
QString formatAclEntry(const model::AccessListEntry &entry);
QString formatAddressMatch(const model::AddressMatch &match);

// One overload per statement type (used by formatCommand's visitor).
QString formatLine(const model::OutputFrameCmd &c, SecretMode);
QString formatLine(const model::CommentCmd &c, SecretMode);
QString formatLine(const model::CryptochecksumCmd &c, SecretMode);
QString formatLine(const model::VerbatimCmd &c, SecretMode);
QString formatLine(const model::PixVersionCmd &c, SecretMode);
QString formatLine(const model::NameifCmd &c, SecretMode);
QString formatLine(const model::InterfaceCmd &c, SecretMode);
QString formatLine(const model::MtuCmd &c, SecretMode);
QString formatLine(const model::IpAddressCmd &c, SecretMode);
QString formatLine(const model::PasswordCmd &c, SecretMode);
QString formatLine(const model::HostnameCmd &c, SecretMode);
QString formatLine(const model::DomainNameCmd &c, SecretMode);
QString formatLine(const model::FixupCmd &c, SecretMode);
QString formatLine(const model::NamesCmd &c, SecretMode);
QString formatLine(const model::NameCmd &c, SecretMode);
QString formatLine(const model::PagerCmd &c, SecretMode);
QString formatLine(const model::LoggingCmd &c, SecretMode);
QString formatLine(const model::IcmpCmd &c, SecretMode);
QString formatLine(const model::IpAuditCmd &c, SecretMode);
QString formatLine(const model::IpLocalPoolCmd &c, SecretMode);
QString formatLine(const model::FailoverCmd &c, SecretMode);
QString formatLine(const model::FailoverTimeoutCmd &c, SecretMode);
QString formatLine(const model::FailoverPollCmd &c, SecretMode);
QString formatLine(const model::FailoverIpAddressCmd &c, SecretMode);
QString formatLine(const model::PdmHistoryCmd &c, SecretMode);
QString formatLine(const model::ArpTimeoutCmd &c, SecretMode);
QString formatLine(const model::TimeoutCmd &c, SecretMode);
QString formatLine(const model::AaaServerProtocolCmd &c, SecretMode);
QString formatLine(const model::AaaServerHostCmd &c, SecretMode);
QString formatLine(const model::HttpServerCmd &c, SecretMode);
QString formatLine(const model::SnmpServerCmd &c, SecretMode);
QString formatLine(const model::FloodguardCmd &c, SecretMode);
QString formatLine(const model::SysoptCmd &c, SecretMode);
QString formatLine(const model::ManagementAccessCmd &c, SecretMode);
QString formatLine(const model::SessionTimeoutCmd &c, SecretMode);
QString formatLine(const model::TerminalWidthCmd &c, SecretMode);
QString formatLine(const model::AccessListCmd &c, SecretMode);
QString formatLine(const model::AccessListRemarkCmd &c, SecretMode);
QString formatLine(const model::AccessGroupCmd &c, SecretMode);
QString formatLine(const model::NatCmd &c, SecretMode);
QString formatLine(const model::GlobalCmd &c, SecretMode);
QString formatLine(const model::StaticCmd &c, SecretMode);
QString formatLine(const model::ConduitCmd &c, SecretMode);
QString formatLine(const model::RouteCmd &c, SecretMode);
QString formatLine(const model::TransformSetCmd &c, SecretMode);
QString formatLine(const model::TransformSetModeCmd &c, SecretMode);
QString formatLine(const model::IpsecLifetimeCmd &c, SecretMode);
QString formatLine(const model::CryptoMapEntryCmd &c, SecretMode);
QString formatLine(const model::DynamicMapEntryCmd &c, SecretMode);
QString formatLine(const model::CryptoMapClientAuthCmd &c, SecretMode);
QString formatLine(const model::CryptoMapClientConfigCmd &c, SecretMode);
QString formatLine(const model::CryptoMapInterfaceCmd &c, SecretMode);
QString formatLine(const model::IsakmpEnableCmd &c, SecretMode);
QString formatLine(const model::IsakmpKeyCmd &c, SecretMode);
QString formatLine(const model::IsakmpIdentityCmd &c, SecretMode);
QString formatLine(const model::IsakmpPolicyCmd &c, SecretMode);
QString formatLine(const model::IsakmpKeepaliveCmd &c, SecretMode);
QString formatLine(const model::IsakmpNatTraversalCmd &c, SecretMode);
QString formatLine(const model::IsakmpClientPoolCmd &c, SecretMode);
QString formatLine(const model::VpngroupCmd &c, SecretMode);

/** The text printed for a secret: itself when revealed and known, else ********. */
QString secretText(const std::optional<QString> &secret, SecretMode mode);

} // namespace vtd::gen::pix62
