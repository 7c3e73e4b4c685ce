#include "diagnostic_catalog.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vtd::model {

namespace {

struct CatalogEntry
{
    const char *code;
    const char *text;
};

// The one table of diagnostic codes. Codes are stable identifiers ("area.what"): scripts and
// the JSON run summary rely on them. Texts are English templates with {named} parameters;
// the GUI translates them in the "Diagnostics" context.
constexpr CatalogEntry kCatalog[] = {
    // Project files (model/io)
    {"io.cannot-read", QT_TRANSLATE_NOOP("Diagnostics", "cannot read the file: {reason}")},
    {"io.cannot-write", QT_TRANSLATE_NOOP("Diagnostics", "cannot write the file: {reason}; the previous file is unchanged")},
    {"project.not-json", QT_TRANSLATE_NOOP("Diagnostics", "not a valid JSON document: {reason} (column {column})")},
    {"project.truncated", QT_TRANSLATE_NOOP("Diagnostics", "the file ends too early; it was probably cut off while being written or copied")},
    {"project.not-a-project", QT_TRANSLATE_NOOP("Diagnostics", "not a VPN Topology Designer project: {reason}")},
    {"project.newer-schema", QT_TRANSLATE_NOOP("Diagnostics", "the project uses schema version {found}, newer than this program's {supported}; open it with a newer version of the program")},
    {"project.bad-schema", QT_TRANSLATE_NOOP("Diagnostics", "{path}: \"{value}\" is not a valid schema version")},
    {"project.missing-field", QT_TRANSLATE_NOOP("Diagnostics", "{path}: required field is missing")},
    {"project.wrong-type", QT_TRANSLATE_NOOP("Diagnostics", "{path}: expected {expected}")},
    {"project.unknown-kind", QT_TRANSLATE_NOOP("Diagnostics", "{path}: unknown node kind \"{value}\"")},
    {"project.unknown-hardware", QT_TRANSLATE_NOOP("Diagnostics", "{path}: unknown hardware model \"{value}\"")},
    {"project.hardware-kind-mismatch", QT_TRANSLATE_NOOP("Diagnostics", "{path}: hardware model \"{value}\" is not a {kind}")},
    {"project.empty-name", QT_TRANSLATE_NOOP("Diagnostics", "{path}: a node needs a name")},
    {"project.duplicate-name", QT_TRANSLATE_NOOP("Diagnostics", "{path}: the node name \"{value}\" is already used at {first}")},
    {"project.bad-address", QT_TRANSLATE_NOOP("Diagnostics", "{path}: \"{value}\" is not an IPv4 address")},
    {"project.bad-mask", QT_TRANSLATE_NOOP("Diagnostics", "{path}: \"{value}\" is not a contiguous netmask")},
    {"project.bad-mac", QT_TRANSLATE_NOOP("Diagnostics", "{path}: \"{value}\" is not a MAC address in Cisco form (0002.b945.9ff1)")},
    {"project.unknown-node", QT_TRANSLATE_NOOP("Diagnostics", "{path}: no node is named \"{value}\"")},
    {"project.missing-interface", QT_TRANSLATE_NOOP("Diagnostics", "{path}: node \"{node}\" has no interface \"{value}\"")},
    {"project.interface-needed", QT_TRANSLATE_NOOP("Diagnostics", "{path}: a link to \"{node}\" must name one of its interfaces")},
    {"project.segment-interface", QT_TRANSLATE_NOOP("Diagnostics", "{path}: \"{node}\" is a LAN segment and has no interface \"{value}\"")},
    {"project.interface-in-use", QT_TRANSLATE_NOOP("Diagnostics", "{path}: interface {value} of \"{node}\" is already linked at {first}")},
    {"project.bad-link", QT_TRANSLATE_NOOP("Diagnostics", "{path}: {reason}")},
    {"project.duplicate-scenario", QT_TRANSLATE_NOOP("Diagnostics", "{path}: the scenario name \"{value}\" is already used at {first}")},
    // Import of device configurations (generators/importer)
    {"import.unknown-dialect", QT_TRANSLATE_NOOP("Diagnostics", "not a PIX or IOS configuration nor a VPN Client profile (.pcf); the file was not imported")},
    {"import.client-address-unset", QT_TRANSLATE_NOOP("Diagnostics", "VPN Client PC \"{node}\" was created from its profile; set its IP address, mask and gateway")},
    {"import.unused-secret", QT_TRANSLATE_NOOP("Diagnostics", "a secret was supplied for \"{node}\" but its configuration has no such peer or group")},
    // end of import
    // Scenario scripts (sim/scenario/script_parser.cpp)
    {"script.unknown-command", QT_TRANSLATE_NOOP("Diagnostics", "unknown command \"{value}\"; a script line starts with wait, ping, connect, disconnect, on, configure, link, loss or expect")},
    {"script.missing-argument", QT_TRANSLATE_NOOP("Diagnostics", "{command}: {what} is missing")},
    {"script.unexpected-argument", QT_TRANSLATE_NOOP("Diagnostics", "{command}: unexpected \"{value}\"")},
    {"script.bad-duration", QT_TRANSLATE_NOOP("Diagnostics", "\"{value}\" is not a duration; write a whole number with ms, s, m or h (500ms, 30s, 2m, 1h)")},
    {"script.bad-number", QT_TRANSLATE_NOOP("Diagnostics", "{command}: \"{value}\" is not a valid {what} (a whole number from {minimum} to {maximum})")},
    {"script.bad-percent", QT_TRANSLATE_NOOP("Diagnostics", "\"{value}\" is not a percentage from 0% to 100%")},
    {"script.unknown-node", QT_TRANSLATE_NOOP("Diagnostics", "no node is named \"{value}\"")},
    {"script.wrong-node-kind", QT_TRANSLATE_NOOP("Diagnostics", "{command}: \"{value}\" is a {kind}, but {command} needs {expected}")},
    {"script.bad-endpoint", QT_TRANSLATE_NOOP("Diagnostics", "\"{value}\" is neither a node of the project nor an IPv4 address")},
    {"script.bad-address", QT_TRANSLATE_NOOP("Diagnostics", "\"{value}\" is not an IPv4 address")},
    {"script.bad-state", QT_TRANSLATE_NOOP("Diagnostics", "\"{value}\": expected up or down")},
    {"script.unknown-interface", QT_TRANSLATE_NOOP("Diagnostics", "node \"{node}\" has no interface \"{value}\"")},
    {"script.missing-colon", QT_TRANSLATE_NOOP("Diagnostics", "{command}: put a colon after the node name, as in \"{command} snow: ...\"")},
    {"script.empty-cli", QT_TRANSLATE_NOOP("Diagnostics", "{command} {node}: nothing follows the colon")},
    {"script.bad-expect", QT_TRANSLATE_NOOP("Diagnostics", "unknown expectation \"{value}\"; expect ike, ipsec, ping or drop")},
    // end of scenario scripts
    // Scenario runs (sim/scenario: runner and expectations) -- maintained by the scenario runner work
    {"scenario.unreachable-endpoint", QT_TRANSLATE_NOOP("Diagnostics", "{value}: no node has this address and no device has it on a connected subnet where a host could be attached, so nothing can send from it")},
    {"scenario.no-address", QT_TRANSLATE_NOOP("Diagnostics", "\"{value}\" has no IPv4 address to ping")},
    {"scenario.no-ike", QT_TRANSLATE_NOOP("Diagnostics", "IKE is not simulated on {node}, so \"{command}\" cannot run")},
    {"scenario.connect-failed", QT_TRANSLATE_NOOP("Diagnostics", "{node} did not connect: {reason}")},
    {"scenario.connect-timeout", QT_TRANSLATE_NOOP("Diagnostics", "{node} was still not connected after {seconds} s; the attempt was abandoned")},
    {"scenario.expect-ping-no-ping", QT_TRANSLATE_NOOP("Diagnostics", "{expectation}: no ping from {src} to {dst} ran before this line")},
    {"scenario.expect-ping-below", QT_TRANSLATE_NOOP("Diagnostics", "{expectation}: the last ping from {src} to {dst} succeeded {percent}% ({received}/{sent})")},
    {"scenario.expect-drop-none", QT_TRANSLATE_NOOP("Diagnostics", "{expectation}: no packet was dropped at {node} with code {code}")},
    {"scenario.expect-ike-absent", QT_TRANSLATE_NOOP("Diagnostics", "{expectation}: {node} has no IKE SA with {peer}")},
    {"scenario.expect-ike-state", QT_TRANSLATE_NOOP("Diagnostics", "{expectation}: the IKE SA of {node} with {peer} is in {state}, not QM_IDLE")},
    {"scenario.expect-ike-still-up", QT_TRANSLATE_NOOP("Diagnostics", "{expectation}: {node} still has an IKE SA with {peer} in QM_IDLE")},
    {"scenario.expect-ipsec-absent", QT_TRANSLATE_NOOP("Diagnostics", "{expectation}: {node} has no IPsec SA with {peer}")},
    {"scenario.expect-ipsec-transform", QT_TRANSLATE_NOOP("Diagnostics", "{expectation}: the IPsec SA of {node} with {peer} uses {found}, not {transform}")},
    {"scenario.expect-ipsec-still-up", QT_TRANSLATE_NOOP("Diagnostics", "{expectation}: {node} still has an IPsec SA with {peer}")},
    // end of scenario runs
    // Project files, further checks (model/io/project_reader.cpp) -- maintained by the project file work
    {"project.unknown-field", QT_TRANSLATE_NOOP("Diagnostics", "{path}: unknown field; it is ignored and will not be saved")},
    {"project.empty-value", QT_TRANSLATE_NOOP("Diagnostics", "{path}: must not be empty")},
    {"project.duplicate-interface", QT_TRANSLATE_NOOP("Diagnostics", "{path}: the interface name \"{value}\" is already used at {first}")},
    {"project.self-link", QT_TRANSLATE_NOOP("Diagnostics", "{path}: a link cannot join \"{node}\" to itself")},
    {"project.segment-link", QT_TRANSLATE_NOOP("Diagnostics", "{path}: a link cannot join two LAN segments (\"{node}\" and \"{other}\")")},
    {"project.bad-zoom", QT_TRANSLATE_NOOP("Diagnostics", "{path}: the zoom must be greater than 0, not {value}")},
    // end of project file checks
    // VPN Client 3.x profiles (generators/vpnclient) -- maintained by the IOS/.pcf dialect work
    {"pcf.no-main-section", QT_TRANSLATE_NOOP("Diagnostics", "the profile has no [main] section; the VPN Client reads its connection settings from [main]")},
    {"pcf.missing-host", QT_TRANSLATE_NOOP("Diagnostics", "the profile names no concentrator: [main] has no Host= entry")},
    {"pcf.unrecognised-line", QT_TRANSLATE_NOOP("Diagnostics", "\"{text}\" is neither a [section] nor a Key=Value line; kept as it is")},
    {"pcf.duplicate-key", QT_TRANSLATE_NOOP("Diagnostics", "{key} is set a second time; the VPN Client uses the first value (line {first})")},
    {"pcf.group-password-encrypted", QT_TRANSLATE_NOOP("Diagnostics", "the group password of group \"{group}\" is stored only encrypted (enc_GroupPwd), which is kept as it is but cannot be read; supply the group password (--group-password)")},
    {"pcf.group-password-masked", QT_TRANSLATE_NOOP("Diagnostics", "the group password of group \"{group}\" was imported masked (********) and is unknown; supply it (--group-password)")},
    // end of VPN Client profiles
    // IOS 12.2 configurations (generators/ios122) -- maintained by the IOS/.pcf dialect work
    {"ios.unknown-command", QT_TRANSLATE_NOOP("Diagnostics", "\"{keyword}\" is not an IOS 12.2 configuration command; the line is kept as written")},
    {"ios.unknown-subcommand", QT_TRANSLATE_NOOP("Diagnostics", "\"{keyword}\" is not a command under \"{block}\"; the line is kept as written")},
    {"ios.ambiguous-keyword", QT_TRANSLATE_NOOP("Diagnostics", "\"{keyword}\" is ambiguous here (it may mean {choices}); the line is kept as written")},
    {"ios.unexpected-keyword", QT_TRANSLATE_NOOP("Diagnostics", "\"{value}\" is not valid here: expected {expected}; the line is kept as written")},
    {"ios.incomplete-command", QT_TRANSLATE_NOOP("Diagnostics", "incomplete command: {expected} is missing; the line is kept as written")},
    {"ios.extra-input", QT_TRANSLATE_NOOP("Diagnostics", "unexpected \"{value}\" at the end of the command; the line is kept as written")},
    {"ios.bad-address", QT_TRANSLATE_NOOP("Diagnostics", "\"{value}\" is not an IPv4 address ({what}); the line is kept as written")},
    {"ios.bad-mask", QT_TRANSLATE_NOOP("Diagnostics", "{value} is not a contiguous netmask ({what}); the line is kept as written")},
    {"ios.bad-number", QT_TRANSLATE_NOOP("Diagnostics", "\"{value}\" is not a valid {what}: expected a number from {min} to {max}; the line is kept as written")},
    {"ios.bad-interface-name", QT_TRANSLATE_NOOP("Diagnostics", "\"{value}\" is not an interface name (a type and a number, such as Ethernet0/0 or e0/0); the line is kept as written")},
    {"ios.unknown-interface-type", QT_TRANSLATE_NOOP("Diagnostics", "\"{value}\" is not an interface type this program knows; the name is kept as written")},
    {"ios.bad-transform-set", QT_TRANSLATE_NOOP("Diagnostics", "transform set {name} has more than one AH, ESP encryption or ESP authentication transform; the line is kept as written")},
    {"ios.unmodelled-option", QT_TRANSLATE_NOOP("Diagnostics", "\"{value}\" is valid IOS but not modelled by this program; the line is kept as written and the simulator ignores it")},
    {"ios.orphan-subcommand", QT_TRANSLATE_NOOP("Diagnostics", "this indented line belongs to no interface, crypto, line or other block; it is kept as written")},
    {"ios.unterminated-banner", QT_TRANSLATE_NOOP("Diagnostics", "the banner that starts here is never closed with its delimiter {delimiter}; its lines are kept as written")},
    {"ios.missing-end", QT_TRANSLATE_NOOP("Diagnostics", "the configuration does not finish with \"end\"; it may have been cut off")},
    {"ios.text-after-end", QT_TRANSLATE_NOOP("Diagnostics", "text after \"end\" is not part of the configuration; it is kept as written")},
    {"ios.psk-masked", QT_TRANSLATE_NOOP("Diagnostics", "the pre-shared key for peer {peer} was imported masked (********) and is unknown; supply it (--psk DEVICE:{peer}=KEY)")},
    {"ios.password-masked", QT_TRANSLATE_NOOP("Diagnostics", "the password of {what} was imported masked (********) and is unknown; enter it again")},
    // end of IOS 12.2 configurations
    // Edits refused before they change a Document (model/edit_checks.cpp, model/commands) -- maintained by the Document/undo work
    {"edit.unknown-node", QT_TRANSLATE_NOOP("Diagnostics", "there is no node with id {id}")},
    {"edit.duplicate-node-id", QT_TRANSLATE_NOOP("Diagnostics", "a node with id {id} already exists")},
    {"edit.empty-name", QT_TRANSLATE_NOOP("Diagnostics", "a node needs a name")},
    {"edit.name-with-space", QT_TRANSLATE_NOOP("Diagnostics", "the node name \"{name}\" contains white space; scenario scripts could not name it")},
    {"edit.duplicate-name", QT_TRANSLATE_NOOP("Diagnostics", "the node name \"{name}\" is already used")},
    {"edit.unknown-hardware", QT_TRANSLATE_NOOP("Diagnostics", "unknown hardware model \"{model}\"")},
    {"edit.hardware-kind-mismatch", QT_TRANSLATE_NOOP("Diagnostics", "hardware model \"{model}\" is not a {kind}")},
    {"edit.no-configuration", QT_TRANSLATE_NOOP("Diagnostics", "\"{node}\" holds no device configuration; only PIX firewalls and IOS routers do")},
    {"edit.no-host-settings", QT_TRANSLATE_NOOP("Diagnostics", "\"{node}\" has no IP settings of its own; only hosts and VPN Client PCs do")},
    {"edit.no-profile", QT_TRANSLATE_NOOP("Diagnostics", "\"{node}\" holds no VPN Client profile; only VPN Client PCs do")},
    {"edit.bad-mask", QT_TRANSLATE_NOOP("Diagnostics", "\"{value}\" is not a contiguous netmask")},
    {"edit.move-repeats-node", QT_TRANSLATE_NOOP("Diagnostics", "\"{node}\" is listed twice in one move")},
    {"edit.duplicate-link-id", QT_TRANSLATE_NOOP("Diagnostics", "a link with id {id} already exists")},
    {"edit.unknown-link", QT_TRANSLATE_NOOP("Diagnostics", "there is no link with id {id}")},
    {"edit.link-to-itself", QT_TRANSLATE_NOOP("Diagnostics", "a link cannot join \"{node}\" to itself")},
    {"edit.link-segments", QT_TRANSLATE_NOOP("Diagnostics", "a link cannot join two LAN segments (\"{node}\" and \"{other}\")")},
    {"edit.link-interface-needed", QT_TRANSLATE_NOOP("Diagnostics", "a link to \"{node}\" must name one of its interfaces")},
    {"edit.link-missing-interface", QT_TRANSLATE_NOOP("Diagnostics", "\"{node}\" has no interface \"{interface}\"")},
    {"edit.link-segment-interface", QT_TRANSLATE_NOOP("Diagnostics", "\"{node}\" is a LAN segment and has no interface \"{interface}\"")},
    {"edit.link-interface-in-use", QT_TRANSLATE_NOOP("Diagnostics", "interface {interface} of \"{node}\" is already linked")},
    {"edit.empty-scenario-name", QT_TRANSLATE_NOOP("Diagnostics", "a scenario needs a name")},
    {"edit.duplicate-scenario", QT_TRANSLATE_NOOP("Diagnostics", "the scenario name \"{name}\" is already used")},
    {"edit.unknown-scenario", QT_TRANSLATE_NOOP("Diagnostics", "there is no scenario number {index}")},
    // end of edits
    // Simulator: network layer drops and malformed packets (sim/net) -- maintained by the simulation core work
    {"link.interface-shutdown", QT_TRANSLATE_NOOP("Diagnostics", "{interface} is administratively down (shutdown): it carries nothing")},
    {"link.unlinked", QT_TRANSLATE_NOOP("Diagnostics", "{interface} is not connected to any link")},
    {"link.down", QT_TRANSLATE_NOOP("Diagnostics", "the link on {interface} is down")},
    {"link.next-hop-unresolved", QT_TRANSLATE_NOOP("Diagnostics", "nothing on the link at {interface} answers for the next hop {next_hop} (no ARP reply)")},
    {"link.loss", QT_TRANSLATE_NOOP("Diagnostics", "lost on the link at {interface} ({percent}% loss)")},
    {"route.no-route", QT_TRANSLATE_NOOP("Diagnostics", "no route to {destination}")},
    {"ip.ttl-expired", QT_TRANSLATE_NOOP("Diagnostics", "TTL expired in transit to {destination}")},
    {"ip.truncated", QT_TRANSLATE_NOOP("Diagnostics", "malformed packet: the IPv4 packet is truncated")},
    {"ip.bad-version", QT_TRANSLATE_NOOP("Diagnostics", "malformed packet: the IP version is not 4")},
    {"ip.bad-header-length", QT_TRANSLATE_NOOP("Diagnostics", "malformed packet: the IPv4 header length is below 20 octets")},
    {"ip.bad-length", QT_TRANSLATE_NOOP("Diagnostics", "malformed packet: the IPv4 total length does not match the packet")},
    {"ip.bad-checksum", QT_TRANSLATE_NOOP("Diagnostics", "malformed packet: the IPv4 header checksum is wrong")},
    {"icmp.truncated", QT_TRANSLATE_NOOP("Diagnostics", "malformed packet: the ICMP message is shorter than its 8-octet header")},
    {"icmp.bad-checksum", QT_TRANSLATE_NOOP("Diagnostics", "malformed packet: the ICMP checksum is wrong")},
    {"udp.truncated", QT_TRANSLATE_NOOP("Diagnostics", "malformed packet: the UDP datagram is truncated")},
    {"udp.bad-length", QT_TRANSLATE_NOOP("Diagnostics", "malformed packet: the UDP length does not match the datagram")},
    {"udp.bad-checksum", QT_TRANSLATE_NOOP("Diagnostics", "malformed packet: the UDP checksum is wrong")},
    // end of simulator network layer
    // Simulator: PIX adaptive security (sim/devices/pix) -- maintained by the PIX pipeline work
    {"pix.acl-denied", QT_TRANSLATE_NOOP("Diagnostics", "denied by access-list {acl} applied in on {interface}: {entry}")},
    {"pix.security-level", QT_TRANSLATE_NOOP("Diagnostics", "from {from} (security {from_level}) to {to} (security {to_level}): a lower or equal security level needs an access-group that permits the traffic")},
    {"pix.icmp-denied", QT_TRANSLATE_NOOP("Diagnostics", "ICMP to the PIX on {interface} denied: {entry}")},
    {"pix.no-translation-group", QT_TRANSLATE_NOOP("Diagnostics", "no translation group found for {protocol} src {from}:{source} dst {to}:{destination} (PIX syslog 305005): no nat with a global on {to}, static or nat 0 rule covers this traffic")},
    {"pix.global-exhausted", QT_TRANSLATE_NOOP("Diagnostics", "translation creation failed for {source} toward {to} (PIX syslog 305006): every global address and port of nat id {nat_id} on {to} is in use")},
    {"pix.pat-unsupported", QT_TRANSLATE_NOOP("Diagnostics", "PAT cannot translate {protocol} from {source} toward {to}: only TCP, UDP and ICMP echo carry a port or identifier (PIX syslog 305006)")},
    // end of PIX adaptive security
    // Simulator: IOS packet pipeline (sim/devices/ios) -- maintained by the IOS pipeline work
    {"ios.acl-denied", QT_TRANSLATE_NOOP("Diagnostics", "denied by access list {acl} applied {direction} on {interface}: {entry}")},
    {"ios.nat-no-address", QT_TRANSLATE_NOOP("Diagnostics", "NAT translation failed: {interface} has no IP address for \"{rule}\"; IOS drops the packet")},
    {"ios.nat-exhausted", QT_TRANSLATE_NOOP("Diagnostics", "NAT translation failed: inside global address {address} has no free port or is in use (IP protocol {protocol}); IOS drops the packet")},
    // end of IOS packet pipeline
    // Simulator: IKE negotiations and IPsec protection (sim/ike) -- maintained by the IKE engine work
    {"ike.not-enabled", QT_TRANSLATE_NOOP("Diagnostics", "ISAKMP from {peer} arrived on {interface}, where ISAKMP is not enabled; the packet is ignored")},
    {"ike.reply-from-unexpected-address", QT_TRANSLATE_NOOP("Diagnostics", "expected IKE replies from {expected} but they came from {actual}; the peer answers from another interface, so no SA forms")},
    {"ike.misrouted", QT_TRANSLATE_NOOP("Diagnostics", "IKE with {peer} belongs to the crypto map on {interface} ({expected}), but the route sends it out through {egress} from {actual}; the peer sees the wrong address and no SA forms")},
    {"ike.peer-not-responding", QT_TRANSLATE_NOOP("Diagnostics", "the peer does not answer IKE ({state} after {tries} tries): it is unreachable, or ISAKMP is not enabled or not keyed for this address there")},
    {"ike.no-psk", QT_TRANSLATE_NOOP("Diagnostics", "no pre-shared key is configured for peer {peer} (or it was imported masked); phase 1 cannot be authenticated")},
    {"ike.psk-mismatch", QT_TRANSLATE_NOOP("Diagnostics", "phase 1 with {peer} failed authentication: the pre-shared keys of the two peers differ ({detail})")},
    {"ike.no-proposal-chosen", QT_TRANSLATE_NOOP("Diagnostics", "no ISAKMP policy matches what {peer} proposes: {reasons}")},
    {"ike.no-transform-match", QT_TRANSLATE_NOOP("Diagnostics", "Quick Mode refused: no transform set accepts the peer's proposals ({reasons})")},
    {"ike.proxy-mismatch", QT_TRANSLATE_NOOP("Diagnostics", "Quick Mode refused: the proxies {local} <-> {remote} are not the mirror image of a crypto ACL for this peer")},
    {"ipsec.no-sa", QT_TRANSLATE_NOOP("Diagnostics", "IPsec SA with {peer} not yet established; packet dropped while IKE negotiates")},
    {"ipsec.no-peer", QT_TRANSLATE_NOOP("Diagnostics", "crypto map {map} {seq} selects the packet but has no peer (set peer)")},
    // XAUTH (sim/ike/ike_xauth.cpp) -- maintained by the XAUTH work
    {"ike.xauth-failed", QT_TRANSLATE_NOOP("Diagnostics", "XAUTH refused user \"{user}\" from {peer}: {reason} (aaa-server {tag}, {server}); the IKE SA is deleted")},
    {"ike.xauth-cancelled", QT_TRANSLATE_NOOP("Diagnostics", "the VPN Client at {peer} (group {group}) gave no XAUTH user name and password; the IKE SA is deleted")},
    {"ike.aaa-server-unreachable", QT_TRANSLATE_NOOP("Diagnostics", "the AAA server {server} of aaa-server {tag} does not answer ({reason}): XAUTH of user \"{user}\" from {peer} fails after the {timeout} s timeout")},
    {"ike.aaa-no-server", QT_TRANSLATE_NOOP("Diagnostics", "the crypto map checks XAUTH users with aaa-server {tag}, which has no host line: user \"{user}\" is refused")},
    // XAUTH on IOS 12.2 routers (sim/ike/ios_xauth_check.cpp): the crypto map's method list decides
    {"ike.xauth-no-aaa-new-model", QT_TRANSLATE_NOOP("Diagnostics", "the crypto map checks XAUTH users with method list {list}, but without `aaa new-model` the router has no AAA method lists: user \"{user}\" from {peer} is refused")},
    {"ike.xauth-no-method-list", QT_TRANSLATE_NOOP("Diagnostics", "the crypto map checks XAUTH users with method list {list}, which no `aaa authentication login {list}` line defines: user \"{user}\" from {peer} is refused")},
    {"ike.xauth-ios-refused", QT_TRANSLATE_NOOP("Diagnostics", "XAUTH refused user \"{user}\" from {peer}: {reason} (method list {list}, {method}); the IKE SA is deleted")},
    {"ike.xauth-ios-no-answer", QT_TRANSLATE_NOOP("Diagnostics", "no method of list {list} could check user \"{user}\" from {peer} ({reason}); XAUTH fails and the IKE SA is deleted")},
    // end of XAUTH
    // end of IKE negotiations and IPsec protection
    // Simulator: ESP packets (sim/esp, codes from errorCode(EspError)) -- maintained by the ESP work
    {"esp.no-sa", QT_TRANSLATE_NOOP("Diagnostics", "ESP packet with an SPI this device has no inbound SA for (never negotiated, deleted or expired)")},
    {"esp.replay", QT_TRANSLATE_NOOP("Diagnostics", "ESP packet dropped as a replay: its sequence number was already received")},
    {"esp.replay-window", QT_TRANSLATE_NOOP("Diagnostics", "ESP packet dropped as a replay: its sequence number is older than the 64-packet anti-replay window")},
    {"esp.auth-failed", QT_TRANSLATE_NOOP("Diagnostics", "ESP authentication failed: the ICV does not match (packet altered in transit, or the peers use different keys)")},
    {"esp.bad-padding", QT_TRANSLATE_NOOP("Diagnostics", "ESP packet dropped: the padding after decryption is invalid")},
    {"esp.malformed", QT_TRANSLATE_NOOP("Diagnostics", "malformed ESP packet: too short, not whole cipher blocks, or fragmented")},
    {"esp.bad-inner", QT_TRANSLATE_NOOP("Diagnostics", "the decrypted ESP payload is not a valid IPv4 datagram")},
    {"esp.proxy-mismatch", QT_TRANSLATE_NOOP("Diagnostics", "decrypted packet outside the SA's proxy identities (the crypto ACLs do not cover it)")},
    {"esp.sequence-exhausted", QT_TRANSLATE_NOOP("Diagnostics", "the SA has used all 2^32-1 sequence numbers; it must be rekeyed before it can send again")},
    {"esp.sa-expired", QT_TRANSLATE_NOOP("Diagnostics", "the IPsec SA reached its lifetime (seconds or kilobytes)")},
    {"esp.wrong-direction", QT_TRANSLATE_NOOP("Diagnostics", "internal error: an IPsec SA was used in the wrong direction")},
    {"esp.invalid-sa", QT_TRANSLATE_NOOP("Diagnostics", "IPsec SA not installed: no transform, or a key of the wrong length")},
    {"esp.too-large", QT_TRANSLATE_NOOP("Diagnostics", "the packet is too large to be encapsulated in ESP (over 65535 bytes)")},
    // end of ESP packets
    // Simulator: SA lives (sim/ike informational, lifetimes, DPD) -- maintained by the SA lifetime work
    {"ike.peer-dead", QT_TRANSLATE_NOOP("Diagnostics", "dead peer detection: {peer} answered none of {tries} R-U-THERE messages (isakmp keepalive {seconds}); its IKE and IPsec SAs were removed")},
    // end of SA lives
    // Simulator: the VPN Client's own dead peer detection (sim/ike/vpn_client_dpd.cpp) -- maintained by the clear/XAUTH-refusal work
    {"ike.client-peer-dead", QT_TRANSLATE_NOOP("Diagnostics", "the VPN Client heard nothing from the gateway {gateway} for {seconds} s (PeerTimeout) and {tries} R-U-THERE messages went unanswered: it dropped the tunnel")},
    // end of VPN Client DPD
    // Simulator: malformed ISAKMP messages (sim/ike, codes from IsakmpDecodeError::code()) -- maintained by the ISAKMP codec work
    {"isakmp.truncated", QT_TRANSLATE_NOOP("Diagnostics", "malformed ISAKMP message: {where} at offset {offset} is cut short ({detail})")},
    {"isakmp.bad-length", QT_TRANSLATE_NOOP("Diagnostics", "malformed ISAKMP message: a length in {where} at offset {offset} is wrong ({detail})")},
    {"isakmp.bad-version", QT_TRANSLATE_NOOP("Diagnostics", "ISAKMP message of an unsupported version: {detail}")},
    {"isakmp.bad-exchange-type", QT_TRANSLATE_NOOP("Diagnostics", "ISAKMP message with an unexpected exchange type: {detail}")},
    {"isakmp.bad-flags", QT_TRANSLATE_NOOP("Diagnostics", "malformed ISAKMP message: {detail}")},
    {"isakmp.bad-payload-type", QT_TRANSLATE_NOOP("Diagnostics", "malformed ISAKMP message: {where} at offset {offset} names a wrong payload type ({detail})")},
    {"isakmp.bad-reserved", QT_TRANSLATE_NOOP("Diagnostics", "malformed ISAKMP message: a reserved field of {where} at offset {offset} is not zero ({detail})")},
    {"isakmp.bad-value", QT_TRANSLATE_NOOP("Diagnostics", "malformed ISAKMP message: {where} at offset {offset} holds a value that is not allowed ({detail})")},
    {"isakmp.bad-count", QT_TRANSLATE_NOOP("Diagnostics", "malformed ISAKMP message: a count in {where} at offset {offset} is wrong ({detail})")},
    {"isakmp.unexpected-payload", QT_TRANSLATE_NOOP("Diagnostics", "ISAKMP message refused: {where} at offset {offset} is out of place ({detail})")},
    {"isakmp.missing-payload", QT_TRANSLATE_NOOP("Diagnostics", "ISAKMP message refused: {where} is missing ({detail})")},
    {"isakmp.encryption-flag", QT_TRANSLATE_NOOP("Diagnostics", "ISAKMP message refused: the encryption flag is wrong ({detail})")},
    // end of malformed ISAKMP messages
    // PIX 6.2/6.3 configurations (generators/pix62) -- maintained by the PIX dialect work
    {"pix.unknown-command", QT_TRANSLATE_NOOP("Diagnostics", "\"{word}\" is not a PIX command; the line is kept as written")},
    {"pix.not-modelled", QT_TRANSLATE_NOOP("Diagnostics", "{command}: this command is not modelled by the program; the line is kept as written and ignored by the simulation")},
    {"pix.ambiguous", QT_TRANSLATE_NOOP("Diagnostics", "{command}: \"{word}\" is ambiguous here, it may mean {choices}; the line is kept as written")},
    {"pix.unexpected", QT_TRANSLATE_NOOP("Diagnostics", "{command}: expected {expected} but found \"{found}\"; the line is kept as written")},
    {"pix.missing", QT_TRANSLATE_NOOP("Diagnostics", "{command}: the line ends where {expected} was expected; the line is kept as written")},
    {"pix.extra-words", QT_TRANSLATE_NOOP("Diagnostics", "{command}: unexpected \"{found}\" after the end of the command; the line is kept as written")},
    {"pix.bad-address", QT_TRANSLATE_NOOP("Diagnostics", "{command}: \"{value}\" is not a valid IP address; the line is kept as written")},
    {"pix.bad-name", QT_TRANSLATE_NOOP("Diagnostics", "{command}: \"{value}\" is neither an IP address nor a name defined with \"name\"; the line is kept as written")},
    {"pix.bad-netmask", QT_TRANSLATE_NOOP("Diagnostics", "{command}: \"{value}\" is not a valid netmask; the line is kept as written")},
    {"pix.address-mask", QT_TRANSLATE_NOOP("Diagnostics", "{command}: address {address} has bits outside netmask {mask} (did you mean {network}?); the PIX refuses this, the line is kept as written")},
    {"pix.bad-number", QT_TRANSLATE_NOOP("Diagnostics", "{command}: \"{value}\" is not a number from {min} to {max}; the line is kept as written")},
    {"pix.bad-hardware", QT_TRANSLATE_NOOP("Diagnostics", "{command}: \"{value}\" is not a PIX hardware interface such as ethernet0; the line is kept as written")},
    {"pix.unknown-interface", QT_TRANSLATE_NOOP("Diagnostics", "no interface is named \"{name}\" (see the nameif lines); the PIX refuses this line")},
    {"pix.needs-63", QT_TRANSLATE_NOOP("Diagnostics", "\"{feature}\" needs PIX 6.3 or later, but line {version_line} says PIX Version {version}")},
    {"pix.unsupported-version", QT_TRANSLATE_NOOP("Diagnostics", "PIX Version {version} is not 6.2 or 6.3; the configuration is read as PIX {assumed}")},
    {"pix.psk-masked", QT_TRANSLATE_NOOP("Diagnostics", "the pre-shared key for peer {peer} was imported masked (********) and is unknown; supply it with --psk DEVICE:{peer}=KEY")},
    {"pix.group-password-masked", QT_TRANSLATE_NOOP("Diagnostics", "the password of vpngroup {group} was imported masked (********) and is unknown; supply it with --group-password DEVICE:{group}=PASSWORD")},
    {"pix.aaa-key-masked", QT_TRANSLATE_NOOP("Diagnostics", "the key of AAA server {host} (group {tag}) was imported masked (********) and is unknown")},
    {"pix.no-end", QT_TRANSLATE_NOOP("Diagnostics", "the configuration ends without \": end\"; it may have been cut off")},
    // end of PIX configurations
    // Device consoles and path trace (sim/console, sim/analysis) -- maintained by the console/trace work
    {"console.no-device-console", QT_TRANSLATE_NOOP("Diagnostics", "{node} has no console: only PIX and IOS devices take configuration lines")},
    {"console.nothing-to-remove", QT_TRANSLATE_NOOP("Diagnostics", "\"{line}\": no such statement in the configuration; nothing changed")},
    {"trace.unknown-endpoint", QT_TRANSLATE_NOOP("Diagnostics", "{endpoint} is neither a node nor an address in a device's connected subnet")},
    {"trace.no-physical-path", QT_TRANSLATE_NOOP("Diagnostics", "there is no physical path between {source} and {destination}: no chain of links joins them")},
    {"trace.not-delivered", QT_TRANSLATE_NOOP("Diagnostics", "the packet from {source} to {destination} was neither delivered nor dropped (it was held, e.g. by IKE negotiation)")},
    // end of device consoles and path trace
};

QString substitute(QString text, const QMap<QString, QString> &params)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    QString result;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        result += QStringView(text).mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        result += params.contains(name) ? params.value(name) : match.captured(0);
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

} // namespace

const char *diagnosticTemplate(const QString &code)
{
    for (const CatalogEntry &entry : kCatalog) {
        if (code == QLatin1String(entry.code))
            return entry.text;
    }
    return nullptr;
}

QStringList diagnosticCodes()
{
    QStringList codes;
    for (const CatalogEntry &entry : kCatalog)
        codes << QString::fromLatin1(entry.code);
    return codes;
}

QString diagnosticMessage(const Diagnostic &d, const TemplateTranslator &translate)
{
    const char *english = diagnosticTemplate(d.code);
    if (!english) {
        // An unknown code is a programming error; still show everything we know.
        QStringList parts;
        for (auto it = d.params.begin(); it != d.params.end(); ++it)
            parts << it.key() + u'=' + it.value();
        return parts.join(QStringLiteral(", "));
    }
    const QString text = translate ? translate(english) : QString::fromUtf8(english);
    return substitute(text, d.params);
}

QString diagnosticLine(const Diagnostic &d, const TemplateTranslator &translate)
{
    QString where;
    if (!d.file.isEmpty())
        where = d.line > 0 ? QStringLiteral("%1:%2").arg(d.file).arg(d.line) : d.file;
    else
        where = d.node;
    QString line = where.isEmpty() ? QString() : where + QStringLiteral(": ");
    line += severityId(d.severity) + QStringLiteral(": ") + diagnosticMessage(d, translate);
    line += QStringLiteral(" [") + d.code + u']';
    return line;
}

} // namespace vtd::model
