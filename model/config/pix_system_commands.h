#pragma once

// Typed PIX 6.x statements for the box itself: version, interfaces, passwords, names, logging,
// failover, timeouts, management access and the lines printed around the configuration.
// One struct = one configuration line; the comment shows the line it stands for.

#include "access_list.h"
#include "model/ipv4.h"
#include "pix_duration.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vtd::model {

/** `PIX Version 6.2(2)`: decides which features the configuration may use. */
struct PixVersionCmd
{
    QString version;
    friend bool operator==(const PixVersionCmd &, const PixVersionCmd &) = default;
};

/** `nameif ethernet0 outside security0`: names a port and sets its security level. */
struct NameifCmd
{
    QString hardware;  ///< "ethernet0"
    QString name;
    int security = 0;  ///< 0..100
    friend bool operator==(const NameifCmd &, const NameifCmd &) = default;
};

/** `interface ethernet3 auto shutdown`: physical speed and administrative state of a port. */
struct InterfaceCmd
{
    QString hardware;
    QString speed = QStringLiteral("auto");
    bool shutdown = false;
    friend bool operator==(const InterfaceCmd &, const InterfaceCmd &) = default;
};

/** `mtu outside 1500`. */
struct MtuCmd
{
    QString ifName;
    int bytes = 1500;
    friend bool operator==(const MtuCmd &, const MtuCmd &) = default;
};

/** `ip address inside 10.0.0.1 255.255.255.0` (127.0.0.1/32 is the 6.2 "unset" placeholder). */
struct IpAddressCmd
{
    QString ifName;
    Ipv4Address address;
    Ipv4Address mask;
    friend bool operator==(const IpAddressCmd &, const IpAddressCmd &) = default;
};

/** `enable password HASH encrypted` / `passwd HASH encrypted`. */
struct PasswordCmd
{
    enum class Kind { Enable, Telnet };
    Kind kind = Kind::Enable;
    QString password;        ///< the hash when encrypted, else the cleartext as typed
    bool encrypted = true;
    friend bool operator==(const PasswordCmd &, const PasswordCmd &) = default;
};

/** `hostname snow`. */
struct HostnameCmd
{
    QString name;
    friend bool operator==(const HostnameCmd &, const HostnameCmd &) = default;
};

/** `domain-name example.com`. */
struct DomainNameCmd
{
    QString name;
    friend bool operator==(const DomainNameCmd &, const DomainNameCmd &) = default;
};

/** `[no] fixup protocol ftp 21`, `fixup protocol h323 ras 1718-1719`. */
struct FixupCmd
{
    bool enabled = true;
    QString protocol;
    QString option;            ///< sub-keyword before the port ("h225", "ras", "udp", "maximum-length")
    std::optional<int> port;
    std::optional<int> portEnd;
    friend bool operator==(const FixupCmd &, const FixupCmd &) = default;
};

/** `names` / `no names`: whether `name` aliases are used. */
struct NamesCmd
{
    bool enabled = true;
    friend bool operator==(const NamesCmd &, const NamesCmd &) = default;
};

/** `name 10.0.0.5 server`: an alias usable in place of the address. */
struct NameCmd
{
    Ipv4Address address;
    QString name;
    friend bool operator==(const NameCmd &, const NameCmd &) = default;
};

/** `pager lines 24` / `no pager`. */
struct PagerCmd
{
    bool enabled = true;
    std::optional<int> lines;
    friend bool operator==(const PagerCmd &, const PagerCmd &) = default;
};

/** `[no] logging on`, `logging console debugging`, `logging host inside 10.0.0.9`. */
struct LoggingCmd
{
    bool enabled = true;
    QString target;          ///< "on", "console", "buffered", "trap", "host", ...
    QStringList arguments;   ///< level or further words, as written
    friend bool operator==(const LoggingCmd &, const LoggingCmd &) = default;
};

/** `icmp permit any outside`: ICMP to the PIX's own interface. */
struct IcmpCmd
{
    AclAction action = AclAction::Permit;
    AddressMatch source;
    std::optional<int> icmpType;
    QString ifName;
    friend bool operator==(const IcmpCmd &, const IcmpCmd &) = default;
};

/** `ip audit info action alarm` / `ip audit attack action alarm`. */
struct IpAuditCmd
{
    bool attack = false;       ///< false: info signatures
    QStringList actions;       ///< "alarm", "drop", "reset"
    friend bool operator==(const IpAuditCmd &, const IpAuditCmd &) = default;
};

/** `ip local pool remote-VPN 12.0.0.1-12.0.0.34`: Mode-Config address pool. */
struct IpLocalPoolCmd
{
    QString name;
    Ipv4Address first;
    std::optional<Ipv4Address> last;
    friend bool operator==(const IpLocalPoolCmd &, const IpLocalPoolCmd &) = default;
};

/** `failover` / `no failover`. */
struct FailoverCmd
{
    bool enabled = false;
    friend bool operator==(const FailoverCmd &, const FailoverCmd &) = default;
};

/** `failover timeout 0:00:00`. */
struct FailoverTimeoutCmd
{
    HmsDuration timeout;
    friend bool operator==(const FailoverTimeoutCmd &, const FailoverTimeoutCmd &) = default;
};

/** `failover poll 15`. */
struct FailoverPollCmd
{
    int seconds = 15;
    friend bool operator==(const FailoverPollCmd &, const FailoverPollCmd &) = default;
};

/** `failover ip address outside 0.0.0.0`: the standby unit's address on an interface. */
struct FailoverIpAddressCmd
{
    QString ifName;
    Ipv4Address address;
    friend bool operator==(const FailoverIpAddressCmd &, const FailoverIpAddressCmd &) = default;
};

/** `[no] pdm history enable`. */
struct PdmHistoryCmd
{
    bool enabled = true;
    friend bool operator==(const PdmHistoryCmd &, const PdmHistoryCmd &) = default;
};

/** `arp timeout 14400`. */
struct ArpTimeoutCmd
{
    int seconds = 14400;
    friend bool operator==(const ArpTimeoutCmd &, const ArpTimeoutCmd &) = default;
};

/** One `name h:mm:ss [qualifier]` pair of a `timeout` line. */
struct TimeoutItem
{
    QString name;           ///< "xlate", "conn", "half-closed", "udp", "uauth", ...
    HmsDuration value;
    QString qualifier;      ///< uauth: "absolute" / "inactivity"; else empty
    friend bool operator==(const TimeoutItem &, const TimeoutItem &) = default;
};

/** `timeout conn 1:00:00 half-closed 0:10:00 ...`: idle timers, several per line. */
struct TimeoutCmd
{
    QList<TimeoutItem> items;
    friend bool operator==(const TimeoutCmd &, const TimeoutCmd &) = default;
};

/** `aaa-server TACACS+ protocol tacacs+`: an AAA server group and its protocol. */
struct AaaServerProtocolCmd
{
    QString tag;
    QString protocol;
    friend bool operator==(const AaaServerProtocolCmd &, const AaaServerProtocolCmd &) = default;
};

/** `aaa-server TAG (inside) host 10.0.0.9 KEY timeout 5`: a server of a group; the key is a secret. */
struct AaaServerHostCmd
{
    QString tag;
    QString ifName;
    Ipv4Address host;
    bool hasKey = false;
    std::optional<QString> key;   ///< hasKey but nullopt: imported masked, unknown
    std::optional<int> timeout;
    friend bool operator==(const AaaServerHostCmd &, const AaaServerHostCmd &) = default;
};

/** `[no] http server enable`: the PDM web server. */
struct HttpServerCmd
{
    bool enabled = true;
    friend bool operator==(const HttpServerCmd &, const HttpServerCmd &) = default;
};

/** `[no] snmp-server location|contact|community|enable traps|host ...`. */
struct SnmpServerCmd
{
    bool enabled = true;
    QString item;       ///< "location", "contact", "community", "enable traps", "host"
    QString value;      ///< the rest of the line as written (free text for location/contact)
    friend bool operator==(const SnmpServerCmd &, const SnmpServerCmd &) = default;
};

/** `[no] floodguard enable`. */
struct FloodguardCmd
{
    bool enabled = true;
    friend bool operator==(const FloodguardCmd &, const FloodguardCmd &) = default;
};

/** `[no] sysopt connection permit-ipsec`, `sysopt connection tcpmss 1380`, `no sysopt route dnat`. */
struct SysoptCmd
{
    bool enabled = true;
    QString option;             ///< the option's full keywords ("connection permit-ipsec")
    std::optional<int> value;   ///< numeric argument (tcpmss)
    friend bool operator==(const SysoptCmd &, const SysoptCmd &) = default;
};

/** `telnet 10.0.0.0 255.255.255.0 inside`, `ssh ...`, `http ...`: who may manage the box. */
struct ManagementAccessCmd
{
    enum class Service { Telnet, Ssh, Http };
    Service service = Service::Telnet;
    Ipv4Address address;
    Ipv4Address mask;
    QString ifName;
    friend bool operator==(const ManagementAccessCmd &, const ManagementAccessCmd &) = default;
};

/** `telnet timeout 5`, `ssh timeout 5`, `console timeout 0` (minutes). */
struct SessionTimeoutCmd
{
    enum class Service { Telnet, Ssh, Console };
    Service service = Service::Telnet;
    int minutes = 5;
    friend bool operator==(const SessionTimeoutCmd &, const SessionTimeoutCmd &) = default;
};

/** `terminal width 80`. */
struct TerminalWidthCmd
{
    int columns = 80;
    friend bool operator==(const TerminalWidthCmd &, const TerminalWidthCmd &) = default;
};

/** A line starting with ':' (`: Saved`, `: end`): a comment the device prints around the config. */
struct CommentCmd
{
    QString text;   ///< everything after the ':'
    friend bool operator==(const CommentCmd &, const CommentCmd &) = default;
};

/** `Cryptochecksum:<32 hex>`. The digest is derived data: two values compare equal whatever
 *  their digests, and the writer recomputes it once the configuration has changed. */
struct CryptochecksumCmd
{
    QString digest;
    friend bool operator==(const CryptochecksumCmd &, const CryptochecksumCmd &) { return true; }
};

/** `Building configuration...` before and `[OK]` after a `write terminal` listing. */
struct OutputFrameCmd
{
    enum class Kind { Building, Ok };
    Kind kind = Kind::Building;
    friend bool operator==(const OutputFrameCmd &, const OutputFrameCmd &) = default;
};

/** A line this program does not model (or could not read), kept exactly as written. */
struct VerbatimCmd
{
    QString text;
    friend bool operator==(const VerbatimCmd &, const VerbatimCmd &) = default;
};

} // namespace vtd::model
