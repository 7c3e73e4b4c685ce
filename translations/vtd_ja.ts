<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Diagnostics</name>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation>ファイルを読み込めません: {reason}</translation>
    </message>
    <message>
        <source>cannot write the file: {reason}; the previous file is unchanged</source>
        <translation>ファイルを書き込めません: {reason}。以前のファイルは変更されていません</translation>
    </message>
    <message>
        <source>not a valid JSON document: {reason} (column {column})</source>
        <translation>有効な JSON ドキュメントではありません: {reason}（{column} 桁目）</translation>
    </message>
    <message>
        <source>the file ends too early; it was probably cut off while being written or copied</source>
        <translation>ファイルが途中で終わっています。書き込み中またはコピー中に切り捨てられた可能性があります</translation>
    </message>
    <message>
        <source>not a VPN Topology Designer project: {reason}</source>
        <translation>VPN Topology Designer のプロジェクトではありません: {reason}</translation>
    </message>
    <message>
        <source>the project uses schema version {found}, newer than this program&apos;s {supported}; open it with a newer version of the program</source>
        <translation>このプロジェクトはスキーマ バージョン {found} を使用しています。このプログラムが対応する {supported} より新しいため、新しいバージョンのプログラムで開いてください</translation>
    </message>
    <message>
        <source>{path}: &quot;{value}&quot; is not a valid schema version</source>
        <translation>{path}: &quot;{value}&quot; は有効なスキーマ バージョンではありません</translation>
    </message>
    <message>
        <source>{path}: required field is missing</source>
        <translation>{path}: 必須フィールドがありません</translation>
    </message>
    <message>
        <source>{path}: expected {expected}</source>
        <translation>{path}: {expected} が必要です</translation>
    </message>
    <message>
        <source>{path}: unknown node kind &quot;{value}&quot;</source>
        <translation>{path}: 不明なノードの種類 &quot;{value}&quot; です</translation>
    </message>
    <message>
        <source>{path}: unknown hardware model &quot;{value}&quot;</source>
        <translation>{path}: 不明なハードウェア モデル &quot;{value}&quot; です</translation>
    </message>
    <message>
        <source>{path}: hardware model &quot;{value}&quot; is not a {kind}</source>
        <translation>{path}: ハードウェア モデル &quot;{value}&quot; は {kind} ではありません</translation>
    </message>
    <message>
        <source>{path}: a node needs a name</source>
        <translation>{path}: ノードには名前が必要です</translation>
    </message>
    <message>
        <source>{path}: the node name &quot;{value}&quot; is already used at {first}</source>
        <translation>{path}: ノード名 &quot;{value}&quot; は {first} ですでに使用されています</translation>
    </message>
    <message>
        <source>{path}: &quot;{value}&quot; is not an IPv4 address</source>
        <translation>{path}: &quot;{value}&quot; は IPv4 アドレスではありません</translation>
    </message>
    <message>
        <source>{path}: &quot;{value}&quot; is not a contiguous netmask</source>
        <translation>{path}: &quot;{value}&quot; は連続したネットマスクではありません</translation>
    </message>
    <message>
        <source>{path}: &quot;{value}&quot; is not a MAC address in Cisco form (0002.b945.9ff1)</source>
        <translation>{path}: &quot;{value}&quot; は Cisco 形式 (0002.b945.9ff1) の MAC アドレスではありません</translation>
    </message>
    <message>
        <source>{path}: no node is named &quot;{value}&quot;</source>
        <translation>{path}: &quot;{value}&quot; という名前のノードはありません</translation>
    </message>
    <message>
        <source>{path}: node &quot;{node}&quot; has no interface &quot;{value}&quot;</source>
        <translation>{path}: ノード &quot;{node}&quot; にインターフェイス &quot;{value}&quot; はありません</translation>
    </message>
    <message>
        <source>{path}: a link to &quot;{node}&quot; must name one of its interfaces</source>
        <translation>{path}: &quot;{node}&quot; へのリンクには、そのインターフェイスのいずれかを指定する必要があります</translation>
    </message>
    <message>
        <source>{path}: &quot;{node}&quot; is a LAN segment and has no interface &quot;{value}&quot;</source>
        <translation>{path}: &quot;{node}&quot; は LAN セグメントのため、インターフェイス &quot;{value}&quot; はありません</translation>
    </message>
    <message>
        <source>{path}: interface {value} of &quot;{node}&quot; is already linked at {first}</source>
        <translation>{path}: &quot;{node}&quot; のインターフェイス {value} は {first} ですでにリンクされています</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>{path}: the scenario name &quot;{value}&quot; is already used at {first}</source>
        <translation>{path}: シナリオ名 &quot;{value}&quot; は {first} ですでに使用されています</translation>
    </message>
    <message>
        <source>not a PIX or IOS configuration nor a VPN Client profile (.pcf); the file was not imported</source>
        <translation>PIX または IOS の設定でも VPN クライアント プロファイル (.pcf) でもないため、このファイルはインポートされませんでした</translation>
    </message>
    <message>
        <source>VPN Client PC &quot;{node}&quot; was created from its profile; set its IP address, mask and gateway</source>
        <translation>VPN クライアント PC &quot;{node}&quot; をプロファイルから作成しました。IP アドレス、マスク、ゲートウェイを設定してください</translation>
    </message>
    <message>
        <source>a secret was supplied for &quot;{node}&quot; but its configuration has no such peer or group</source>
        <translation>&quot;{node}&quot; にシークレットが指定されましたが、その設定には該当するピアまたはグループがありません</translation>
    </message>
    <message>
        <source>unknown command &quot;{value}&quot;; a script line starts with wait, ping, connect, disconnect, on, configure, link, loss or expect</source>
        <translation>不明なコマンド &quot;{value}&quot; です。スクリプトの行は wait、ping、connect、disconnect、on、configure、link、loss、expect のいずれかで始めます</translation>
    </message>
    <message>
        <source>{command}: {what} is missing</source>
        <translation>{command}: {what} がありません</translation>
    </message>
    <message>
        <source>{command}: unexpected &quot;{value}&quot;</source>
        <translation>{command}: 予期しない &quot;{value}&quot; があります</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a duration; write a whole number with ms, s, m or h (500ms, 30s, 2m, 1h)</source>
        <translation>&quot;{value}&quot; は時間の長さではありません。整数に ms、s、m、h のいずれかを付けて記述します (500ms、30s、2m、1h)</translation>
    </message>
    <message>
        <source>{command}: &quot;{value}&quot; is not a valid {what} (a whole number from {minimum} to {maximum})</source>
        <translation>{command}: &quot;{value}&quot; は有効な {what} ではありません（{minimum} ～ {maximum} の整数）</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a percentage from 0% to 100%</source>
        <translation>&quot;{value}&quot; は 0% ～ 100% のパーセント値ではありません</translation>
    </message>
    <message>
        <source>no node is named &quot;{value}&quot;</source>
        <translation>&quot;{value}&quot; という名前のノードはありません</translation>
    </message>
    <message>
        <source>{command}: &quot;{value}&quot; is a {kind}, but {command} needs {expected}</source>
        <translation>{command}: &quot;{value}&quot; は {kind} ですが、{command} には {expected} が必要です</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is neither a node of the project nor an IPv4 address</source>
        <translation>&quot;{value}&quot; はプロジェクトのノードでも IPv4 アドレスでもありません</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not an IPv4 address</source>
        <translation>&quot;{value}&quot; は IPv4 アドレスではありません</translation>
    </message>
    <message>
        <source>&quot;{value}&quot;: expected up or down</source>
        <translation>&quot;{value}&quot;: up または down を指定してください</translation>
    </message>
    <message>
        <source>node &quot;{node}&quot; has no interface &quot;{value}&quot;</source>
        <translation>ノード &quot;{node}&quot; にインターフェイス &quot;{value}&quot; はありません</translation>
    </message>
    <message>
        <source>{command}: put a colon after the node name, as in &quot;{command} snow: ...&quot;</source>
        <translation>{command}: &quot;{command} snow: ...&quot; のように、ノード名の後にコロンを付けてください</translation>
    </message>
    <message>
        <source>{command} {node}: nothing follows the colon</source>
        <translation>{command} {node}: コロンの後に何もありません</translation>
    </message>
    <message>
        <source>unknown expectation &quot;{value}&quot;; expect ike, ipsec, ping or drop</source>
        <translation>不明な期待値 &quot;{value}&quot; です。expect には ike、ipsec、ping、drop のいずれかを指定します</translation>
    </message>
    <message>
        <source>{path}: unknown field; it is ignored and will not be saved</source>
        <translation>{path}: 不明なフィールドです。無視され、保存されません</translation>
    </message>
    <message>
        <source>{path}: must not be empty</source>
        <translation>{path}: 空にはできません</translation>
    </message>
    <message>
        <source>{path}: the interface name &quot;{value}&quot; is already used at {first}</source>
        <translation>{path}: インターフェイス名 &quot;{value}&quot; は {first} ですでに使用されています</translation>
    </message>
    <message>
        <source>{path}: a link cannot join &quot;{node}&quot; to itself</source>
        <translation>{path}: リンクで &quot;{node}&quot; をそれ自身に接続することはできません</translation>
    </message>
    <message>
        <source>{path}: a link cannot join two LAN segments (&quot;{node}&quot; and &quot;{other}&quot;)</source>
        <translation>{path}: リンクで 2 つの LAN セグメント (&quot;{node}&quot; と &quot;{other}&quot;) を接続することはできません</translation>
    </message>
    <message>
        <source>{path}: the zoom must be greater than 0, not {value}</source>
        <translation>{path}: ズームは 0 より大きい値にする必要があります（{value} は指定できません）</translation>
    </message>
    <message>
        <source>the profile has no [main] section; the VPN Client reads its connection settings from [main]</source>
        <translation>プロファイルに [main] セクションがありません。VPN クライアントは接続設定を [main] から読み込みます</translation>
    </message>
    <message>
        <source>the profile names no concentrator: [main] has no Host= entry</source>
        <translation>プロファイルに接続先のコンセントレータが指定されていません: [main] に Host= エントリがありません</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is neither a [section] nor a Key=Value line; kept as it is</source>
        <translation>&quot;{text}&quot; は [section] 行でも Key=Value 行でもありません。そのまま保持されます</translation>
    </message>
    <message>
        <source>{key} is set a second time; the VPN Client uses the first value (line {first})</source>
        <translation>{key} が 2 回設定されています。VPN クライアントは最初の値（{first} 行目）を使用します</translation>
    </message>
    <message>
        <source>the group password of group &quot;{group}&quot; is stored only encrypted (enc_GroupPwd), which is kept as it is but cannot be read; supply the group password (--group-password)</source>
        <translation>グループ &quot;{group}&quot; のグループ パスワードは暗号化された形式 (enc_GroupPwd) でのみ保存されています。そのまま保持されますが読み取れないため、グループ パスワードを指定してください (--group-password)</translation>
    </message>
    <message>
        <source>the group password of group &quot;{group}&quot; was imported masked (********) and is unknown; supply it (--group-password)</source>
        <translation>グループ &quot;{group}&quot; のグループ パスワードはマスクされた状態 (********) でインポートされたため不明です。指定してください (--group-password)</translation>
    </message>
    <message>
        <source>&quot;{keyword}&quot; is not an IOS 12.2 configuration command; the line is kept as written</source>
        <translation>&quot;{keyword}&quot; は IOS 12.2 の設定コマンドではありません。この行はそのまま保持されます</translation>
    </message>
    <message>
        <source>&quot;{keyword}&quot; is not a command under &quot;{block}&quot;; the line is kept as written</source>
        <translation>&quot;{keyword}&quot; は &quot;{block}&quot; の下で使用できるコマンドではありません。この行はそのまま保持されます</translation>
    </message>
    <message>
        <source>&quot;{keyword}&quot; is ambiguous here (it may mean {choices}); the line is kept as written</source>
        <translation>&quot;{keyword}&quot; はここではあいまいです（{choices} のいずれかの可能性があります）。この行はそのまま保持されます</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not valid here: expected {expected}; the line is kept as written</source>
        <translation>&quot;{value}&quot; はここでは無効です。{expected} が必要です。この行はそのまま保持されます</translation>
    </message>
    <message>
        <source>incomplete command: {expected} is missing; the line is kept as written</source>
        <translation>コマンドが不完全です: {expected} がありません。この行はそのまま保持されます</translation>
    </message>
    <message>
        <source>unexpected &quot;{value}&quot; at the end of the command; the line is kept as written</source>
        <translation>コマンドの末尾に予期しない &quot;{value}&quot; があります。この行はそのまま保持されます</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not an IPv4 address ({what}); the line is kept as written</source>
        <translation>&quot;{value}&quot; は IPv4 アドレスではありません ({what})。この行はそのまま保持されます</translation>
    </message>
    <message>
        <source>{value} is not a contiguous netmask ({what}); the line is kept as written</source>
        <translation>{value} は連続したネットマスクではありません ({what})。この行はそのまま保持されます</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a valid {what}: expected a number from {min} to {max}; the line is kept as written</source>
        <translation>&quot;{value}&quot; は有効な {what} ではありません。{min} ～ {max} の数値が必要です。この行はそのまま保持されます</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not an interface name (a type and a number, such as Ethernet0/0 or e0/0); the line is kept as written</source>
        <translation>&quot;{value}&quot; はインターフェイス名（Ethernet0/0 や e0/0 のような種類と番号）ではありません。この行はそのまま保持されます</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not an interface type this program knows; the name is kept as written</source>
        <translation>&quot;{value}&quot; はこのプログラムが認識するインターフェイスの種類ではありません。名前はそのまま保持されます</translation>
    </message>
    <message>
        <source>transform set {name} has more than one AH, ESP encryption or ESP authentication transform; the line is kept as written</source>
        <translation>トランスフォーム セット {name} に AH、ESP 暗号化、ESP 認証のいずれかのトランスフォームが複数あります。この行はそのまま保持されます</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is valid IOS but not modelled by this program; the line is kept as written and the simulator ignores it</source>
        <translation>&quot;{value}&quot; は IOS としては有効ですが、このプログラムではモデル化されていません。この行はそのまま保持され、シミュレーションでは無視されます</translation>
    </message>
    <message>
        <source>this indented line belongs to no interface, crypto, line or other block; it is kept as written</source>
        <translation>このインデントされた行は、interface、crypto、line などのどのブロックにも属していません。そのまま保持されます</translation>
    </message>
    <message>
        <source>the banner that starts here is never closed with its delimiter {delimiter}; its lines are kept as written</source>
        <translation>ここで始まるバナーが区切り文字 {delimiter} で閉じられていません。その行はそのまま保持されます</translation>
    </message>
    <message>
        <source>the configuration does not finish with &quot;end&quot;; it may have been cut off</source>
        <translation>設定が &quot;end&quot; で終わっていません。途中で切り捨てられた可能性があります</translation>
    </message>
    <message>
        <source>text after &quot;end&quot; is not part of the configuration; it is kept as written</source>
        <translation>&quot;end&quot; の後のテキストは設定の一部ではありません。そのまま保持されます</translation>
    </message>
    <message>
        <source>the pre-shared key for peer {peer} was imported masked (********) and is unknown; supply it (--psk DEVICE:{peer}=KEY)</source>
        <translation>ピア {peer} の事前共有キーはマスクされた状態 (********) でインポートされたため不明です。指定してください (--psk DEVICE:{peer}=KEY)</translation>
    </message>
    <message>
        <source>the password of {what} was imported masked (********) and is unknown; enter it again</source>
        <translation>{what} のパスワードはマスクされた状態 (********) でインポートされたため不明です。もう一度入力してください</translation>
    </message>
    <message>
        <source>there is no node with id {id}</source>
        <translation>ID {id} のノードはありません</translation>
    </message>
    <message>
        <source>a node with id {id} already exists</source>
        <translation>ID {id} のノードはすでに存在します</translation>
    </message>
    <message>
        <source>a node needs a name</source>
        <translation>ノードには名前が必要です</translation>
    </message>
    <message>
        <source>the node name &quot;{name}&quot; contains white space; scenario scripts could not name it</source>
        <translation>ノード名 &quot;{name}&quot; に空白が含まれています。シナリオ スクリプトでこのノードを指定できません</translation>
    </message>
    <message>
        <source>the node name &quot;{name}&quot; is already used</source>
        <translation>ノード名 &quot;{name}&quot; はすでに使用されています</translation>
    </message>
    <message>
        <source>unknown hardware model &quot;{model}&quot;</source>
        <translation>不明なハードウェア モデル &quot;{model}&quot; です</translation>
    </message>
    <message>
        <source>hardware model &quot;{model}&quot; is not a {kind}</source>
        <translation>ハードウェア モデル &quot;{model}&quot; は {kind} ではありません</translation>
    </message>
    <message>
        <source>&quot;{node}&quot; holds no device configuration; only PIX firewalls and IOS routers do</source>
        <translation>&quot;{node}&quot; にはデバイスの設定がありません。設定を持つのは PIX ファイアウォールと IOS ルータだけです</translation>
    </message>
    <message>
        <source>&quot;{node}&quot; has no IP settings of its own; only hosts and VPN Client PCs do</source>
        <translation>&quot;{node}&quot; には独自の IP 設定がありません。IP 設定を持つのはホストと VPN クライアント PC だけです</translation>
    </message>
    <message>
        <source>&quot;{node}&quot; holds no VPN Client profile; only VPN Client PCs do</source>
        <translation>&quot;{node}&quot; には VPN クライアント プロファイルがありません。プロファイルを持つのは VPN クライアント PC だけです</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a contiguous netmask</source>
        <translation>&quot;{value}&quot; は連続したネットマスクではありません</translation>
    </message>
    <message>
        <source>&quot;{node}&quot; is listed twice in one move</source>
        <translation>1 回の移動で &quot;{node}&quot; が 2 回指定されています</translation>
    </message>
    <message>
        <source>a link with id {id} already exists</source>
        <translation>ID {id} のリンクはすでに存在します</translation>
    </message>
    <message>
        <source>there is no link with id {id}</source>
        <translation>ID {id} のリンクはありません</translation>
    </message>
    <message>
        <source>a link cannot join &quot;{node}&quot; to itself</source>
        <translation>リンクで &quot;{node}&quot; をそれ自身に接続することはできません</translation>
    </message>
    <message>
        <source>a link cannot join two LAN segments (&quot;{node}&quot; and &quot;{other}&quot;)</source>
        <translation>リンクで 2 つの LAN セグメント (&quot;{node}&quot; と &quot;{other}&quot;) を接続することはできません</translation>
    </message>
    <message>
        <source>a link to &quot;{node}&quot; must name one of its interfaces</source>
        <translation>&quot;{node}&quot; へのリンクには、そのインターフェイスのいずれかを指定する必要があります</translation>
    </message>
    <message>
        <source>&quot;{node}&quot; has no interface &quot;{interface}&quot;</source>
        <translation>&quot;{node}&quot; にインターフェイス &quot;{interface}&quot; はありません</translation>
    </message>
    <message>
        <source>&quot;{node}&quot; is a LAN segment and has no interface &quot;{interface}&quot;</source>
        <translation>&quot;{node}&quot; は LAN セグメントのため、インターフェイス &quot;{interface}&quot; はありません</translation>
    </message>
    <message>
        <source>interface {interface} of &quot;{node}&quot; is already linked</source>
        <translation>&quot;{node}&quot; のインターフェイス {interface} はすでにリンクされています</translation>
    </message>
    <message>
        <source>a scenario needs a name</source>
        <translation>シナリオには名前が必要です</translation>
    </message>
    <message>
        <source>the scenario name &quot;{name}&quot; is already used</source>
        <translation>シナリオ名 &quot;{name}&quot; はすでに使用されています</translation>
    </message>
    <message>
        <source>there is no scenario number {index}</source>
        <translation>シナリオ番号 {index} はありません</translation>
    </message>
    <message>
        <source>{interface} is administratively down (shutdown): it carries nothing</source>
        <translation>{interface} は管理上ダウン (shutdown) しているため、何も転送しません</translation>
    </message>
    <message>
        <source>{interface} is not connected to any link</source>
        <translation>{interface} はどのリンクにも接続されていません</translation>
    </message>
    <message>
        <source>the link on {interface} is down</source>
        <translation>{interface} のリンクはダウンしています</translation>
    </message>
    <message>
        <source>nothing on the link at {interface} answers for the next hop {next_hop} (no ARP reply)</source>
        <translation>{interface} のリンク上でネクスト ホップ {next_hop} に応答するものがありません（ARP 応答なし）</translation>
    </message>
    <message>
        <source>lost on the link at {interface} ({percent}% loss)</source>
        <translation>{interface} のリンク上で失われました（損失率 {percent}%）</translation>
    </message>
    <message>
        <source>no route to {destination}</source>
        <translation>{destination} へのルートがありません</translation>
    </message>
    <message>
        <source>TTL expired in transit to {destination}</source>
        <translation>{destination} への転送中に TTL が期限切れになりました</translation>
    </message>
    <message>
        <source>malformed packet: the IPv4 packet is truncated</source>
        <translation>不正なパケット: IPv4 パケットが途中で切れています</translation>
    </message>
    <message>
        <source>malformed packet: the IP version is not 4</source>
        <translation>不正なパケット: IP バージョンが 4 ではありません</translation>
    </message>
    <message>
        <source>malformed packet: the IPv4 header length is below 20 octets</source>
        <translation>不正なパケット: IPv4 ヘッダー長が 20 オクテット未満です</translation>
    </message>
    <message>
        <source>malformed packet: the IPv4 total length does not match the packet</source>
        <translation>不正なパケット: IPv4 の全長がパケットと一致しません</translation>
    </message>
    <message>
        <source>malformed packet: the IPv4 header checksum is wrong</source>
        <translation>不正なパケット: IPv4 ヘッダー チェックサムが正しくありません</translation>
    </message>
    <message>
        <source>malformed packet: the ICMP message is shorter than its 8-octet header</source>
        <translation>不正なパケット: ICMP メッセージが 8 オクテットのヘッダーより短くなっています</translation>
    </message>
    <message>
        <source>malformed packet: the ICMP checksum is wrong</source>
        <translation>不正なパケット: ICMP チェックサムが正しくありません</translation>
    </message>
    <message>
        <source>malformed packet: the UDP datagram is truncated</source>
        <translation>不正なパケット: UDP データグラムが途中で切れています</translation>
    </message>
    <message>
        <source>malformed packet: the UDP length does not match the datagram</source>
        <translation>不正なパケット: UDP 長がデータグラムと一致しません</translation>
    </message>
    <message>
        <source>malformed packet: the UDP checksum is wrong</source>
        <translation>不正なパケット: UDP チェックサムが正しくありません</translation>
    </message>
    <message>
        <source>&quot;{word}&quot; is not a PIX command; the line is kept as written</source>
        <translation>&quot;{word}&quot; は PIX のコマンドではありません。この行はそのまま保持されます</translation>
    </message>
    <message>
        <source>{command}: this command is not modelled by the program; the line is kept as written and ignored by the simulation</source>
        <translation>{command}: このコマンドはこのプログラムではモデル化されていません。この行はそのまま保持され、シミュレーションでは無視されます</translation>
    </message>
    <message>
        <source>{command}: &quot;{word}&quot; is ambiguous here, it may mean {choices}; the line is kept as written</source>
        <translation>{command}: &quot;{word}&quot; はここではあいまいです（{choices} のいずれかの可能性があります）。この行はそのまま保持されます</translation>
    </message>
    <message>
        <source>{command}: expected {expected} but found &quot;{found}&quot;; the line is kept as written</source>
        <translation>{command}: {expected} が必要ですが、&quot;{found}&quot; が見つかりました。この行はそのまま保持されます</translation>
    </message>
    <message>
        <source>{command}: the line ends where {expected} was expected; the line is kept as written</source>
        <translation>{command}: {expected} が必要な位置で行が終わっています。この行はそのまま保持されます</translation>
    </message>
    <message>
        <source>{command}: unexpected &quot;{found}&quot; after the end of the command; the line is kept as written</source>
        <translation>{command}: コマンドの終わりの後に予期しない &quot;{found}&quot; があります。この行はそのまま保持されます</translation>
    </message>
    <message>
        <source>{command}: &quot;{value}&quot; is not a valid IP address; the line is kept as written</source>
        <translation>{command}: &quot;{value}&quot; は有効な IP アドレスではありません。この行はそのまま保持されます</translation>
    </message>
    <message>
        <source>{command}: &quot;{value}&quot; is neither an IP address nor a name defined with &quot;name&quot;; the line is kept as written</source>
        <translation>{command}: &quot;{value}&quot; は IP アドレスでも &quot;name&quot; で定義された名前でもありません。この行はそのまま保持されます</translation>
    </message>
    <message>
        <source>{command}: &quot;{value}&quot; is not a valid netmask; the line is kept as written</source>
        <translation>{command}: &quot;{value}&quot; は有効なネットマスクではありません。この行はそのまま保持されます</translation>
    </message>
    <message>
        <source>{command}: address {address} has bits outside netmask {mask} (did you mean {network}?); the PIX refuses this, the line is kept as written</source>
        <translation>{command}: アドレス {address} にネットマスク {mask} の範囲外のビットがあります（{network} の誤りではありませんか）。PIX はこれを受け付けません。この行はそのまま保持されます</translation>
    </message>
    <message>
        <source>{command}: &quot;{value}&quot; is not a number from {min} to {max}; the line is kept as written</source>
        <translation>{command}: &quot;{value}&quot; は {min} ～ {max} の数値ではありません。この行はそのまま保持されます</translation>
    </message>
    <message>
        <source>{command}: &quot;{value}&quot; is not a PIX hardware interface such as ethernet0; the line is kept as written</source>
        <translation>{command}: &quot;{value}&quot; は ethernet0 のような PIX のハードウェア インターフェイスではありません。この行はそのまま保持されます</translation>
    </message>
    <message>
        <source>no interface is named &quot;{name}&quot; (see the nameif lines); the PIX refuses this line</source>
        <translation>&quot;{name}&quot; という名前のインターフェイスはありません（nameif 行を確認してください）。PIX はこの行を受け付けません</translation>
    </message>
    <message>
        <source>&quot;{feature}&quot; needs PIX 6.3 or later, but line {version_line} says PIX Version {version}</source>
        <translation>&quot;{feature}&quot; には PIX 6.3 以降が必要ですが、{version_line} 行目は PIX Version {version} です</translation>
    </message>
    <message>
        <source>PIX Version {version} is not 6.2 or 6.3; the configuration is read as PIX {assumed}</source>
        <translation>PIX Version {version} は 6.2 でも 6.3 でもありません。設定は PIX {assumed} として読み込まれます</translation>
    </message>
    <message>
        <source>the pre-shared key for peer {peer} was imported masked (********) and is unknown; supply it with --psk DEVICE:{peer}=KEY</source>
        <translation>ピア {peer} の事前共有キーはマスクされた状態 (********) でインポートされたため不明です。--psk DEVICE:{peer}=KEY で指定してください</translation>
    </message>
    <message>
        <source>the password of vpngroup {group} was imported masked (********) and is unknown; supply it with --group-password DEVICE:{group}=PASSWORD</source>
        <translation>vpngroup {group} のパスワードはマスクされた状態 (********) でインポートされたため不明です。--group-password DEVICE:{group}=PASSWORD で指定してください</translation>
    </message>
    <message>
        <source>the key of AAA server {host} (group {tag}) was imported masked (********) and is unknown</source>
        <translation>AAA サーバ {host}（グループ {tag}）のキーはマスクされた状態 (********) でインポートされたため不明です</translation>
    </message>
    <message>
        <source>the configuration ends without &quot;: end&quot;; it may have been cut off</source>
        <translation>設定が &quot;: end&quot; で終わっていません。途中で切り捨てられた可能性があります</translation>
    </message>
    <message>
        <source>denied by access-list {acl} applied in on {interface}: {entry}</source>
        <translation>{interface} の受信方向に適用されたアクセス リスト {acl} で拒否されました: {entry}</translation>
    </message>
    <message>
        <source>from {from} (security {from_level}) to {to} (security {to_level}): a lower or equal security level needs an access-group that permits the traffic</source>
        <translation>{from}（セキュリティ レベル {from_level}）から {to}（セキュリティ レベル {to_level}）へ: セキュリティ レベルが低いか等しいインターフェイスからの通信には、それを許可するアクセス グループが必要です</translation>
    </message>
    <message>
        <source>ICMP to the PIX on {interface} denied: {entry}</source>
        <translation>{interface} の PIX 宛て ICMP は拒否されました: {entry}</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message numerus="yes">
        <source>Import %n configuration(s)</source>
        <translation>
            <numerusform>%n 個の設定をインポート</numerusform>
        </translation>
    </message>
    <message>
        <source>Link %1 to %2</source>
        <translation>%1 と %2 をリンク</translation>
    </message>
    <message>
        <source>Unlink %1 from %2</source>
        <translation>%1 と %2 のリンクを解除</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Add scenario %1</source>
        <translation>シナリオ %1 を追加</translation>
    </message>
    <message>
        <source>Delete scenario %1</source>
        <translation>シナリオ %1 を削除</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 を移動</translation>
    </message>
    <message numerus="yes">
        <source>Move %n nodes</source>
        <translation>
            <numerusform>%n 個のノードを移動</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 の名前を %2 に変更</translation>
    </message>
    <message>
        <source>Edit configuration of %1</source>
        <translation>%1 の設定を編集</translation>
    </message>
    <message>
        <source>Change IP settings of %1</source>
        <translation>%1 の IP 設定を変更</translation>
    </message>
    <message>
        <source>Change hardware of %1</source>
        <translation>%1 のハードウェアを変更</translation>
    </message>
    <message>
        <source>Change profile of %1</source>
        <translation>%1 のプロファイルを変更</translation>
    </message>
    <message>
        <source>Rename scenario %1 to %2</source>
        <translation>シナリオ %1 の名前を %2 に変更</translation>
    </message>
    <message>
        <source>Edit scenario %1</source>
        <translation>シナリオ %1 を編集</translation>
    </message>
</context>
<context>
    <name>vtd::app::LinkItem</name>
    <message>
        <source>Link: %1 – %2</source>
        <translation>リンク: %1 – %2</translation>
    </message>
    <message>
        <source>Subnet: %1</source>
        <translation>サブネット: %1</translation>
    </message>
    <message>
        <source>An interface of this link is shut down.</source>
        <translation>このリンクのインターフェイスがシャットダウンされています。</translation>
    </message>
</context>
<context>
    <name>vtd::app::LoadFailureDialog</name>
    <message>
        <source>Cannot Open Project</source>
        <translation>プロジェクトを開けません</translation>
    </message>
    <message>
        <source>The project %1 could not be opened.</source>
        <translation>プロジェクト %1 を開けませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) under Show Details.</source>
        <translation>
            <numerusform>ほかに %n 件の問題があります。[詳細を表示] で確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
</context>
<context>
    <name>vtd::app::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>開く(&amp;O)...</translation>
    </message>
    <message>
        <source>Open a project file (.vpnd)</source>
        <translation>プロジェクト ファイル (.vpnd) を開きます</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>ウィンドウに合わせる(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>サンプルを開く(&amp;E)</translation>
    </message>
    <message>
        <source>Open the built-in example: the network diagram of Cisco configuration note 16060</source>
        <translation>組み込みのサンプル（Cisco 設定例 16060 のネットワーク ダイアグラム）を開きます</translation>
    </message>
    <message>
        <source>&amp;About VPN Topology Designer</source>
        <translation>VPN Topology Designer について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Untitled — VPN Topology Designer</source>
        <translation>無題 — VPN Topology Designer</translation>
    </message>
    <message>
        <source>%1 (example) — VPN Topology Designer</source>
        <translation>%1（サンプル） — VPN Topology Designer</translation>
    </message>
    <message>
        <source>%1 — VPN Topology Designer</source>
        <translation>%1 — VPN Topology Designer</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>デバイス %n 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n LAN segment(s)</source>
        <translation>
            <numerusform>LAN セグメント %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>リンク %n 本</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <source>VPN Topology Designer projects (*.vpnd);;All files (*)</source>
        <translation>VPN Topology Designer プロジェクト (*.vpnd);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>About VPN Topology Designer</source>
        <translation>VPN Topology Designer について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;VPN Topology Designer %1&lt;/h3&gt;&lt;p&gt;Draw Cisco PIX, IOS router and VPN Client topologies, generate their configurations and simulate IKEv1 and ESP between them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VPN Topology Designer %1&lt;/h3&gt;&lt;p&gt;Cisco PIX、IOS ルータ、VPN クライアントのトポロジを作図し、その設定を生成して、デバイス間の IKEv1 と ESP をシミュレーションします。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found while loading</source>
        <translation>
            <numerusform>読み込み時に %n 件の問題が見つかりました</numerusform>
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
        <translation>インターフェイス: %1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>名前: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>アドレス: %1</translation>
    </message>
    <message>
        <source>Administratively shut down</source>
        <translation>管理上シャットダウン</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>未接続</translation>
    </message>
</context>
<context>
    <name>vtd::app::SegmentItem</name>
    <message>
        <source>LAN segment %1</source>
        <translation>LAN セグメント %1</translation>
    </message>
</context>
<context>
    <name>vtd::app::SparePortsItem</name>
    <message numerus="yes">
        <source>%n interface(s) not linked:</source>
        <translation>
            <numerusform>未接続のインターフェイス %n 個:</numerusform>
        </translation>
    </message>
</context>
</TS>
