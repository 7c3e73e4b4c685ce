<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Diagnostics</name>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the file: {reason}; the previous file is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid JSON document: {reason} (column {column})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends too early; it was probably cut off while being written or copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a VPN Topology Designer project: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project uses schema version {found}, newer than this program&apos;s {supported}; open it with a newer version of the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: &quot;{value}&quot; is not a valid schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: expected {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: unknown node kind &quot;{value}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: unknown hardware model &quot;{value}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: hardware model &quot;{value}&quot; is not a {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: a node needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the node name &quot;{value}&quot; is already used at {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: &quot;{value}&quot; is not an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: &quot;{value}&quot; is not a contiguous netmask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: &quot;{value}&quot; is not a MAC address in Cisco form (0002.b945.9ff1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: no node is named &quot;{value}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: node &quot;{node}&quot; has no interface &quot;{value}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: a link to &quot;{node}&quot; must name one of its interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: &quot;{node}&quot; is a LAN segment and has no interface &quot;{value}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: interface {value} of &quot;{node}&quot; is already linked at {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the scenario name &quot;{value}&quot; is already used at {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PIX or IOS configuration nor a VPN Client profile (.pcf); the file was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN Client PC &quot;{node}&quot; was created from its profile; set its IP address, mask and gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a secret was supplied for &quot;{node}&quot; but its configuration has no such peer or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;{value}&quot;; a script line starts with wait, ping, connect, disconnect, on, configure, link, loss or expect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{command}: {what} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{command}: unexpected &quot;{value}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a duration; write a whole number with ms, s, m or h (500ms, 30s, 2m, 1h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{command}: &quot;{value}&quot; is not a valid {what} (a whole number from {minimum} to {maximum})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a percentage from 0% to 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no node is named &quot;{value}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{command}: &quot;{value}&quot; is a {kind}, but {command} needs {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is neither a node of the project nor an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot;: expected up or down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &quot;{node}&quot; has no interface &quot;{value}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{command}: put a colon after the node name, as in &quot;{command} snow: ...&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{command} {node}: nothing follows the colon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown expectation &quot;{value}&quot;; expect ike, ipsec, ping or drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: unknown field; it is ignored and will not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the interface name &quot;{value}&quot; is already used at {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: a link cannot join &quot;{node}&quot; to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: a link cannot join two LAN segments (&quot;{node}&quot; and &quot;{other}&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the zoom must be greater than 0, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile has no [main] section; the VPN Client reads its connection settings from [main]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile names no concentrator: [main] has no Host= entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is neither a [section] nor a Key=Value line; kept as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} is set a second time; the VPN Client uses the first value (line {first})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group password of group &quot;{group}&quot; is stored only encrypted (enc_GroupPwd), which is kept as it is but cannot be read; supply the group password (--group-password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group password of group &quot;{group}&quot; was imported masked (********) and is unknown; supply it (--group-password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{keyword}&quot; is not an IOS 12.2 configuration command; the line is kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{keyword}&quot; is not a command under &quot;{block}&quot;; the line is kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{keyword}&quot; is ambiguous here (it may mean {choices}); the line is kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not valid here: expected {expected}; the line is kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete command: {expected} is missing; the line is kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &quot;{value}&quot; at the end of the command; the line is kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not an IPv4 address ({what}); the line is kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a contiguous netmask ({what}); the line is kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a valid {what}: expected a number from {min} to {max}; the line is kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not an interface name (a type and a number, such as Ethernet0/0 or e0/0); the line is kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not an interface type this program knows; the name is kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transform set {name} has more than one AH, ESP encryption or ESP authentication transform; the line is kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is valid IOS but not modelled by this program; the line is kept as written and the simulator ignores it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this indented line belongs to no interface, crypto, line or other block; it is kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the banner that starts here is never closed with its delimiter {delimiter}; its lines are kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the configuration does not finish with &quot;end&quot;; it may have been cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after &quot;end&quot; is not part of the configuration; it is kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pre-shared key for peer {peer} was imported masked (********) and is unknown; supply it (--psk DEVICE:{peer}=KEY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password of {what} was imported masked (********) and is unknown; enter it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no node with id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node with id {id} already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node name &quot;{name}&quot; contains white space; scenario scripts could not name it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node name &quot;{name}&quot; is already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown hardware model &quot;{model}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hardware model &quot;{model}&quot; is not a {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{node}&quot; holds no device configuration; only PIX firewalls and IOS routers do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{node}&quot; has no IP settings of its own; only hosts and VPN Client PCs do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{node}&quot; holds no VPN Client profile; only VPN Client PCs do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a contiguous netmask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{node}&quot; is listed twice in one move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link with id {id} already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no link with id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link cannot join &quot;{node}&quot; to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link cannot join two LAN segments (&quot;{node}&quot; and &quot;{other}&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link to &quot;{node}&quot; must name one of its interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{node}&quot; has no interface &quot;{interface}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{node}&quot; is a LAN segment and has no interface &quot;{interface}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interface {interface} of &quot;{node}&quot; is already linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scenario needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario name &quot;{name}&quot; is already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no scenario number {index}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{interface} is administratively down (shutdown): it carries nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{interface} is not connected to any link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link on {interface} is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing on the link at {interface} answers for the next hop {next_hop} (no ARP reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost on the link at {interface} ({percent}% loss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no route to {destination}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTL expired in transit to {destination}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed packet: the IPv4 packet is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed packet: the IP version is not 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed packet: the IPv4 header length is below 20 octets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed packet: the IPv4 total length does not match the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed packet: the IPv4 header checksum is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed packet: the ICMP message is shorter than its 8-octet header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed packet: the ICMP checksum is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed packet: the UDP datagram is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed packet: the UDP length does not match the datagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed packet: the UDP checksum is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{word}&quot; is not a PIX command; the line is kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{command}: this command is not modelled by the program; the line is kept as written and ignored by the simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{command}: &quot;{word}&quot; is ambiguous here, it may mean {choices}; the line is kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{command}: expected {expected} but found &quot;{found}&quot;; the line is kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{command}: the line ends where {expected} was expected; the line is kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{command}: unexpected &quot;{found}&quot; after the end of the command; the line is kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{command}: &quot;{value}&quot; is not a valid IP address; the line is kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{command}: &quot;{value}&quot; is neither an IP address nor a name defined with &quot;name&quot;; the line is kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{command}: &quot;{value}&quot; is not a valid netmask; the line is kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{command}: address {address} has bits outside netmask {mask} (did you mean {network}?); the PIX refuses this, the line is kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{command}: &quot;{value}&quot; is not a number from {min} to {max}; the line is kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{command}: &quot;{value}&quot; is not a PIX hardware interface such as ethernet0; the line is kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no interface is named &quot;{name}&quot; (see the nameif lines); the PIX refuses this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{feature}&quot; needs PIX 6.3 or later, but line {version_line} says PIX Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIX Version {version} is not 6.2 or 6.3; the configuration is read as PIX {assumed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pre-shared key for peer {peer} was imported masked (********) and is unknown; supply it with --psk DEVICE:{peer}=KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password of vpngroup {group} was imported masked (********) and is unknown; supply it with --group-password DEVICE:{group}=PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key of AAA server {host} (group {tag}) was imported masked (********) and is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the configuration ends without &quot;: end&quot;; it may have been cut off</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit configuration of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change IP settings of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change hardware of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change profile of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename scenario %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtd::app::LinkItem</name>
    <message>
        <source>Link: %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interface of this link is shut down.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtd::app::LoadFailureDialog</name>
    <message>
        <source>Cannot Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project %1 could not be opened.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtd::app::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project file (.vpnd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the built-in example: the network diagram of Cisco configuration note 16060</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About VPN Topology Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled — VPN Topology Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (example) — VPN Topology Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — VPN Topology Designer</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN Topology Designer projects (*.vpnd);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About VPN Topology Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;VPN Topology Designer %1&lt;/h3&gt;&lt;p&gt;Draw Cisco PIX, IOS router and VPN Client topologies, generate their configurations and simulate IKEv1 and ESP between them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtd::app::PortItem</name>
    <message>
        <source>Interface: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administratively shut down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vtd::app::SegmentItem</name>
    <message>
        <source>LAN segment %1</source>
        <translation type="unfinished"></translation>
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
