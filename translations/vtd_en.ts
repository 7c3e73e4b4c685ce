<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Diagnostics</name>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation>cannot read the file: {reason}</translation>
    </message>
    <message>
        <source>cannot write the file: {reason}; the previous file is unchanged</source>
        <translation>cannot write the file: {reason}; the previous file is unchanged</translation>
    </message>
    <message>
        <source>not a valid JSON document: {reason} (column {column})</source>
        <translation>not a valid JSON document: {reason} (column {column})</translation>
    </message>
    <message>
        <source>the file ends too early; it was probably cut off while being written or copied</source>
        <translation>the file ends too early; it was probably cut off while being written or copied</translation>
    </message>
    <message>
        <source>not a VPN Topology Designer project: {reason}</source>
        <translation>not a VPN Topology Designer project: {reason}</translation>
    </message>
    <message>
        <source>the project uses schema version {found}, newer than this program&apos;s {supported}; open it with a newer version of the program</source>
        <translation>the project uses schema version {found}, newer than this program&apos;s {supported}; open it with a newer version of the program</translation>
    </message>
    <message>
        <source>{path}: &quot;{value}&quot; is not a valid schema version</source>
        <translation>{path}: &quot;{value}&quot; is not a valid schema version</translation>
    </message>
    <message>
        <source>{path}: required field is missing</source>
        <translation>{path}: required field is missing</translation>
    </message>
    <message>
        <source>{path}: expected {expected}</source>
        <translation>{path}: expected {expected}</translation>
    </message>
    <message>
        <source>{path}: unknown node kind &quot;{value}&quot;</source>
        <translation>{path}: unknown node kind &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>{path}: unknown hardware model &quot;{value}&quot;</source>
        <translation>{path}: unknown hardware model &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>{path}: hardware model &quot;{value}&quot; is not a {kind}</source>
        <translation>{path}: hardware model &quot;{value}&quot; is not a {kind}</translation>
    </message>
    <message>
        <source>{path}: a node needs a name</source>
        <translation>{path}: a node needs a name</translation>
    </message>
    <message>
        <source>{path}: the node name &quot;{value}&quot; is already used at {first}</source>
        <translation>{path}: the node name &quot;{value}&quot; is already used at {first}</translation>
    </message>
    <message>
        <source>{path}: &quot;{value}&quot; is not an IPv4 address</source>
        <translation>{path}: &quot;{value}&quot; is not an IPv4 address</translation>
    </message>
    <message>
        <source>{path}: &quot;{value}&quot; is not a contiguous netmask</source>
        <translation>{path}: &quot;{value}&quot; is not a contiguous netmask</translation>
    </message>
    <message>
        <source>{path}: &quot;{value}&quot; is not a MAC address in Cisco form (0002.b945.9ff1)</source>
        <translation>{path}: &quot;{value}&quot; is not a MAC address in Cisco form (0002.b945.9ff1)</translation>
    </message>
    <message>
        <source>{path}: no node is named &quot;{value}&quot;</source>
        <translation>{path}: no node is named &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>{path}: node &quot;{node}&quot; has no interface &quot;{value}&quot;</source>
        <translation>{path}: node &quot;{node}&quot; has no interface &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>{path}: a link to &quot;{node}&quot; must name one of its interfaces</source>
        <translation>{path}: a link to &quot;{node}&quot; must name one of its interfaces</translation>
    </message>
    <message>
        <source>{path}: &quot;{node}&quot; is a LAN segment and has no interface &quot;{value}&quot;</source>
        <translation>{path}: &quot;{node}&quot; is a LAN segment and has no interface &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>{path}: interface {value} of &quot;{node}&quot; is already linked at {first}</source>
        <translation>{path}: interface {value} of &quot;{node}&quot; is already linked at {first}</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>{path}: the scenario name &quot;{value}&quot; is already used at {first}</source>
        <translation>{path}: the scenario name &quot;{value}&quot; is already used at {first}</translation>
    </message>
    <message>
        <source>not a PIX or IOS configuration nor a VPN Client profile (.pcf); the file was not imported</source>
        <translation>not a PIX or IOS configuration nor a VPN Client profile (.pcf); the file was not imported</translation>
    </message>
    <message>
        <source>VPN Client PC &quot;{node}&quot; was created from its profile; set its IP address, mask and gateway</source>
        <translation>VPN Client PC &quot;{node}&quot; was created from its profile; set its IP address, mask and gateway</translation>
    </message>
    <message>
        <source>a secret was supplied for &quot;{node}&quot; but its configuration has no such peer or group</source>
        <translation>a secret was supplied for &quot;{node}&quot; but its configuration has no such peer or group</translation>
    </message>
    <message>
        <source>unknown command &quot;{value}&quot;; a script line starts with wait, ping, connect, disconnect, on, configure, link, loss or expect</source>
        <translation>unknown command &quot;{value}&quot;; a script line starts with wait, ping, connect, disconnect, on, configure, link, loss or expect</translation>
    </message>
    <message>
        <source>{command}: {what} is missing</source>
        <translation>{command}: {what} is missing</translation>
    </message>
    <message>
        <source>{command}: unexpected &quot;{value}&quot;</source>
        <translation>{command}: unexpected &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a duration; write a whole number with ms, s, m or h (500ms, 30s, 2m, 1h)</source>
        <translation>&quot;{value}&quot; is not a duration; write a whole number with ms, s, m or h (500ms, 30s, 2m, 1h)</translation>
    </message>
    <message>
        <source>{command}: &quot;{value}&quot; is not a valid {what} (a whole number from {minimum} to {maximum})</source>
        <translation>{command}: &quot;{value}&quot; is not a valid {what} (a whole number from {minimum} to {maximum})</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a percentage from 0% to 100%</source>
        <translation>&quot;{value}&quot; is not a percentage from 0% to 100%</translation>
    </message>
    <message>
        <source>no node is named &quot;{value}&quot;</source>
        <translation>no node is named &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>{command}: &quot;{value}&quot; is a {kind}, but {command} needs {expected}</source>
        <translation>{command}: &quot;{value}&quot; is a {kind}, but {command} needs {expected}</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is neither a node of the project nor an IPv4 address</source>
        <translation>&quot;{value}&quot; is neither a node of the project nor an IPv4 address</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not an IPv4 address</source>
        <translation>&quot;{value}&quot; is not an IPv4 address</translation>
    </message>
    <message>
        <source>&quot;{value}&quot;: expected up or down</source>
        <translation>&quot;{value}&quot;: expected up or down</translation>
    </message>
    <message>
        <source>node &quot;{node}&quot; has no interface &quot;{value}&quot;</source>
        <translation>node &quot;{node}&quot; has no interface &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>{command}: put a colon after the node name, as in &quot;{command} snow: ...&quot;</source>
        <translation>{command}: put a colon after the node name, as in &quot;{command} snow: ...&quot;</translation>
    </message>
    <message>
        <source>{command} {node}: nothing follows the colon</source>
        <translation>{command} {node}: nothing follows the colon</translation>
    </message>
    <message>
        <source>unknown expectation &quot;{value}&quot;; expect ike, ipsec, ping or drop</source>
        <translation>unknown expectation &quot;{value}&quot;; expect ike, ipsec, ping or drop</translation>
    </message>
    <message>
        <source>{path}: unknown field; it is ignored and will not be saved</source>
        <translation>{path}: unknown field; it is ignored and will not be saved</translation>
    </message>
    <message>
        <source>{path}: must not be empty</source>
        <translation>{path}: must not be empty</translation>
    </message>
    <message>
        <source>{path}: the interface name &quot;{value}&quot; is already used at {first}</source>
        <translation>{path}: the interface name &quot;{value}&quot; is already used at {first}</translation>
    </message>
    <message>
        <source>{path}: a link cannot join &quot;{node}&quot; to itself</source>
        <translation>{path}: a link cannot join &quot;{node}&quot; to itself</translation>
    </message>
    <message>
        <source>{path}: a link cannot join two LAN segments (&quot;{node}&quot; and &quot;{other}&quot;)</source>
        <translation>{path}: a link cannot join two LAN segments (&quot;{node}&quot; and &quot;{other}&quot;)</translation>
    </message>
    <message>
        <source>{path}: the zoom must be greater than 0, not {value}</source>
        <translation>{path}: the zoom must be greater than 0, not {value}</translation>
    </message>
    <message>
        <source>the profile has no [main] section; the VPN Client reads its connection settings from [main]</source>
        <translation>the profile has no [main] section; the VPN Client reads its connection settings from [main]</translation>
    </message>
    <message>
        <source>the profile names no concentrator: [main] has no Host= entry</source>
        <translation>the profile names no concentrator: [main] has no Host= entry</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is neither a [section] nor a Key=Value line; kept as it is</source>
        <translation>&quot;{text}&quot; is neither a [section] nor a Key=Value line; kept as it is</translation>
    </message>
    <message>
        <source>{key} is set a second time; the VPN Client uses the first value (line {first})</source>
        <translation>{key} is set a second time; the VPN Client uses the first value (line {first})</translation>
    </message>
    <message>
        <source>the group password of group &quot;{group}&quot; is stored only encrypted (enc_GroupPwd), which is kept as it is but cannot be read; supply the group password (--group-password)</source>
        <translation>the group password of group &quot;{group}&quot; is stored only encrypted (enc_GroupPwd), which is kept as it is but cannot be read; supply the group password (--group-password)</translation>
    </message>
    <message>
        <source>the group password of group &quot;{group}&quot; was imported masked (********) and is unknown; supply it (--group-password)</source>
        <translation>the group password of group &quot;{group}&quot; was imported masked (********) and is unknown; supply it (--group-password)</translation>
    </message>
    <message>
        <source>&quot;{keyword}&quot; is not an IOS 12.2 configuration command; the line is kept as written</source>
        <translation>&quot;{keyword}&quot; is not an IOS 12.2 configuration command; the line is kept as written</translation>
    </message>
    <message>
        <source>&quot;{keyword}&quot; is not a command under &quot;{block}&quot;; the line is kept as written</source>
        <translation>&quot;{keyword}&quot; is not a command under &quot;{block}&quot;; the line is kept as written</translation>
    </message>
    <message>
        <source>&quot;{keyword}&quot; is ambiguous here (it may mean {choices}); the line is kept as written</source>
        <translation>&quot;{keyword}&quot; is ambiguous here (it may mean {choices}); the line is kept as written</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not valid here: expected {expected}; the line is kept as written</source>
        <translation>&quot;{value}&quot; is not valid here: expected {expected}; the line is kept as written</translation>
    </message>
    <message>
        <source>incomplete command: {expected} is missing; the line is kept as written</source>
        <translation>incomplete command: {expected} is missing; the line is kept as written</translation>
    </message>
    <message>
        <source>unexpected &quot;{value}&quot; at the end of the command; the line is kept as written</source>
        <translation>unexpected &quot;{value}&quot; at the end of the command; the line is kept as written</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not an IPv4 address ({what}); the line is kept as written</source>
        <translation>&quot;{value}&quot; is not an IPv4 address ({what}); the line is kept as written</translation>
    </message>
    <message>
        <source>{value} is not a contiguous netmask ({what}); the line is kept as written</source>
        <translation>{value} is not a contiguous netmask ({what}); the line is kept as written</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a valid {what}: expected a number from {min} to {max}; the line is kept as written</source>
        <translation>&quot;{value}&quot; is not a valid {what}: expected a number from {min} to {max}; the line is kept as written</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not an interface name (a type and a number, such as Ethernet0/0 or e0/0); the line is kept as written</source>
        <translation>&quot;{value}&quot; is not an interface name (a type and a number, such as Ethernet0/0 or e0/0); the line is kept as written</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not an interface type this program knows; the name is kept as written</source>
        <translation>&quot;{value}&quot; is not an interface type this program knows; the name is kept as written</translation>
    </message>
    <message>
        <source>transform set {name} has more than one AH, ESP encryption or ESP authentication transform; the line is kept as written</source>
        <translation>transform set {name} has more than one AH, ESP encryption or ESP authentication transform; the line is kept as written</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is valid IOS but not modelled by this program; the line is kept as written and the simulator ignores it</source>
        <translation>&quot;{value}&quot; is valid IOS but not modelled by this program; the line is kept as written and the simulator ignores it</translation>
    </message>
    <message>
        <source>this indented line belongs to no interface, crypto, line or other block; it is kept as written</source>
        <translation>this indented line belongs to no interface, crypto, line or other block; it is kept as written</translation>
    </message>
    <message>
        <source>the banner that starts here is never closed with its delimiter {delimiter}; its lines are kept as written</source>
        <translation>the banner that starts here is never closed with its delimiter {delimiter}; its lines are kept as written</translation>
    </message>
    <message>
        <source>the configuration does not finish with &quot;end&quot;; it may have been cut off</source>
        <translation>the configuration does not finish with &quot;end&quot;; it may have been cut off</translation>
    </message>
    <message>
        <source>text after &quot;end&quot; is not part of the configuration; it is kept as written</source>
        <translation>text after &quot;end&quot; is not part of the configuration; it is kept as written</translation>
    </message>
    <message>
        <source>the pre-shared key for peer {peer} was imported masked (********) and is unknown; supply it (--psk DEVICE:{peer}=KEY)</source>
        <translation>the pre-shared key for peer {peer} was imported masked (********) and is unknown; supply it (--psk DEVICE:{peer}=KEY)</translation>
    </message>
    <message>
        <source>the password of {what} was imported masked (********) and is unknown; enter it again</source>
        <translation>the password of {what} was imported masked (********) and is unknown; enter it again</translation>
    </message>
    <message>
        <source>there is no node with id {id}</source>
        <translation>there is no node with id {id}</translation>
    </message>
    <message>
        <source>a node with id {id} already exists</source>
        <translation>a node with id {id} already exists</translation>
    </message>
    <message>
        <source>a node needs a name</source>
        <translation>a node needs a name</translation>
    </message>
    <message>
        <source>the node name &quot;{name}&quot; contains white space; scenario scripts could not name it</source>
        <translation>the node name &quot;{name}&quot; contains white space; scenario scripts could not name it</translation>
    </message>
    <message>
        <source>the node name &quot;{name}&quot; is already used</source>
        <translation>the node name &quot;{name}&quot; is already used</translation>
    </message>
    <message>
        <source>unknown hardware model &quot;{model}&quot;</source>
        <translation>unknown hardware model &quot;{model}&quot;</translation>
    </message>
    <message>
        <source>hardware model &quot;{model}&quot; is not a {kind}</source>
        <translation>hardware model &quot;{model}&quot; is not a {kind}</translation>
    </message>
    <message>
        <source>&quot;{node}&quot; holds no device configuration; only PIX firewalls and IOS routers do</source>
        <translation>&quot;{node}&quot; holds no device configuration; only PIX firewalls and IOS routers do</translation>
    </message>
    <message>
        <source>&quot;{node}&quot; has no IP settings of its own; only hosts and VPN Client PCs do</source>
        <translation>&quot;{node}&quot; has no IP settings of its own; only hosts and VPN Client PCs do</translation>
    </message>
    <message>
        <source>&quot;{node}&quot; holds no VPN Client profile; only VPN Client PCs do</source>
        <translation>&quot;{node}&quot; holds no VPN Client profile; only VPN Client PCs do</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a contiguous netmask</source>
        <translation>&quot;{value}&quot; is not a contiguous netmask</translation>
    </message>
    <message>
        <source>&quot;{node}&quot; is listed twice in one move</source>
        <translation>&quot;{node}&quot; is listed twice in one move</translation>
    </message>
    <message>
        <source>a link with id {id} already exists</source>
        <translation>a link with id {id} already exists</translation>
    </message>
    <message>
        <source>there is no link with id {id}</source>
        <translation>there is no link with id {id}</translation>
    </message>
    <message>
        <source>a link cannot join &quot;{node}&quot; to itself</source>
        <translation>a link cannot join &quot;{node}&quot; to itself</translation>
    </message>
    <message>
        <source>a link cannot join two LAN segments (&quot;{node}&quot; and &quot;{other}&quot;)</source>
        <translation>a link cannot join two LAN segments (&quot;{node}&quot; and &quot;{other}&quot;)</translation>
    </message>
    <message>
        <source>a link to &quot;{node}&quot; must name one of its interfaces</source>
        <translation>a link to &quot;{node}&quot; must name one of its interfaces</translation>
    </message>
    <message>
        <source>&quot;{node}&quot; has no interface &quot;{interface}&quot;</source>
        <translation>&quot;{node}&quot; has no interface &quot;{interface}&quot;</translation>
    </message>
    <message>
        <source>&quot;{node}&quot; is a LAN segment and has no interface &quot;{interface}&quot;</source>
        <translation>&quot;{node}&quot; is a LAN segment and has no interface &quot;{interface}&quot;</translation>
    </message>
    <message>
        <source>interface {interface} of &quot;{node}&quot; is already linked</source>
        <translation>interface {interface} of &quot;{node}&quot; is already linked</translation>
    </message>
    <message>
        <source>a scenario needs a name</source>
        <translation>a scenario needs a name</translation>
    </message>
    <message>
        <source>the scenario name &quot;{name}&quot; is already used</source>
        <translation>the scenario name &quot;{name}&quot; is already used</translation>
    </message>
    <message>
        <source>there is no scenario number {index}</source>
        <translation>there is no scenario number {index}</translation>
    </message>
    <message>
        <source>{interface} is administratively down (shutdown): it carries nothing</source>
        <translation>{interface} is administratively down (shutdown): it carries nothing</translation>
    </message>
    <message>
        <source>{interface} is not connected to any link</source>
        <translation>{interface} is not connected to any link</translation>
    </message>
    <message>
        <source>the link on {interface} is down</source>
        <translation>the link on {interface} is down</translation>
    </message>
    <message>
        <source>nothing on the link at {interface} answers for the next hop {next_hop} (no ARP reply)</source>
        <translation>nothing on the link at {interface} answers for the next hop {next_hop} (no ARP reply)</translation>
    </message>
    <message>
        <source>lost on the link at {interface} ({percent}% loss)</source>
        <translation>lost on the link at {interface} ({percent}% loss)</translation>
    </message>
    <message>
        <source>no route to {destination}</source>
        <translation>no route to {destination}</translation>
    </message>
    <message>
        <source>TTL expired in transit to {destination}</source>
        <translation>TTL expired in transit to {destination}</translation>
    </message>
    <message>
        <source>malformed packet: the IPv4 packet is truncated</source>
        <translation>malformed packet: the IPv4 packet is truncated</translation>
    </message>
    <message>
        <source>malformed packet: the IP version is not 4</source>
        <translation>malformed packet: the IP version is not 4</translation>
    </message>
    <message>
        <source>malformed packet: the IPv4 header length is below 20 octets</source>
        <translation>malformed packet: the IPv4 header length is below 20 octets</translation>
    </message>
    <message>
        <source>malformed packet: the IPv4 total length does not match the packet</source>
        <translation>malformed packet: the IPv4 total length does not match the packet</translation>
    </message>
    <message>
        <source>malformed packet: the IPv4 header checksum is wrong</source>
        <translation>malformed packet: the IPv4 header checksum is wrong</translation>
    </message>
    <message>
        <source>malformed packet: the ICMP message is shorter than its 8-octet header</source>
        <translation>malformed packet: the ICMP message is shorter than its 8-octet header</translation>
    </message>
    <message>
        <source>malformed packet: the ICMP checksum is wrong</source>
        <translation>malformed packet: the ICMP checksum is wrong</translation>
    </message>
    <message>
        <source>malformed packet: the UDP datagram is truncated</source>
        <translation>malformed packet: the UDP datagram is truncated</translation>
    </message>
    <message>
        <source>malformed packet: the UDP length does not match the datagram</source>
        <translation>malformed packet: the UDP length does not match the datagram</translation>
    </message>
    <message>
        <source>malformed packet: the UDP checksum is wrong</source>
        <translation>malformed packet: the UDP checksum is wrong</translation>
    </message>
    <message>
        <source>&quot;{word}&quot; is not a PIX command; the line is kept as written</source>
        <translation>&quot;{word}&quot; is not a PIX command; the line is kept as written</translation>
    </message>
    <message>
        <source>{command}: this command is not modelled by the program; the line is kept as written and ignored by the simulation</source>
        <translation>{command}: this command is not modelled by the program; the line is kept as written and ignored by the simulation</translation>
    </message>
    <message>
        <source>{command}: &quot;{word}&quot; is ambiguous here, it may mean {choices}; the line is kept as written</source>
        <translation>{command}: &quot;{word}&quot; is ambiguous here, it may mean {choices}; the line is kept as written</translation>
    </message>
    <message>
        <source>{command}: expected {expected} but found &quot;{found}&quot;; the line is kept as written</source>
        <translation>{command}: expected {expected} but found &quot;{found}&quot;; the line is kept as written</translation>
    </message>
    <message>
        <source>{command}: the line ends where {expected} was expected; the line is kept as written</source>
        <translation>{command}: the line ends where {expected} was expected; the line is kept as written</translation>
    </message>
    <message>
        <source>{command}: unexpected &quot;{found}&quot; after the end of the command; the line is kept as written</source>
        <translation>{command}: unexpected &quot;{found}&quot; after the end of the command; the line is kept as written</translation>
    </message>
    <message>
        <source>{command}: &quot;{value}&quot; is not a valid IP address; the line is kept as written</source>
        <translation>{command}: &quot;{value}&quot; is not a valid IP address; the line is kept as written</translation>
    </message>
    <message>
        <source>{command}: &quot;{value}&quot; is neither an IP address nor a name defined with &quot;name&quot;; the line is kept as written</source>
        <translation>{command}: &quot;{value}&quot; is neither an IP address nor a name defined with &quot;name&quot;; the line is kept as written</translation>
    </message>
    <message>
        <source>{command}: &quot;{value}&quot; is not a valid netmask; the line is kept as written</source>
        <translation>{command}: &quot;{value}&quot; is not a valid netmask; the line is kept as written</translation>
    </message>
    <message>
        <source>{command}: address {address} has bits outside netmask {mask} (did you mean {network}?); the PIX refuses this, the line is kept as written</source>
        <translation>{command}: address {address} has bits outside netmask {mask} (did you mean {network}?); the PIX refuses this, the line is kept as written</translation>
    </message>
    <message>
        <source>{command}: &quot;{value}&quot; is not a number from {min} to {max}; the line is kept as written</source>
        <translation>{command}: &quot;{value}&quot; is not a number from {min} to {max}; the line is kept as written</translation>
    </message>
    <message>
        <source>{command}: &quot;{value}&quot; is not a PIX hardware interface such as ethernet0; the line is kept as written</source>
        <translation>{command}: &quot;{value}&quot; is not a PIX hardware interface such as ethernet0; the line is kept as written</translation>
    </message>
    <message>
        <source>no interface is named &quot;{name}&quot; (see the nameif lines); the PIX refuses this line</source>
        <translation>no interface is named &quot;{name}&quot; (see the nameif lines); the PIX refuses this line</translation>
    </message>
    <message>
        <source>&quot;{feature}&quot; needs PIX 6.3 or later, but line {version_line} says PIX Version {version}</source>
        <translation>&quot;{feature}&quot; needs PIX 6.3 or later, but line {version_line} says PIX Version {version}</translation>
    </message>
    <message>
        <source>PIX Version {version} is not 6.2 or 6.3; the configuration is read as PIX {assumed}</source>
        <translation>PIX Version {version} is not 6.2 or 6.3; the configuration is read as PIX {assumed}</translation>
    </message>
    <message>
        <source>the pre-shared key for peer {peer} was imported masked (********) and is unknown; supply it with --psk DEVICE:{peer}=KEY</source>
        <translation>the pre-shared key for peer {peer} was imported masked (********) and is unknown; supply it with --psk DEVICE:{peer}=KEY</translation>
    </message>
    <message>
        <source>the password of vpngroup {group} was imported masked (********) and is unknown; supply it with --group-password DEVICE:{group}=PASSWORD</source>
        <translation>the password of vpngroup {group} was imported masked (********) and is unknown; supply it with --group-password DEVICE:{group}=PASSWORD</translation>
    </message>
    <message>
        <source>the key of AAA server {host} (group {tag}) was imported masked (********) and is unknown</source>
        <translation>the key of AAA server {host} (group {tag}) was imported masked (********) and is unknown</translation>
    </message>
    <message>
        <source>the configuration ends without &quot;: end&quot;; it may have been cut off</source>
        <translation>the configuration ends without &quot;: end&quot;; it may have been cut off</translation>
    </message>
    <message>
        <source>denied by access-list {acl} applied in on {interface}: {entry}</source>
        <translation>denied by access-list {acl} applied in on {interface}: {entry}</translation>
    </message>
    <message>
        <source>from {from} (security {from_level}) to {to} (security {to_level}): a lower or equal security level needs an access-group that permits the traffic</source>
        <translation>from {from} (security {from_level}) to {to} (security {to_level}): a lower or equal security level needs an access-group that permits the traffic</translation>
    </message>
    <message>
        <source>ICMP to the PIX on {interface} denied: {entry}</source>
        <translation>ICMP to the PIX on {interface} denied: {entry}</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message numerus="yes">
        <source>Import %n configuration(s)</source>
        <translation>
            <numerusform>Import %n configuration</numerusform>
            <numerusform>Import %n configurations</numerusform>
        </translation>
    </message>
    <message>
        <source>Link %1 to %2</source>
        <translation>Link %1 to %2</translation>
    </message>
    <message>
        <source>Unlink %1 from %2</source>
        <translation>Unlink %1 from %2</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>Add scenario %1</source>
        <translation>Add scenario %1</translation>
    </message>
    <message>
        <source>Delete scenario %1</source>
        <translation>Delete scenario %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Move %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n nodes</source>
        <translation>
            <numerusform>Move %n node</numerusform>
            <numerusform>Move %n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Rename %1 to %2</translation>
    </message>
    <message>
        <source>Edit configuration of %1</source>
        <translation>Edit configuration of %1</translation>
    </message>
    <message>
        <source>Change IP settings of %1</source>
        <translation>Change IP settings of %1</translation>
    </message>
    <message>
        <source>Change hardware of %1</source>
        <translation>Change hardware of %1</translation>
    </message>
    <message>
        <source>Change profile of %1</source>
        <translation>Change profile of %1</translation>
    </message>
    <message>
        <source>Rename scenario %1 to %2</source>
        <translation>Rename scenario %1 to %2</translation>
    </message>
    <message>
        <source>Edit scenario %1</source>
        <translation>Edit scenario %1</translation>
    </message>
</context>
<context>
    <name>vtd::app::LinkItem</name>
    <message>
        <source>Link: %1 – %2</source>
        <translation>Link: %1 – %2</translation>
    </message>
    <message>
        <source>Subnet: %1</source>
        <translation>Subnet: %1</translation>
    </message>
    <message>
        <source>An interface of this link is shut down.</source>
        <translation>An interface of this link is shut down.</translation>
    </message>
</context>
<context>
    <name>vtd::app::LoadFailureDialog</name>
    <message>
        <source>Cannot Open Project</source>
        <translation>Cannot Open Project</translation>
    </message>
    <message>
        <source>The project %1 could not be opened.</source>
        <translation>The project %1 could not be opened.</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) under Show Details.</source>
        <translation>
            <numerusform>%n more problem under Show Details.</numerusform>
            <numerusform>%n more problems under Show Details.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
</context>
<context>
    <name>vtd::app::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Open...</translation>
    </message>
    <message>
        <source>Open a project file (.vpnd)</source>
        <translation>Open a project file (.vpnd)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Fit to Window</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>Open &amp;Example</translation>
    </message>
    <message>
        <source>Open the built-in example: the network diagram of Cisco configuration note 16060</source>
        <translation>Open the built-in example: the network diagram of Cisco configuration note 16060</translation>
    </message>
    <message>
        <source>&amp;About VPN Topology Designer</source>
        <translation>&amp;About VPN Topology Designer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Untitled — VPN Topology Designer</source>
        <translation>Untitled — VPN Topology Designer</translation>
    </message>
    <message>
        <source>%1 (example) — VPN Topology Designer</source>
        <translation>%1 (example) — VPN Topology Designer</translation>
    </message>
    <message>
        <source>%1 — VPN Topology Designer</source>
        <translation>%1 — VPN Topology Designer</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n LAN segment(s)</source>
        <translation>
            <numerusform>%n LAN segment</numerusform>
            <numerusform>%n LAN segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Open Project</translation>
    </message>
    <message>
        <source>VPN Topology Designer projects (*.vpnd);;All files (*)</source>
        <translation>VPN Topology Designer projects (*.vpnd);;All files (*)</translation>
    </message>
    <message>
        <source>About VPN Topology Designer</source>
        <translation>About VPN Topology Designer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;VPN Topology Designer %1&lt;/h3&gt;&lt;p&gt;Draw Cisco PIX, IOS router and VPN Client topologies, generate their configurations and simulate IKEv1 and ESP between them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VPN Topology Designer %1&lt;/h3&gt;&lt;p&gt;Draw Cisco PIX, IOS router and VPN Client topologies, generate their configurations and simulate IKEv1 and ESP between them.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found while loading</source>
        <translation>
            <numerusform>%n problem found while loading</numerusform>
            <numerusform>%n problems found while loading</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>vtd::app::PortItem</name>
    <message>
        <source>Interface: %1</source>
        <translation>Interface: %1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>Administratively shut down</source>
        <translation>Administratively shut down</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Not linked</translation>
    </message>
</context>
<context>
    <name>vtd::app::SegmentItem</name>
    <message>
        <source>LAN segment %1</source>
        <translation>LAN segment %1</translation>
    </message>
</context>
<context>
    <name>vtd::app::SparePortsItem</name>
    <message numerus="yes">
        <source>%n interface(s) not linked:</source>
        <translation>
            <numerusform>%n interface not linked:</numerusform>
            <numerusform>%n interfaces not linked:</numerusform>
        </translation>
    </message>
</context>
</TS>
