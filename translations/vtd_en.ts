<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DesignerDocks</name>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Ladder Diagram</source>
        <translation>Ladder Diagram</translation>
    </message>
    <message>
        <source>Packet Detail</source>
        <translation>Packet Detail</translation>
    </message>
    <message>
        <source>Device Consoles</source>
        <translation>Device Consoles</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
</context>
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
    <message>
        <source>{value}: no node has this address and no device has it on a connected subnet where a host could be attached, so nothing can send from it</source>
        <translation>{value}: no node has this address and no device has it on a connected subnet where a host could be attached, so nothing can send from it</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; has no IPv4 address to ping</source>
        <translation>&quot;{value}&quot; has no IPv4 address to ping</translation>
    </message>
    <message>
        <source>IKE is not simulated on {node}, so &quot;{command}&quot; cannot run</source>
        <translation>IKE is not simulated on {node}, so &quot;{command}&quot; cannot run</translation>
    </message>
    <message>
        <source>{node} did not connect: {reason}</source>
        <translation>{node} did not connect: {reason}</translation>
    </message>
    <message>
        <source>{node} was still not connected after {seconds} s; the attempt was abandoned</source>
        <translation>{node} was still not connected after {seconds} s; the attempt was abandoned</translation>
    </message>
    <message>
        <source>{expectation}: no ping from {src} to {dst} ran before this line</source>
        <translation>{expectation}: no ping from {src} to {dst} ran before this line</translation>
    </message>
    <message>
        <source>{expectation}: the last ping from {src} to {dst} succeeded {percent}% ({received}/{sent})</source>
        <translation>{expectation}: the last ping from {src} to {dst} succeeded {percent}% ({received}/{sent})</translation>
    </message>
    <message>
        <source>{expectation}: no packet was dropped at {node} with code {code}</source>
        <translation>{expectation}: no packet was dropped at {node} with code {code}</translation>
    </message>
    <message>
        <source>{expectation}: {node} has no IKE SA with {peer}</source>
        <translation>{expectation}: {node} has no IKE SA with {peer}</translation>
    </message>
    <message>
        <source>{expectation}: the IKE SA of {node} with {peer} is in {state}, not QM_IDLE</source>
        <translation>{expectation}: the IKE SA of {node} with {peer} is in {state}, not QM_IDLE</translation>
    </message>
    <message>
        <source>{expectation}: {node} still has an IKE SA with {peer} in QM_IDLE</source>
        <translation>{expectation}: {node} still has an IKE SA with {peer} in QM_IDLE</translation>
    </message>
    <message>
        <source>{expectation}: {node} has no IPsec SA with {peer}</source>
        <translation>{expectation}: {node} has no IPsec SA with {peer}</translation>
    </message>
    <message>
        <source>{expectation}: the IPsec SA of {node} with {peer} uses {found}, not {transform}</source>
        <translation>{expectation}: the IPsec SA of {node} with {peer} uses {found}, not {transform}</translation>
    </message>
    <message>
        <source>{expectation}: {node} still has an IPsec SA with {peer}</source>
        <translation>{expectation}: {node} still has an IPsec SA with {peer}</translation>
    </message>
    <message>
        <source>no translation group found for {protocol} src {from}:{source} dst {to}:{destination} (PIX syslog 305005): no nat with a global on {to}, static or nat 0 rule covers this traffic</source>
        <translation>no translation group found for {protocol} src {from}:{source} dst {to}:{destination} (PIX syslog 305005): no nat with a global on {to}, static or nat 0 rule covers this traffic</translation>
    </message>
    <message>
        <source>translation creation failed for {source} toward {to} (PIX syslog 305006): every global address and port of nat id {nat_id} on {to} is in use</source>
        <translation>translation creation failed for {source} toward {to} (PIX syslog 305006): every global address and port of nat id {nat_id} on {to} is in use</translation>
    </message>
    <message>
        <source>PAT cannot translate {protocol} from {source} toward {to}: only TCP, UDP and ICMP echo carry a port or identifier (PIX syslog 305006)</source>
        <translation>PAT cannot translate {protocol} from {source} toward {to}: only TCP, UDP and ICMP echo carry a port or identifier (PIX syslog 305006)</translation>
    </message>
    <message>
        <source>denied by access list {acl} applied {direction} on {interface}: {entry}</source>
        <translation>denied by access list {acl} applied {direction} on {interface}: {entry}</translation>
    </message>
    <message>
        <source>NAT translation failed: {interface} has no IP address for &quot;{rule}&quot;; IOS drops the packet</source>
        <translation>NAT translation failed: {interface} has no IP address for &quot;{rule}&quot;; IOS drops the packet</translation>
    </message>
    <message>
        <source>NAT translation failed: inside global address {address} has no free port or is in use (IP protocol {protocol}); IOS drops the packet</source>
        <translation>NAT translation failed: inside global address {address} has no free port or is in use (IP protocol {protocol}); IOS drops the packet</translation>
    </message>
    <message>
        <source>ISAKMP from {peer} arrived on {interface}, where ISAKMP is not enabled; the packet is ignored</source>
        <translation>ISAKMP from {peer} arrived on {interface}, where ISAKMP is not enabled; the packet is ignored</translation>
    </message>
    <message>
        <source>expected IKE replies from {expected} but they came from {actual}; the peer answers from another interface, so no SA forms</source>
        <translation>expected IKE replies from {expected} but they came from {actual}; the peer answers from another interface, so no SA forms</translation>
    </message>
    <message>
        <source>IKE with {peer} belongs to the crypto map on {interface} ({expected}), but the route sends it out through {egress} from {actual}; the peer sees the wrong address and no SA forms</source>
        <translation>IKE with {peer} belongs to the crypto map on {interface} ({expected}), but the route sends it out through {egress} from {actual}; the peer sees the wrong address and no SA forms</translation>
    </message>
    <message>
        <source>the peer does not answer IKE ({state} after {tries} tries): it is unreachable, or ISAKMP is not enabled or not keyed for this address there</source>
        <translation>the peer does not answer IKE ({state} after {tries} tries): it is unreachable, or ISAKMP is not enabled or not keyed for this address there</translation>
    </message>
    <message>
        <source>no pre-shared key is configured for peer {peer} (or it was imported masked); phase 1 cannot be authenticated</source>
        <translation>no pre-shared key is configured for peer {peer} (or it was imported masked); phase 1 cannot be authenticated</translation>
    </message>
    <message>
        <source>phase 1 with {peer} failed authentication: the pre-shared keys of the two peers differ ({detail})</source>
        <translation>phase 1 with {peer} failed authentication: the pre-shared keys of the two peers differ ({detail})</translation>
    </message>
    <message>
        <source>no ISAKMP policy matches what {peer} proposes: {reasons}</source>
        <translation>no ISAKMP policy matches what {peer} proposes: {reasons}</translation>
    </message>
    <message>
        <source>Quick Mode refused: no transform set accepts the peer&apos;s proposals ({reasons})</source>
        <translation>Quick Mode refused: no transform set accepts the peer&apos;s proposals ({reasons})</translation>
    </message>
    <message>
        <source>Quick Mode refused: the proxies {local} &lt;-&gt; {remote} are not the mirror image of a crypto ACL for this peer</source>
        <translation>Quick Mode refused: the proxies {local} &lt;-&gt; {remote} are not the mirror image of a crypto ACL for this peer</translation>
    </message>
    <message>
        <source>IPsec SA with {peer} not yet established; packet dropped while IKE negotiates</source>
        <translation>IPsec SA with {peer} not yet established; packet dropped while IKE negotiates</translation>
    </message>
    <message>
        <source>crypto map {map} {seq} selects the packet but has no peer (set peer)</source>
        <translation>crypto map {map} {seq} selects the packet but has no peer (set peer)</translation>
    </message>
    <message>
        <source>XAUTH refused user &quot;{user}&quot; from {peer}: {reason} (aaa-server {tag}, {server}); the IKE SA is deleted</source>
        <translation>XAUTH refused user &quot;{user}&quot; from {peer}: {reason} (aaa-server {tag}, {server}); the IKE SA is deleted</translation>
    </message>
    <message>
        <source>the VPN Client at {peer} (group {group}) gave no XAUTH user name and password; the IKE SA is deleted</source>
        <translation>the VPN Client at {peer} (group {group}) gave no XAUTH user name and password; the IKE SA is deleted</translation>
    </message>
    <message>
        <source>the AAA server {server} of aaa-server {tag} does not answer ({reason}): XAUTH of user &quot;{user}&quot; from {peer} fails after the {timeout} s timeout</source>
        <translation>the AAA server {server} of aaa-server {tag} does not answer ({reason}): XAUTH of user &quot;{user}&quot; from {peer} fails after the {timeout} s timeout</translation>
    </message>
    <message>
        <source>the crypto map checks XAUTH users with aaa-server {tag}, which has no host line: user &quot;{user}&quot; is refused</source>
        <translation>the crypto map checks XAUTH users with aaa-server {tag}, which has no host line: user &quot;{user}&quot; is refused</translation>
    </message>
    <message>
        <source>ESP packet with an SPI this device has no inbound SA for (never negotiated, deleted or expired)</source>
        <translation>ESP packet with an SPI this device has no inbound SA for (never negotiated, deleted or expired)</translation>
    </message>
    <message>
        <source>ESP packet dropped as a replay: its sequence number was already received</source>
        <translation>ESP packet dropped as a replay: its sequence number was already received</translation>
    </message>
    <message>
        <source>ESP packet dropped as a replay: its sequence number is older than the 64-packet anti-replay window</source>
        <translation>ESP packet dropped as a replay: its sequence number is older than the 64-packet anti-replay window</translation>
    </message>
    <message>
        <source>ESP authentication failed: the ICV does not match (packet altered in transit, or the peers use different keys)</source>
        <translation>ESP authentication failed: the ICV does not match (packet altered in transit, or the peers use different keys)</translation>
    </message>
    <message>
        <source>ESP packet dropped: the padding after decryption is invalid</source>
        <translation>ESP packet dropped: the padding after decryption is invalid</translation>
    </message>
    <message>
        <source>malformed ESP packet: too short, not whole cipher blocks, or fragmented</source>
        <translation>malformed ESP packet: too short, not whole cipher blocks, or fragmented</translation>
    </message>
    <message>
        <source>the decrypted ESP payload is not a valid IPv4 datagram</source>
        <translation>the decrypted ESP payload is not a valid IPv4 datagram</translation>
    </message>
    <message>
        <source>decrypted packet outside the SA&apos;s proxy identities (the crypto ACLs do not cover it)</source>
        <translation>decrypted packet outside the SA&apos;s proxy identities (the crypto ACLs do not cover it)</translation>
    </message>
    <message>
        <source>the SA has used all 2^32-1 sequence numbers; it must be rekeyed before it can send again</source>
        <translation>the SA has used all 2^32-1 sequence numbers; it must be rekeyed before it can send again</translation>
    </message>
    <message>
        <source>the IPsec SA reached its lifetime (seconds or kilobytes)</source>
        <translation>the IPsec SA reached its lifetime (seconds or kilobytes)</translation>
    </message>
    <message>
        <source>internal error: an IPsec SA was used in the wrong direction</source>
        <translation>internal error: an IPsec SA was used in the wrong direction</translation>
    </message>
    <message>
        <source>IPsec SA not installed: no transform, or a key of the wrong length</source>
        <translation>IPsec SA not installed: no transform, or a key of the wrong length</translation>
    </message>
    <message>
        <source>the packet is too large to be encapsulated in ESP (over 65535 bytes)</source>
        <translation>the packet is too large to be encapsulated in ESP (over 65535 bytes)</translation>
    </message>
    <message>
        <source>malformed ISAKMP message: {where} at offset {offset} is cut short ({detail})</source>
        <translation>malformed ISAKMP message: {where} at offset {offset} is cut short ({detail})</translation>
    </message>
    <message>
        <source>malformed ISAKMP message: a length in {where} at offset {offset} is wrong ({detail})</source>
        <translation>malformed ISAKMP message: a length in {where} at offset {offset} is wrong ({detail})</translation>
    </message>
    <message>
        <source>ISAKMP message of an unsupported version: {detail}</source>
        <translation>ISAKMP message of an unsupported version: {detail}</translation>
    </message>
    <message>
        <source>ISAKMP message with an unexpected exchange type: {detail}</source>
        <translation>ISAKMP message with an unexpected exchange type: {detail}</translation>
    </message>
    <message>
        <source>malformed ISAKMP message: {detail}</source>
        <translation>malformed ISAKMP message: {detail}</translation>
    </message>
    <message>
        <source>malformed ISAKMP message: {where} at offset {offset} names a wrong payload type ({detail})</source>
        <translation>malformed ISAKMP message: {where} at offset {offset} names a wrong payload type ({detail})</translation>
    </message>
    <message>
        <source>malformed ISAKMP message: a reserved field of {where} at offset {offset} is not zero ({detail})</source>
        <translation>malformed ISAKMP message: a reserved field of {where} at offset {offset} is not zero ({detail})</translation>
    </message>
    <message>
        <source>malformed ISAKMP message: {where} at offset {offset} holds a value that is not allowed ({detail})</source>
        <translation>malformed ISAKMP message: {where} at offset {offset} holds a value that is not allowed ({detail})</translation>
    </message>
    <message>
        <source>malformed ISAKMP message: a count in {where} at offset {offset} is wrong ({detail})</source>
        <translation>malformed ISAKMP message: a count in {where} at offset {offset} is wrong ({detail})</translation>
    </message>
    <message>
        <source>ISAKMP message refused: {where} at offset {offset} is out of place ({detail})</source>
        <translation>ISAKMP message refused: {where} at offset {offset} is out of place ({detail})</translation>
    </message>
    <message>
        <source>ISAKMP message refused: {where} is missing ({detail})</source>
        <translation>ISAKMP message refused: {where} is missing ({detail})</translation>
    </message>
    <message>
        <source>ISAKMP message refused: the encryption flag is wrong ({detail})</source>
        <translation>ISAKMP message refused: the encryption flag is wrong ({detail})</translation>
    </message>
    <message>
        <source>{node} has no console: only PIX and IOS devices take configuration lines</source>
        <translation>{node} has no console: only PIX and IOS devices take configuration lines</translation>
    </message>
    <message>
        <source>&quot;{line}&quot;: no such statement in the configuration; nothing changed</source>
        <translation>&quot;{line}&quot;: no such statement in the configuration; nothing changed</translation>
    </message>
    <message>
        <source>{endpoint} is neither a node nor an address in a device&apos;s connected subnet</source>
        <translation>{endpoint} is neither a node nor an address in a device&apos;s connected subnet</translation>
    </message>
    <message>
        <source>there is no physical path between {source} and {destination}: no chain of links joins them</source>
        <translation>there is no physical path between {source} and {destination}: no chain of links joins them</translation>
    </message>
    <message>
        <source>the packet from {source} to {destination} was neither delivered nor dropped (it was held, e.g. by IKE negotiation)</source>
        <translation>the packet from {source} to {destination} was neither delivered nor dropped (it was held, e.g. by IKE negotiation)</translation>
    </message>
    <message>
        <source>dead peer detection: {peer} answered none of {tries} R-U-THERE messages (isakmp keepalive {seconds}); its IKE and IPsec SAs were removed</source>
        <translation>dead peer detection: {peer} answered none of {tries} R-U-THERE messages (isakmp keepalive {seconds}); its IKE and IPsec SAs were removed</translation>
    </message>
    <message>
        <source>the crypto map checks XAUTH users with method list {list}, but without `aaa new-model` the router has no AAA method lists: user &quot;{user}&quot; from {peer} is refused</source>
        <translation>the crypto map checks XAUTH users with method list {list}, but without `aaa new-model` the router has no AAA method lists: user &quot;{user}&quot; from {peer} is refused</translation>
    </message>
    <message>
        <source>the crypto map checks XAUTH users with method list {list}, which no `aaa authentication login {list}` line defines: user &quot;{user}&quot; from {peer} is refused</source>
        <translation>the crypto map checks XAUTH users with method list {list}, which no `aaa authentication login {list}` line defines: user &quot;{user}&quot; from {peer} is refused</translation>
    </message>
    <message>
        <source>XAUTH refused user &quot;{user}&quot; from {peer}: {reason} (method list {list}, {method}); the IKE SA is deleted</source>
        <translation>XAUTH refused user &quot;{user}&quot; from {peer}: {reason} (method list {list}, {method}); the IKE SA is deleted</translation>
    </message>
    <message>
        <source>no method of list {list} could check user &quot;{user}&quot; from {peer} ({reason}); XAUTH fails and the IKE SA is deleted</source>
        <translation>no method of list {list} could check user &quot;{user}&quot; from {peer} ({reason}); XAUTH fails and the IKE SA is deleted</translation>
    </message>
    <message>
        <source>the VPN Client heard nothing from the gateway {gateway} for {seconds} s (PeerTimeout) and {tries} R-U-THERE messages went unanswered: it dropped the tunnel</source>
        <translation>the VPN Client heard nothing from the gateway {gateway} for {seconds} s (PeerTimeout) and {tries} R-U-THERE messages went unanswered: it dropped the tunnel</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Not a whole number.</source>
        <translation>Not a whole number.</translation>
    </message>
    <message>
        <source>Must be between %1 and %2.</source>
        <translation>Must be between %1 and %2.</translation>
    </message>
    <message>
        <source>Not an IPv4 address (four numbers 0-255, like 10.0.0.1).</source>
        <translation>Not an IPv4 address (four numbers 0-255, like 10.0.0.1).</translation>
    </message>
    <message>
        <source>Not a netmask (four numbers 0-255, like 255.255.255.0).</source>
        <translation>Not a netmask (four numbers 0-255, like 255.255.255.0).</translation>
    </message>
    <message>
        <source>The mask is not contiguous: its 1-bits must all come before its 0-bits.</source>
        <translation>The mask is not contiguous: its 1-bits must all come before its 0-bits.</translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation>A value is required.</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>Choose one of: %1.</translation>
    </message>
    <message>
        <source>A name cannot contain spaces.</source>
        <translation>A name cannot contain spaces.</translation>
    </message>
    <message>
        <source>The router does not read &quot;%1&quot;.</source>
        <translation>The router does not read &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>device</source>
        <translation>device</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Host name</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Interfaces</translation>
    </message>
    <message>
        <source>interface %1</source>
        <translation>interface %1</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Mask</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>Shut down</translation>
    </message>
    <message>
        <source>Crypto map</source>
        <translation>Crypto map</translation>
    </message>
    <message>
        <source>NAT side</source>
        <translation>NAT side</translation>
    </message>
    <message>
        <source>Static Routes</source>
        <translation>Static Routes</translation>
    </message>
    <message>
        <source>route %1</source>
        <translation>route %1</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Next hop</source>
        <translation>Next hop</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>A route needs an interface or a next hop.</source>
        <translation>A route needs an interface or a next hop.</translation>
    </message>
    <message>
        <source>Access Lists</source>
        <translation>Access Lists</translation>
    </message>
    <message>
        <source>access list entry %1</source>
        <translation>access list entry %1</translation>
    </message>
    <message>
        <source>Access list</source>
        <translation>Access list</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>NAT (ip nat inside source)</source>
        <translation>NAT (ip nat inside source)</translation>
    </message>
    <message>
        <source>NAT rule %1</source>
        <translation>NAT rule %1</translation>
    </message>
    <message>
        <source>Access list / route map</source>
        <translation>Access list / route map</translation>
    </message>
    <message>
        <source>Translate to</source>
        <translation>Translate to</translation>
    </message>
    <message>
        <source>Interface / pool</source>
        <translation>Interface / pool</translation>
    </message>
    <message>
        <source>Overload</source>
        <translation>Overload</translation>
    </message>
    <message>
        <source>ISAKMP Policies</source>
        <translation>ISAKMP Policies</translation>
    </message>
    <message>
        <source>ISAKMP policy %1</source>
        <translation>ISAKMP policy %1</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentication</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>DH group</source>
        <translation>DH group</translation>
    </message>
    <message>
        <source>Lifetime (s)</source>
        <translation>Lifetime (s)</translation>
    </message>
    <message>
        <source>Pre-Shared Keys</source>
        <translation>Pre-Shared Keys</translation>
    </message>
    <message>
        <source>pre-shared key for %1</source>
        <translation>pre-shared key for %1</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Peer</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>No XAUTH</source>
        <translation>No XAUTH</translation>
    </message>
    <message>
        <source>A key is one word and cannot be empty.</source>
        <translation>A key is one word and cannot be empty.</translation>
    </message>
    <message>
        <source>Transform Sets</source>
        <translation>Transform Sets</translation>
    </message>
    <message>
        <source>transform set %1</source>
        <translation>transform set %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Transforms</source>
        <translation>Transforms</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Dynamic Crypto Maps</source>
        <translation>Dynamic Crypto Maps</translation>
    </message>
    <message>
        <source>Crypto Maps</source>
        <translation>Crypto Maps</translation>
    </message>
    <message>
        <source>dynamic map %1</source>
        <translation>dynamic map %1</translation>
    </message>
    <message>
        <source>crypto map %1</source>
        <translation>crypto map %1</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequence</translation>
    </message>
    <message>
        <source>Match address</source>
        <translation>Match address</translation>
    </message>
    <message>
        <source>Transform sets</source>
        <translation>Transform sets</translation>
    </message>
    <message>
        <source>PFS</source>
        <translation>PFS</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>hardware</source>
        <translation>hardware</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Software version</source>
        <translation>Software version</translation>
    </message>
    <message>
        <source>Licence VPN-DES</source>
        <translation>Licence VPN-DES</translation>
    </message>
    <message>
        <source>Licence VPN-3DES</source>
        <translation>Licence VPN-3DES</translation>
    </message>
    <message>
        <source>Licence failover</source>
        <translation>Licence failover</translation>
    </message>
    <message>
        <source>A PIX version looks like 6.2(2) or 6.3(1).</source>
        <translation>A PIX version looks like 6.2(2) or 6.3(1).</translation>
    </message>
    <message>
        <source>IP Settings</source>
        <translation>IP Settings</translation>
    </message>
    <message>
        <source>IP settings</source>
        <translation>IP settings</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>The gateway is not in the host&apos;s subnet %1.</source>
        <translation>The gateway is not in the host&apos;s subnet %1.</translation>
    </message>
    <message>
        <source>VPN Client Profile</source>
        <translation>VPN Client Profile</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profile</translation>
    </message>
    <message>
        <source>Host (concentrator)</source>
        <translation>Host (concentrator)</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Group name</translation>
    </message>
    <message>
        <source>Group password</source>
        <translation>Group password</translation>
    </message>
    <message>
        <source>Authentication type</source>
        <translation>Authentication type</translation>
    </message>
    <message>
        <source>Transparent tunnelling</source>
        <translation>Transparent tunnelling</translation>
    </message>
    <message>
        <source>The PIX does not read &quot;%1&quot;.</source>
        <translation>The PIX does not read &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>Domain name</translation>
    </message>
    <message>
        <source>This port has no nameif line.</source>
        <translation>This port has no nameif line.</translation>
    </message>
    <message>
        <source>Name the interface first.</source>
        <translation>Name the interface first.</translation>
    </message>
    <message>
        <source>Name (nameif)</source>
        <translation>Name (nameif)</translation>
    </message>
    <message>
        <source>Security level</source>
        <translation>Security level</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>Address Pools</source>
        <translation>Address Pools</translation>
    </message>
    <message>
        <source>address pool %1</source>
        <translation>address pool %1</translation>
    </message>
    <message>
        <source>First address</source>
        <translation>First address</translation>
    </message>
    <message>
        <source>Last address</source>
        <translation>Last address</translation>
    </message>
    <message>
        <source>The last address comes before the first.</source>
        <translation>The last address comes before the first.</translation>
    </message>
    <message>
        <source>No Mode Config</source>
        <translation>No Mode Config</translation>
    </message>
    <message>
        <source>Dynamic map</source>
        <translation>Dynamic map</translation>
    </message>
    <message>
        <source>SA lifetime (s)</source>
        <translation>SA lifetime (s)</translation>
    </message>
    <message>
        <source>Crypto Map Interfaces</source>
        <translation>Crypto Map Interfaces</translation>
    </message>
    <message>
        <source>crypto map binding %1</source>
        <translation>crypto map binding %1</translation>
    </message>
    <message>
        <source>VPN Client Groups (vpngroup)</source>
        <translation>VPN Client Groups (vpngroup)</translation>
    </message>
    <message>
        <source>vpngroup %1</source>
        <translation>vpngroup %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Address pool</source>
        <translation>Address pool</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS servers</translation>
    </message>
    <message>
        <source>WINS servers</source>
        <translation>WINS servers</translation>
    </message>
    <message>
        <source>Default domain</source>
        <translation>Default domain</translation>
    </message>
    <message>
        <source>Split tunnel ACL</source>
        <translation>Split tunnel ACL</translation>
    </message>
    <message>
        <source>Idle time (s)</source>
        <translation>Idle time (s)</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Access Groups</source>
        <translation>Access Groups</translation>
    </message>
    <message>
        <source>access group %1</source>
        <translation>access group %1</translation>
    </message>
    <message>
        <source>Interface (in)</source>
        <translation>Interface (in)</translation>
    </message>
    <message>
        <source>There is no access list %1.</source>
        <translation>There is no access list %1.</translation>
    </message>
    <message>
        <source>NAT (nat)</source>
        <translation>NAT (nat)</translation>
    </message>
    <message>
        <source>nat %1</source>
        <translation>nat %1</translation>
    </message>
    <message>
        <source>NAT ID</source>
        <translation>NAT ID</translation>
    </message>
    <message>
        <source>Global Address Pools (global)</source>
        <translation>Global Address Pools (global)</translation>
    </message>
    <message>
        <source>global %1</source>
        <translation>global %1</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <source>Static Translations (static)</source>
        <translation>Static Translations (static)</translation>
    </message>
    <message>
        <source>static %1</source>
        <translation>static %1</translation>
    </message>
    <message>
        <source>Real interface</source>
        <translation>Real interface</translation>
    </message>
    <message>
        <source>Mapped interface</source>
        <translation>Mapped interface</translation>
    </message>
    <message>
        <source>Mapped address</source>
        <translation>Mapped address</translation>
    </message>
    <message>
        <source>Real address</source>
        <translation>Real address</translation>
    </message>
    <message>
        <source>Write an IPv4 address or &quot;interface&quot;.</source>
        <translation>Write an IPv4 address or &quot;interface&quot;.</translation>
    </message>
    <message>
        <source>Change %1 %2</source>
        <translation>Change %1 %2</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>There is no such item.</source>
        <translation>There is no such item.</translation>
    </message>
    <message>
        <source>%1 is already used.</source>
        <translation>%1 is already used.</translation>
    </message>
</context>
<context>
    <name>RunExport</name>
    <message>
        <source>Cannot write the Wireshark key tables to %1: %2</source>
        <translation>Cannot write the Wireshark key tables to %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
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
    <name>vtd::app::CanvasEditor</name>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vtd::app::ConfigView</name>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Configuration text</source>
        <translation>Configuration text</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>Read the text with the device&apos;s dialect and store it if it has no errors</source>
        <translation>Read the text with the device&apos;s dialect and store it if it has no errors</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <source>Drop the edits and show the stored configuration</source>
        <translation>Drop the edits and show the stored configuration</translation>
    </message>
    <message>
        <source>Select a firewall, router or VPN Client PC to see its configuration.</source>
        <translation>Select a firewall, router or VPN Client PC to see its configuration.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): nothing was applied. Point at a marked line to see why.</source>
        <translation>
            <numerusform>%n error: nothing was applied. Point at the marked line to see why.</numerusform>
            <numerusform>%n errors: nothing was applied. Point at a marked line to see why.</numerusform>
        </translation>
    </message>
    <message>
        <source>The device changed since you started editing; Revert shows its configuration now.</source>
        <translation>The device changed since you started editing; Revert shows its configuration now.</translation>
    </message>
</context>
<context>
    <name>vtd::app::ConsoleView</name>
    <message>
        <source>Device consoles</source>
        <translation>Device consoles</translation>
    </message>
    <message>
        <source>The device whose console is shown</source>
        <translation>The device whose console is shown</translation>
    </message>
    <message>
        <source>Console output</source>
        <translation>Console output</translation>
    </message>
    <message>
        <source>Console command</source>
        <translation>Console command</translation>
    </message>
    <message>
        <source>Command (Up/Down: history)</source>
        <translation>Command (Up/Down: history)</translation>
    </message>
    <message>
        <source>Typed commands are recorded in the scenario as &quot;on DEVICE: COMMAND&quot;</source>
        <translation>Typed commands are recorded in the scenario as &quot;on DEVICE: COMMAND&quot;</translation>
    </message>
</context>
<context>
    <name>vtd::app::DevicePalette</name>
    <message>
        <source>Device palette</source>
        <translation>Device palette</translation>
    </message>
</context>
<context>
    <name>vtd::app::EditActions</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Select &amp;All</translation>
    </message>
    <message>
        <source>Ali&amp;gn</source>
        <translation>Ali&amp;gn</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>Align &amp;Left</translation>
    </message>
    <message>
        <source>Align &amp;Centre</source>
        <translation>Align &amp;Centre</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>Align &amp;Right</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>Align &amp;Top</translation>
    </message>
    <message>
        <source>Align &amp;Middle</source>
        <translation>Align &amp;Middle</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>Align &amp;Bottom</translation>
    </message>
    <message>
        <source>Auto &amp;Layout</source>
        <translation>Auto &amp;Layout</translation>
    </message>
    <message>
        <source>Arrange the whole diagram automatically</source>
        <translation>Arrange the whole diagram automatically</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
</context>
<context>
    <name>vtd::app::Inspector</name>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Which part of the device to edit</source>
        <translation>Which part of the device to edit</translation>
    </message>
    <message>
        <source>Select one device to see and edit its settings.</source>
        <translation>Select one device to see and edit its settings.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>vtd::app::LadderView</name>
    <message>
        <source>%1 (dropped: %2)</source>
        <translation>%1 (dropped: %2)</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Time (s)</translation>
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
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Zoom in (Ctrl+wheel)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Zoom out (Ctrl+wheel)</translation>
    </message>
    <message>
        <source>Show the whole diagram</source>
        <translation>Show the whole diagram</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>&amp;Device Palette</source>
        <translation>&amp;Device Palette</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Main Toolbar</translation>
    </message>
    <message>
        <source>Topology canvas</source>
        <translation>Topology canvas</translation>
    </message>
    <message>
        <source>Drop devices from the palette here; drag from a port to another port or a LAN segment to link them</source>
        <translation>Drop devices from the palette here; drag from a port to another port or a LAN segment to link them</translation>
    </message>
    <message>
        <source>Untitled[*] — VPN Topology Designer</source>
        <translation>Untitled[*] — VPN Topology Designer</translation>
    </message>
    <message>
        <source>%1[*] (example) — VPN Topology Designer</source>
        <translation>%1[*] (example) — VPN Topology Designer</translation>
    </message>
    <message>
        <source>%1[*] — VPN Topology Designer</source>
        <translation>%1[*] — VPN Topology Designer</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>Start a new, empty project</source>
        <translation>Start a new, empty project</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Save the project</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Save &amp;As...</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Device &amp;Configurations...</source>
        <translation>Device &amp;Configurations...</translation>
    </message>
    <message>
        <source>Place devices from PIX and IOS configurations and VPN Client profiles, linked by their subnets</source>
        <translation>Place devices from PIX and IOS configurations and VPN Client profiles, linked by their subnets</translation>
    </message>
    <message>
        <source>&amp;Pasted Configuration...</source>
        <translation>&amp;Pasted Configuration...</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>All Device &amp;Configurations...</source>
        <translation>All Device &amp;Configurations...</translation>
    </message>
    <message>
        <source>Write every device&apos;s configuration into a folder</source>
        <translation>Write every device&apos;s configuration into a folder</translation>
    </message>
    <message>
        <source>VPN Client &amp;Profile (.pcf)...</source>
        <translation>VPN Client &amp;Profile (.pcf)...</translation>
    </message>
    <message>
        <source>&amp;Diagram (PNG, SVG, PDF)...</source>
        <translation>&amp;Diagram (PNG, SVG, PDF)...</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>untitled.vpnd</source>
        <translation>untitled.vpnd</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>Save Project</translation>
    </message>
    <message>
        <source>VPN Topology Designer projects (*.vpnd)</source>
        <translation>VPN Topology Designer projects (*.vpnd)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n node(s)</source>
        <translation>
            <numerusform>Imported %n node</numerusform>
            <numerusform>Imported %n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Configurations</source>
        <translation>Export Configurations</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>Exported %n file to %1</numerusform>
            <numerusform>Exported %n files to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Export Diagram</translation>
    </message>
    <message>
        <source>Exported the diagram to %1</source>
        <translation>Exported the diagram to %1</translation>
    </message>
    <message>
        <source>Import Device Configurations</source>
        <translation>Import Device Configurations</translation>
    </message>
    <message>
        <source>Configurations and profiles (*.cfg *.txt *.conf *.pcf);;All files (*)</source>
        <translation>Configurations and profiles (*.cfg *.txt *.conf *.pcf);;All files (*)</translation>
    </message>
    <message>
        <source>Export Configurations to Folder</source>
        <translation>Export Configurations to Folder</translation>
    </message>
    <message>
        <source>Export VPN Client Profile</source>
        <translation>Export VPN Client Profile</translation>
    </message>
    <message>
        <source>Select a VPN Client PC on the canvas first.</source>
        <translation>Select a VPN Client PC on the canvas first.</translation>
    </message>
    <message>
        <source>VPN Client profiles (*.pcf)</source>
        <translation>VPN Client profiles (*.pcf)</translation>
    </message>
    <message>
        <source>Exported the profile to %1</source>
        <translation>Exported the profile to %1</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>diagram.png</source>
        <translation>diagram.png</translation>
    </message>
</context>
<context>
    <name>vtd::app::NodeClipboard</name>
    <message numerus="yes">
        <source>Paste %n node(s)</source>
        <translation>
            <numerusform>Paste %n node</numerusform>
            <numerusform>Paste %n nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vtd::app::OverlayTexts</name>
    <message>
        <source>Configured</source>
        <translation>Configured</translation>
    </message>
    <message>
        <source>Phase 1 in progress</source>
        <translation>Phase 1 in progress</translation>
    </message>
    <message>
        <source>IKE SA up (QM_IDLE)</source>
        <translation>IKE SA up (QM_IDLE)</translation>
    </message>
    <message>
        <source>IPsec SA up</source>
        <translation>IPsec SA up</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>the SA lifetime expired</source>
        <translation>the SA lifetime expired</translation>
    </message>
    <message>
        <source>the peer deleted the SAs</source>
        <translation>the peer deleted the SAs</translation>
    </message>
    <message>
        <source>the SAs were cleared by a command</source>
        <translation>the SAs were cleared by a command</translation>
    </message>
    <message>
        <source>the SAs were replaced by a rekey</source>
        <translation>the SAs were replaced by a rekey</translation>
    </message>
    <message>
        <source>the peer stopped answering keepalives</source>
        <translation>the peer stopped answering keepalives</translation>
    </message>
    <message>
        <source>the SAs were deleted</source>
        <translation>the SAs were deleted</translation>
    </message>
    <message>
        <source>VPN Client connection %1 – %2</source>
        <translation>VPN Client connection %1 – %2</translation>
    </message>
    <message>
        <source>IPsec tunnel %1 – %2</source>
        <translation>IPsec tunnel %1 – %2</translation>
    </message>
    <message>
        <source>Configured on %1: %2</source>
        <translation>Configured on %1: %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <source>Since: %1 s</source>
        <translation>Since: %1 s</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Packets dropped at %1</source>
        <translation>Packets dropped at %1</translation>
    </message>
    <message>
        <source>Packets dropped at %1 %2</source>
        <translation>Packets dropped at %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n packet(s))</source>
        <translation>
            <numerusform>%1 (%n packet)</numerusform>
            <numerusform>%1 (%n packets)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vtd::app::PacketDetailView</name>
    <message>
        <source>Packet details</source>
        <translation>Packet details</translation>
    </message>
    <message>
        <source>Packet fields</source>
        <translation>Packet fields</translation>
    </message>
    <message>
        <source>Packet bytes</source>
        <translation>Packet bytes</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>No packet selected.</source>
        <translation>No packet selected.</translation>
    </message>
    <message>
        <source>%1, interface %2</source>
        <translation>%1, interface %2</translation>
    </message>
    <message numerus="yes">
        <source>Decrypted bytes (%n byte(s))</source>
        <translation>
            <numerusform>Decrypted bytes (%n byte)</numerusform>
            <numerusform>Decrypted bytes (%n bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Datagram bytes (%n byte(s))</source>
        <translation>
            <numerusform>Datagram bytes (%n byte)</numerusform>
            <numerusform>Datagram bytes (%n bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vtd::app::PaletteTexts</name>
    <message>
        <source>IOS router</source>
        <translation>IOS router</translation>
    </message>
    <message>
        <source>VPN Client PC</source>
        <translation>VPN Client PC</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>LAN segment</source>
        <translation>LAN segment</translation>
    </message>
    <message>
        <source>Cisco %1 firewall, PIX OS %2, %3 Ethernet interfaces, factory configuration.
Drag onto the canvas to place it.</source>
        <translation>Cisco %1 firewall, PIX OS %2, %3 Ethernet interfaces, factory configuration.
Drag onto the canvas to place it.</translation>
    </message>
    <message>
        <source>Cisco IOS 12.2 router with two Ethernet and two serial interfaces.
Drag onto the canvas to place it.</source>
        <translation>Cisco IOS 12.2 router with two Ethernet and two serial interfaces.
Drag onto the canvas to place it.</translation>
    </message>
    <message>
        <source>PC running Cisco VPN Client 3.x with a connection profile (.pcf).
Drag onto the canvas to place it.</source>
        <translation>PC running Cisco VPN Client 3.x with a connection profile (.pcf).
Drag onto the canvas to place it.</translation>
    </message>
    <message>
        <source>End system with an IP address, mask and default gateway.
Drag onto the canvas to place it.</source>
        <translation>End system with an IP address, mask and default gateway.
Drag onto the canvas to place it.</translation>
    </message>
    <message>
        <source>Shared Ethernet segment: link several interfaces to it.
Drag onto the canvas to place it.</source>
        <translation>Shared Ethernet segment: link several interfaces to it.
Drag onto the canvas to place it.</translation>
    </message>
</context>
<context>
    <name>vtd::app::PasteConfigDialog</name>
    <message>
        <source>Import Pasted Configuration</source>
        <translation>Import Pasted Configuration</translation>
    </message>
    <message>
        <source>&amp;Name (used in messages):</source>
        <translation>&amp;Name (used in messages):</translation>
    </message>
    <message>
        <source>Name of the pasted text</source>
        <translation>Name of the pasted text</translation>
    </message>
    <message>
        <source>&amp;Configuration (PIX or IOS, as &apos;write terminal&apos; prints it) or VPN Client profile (.pcf):</source>
        <translation>&amp;Configuration (PIX or IOS, as &apos;write terminal&apos; prints it) or VPN Client profile (.pcf):</translation>
    </message>
    <message>
        <source>Pasted configuration text</source>
        <translation>Pasted configuration text</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>vtd::app::PingDialog</name>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>device or IP address</source>
        <translation>device or IP address</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination:</translation>
    </message>
    <message>
        <source>&amp;Echoes:</source>
        <translation>&amp;Echoes:</translation>
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
    <name>vtd::app::ProblemsView</name>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Problems in the device configurations</source>
        <translation>Problems in the device configurations</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>No problems found in the device configurations.</source>
        <translation>No problems found in the device configurations.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>[%1 s] </source>
        <translation>[%1 s] </translation>
    </message>
</context>
<context>
    <name>vtd::app::RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Clear Menu</translation>
    </message>
</context>
<context>
    <name>vtd::app::ScenarioEditor</name>
    <message>
        <source>Scenario editor</source>
        <translation>Scenario editor</translation>
    </message>
    <message>
        <source>The script shown: this session&apos;s recording or one of the project&apos;s scenarios</source>
        <translation>The script shown: this session&apos;s recording or one of the project&apos;s scenarios</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation>Scenario name</translation>
    </message>
    <message>
        <source>Scenario script</source>
        <translation>Scenario script</translation>
    </message>
    <message>
        <source>Errors in the scenario script</source>
        <translation>Errors in the scenario script</translation>
    </message>
    <message>
        <source>&amp;Load into Simulation</source>
        <translation>&amp;Load into Simulation</translation>
    </message>
    <message>
        <source>Replaces the session&apos;s recording with this script and rewinds to time 0</source>
        <translation>Replaces the session&apos;s recording with this script and rewinds to time 0</translation>
    </message>
    <message>
        <source>Save as Project &amp;Scenario</source>
        <translation>Save as Project &amp;Scenario</translation>
    </message>
    <message>
        <source>Save to &amp;File...</source>
        <translation>Save to &amp;File...</translation>
    </message>
    <message>
        <source>Recording of this session</source>
        <translation>Recording of this session</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Scenario: %1</translation>
    </message>
    <message>
        <source>The simulation has not started.</source>
        <translation>The simulation has not started.</translation>
    </message>
    <message numerus="yes">
        <source>The script was not loaded: %n error(s).</source>
        <translation>
            <numerusform>The script was not loaded: %n error.</numerusform>
            <numerusform>The script was not loaded: %n errors.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded into the simulation at time 0.</source>
        <translation>Loaded into the simulation at time 0.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>Save Scenario Script</source>
        <translation>Save Scenario Script</translation>
    </message>
    <message>
        <source>Scenario scripts (*.vpns);;All files (*)</source>
        <translation>Scenario scripts (*.vpns);;All files (*)</translation>
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
    <name>vtd::app::SimulationControls</name>
    <message>
        <source>Time %1 · step %2</source>
        <translation>Time %1 · step %2</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Play</translation>
    </message>
    <message>
        <source>Pause the simulation (F5)</source>
        <translation>Pause the simulation (F5)</translation>
    </message>
    <message>
        <source>Play the simulation step after step (F5)</source>
        <translation>Play the simulation step after step (F5)</translation>
    </message>
    <message>
        <source>Step &amp;Back</source>
        <translation>Step &amp;Back</translation>
    </message>
    <message>
        <source>Back to the previous step: the run is replayed up to it (Shift+F10)</source>
        <translation>Back to the previous step: the run is replayed up to it (Shift+F10)</translation>
    </message>
    <message>
        <source>Step &amp;Forward</source>
        <translation>Step &amp;Forward</translation>
    </message>
    <message>
        <source>Run until the next packet leaves a device (F10)</source>
        <translation>Run until the next packet leaves a device (F10)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Reset</translation>
    </message>
    <message>
        <source>Back to time 0; the recorded actions stay and play again</source>
        <translation>Back to time 0; the recorded actions stay and play again</translation>
    </message>
    <message>
        <source>Run to &amp;End</source>
        <translation>Run to &amp;End</translation>
    </message>
    <message>
        <source>Run every recorded action to its end</source>
        <translation>Run every recorded action to its end</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)/s</source>
        <translation>
            <numerusform>%n step/s</numerusform>
            <numerusform>%n steps/s</numerusform>
        </translation>
    </message>
    <message>
        <source>Playing speed</source>
        <translation>Playing speed</translation>
    </message>
</context>
<context>
    <name>vtd::app::SimulationWorkbench</name>
    <message>
        <source>Simulation started at time 0: connect a VPN Client or ping, then play or step</source>
        <translation>Simulation started at time 0: connect a VPN Client or ping, then play or step</translation>
    </message>
    <message>
        <source>Cannot run “%1”: %2</source>
        <translation>Cannot run “%1”: %2</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Recorded: %1</translation>
    </message>
    <message>
        <source>The project changed: the simulation starts again from time 0 with the recorded actions</source>
        <translation>The project changed: the simulation starts again from time 0 with the recorded actions</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <source>Simulation Toolbar</source>
        <translation>Simulation Toolbar</translation>
    </message>
    <message>
        <source>&amp;Simulate</source>
        <translation>&amp;Simulate</translation>
    </message>
    <message>
        <source>Run the project&apos;s network and watch the tunnels form (Ctrl+R)</source>
        <translation>Run the project&apos;s network and watch the tunnels form (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Connect VPN Client</source>
        <translation>&amp;Connect VPN Client</translation>
    </message>
    <message>
        <source>The selected VPN Client PC connects to its gateway</source>
        <translation>The selected VPN Client PC connects to its gateway</translation>
    </message>
    <message>
        <source>P&amp;ing…</source>
        <translation>P&amp;ing…</translation>
    </message>
    <message>
        <source>Send ICMP echoes from one device to another device or address</source>
        <translation>Send ICMP echoes from one device to another device or address</translation>
    </message>
    <message>
        <source>&amp;Animate Packets</source>
        <translation>&amp;Animate Packets</translation>
    </message>
    <message>
        <source>%1: the diagram could not be written</source>
        <translation>%1: the diagram could not be written</translation>
    </message>
    <message>
        <source>Export Capture</source>
        <translation>Export Capture</translation>
    </message>
    <message>
        <source>Packet captures (*.pcap)</source>
        <translation>Packet captures (*.pcap)</translation>
    </message>
    <message>
        <source>Folder for the Wireshark Keys</source>
        <translation>Folder for the Wireshark Keys</translation>
    </message>
    <message>
        <source>Capture and keys written: open %1 in Wireshark with that folder as its configuration</source>
        <translation>Capture and keys written: open %1 in Wireshark with that folder as its configuration</translation>
    </message>
    <message>
        <source>Export Console Logs</source>
        <translation>Export Console Logs</translation>
    </message>
    <message>
        <source>Console logs written to %1</source>
        <translation>Console logs written to %1</translation>
    </message>
    <message>
        <source>Export Ladder Diagram</source>
        <translation>Export Ladder Diagram</translation>
    </message>
    <message>
        <source>SVG (*.svg);;PNG (*.png)</source>
        <translation>SVG (*.svg);;PNG (*.png)</translation>
    </message>
    <message>
        <source>Ladder diagram written to %1</source>
        <translation>Ladder diagram written to %1</translation>
    </message>
    <message>
        <source>Export &amp;Capture and Keys…</source>
        <translation>Export &amp;Capture and Keys…</translation>
    </message>
    <message>
        <source>The run&apos;s packets as pcap, with the key tables Wireshark needs to decrypt them</source>
        <translation>The run&apos;s packets as pcap, with the key tables Wireshark needs to decrypt them</translation>
    </message>
    <message>
        <source>Export Console &amp;Logs…</source>
        <translation>Export Console &amp;Logs…</translation>
    </message>
    <message>
        <source>Export Ladder &amp;Diagram…</source>
        <translation>Export Ladder &amp;Diagram…</translation>
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
<context>
    <name>vtd::app::TableEditor</name>
    <message>
        <source>Problem with the value</source>
        <translation>Problem with the value</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Add to %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Remove from %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>vtd::app::UserPrompts</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <source>Do you want to save the changes to %1?</source>
        <translation>Do you want to save the changes to %1?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Your changes will be lost if you don&apos;t save them.</translation>
    </message>
    <message>
        <source>Recover Project</source>
        <translation>Recover Project</translation>
    </message>
    <message>
        <source>The designer did not close properly last time. Restore the project it saved automatically at %1?</source>
        <translation>The designer did not close properly last time. Restore the project it saved automatically at %1?</translation>
    </message>
    <message>
        <source>If you discard it, the automatically saved copy is deleted.</source>
        <translation>If you discard it, the automatically saved copy is deleted.</translation>
    </message>
    <message>
        <source>Project Holds Secrets</source>
        <translation>Project Holds Secrets</translation>
    </message>
    <message>
        <source>%1 holds real secrets (pre-shared keys, passwords) in clear text.</source>
        <translation>%1 holds real secrets (pre-shared keys, passwords) in clear text.</translation>
    </message>
    <message>
        <source>The file is written so that only you can read it (permissions 0600). Keep it out of shared folders and version control.</source>
        <translation>The file is written so that only you can read it (permissions 0600). Keep it out of shared folders and version control.</translation>
    </message>
    <message>
        <source>Export Secrets</source>
        <translation>Export Secrets</translation>
    </message>
    <message>
        <source>Export the configurations with their secrets revealed?</source>
        <translation>Export the configurations with their secrets revealed?</translation>
    </message>
    <message>
        <source>Yes: pre-shared keys and passwords are written in clear text, to files only you can read. No: they are written masked (********), as &apos;write terminal&apos; shows them.</source>
        <translation>Yes: pre-shared keys and passwords are written in clear text, to files only you can read. No: they are written masked (********), as &apos;write terminal&apos; shows them.</translation>
    </message>
</context>
</TS>
