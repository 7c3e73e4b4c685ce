<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>DesignerDocks</name>
    <message>
        <source>Inspector</source>
        <translation>インスペクタ</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Ladder Diagram</source>
        <translation>シーケンス図</translation>
    </message>
    <message>
        <source>Packet Detail</source>
        <translation>パケットの詳細</translation>
    </message>
    <message>
        <source>Device Consoles</source>
        <translation>デバイス コンソール</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
</context>
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
    <message>
        <source>{value}: no node has this address and no device has it on a connected subnet where a host could be attached, so nothing can send from it</source>
        <translation>{value}: このアドレスを持つノードがなく、ホストを接続できる直接接続サブネットにこのアドレスを含むデバイスもないため、このアドレスから送信できるものはありません</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; has no IPv4 address to ping</source>
        <translation>&quot;{value}&quot; には ping に使用できる IPv4 アドレスがありません</translation>
    </message>
    <message>
        <source>IKE is not simulated on {node}, so &quot;{command}&quot; cannot run</source>
        <translation>{node} では IKE がシミュレーションされないため、&quot;{command}&quot; を実行できません</translation>
    </message>
    <message>
        <source>{node} did not connect: {reason}</source>
        <translation>{node} は接続できませんでした: {reason}</translation>
    </message>
    <message>
        <source>{node} was still not connected after {seconds} s; the attempt was abandoned</source>
        <translation>{node} は {seconds} 秒後も接続されていなかったため、接続を中止しました</translation>
    </message>
    <message>
        <source>{expectation}: no ping from {src} to {dst} ran before this line</source>
        <translation>{expectation}: この行より前に {src} から {dst} への ping が実行されていません</translation>
    </message>
    <message>
        <source>{expectation}: the last ping from {src} to {dst} succeeded {percent}% ({received}/{sent})</source>
        <translation>{expectation}: {src} から {dst} への最後の ping の成功率は {percent}% ({received}/{sent}) でした</translation>
    </message>
    <message>
        <source>{expectation}: no packet was dropped at {node} with code {code}</source>
        <translation>{expectation}: {node} でコード {code} により廃棄されたパケットはありません</translation>
    </message>
    <message>
        <source>{expectation}: {node} has no IKE SA with {peer}</source>
        <translation>{expectation}: {node} にはピア {peer} との IKE SA がありません</translation>
    </message>
    <message>
        <source>{expectation}: the IKE SA of {node} with {peer} is in {state}, not QM_IDLE</source>
        <translation>{expectation}: {node} のピア {peer} との IKE SA は QM_IDLE ではなく {state} の状態です</translation>
    </message>
    <message>
        <source>{expectation}: {node} still has an IKE SA with {peer} in QM_IDLE</source>
        <translation>{expectation}: {node} にはまだピア {peer} との QM_IDLE の IKE SA があります</translation>
    </message>
    <message>
        <source>{expectation}: {node} has no IPsec SA with {peer}</source>
        <translation>{expectation}: {node} にはピア {peer} との IPsec SA がありません</translation>
    </message>
    <message>
        <source>{expectation}: the IPsec SA of {node} with {peer} uses {found}, not {transform}</source>
        <translation>{expectation}: {node} のピア {peer} との IPsec SA は {transform} ではなく {found} を使用しています</translation>
    </message>
    <message>
        <source>{expectation}: {node} still has an IPsec SA with {peer}</source>
        <translation>{expectation}: {node} にはまだピア {peer} との IPsec SA があります</translation>
    </message>
    <message>
        <source>no translation group found for {protocol} src {from}:{source} dst {to}:{destination} (PIX syslog 305005): no nat with a global on {to}, static or nat 0 rule covers this traffic</source>
        <translation>{protocol} src {from}:{source} dst {to}:{destination} の変換グループが見つかりません (PIX syslog 305005)。{to} に global がある nat、static、nat 0 のいずれのルールもこのトラフィックに該当しません</translation>
    </message>
    <message>
        <source>translation creation failed for {source} toward {to} (PIX syslog 305006): every global address and port of nat id {nat_id} on {to} is in use</source>
        <translation>{to} 方向の {source} のアドレス変換を作成できませんでした (PIX syslog 305006)。{to} の nat id {nat_id} のグローバル アドレスとポートはすべて使用中です</translation>
    </message>
    <message>
        <source>PAT cannot translate {protocol} from {source} toward {to}: only TCP, UDP and ICMP echo carry a port or identifier (PIX syslog 305006)</source>
        <translation>PAT では {to} 方向の {source} からの {protocol} を変換できません。ポートまたは識別子を持つのは TCP、UDP、ICMP echo だけです (PIX syslog 305006)</translation>
    </message>
    <message>
        <source>denied by access list {acl} applied {direction} on {interface}: {entry}</source>
        <translation>{interface} に {direction} 方向で適用されたアクセス リスト {acl} で拒否されました: {entry}</translation>
    </message>
    <message>
        <source>NAT translation failed: {interface} has no IP address for &quot;{rule}&quot;; IOS drops the packet</source>
        <translation>アドレス変換 (NAT) に失敗しました: {interface} には &quot;{rule}&quot; に使用する IP アドレスがありません。IOS はパケットを廃棄します</translation>
    </message>
    <message>
        <source>NAT translation failed: inside global address {address} has no free port or is in use (IP protocol {protocol}); IOS drops the packet</source>
        <translation>アドレス変換 (NAT) に失敗しました: inside global アドレス {address} に空きポートがないか、使用中です (IP プロトコル {protocol})。IOS はパケットを廃棄します</translation>
    </message>
    <message>
        <source>ISAKMP from {peer} arrived on {interface}, where ISAKMP is not enabled; the packet is ignored</source>
        <translation>ピア {peer} からの ISAKMP が、ISAKMP が有効になっていない {interface} に着信しました。パケットは無視されます</translation>
    </message>
    <message>
        <source>expected IKE replies from {expected} but they came from {actual}; the peer answers from another interface, so no SA forms</source>
        <translation>IKE の応答は {expected} から来るはずですが、{actual} から来ました。ピアが別のインターフェイスから応答しているため、SA は確立されません</translation>
    </message>
    <message>
        <source>IKE with {peer} belongs to the crypto map on {interface} ({expected}), but the route sends it out through {egress} from {actual}; the peer sees the wrong address and no SA forms</source>
        <translation>ピア {peer} との IKE は {interface} ({expected}) の暗号マップに属していますが、ルートによって {egress} から {actual} を送信元として送出されます。ピアには誤ったアドレスが見えるため、SA は確立されません</translation>
    </message>
    <message>
        <source>the peer does not answer IKE ({state} after {tries} tries): it is unreachable, or ISAKMP is not enabled or not keyed for this address there</source>
        <translation>ピアが IKE に応答しません ({tries} 回試行後も {state})。ピアに到達できないか、ピア側でこのアドレスに対して ISAKMP が有効になっていないか、キーが設定されていません</translation>
    </message>
    <message>
        <source>no pre-shared key is configured for peer {peer} (or it was imported masked); phase 1 cannot be authenticated</source>
        <translation>ピア {peer} の事前共有キーが設定されていません（またはマスクされた状態でインポートされました）。フェーズ 1 を認証できません</translation>
    </message>
    <message>
        <source>phase 1 with {peer} failed authentication: the pre-shared keys of the two peers differ ({detail})</source>
        <translation>ピア {peer} とのフェーズ 1 の認証に失敗しました: 両方のピアの事前共有キーが異なります ({detail})</translation>
    </message>
    <message>
        <source>no ISAKMP policy matches what {peer} proposes: {reasons}</source>
        <translation>ピア {peer} のプロポーザルに一致する ISAKMP ポリシーがありません: {reasons}</translation>
    </message>
    <message>
        <source>Quick Mode refused: no transform set accepts the peer&apos;s proposals ({reasons})</source>
        <translation>クイック モードが拒否されました: ピアのプロポーザルを受け入れるトランスフォーム セットがありません ({reasons})</translation>
    </message>
    <message>
        <source>Quick Mode refused: the proxies {local} &lt;-&gt; {remote} are not the mirror image of a crypto ACL for this peer</source>
        <translation>クイック モードが拒否されました: プロキシ {local} &lt;-&gt; {remote} は、このピアの暗号 ACL と対称になっていません</translation>
    </message>
    <message>
        <source>IPsec SA with {peer} not yet established; packet dropped while IKE negotiates</source>
        <translation>ピア {peer} との IPsec SA がまだ確立されていません。IKE ネゴシエーション中のため、パケットは廃棄されました</translation>
    </message>
    <message>
        <source>crypto map {map} {seq} selects the packet but has no peer (set peer)</source>
        <translation>暗号マップ {map} {seq} がパケットを選択しましたが、ピアが設定されていません (set peer)</translation>
    </message>
    <message>
        <source>XAUTH refused user &quot;{user}&quot; from {peer}: {reason} (aaa-server {tag}, {server}); the IKE SA is deleted</source>
        <translation>XAUTH はピア {peer} のユーザー &quot;{user}&quot; を拒否しました: {reason} (aaa-server {tag}、{server})。IKE SA は削除されます</translation>
    </message>
    <message>
        <source>the VPN Client at {peer} (group {group}) gave no XAUTH user name and password; the IKE SA is deleted</source>
        <translation>{peer} の VPN Client (グループ {group}) は XAUTH のユーザー名とパスワードを送りませんでした。IKE SA は削除されます</translation>
    </message>
    <message>
        <source>the AAA server {server} of aaa-server {tag} does not answer ({reason}): XAUTH of user &quot;{user}&quot; from {peer} fails after the {timeout} s timeout</source>
        <translation>aaa-server {tag} の AAA サーバー {server} が応答しません ({reason})。ピア {peer} のユーザー &quot;{user}&quot; の XAUTH は {timeout} 秒のタイムアウト後に失敗します</translation>
    </message>
    <message>
        <source>the crypto map checks XAUTH users with aaa-server {tag}, which has no host line: user &quot;{user}&quot; is refused</source>
        <translation>暗号マップは aaa-server {tag} で XAUTH ユーザーを確認しますが、そのタグには host 行がありません。ユーザー &quot;{user}&quot; は拒否されます</translation>
    </message>
    <message>
        <source>ESP packet with an SPI this device has no inbound SA for (never negotiated, deleted or expired)</source>
        <translation>このデバイスに着信 SA がない SPI の ESP パケットです（ネゴシエーションされていないか、削除されたか、期限切れです）</translation>
    </message>
    <message>
        <source>ESP packet dropped as a replay: its sequence number was already received</source>
        <translation>ESP パケットはリプレイとして廃棄されました: そのシーケンス番号はすでに受信されています</translation>
    </message>
    <message>
        <source>ESP packet dropped as a replay: its sequence number is older than the 64-packet anti-replay window</source>
        <translation>ESP パケットはリプレイとして廃棄されました: そのシーケンス番号は 64 パケットのアンチリプレイ ウィンドウより古いものです</translation>
    </message>
    <message>
        <source>ESP authentication failed: the ICV does not match (packet altered in transit, or the peers use different keys)</source>
        <translation>ESP 認証に失敗しました: ICV が一致しません（転送中にパケットが改変されたか、ピア間で異なるキーが使用されています）</translation>
    </message>
    <message>
        <source>ESP packet dropped: the padding after decryption is invalid</source>
        <translation>ESP パケットは廃棄されました: 復号後のパディングが無効です</translation>
    </message>
    <message>
        <source>malformed ESP packet: too short, not whole cipher blocks, or fragmented</source>
        <translation>不正な ESP パケット: 短すぎるか、暗号ブロックの整数倍でないか、フラグメント化されています</translation>
    </message>
    <message>
        <source>the decrypted ESP payload is not a valid IPv4 datagram</source>
        <translation>復号済みの ESP ペイロードは有効な IPv4 データグラムではありません</translation>
    </message>
    <message>
        <source>decrypted packet outside the SA&apos;s proxy identities (the crypto ACLs do not cover it)</source>
        <translation>復号済みパケットが SA のプロキシ ID の範囲外です（暗号 ACL に含まれていません）</translation>
    </message>
    <message>
        <source>the SA has used all 2^32-1 sequence numbers; it must be rekeyed before it can send again</source>
        <translation>SA は 2^32-1 個のシーケンス番号をすべて使用しました。再び送信するには、キーを再生成する必要があります</translation>
    </message>
    <message>
        <source>the IPsec SA reached its lifetime (seconds or kilobytes)</source>
        <translation>IPsec SA がライフタイム（秒またはキロバイト）に達しました</translation>
    </message>
    <message>
        <source>internal error: an IPsec SA was used in the wrong direction</source>
        <translation>内部エラー: IPsec SA が誤った方向で使用されました</translation>
    </message>
    <message>
        <source>IPsec SA not installed: no transform, or a key of the wrong length</source>
        <translation>IPsec SA はインストールされませんでした: トランスフォームがないか、キーの長さが正しくありません</translation>
    </message>
    <message>
        <source>the packet is too large to be encapsulated in ESP (over 65535 bytes)</source>
        <translation>パケットが大きすぎるため、ESP でカプセル化できません（65535 バイト超）</translation>
    </message>
    <message>
        <source>malformed ISAKMP message: {where} at offset {offset} is cut short ({detail})</source>
        <translation>不正な ISAKMP メッセージ: オフセット {offset} の {where} が途中で切れています ({detail})</translation>
    </message>
    <message>
        <source>malformed ISAKMP message: a length in {where} at offset {offset} is wrong ({detail})</source>
        <translation>不正な ISAKMP メッセージ: オフセット {offset} の {where} の長さが正しくありません ({detail})</translation>
    </message>
    <message>
        <source>ISAKMP message of an unsupported version: {detail}</source>
        <translation>サポートされていないバージョンの ISAKMP メッセージです: {detail}</translation>
    </message>
    <message>
        <source>ISAKMP message with an unexpected exchange type: {detail}</source>
        <translation>予期しない交換タイプの ISAKMP メッセージです: {detail}</translation>
    </message>
    <message>
        <source>malformed ISAKMP message: {detail}</source>
        <translation>不正な ISAKMP メッセージ: {detail}</translation>
    </message>
    <message>
        <source>malformed ISAKMP message: {where} at offset {offset} names a wrong payload type ({detail})</source>
        <translation>不正な ISAKMP メッセージ: オフセット {offset} の {where} のペイロード タイプが正しくありません ({detail})</translation>
    </message>
    <message>
        <source>malformed ISAKMP message: a reserved field of {where} at offset {offset} is not zero ({detail})</source>
        <translation>不正な ISAKMP メッセージ: オフセット {offset} の {where} の予約フィールドが 0 ではありません ({detail})</translation>
    </message>
    <message>
        <source>malformed ISAKMP message: {where} at offset {offset} holds a value that is not allowed ({detail})</source>
        <translation>不正な ISAKMP メッセージ: オフセット {offset} の {where} に許可されていない値があります ({detail})</translation>
    </message>
    <message>
        <source>malformed ISAKMP message: a count in {where} at offset {offset} is wrong ({detail})</source>
        <translation>不正な ISAKMP メッセージ: オフセット {offset} の {where} の個数が正しくありません ({detail})</translation>
    </message>
    <message>
        <source>ISAKMP message refused: {where} at offset {offset} is out of place ({detail})</source>
        <translation>ISAKMP メッセージが拒否されました: オフセット {offset} の {where} の位置が正しくありません ({detail})</translation>
    </message>
    <message>
        <source>ISAKMP message refused: {where} is missing ({detail})</source>
        <translation>ISAKMP メッセージが拒否されました: {where} がありません ({detail})</translation>
    </message>
    <message>
        <source>ISAKMP message refused: the encryption flag is wrong ({detail})</source>
        <translation>ISAKMP メッセージが拒否されました: 暗号化フラグが正しくありません ({detail})</translation>
    </message>
    <message>
        <source>{node} has no console: only PIX and IOS devices take configuration lines</source>
        <translation>{node} にはコンソールがありません: 設定行を受け付けるのは PIX と IOS のデバイスだけです</translation>
    </message>
    <message>
        <source>&quot;{line}&quot;: no such statement in the configuration; nothing changed</source>
        <translation>&quot;{line}&quot;: 設定にこのステートメントはありません。何も変更されていません</translation>
    </message>
    <message>
        <source>{endpoint} is neither a node nor an address in a device&apos;s connected subnet</source>
        <translation>{endpoint} はノードでも、デバイスの直接接続サブネット内のアドレスでもありません</translation>
    </message>
    <message>
        <source>there is no physical path between {source} and {destination}: no chain of links joins them</source>
        <translation>{source} と {destination} の間に物理的な経路がありません: 両者をつなぐリンクの連なりがありません</translation>
    </message>
    <message>
        <source>the packet from {source} to {destination} was neither delivered nor dropped (it was held, e.g. by IKE negotiation)</source>
        <translation>{source} から {destination} へのパケットは配送も廃棄もされませんでした（IKE ネゴシエーションなどにより保留されました）</translation>
    </message>
    <message>
        <source>dead peer detection: {peer} answered none of {tries} R-U-THERE messages (isakmp keepalive {seconds}); its IKE and IPsec SAs were removed</source>
        <translation>デッド ピア検出: ピア {peer} は {tries} 回の R-U-THERE メッセージのいずれにも応答しませんでした (isakmp keepalive {seconds})。このピアの IKE SA と IPsec SA は削除されました</translation>
    </message>
    <message>
        <source>the crypto map checks XAUTH users with method list {list}, but without `aaa new-model` the router has no AAA method lists: user &quot;{user}&quot; from {peer} is refused</source>
        <translation>暗号マップはメソッド リスト {list} で XAUTH ユーザーを確認しますが、`aaa new-model` がないためルータには AAA メソッド リストがありません。ピア {peer} のユーザー &quot;{user}&quot; は拒否されます</translation>
    </message>
    <message>
        <source>the crypto map checks XAUTH users with method list {list}, which no `aaa authentication login {list}` line defines: user &quot;{user}&quot; from {peer} is refused</source>
        <translation>暗号マップはメソッド リスト {list} で XAUTH ユーザーを確認しますが、このリストを定義する `aaa authentication login {list}` 行がありません。ピア {peer} のユーザー &quot;{user}&quot; は拒否されます</translation>
    </message>
    <message>
        <source>XAUTH refused user &quot;{user}&quot; from {peer}: {reason} (method list {list}, {method}); the IKE SA is deleted</source>
        <translation>XAUTH はピア {peer} のユーザー &quot;{user}&quot; を拒否しました: {reason} (メソッド リスト {list}、{method})。IKE SA は削除されます</translation>
    </message>
    <message>
        <source>no method of list {list} could check user &quot;{user}&quot; from {peer} ({reason}); XAUTH fails and the IKE SA is deleted</source>
        <translation>メソッド リスト {list} のどのメソッドでもピア {peer} のユーザー &quot;{user}&quot; を確認できませんでした ({reason})。XAUTH は失敗し、IKE SA は削除されます</translation>
    </message>
    <message>
        <source>the VPN Client heard nothing from the gateway {gateway} for {seconds} s (PeerTimeout) and {tries} R-U-THERE messages went unanswered: it dropped the tunnel</source>
        <translation>VPN Client はゲートウェイ {gateway} から {seconds} 秒間 (PeerTimeout) 何も受信せず、{tries} 回の R-U-THERE メッセージにも応答がありませんでした。トンネルは切断されました</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（不明）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Not a whole number.</source>
        <translation>整数ではありません。</translation>
    </message>
    <message>
        <source>Must be between %1 and %2.</source>
        <translation>%1 から %2 の範囲で入力してください。</translation>
    </message>
    <message>
        <source>Not an IPv4 address (four numbers 0-255, like 10.0.0.1).</source>
        <translation>IPv4 アドレスではありません（10.0.0.1 のように 0～255 の数 4 つ）。</translation>
    </message>
    <message>
        <source>Not a netmask (four numbers 0-255, like 255.255.255.0).</source>
        <translation>ネットマスクではありません（255.255.255.0 のように 0～255 の数 4 つ）。</translation>
    </message>
    <message>
        <source>The mask is not contiguous: its 1-bits must all come before its 0-bits.</source>
        <translation>マスクが連続していません。1 のビットはすべて 0 のビットより前に並ぶ必要があります。</translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation>値を入力してください。</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>次のいずれかを選んでください: %1。</translation>
    </message>
    <message>
        <source>A name cannot contain spaces.</source>
        <translation>名前に空白は使えません。</translation>
    </message>
    <message>
        <source>The router does not read &quot;%1&quot;.</source>
        <translation>ルータは「%1」を解釈できません。</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>インターフェイス</translation>
    </message>
    <message>
        <source>interface %1</source>
        <translation>インターフェイス %1</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>マスク</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>シャットダウン</translation>
    </message>
    <message>
        <source>Crypto map</source>
        <translation>暗号マップ</translation>
    </message>
    <message>
        <source>NAT side</source>
        <translation>NAT の向き</translation>
    </message>
    <message>
        <source>Static Routes</source>
        <translation>スタティック ルート</translation>
    </message>
    <message>
        <source>route %1</source>
        <translation>ルート %1</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>インターフェイス</translation>
    </message>
    <message>
        <source>Next hop</source>
        <translation>ネクスト ホップ</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>アドミニストレーティブ ディスタンス</translation>
    </message>
    <message>
        <source>A route needs an interface or a next hop.</source>
        <translation>ルートにはインターフェイスかネクスト ホップが必要です。</translation>
    </message>
    <message>
        <source>Access Lists</source>
        <translation>アクセス リスト</translation>
    </message>
    <message>
        <source>access list entry %1</source>
        <translation>アクセス リストのエントリ %1</translation>
    </message>
    <message>
        <source>Access list</source>
        <translation>アクセス リスト</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>照合</translation>
    </message>
    <message>
        <source>NAT (ip nat inside source)</source>
        <translation>アドレス変換 (ip nat inside source)</translation>
    </message>
    <message>
        <source>NAT rule %1</source>
        <translation>アドレス変換ルール %1</translation>
    </message>
    <message>
        <source>Access list / route map</source>
        <translation>アクセス リスト / ルート マップ</translation>
    </message>
    <message>
        <source>Translate to</source>
        <translation>変換先</translation>
    </message>
    <message>
        <source>Interface / pool</source>
        <translation>インターフェイス / プール</translation>
    </message>
    <message>
        <source>Overload</source>
        <translation>オーバーロード (PAT)</translation>
    </message>
    <message>
        <source>ISAKMP Policies</source>
        <translation>ISAKMP ポリシー</translation>
    </message>
    <message>
        <source>ISAKMP policy %1</source>
        <translation>ISAKMP ポリシー %1</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先順位</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>暗号化</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>ハッシュ</translation>
    </message>
    <message>
        <source>DH group</source>
        <translation>DH グループ</translation>
    </message>
    <message>
        <source>Lifetime (s)</source>
        <translation>ライフタイム（秒）</translation>
    </message>
    <message>
        <source>Pre-Shared Keys</source>
        <translation>事前共有キー</translation>
    </message>
    <message>
        <source>pre-shared key for %1</source>
        <translation>%1 の事前共有キー</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>ピア</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>No XAUTH</source>
        <translation>拡張認証 (XAUTH) なし</translation>
    </message>
    <message>
        <source>A key is one word and cannot be empty.</source>
        <translation>キーは空白を含まない 1 語で、空にはできません。</translation>
    </message>
    <message>
        <source>Transform Sets</source>
        <translation>トランスフォーム セット</translation>
    </message>
    <message>
        <source>transform set %1</source>
        <translation>トランスフォーム セット %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Transforms</source>
        <translation>トランスフォーム</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Dynamic Crypto Maps</source>
        <translation>ダイナミック暗号マップ</translation>
    </message>
    <message>
        <source>Crypto Maps</source>
        <translation>暗号マップ</translation>
    </message>
    <message>
        <source>dynamic map %1</source>
        <translation>ダイナミック暗号マップ %1</translation>
    </message>
    <message>
        <source>crypto map %1</source>
        <translation>暗号マップ %1</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>マップ</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>シーケンス番号</translation>
    </message>
    <message>
        <source>Match address</source>
        <translation>照合アクセス リスト (match address)</translation>
    </message>
    <message>
        <source>Transform sets</source>
        <translation>トランスフォーム セット</translation>
    </message>
    <message>
        <source>PFS</source>
        <translation>PFS</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>ハードウェア</translation>
    </message>
    <message>
        <source>hardware</source>
        <translation>ハードウェア</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Software version</source>
        <translation>ソフトウェア バージョン</translation>
    </message>
    <message>
        <source>Licence VPN-DES</source>
        <translation>ライセンス VPN-DES</translation>
    </message>
    <message>
        <source>Licence VPN-3DES</source>
        <translation>ライセンス VPN-3DES</translation>
    </message>
    <message>
        <source>Licence failover</source>
        <translation>ライセンス フェールオーバー</translation>
    </message>
    <message>
        <source>A PIX version looks like 6.2(2) or 6.3(1).</source>
        <translation>PIX のバージョンは 6.2(2) や 6.3(1) の形式で入力してください。</translation>
    </message>
    <message>
        <source>IP Settings</source>
        <translation>IP 設定</translation>
    </message>
    <message>
        <source>IP settings</source>
        <translation>IP 設定</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>ゲートウェイ</translation>
    </message>
    <message>
        <source>The gateway is not in the host&apos;s subnet %1.</source>
        <translation>ゲートウェイがホストのサブネット %1 にありません。</translation>
    </message>
    <message>
        <source>VPN Client Profile</source>
        <translation>VPN クライアント プロファイル</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Host (concentrator)</source>
        <translation>接続先ホスト（コンセントレータ）</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>グループ名</translation>
    </message>
    <message>
        <source>Group password</source>
        <translation>グループ パスワード</translation>
    </message>
    <message>
        <source>Authentication type</source>
        <translation>認証タイプ</translation>
    </message>
    <message>
        <source>Transparent tunnelling</source>
        <translation>透過トンネリング</translation>
    </message>
    <message>
        <source>The PIX does not read &quot;%1&quot;.</source>
        <translation>PIX は「%1」を解釈できません。</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>ドメイン名</translation>
    </message>
    <message>
        <source>This port has no nameif line.</source>
        <translation>このポートには nameif 行がありません。</translation>
    </message>
    <message>
        <source>Name the interface first.</source>
        <translation>先にインターフェイスに名前を付けてください。</translation>
    </message>
    <message>
        <source>Name (nameif)</source>
        <translation>名前 (nameif)</translation>
    </message>
    <message>
        <source>Security level</source>
        <translation>セキュリティ レベル</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>メトリック</translation>
    </message>
    <message>
        <source>Address Pools</source>
        <translation>アドレス プール</translation>
    </message>
    <message>
        <source>address pool %1</source>
        <translation>アドレス プール %1</translation>
    </message>
    <message>
        <source>First address</source>
        <translation>開始アドレス</translation>
    </message>
    <message>
        <source>Last address</source>
        <translation>終了アドレス</translation>
    </message>
    <message>
        <source>The last address comes before the first.</source>
        <translation>終了アドレスが開始アドレスより前にあります。</translation>
    </message>
    <message>
        <source>No Mode Config</source>
        <translation>モード設定なし</translation>
    </message>
    <message>
        <source>Dynamic map</source>
        <translation>ダイナミック暗号マップ</translation>
    </message>
    <message>
        <source>SA lifetime (s)</source>
        <translation>SA ライフタイム（秒）</translation>
    </message>
    <message>
        <source>Crypto Map Interfaces</source>
        <translation>暗号マップの適用インターフェイス</translation>
    </message>
    <message>
        <source>crypto map binding %1</source>
        <translation>暗号マップ %1 の適用</translation>
    </message>
    <message>
        <source>VPN Client Groups (vpngroup)</source>
        <translation>VPN クライアント グループ (vpngroup)</translation>
    </message>
    <message>
        <source>vpngroup %1</source>
        <translation>vpngroup %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Address pool</source>
        <translation>アドレス プール</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS サーバ</translation>
    </message>
    <message>
        <source>WINS servers</source>
        <translation>WINS サーバ</translation>
    </message>
    <message>
        <source>Default domain</source>
        <translation>デフォルト ドメイン</translation>
    </message>
    <message>
        <source>Split tunnel ACL</source>
        <translation>スプリット トンネル ACL</translation>
    </message>
    <message>
        <source>Idle time (s)</source>
        <translation>アイドル時間（秒）</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Access Groups</source>
        <translation>アクセス グループ</translation>
    </message>
    <message>
        <source>access group %1</source>
        <translation>アクセス グループ %1</translation>
    </message>
    <message>
        <source>Interface (in)</source>
        <translation>インターフェイス（着信）</translation>
    </message>
    <message>
        <source>There is no access list %1.</source>
        <translation>アクセス リスト %1 はありません。</translation>
    </message>
    <message>
        <source>NAT (nat)</source>
        <translation>アドレス変換 (nat)</translation>
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
        <translation>グローバル アドレス プール (global)</translation>
    </message>
    <message>
        <source>global %1</source>
        <translation>global %1</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Static Translations (static)</source>
        <translation>スタティック変換 (static)</translation>
    </message>
    <message>
        <source>static %1</source>
        <translation>static %1</translation>
    </message>
    <message>
        <source>Real interface</source>
        <translation>実インターフェイス</translation>
    </message>
    <message>
        <source>Mapped interface</source>
        <translation>マップ先インターフェイス</translation>
    </message>
    <message>
        <source>Mapped address</source>
        <translation>マップ先アドレス</translation>
    </message>
    <message>
        <source>Real address</source>
        <translation>実アドレス</translation>
    </message>
    <message>
        <source>Write an IPv4 address or &quot;interface&quot;.</source>
        <translation>IPv4 アドレスか「interface」を入力してください。</translation>
    </message>
    <message>
        <source>Change %1 %2</source>
        <translation>%1 の%2を変更</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>There is no such item.</source>
        <translation>その項目はありません。</translation>
    </message>
    <message>
        <source>%1 is already used.</source>
        <translation>%1 はすでに使われています。</translation>
    </message>
</context>
<context>
    <name>RunExport</name>
    <message>
        <source>Cannot write the Wireshark key tables to %1: %2</source>
        <translation>Wireshark のキー テーブルを %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダ %1 を作成できません。</translation>
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
    <name>vtd::app::CanvasEditor</name>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n 個の項目を削除</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vtd::app::ConfigView</name>
    <message>
        <source>Configuration</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Configuration text</source>
        <translation>設定テキスト</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>Read the text with the device&apos;s dialect and store it if it has no errors</source>
        <translation>デバイスの構文でテキストを読み込み、エラーがなければ保存します</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>元に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>Drop the edits and show the stored configuration</source>
        <translation>編集を破棄して保存されている設定を表示します</translation>
    </message>
    <message>
        <source>Select a firewall, router or VPN Client PC to see its configuration.</source>
        <translation>設定を表示するファイアウォール、ルータまたは VPN クライアントを選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): nothing was applied. Point at a marked line to see why.</source>
        <translation>
            <numerusform>%n 件のエラーがあるため、何も適用していません。印の付いた行にポインタを合わせると理由を確認できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The device changed since you started editing; Revert shows its configuration now.</source>
        <translation>編集を始めた後にデバイスが変更されました。[元に戻す] で現在の設定を表示します。</translation>
    </message>
</context>
<context>
    <name>vtd::app::ConsoleView</name>
    <message>
        <source>Device consoles</source>
        <translation>デバイス コンソール</translation>
    </message>
    <message>
        <source>The device whose console is shown</source>
        <translation>コンソールを表示するデバイス</translation>
    </message>
    <message>
        <source>Console output</source>
        <translation>コンソール出力</translation>
    </message>
    <message>
        <source>Console command</source>
        <translation>コンソール コマンド</translation>
    </message>
    <message>
        <source>Command (Up/Down: history)</source>
        <translation>コマンド（上下キー: 履歴）</translation>
    </message>
    <message>
        <source>Typed commands are recorded in the scenario as &quot;on DEVICE: COMMAND&quot;</source>
        <translation>入力したコマンドは &quot;on DEVICE: COMMAND&quot; としてシナリオに記録されます</translation>
    </message>
</context>
<context>
    <name>vtd::app::DevicePalette</name>
    <message>
        <source>Device palette</source>
        <translation>デバイス パレット</translation>
    </message>
</context>
<context>
    <name>vtd::app::EditActions</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>Ali&amp;gn</source>
        <translation>整列(&amp;G)</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>左揃え(&amp;L)</translation>
    </message>
    <message>
        <source>Align &amp;Centre</source>
        <translation>左右中央揃え(&amp;C)</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>右揃え(&amp;R)</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>上揃え(&amp;T)</translation>
    </message>
    <message>
        <source>Align &amp;Middle</source>
        <translation>上下中央揃え(&amp;M)</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>下揃え(&amp;B)</translation>
    </message>
    <message>
        <source>Auto &amp;Layout</source>
        <translation>自動レイアウト(&amp;L)</translation>
    </message>
    <message>
        <source>Arrange the whole diagram automatically</source>
        <translation>ダイアグラム全体を自動的に配置します</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>元に戻す: %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>やり直し: %1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
</context>
<context>
    <name>vtd::app::Inspector</name>
    <message>
        <source>Inspector</source>
        <translation>インスペクタ</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>セクション</translation>
    </message>
    <message>
        <source>Which part of the device to edit</source>
        <translation>編集するデバイスの項目</translation>
    </message>
    <message>
        <source>Select one device to see and edit its settings.</source>
        <translation>設定を表示・編集するデバイスを 1 つ選択してください。</translation>
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
        <translation>%1 (廃棄: %2)</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>時刻 (秒)</translation>
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
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>拡大 (Ctrl+ホイール)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>縮小 (Ctrl+ホイール)</translation>
    </message>
    <message>
        <source>Show the whole diagram</source>
        <translation>ダイアグラム全体を表示します</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>&amp;Device Palette</source>
        <translation>デバイス パレット(&amp;D)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>メイン ツールバー</translation>
    </message>
    <message>
        <source>Topology canvas</source>
        <translation>トポロジ キャンバス</translation>
    </message>
    <message>
        <source>Drop devices from the palette here; drag from a port to another port or a LAN segment to link them</source>
        <translation>パレットからデバイスをここにドロップします。ポートから別のポートまたは LAN セグメントへドラッグするとリンクされます</translation>
    </message>
    <message>
        <source>Untitled[*] — VPN Topology Designer</source>
        <translation>無題[*] — VPN Topology Designer</translation>
    </message>
    <message>
        <source>%1[*] (example) — VPN Topology Designer</source>
        <translation>%1[*]（サンプル） — VPN Topology Designer</translation>
    </message>
    <message>
        <source>%1[*] — VPN Topology Designer</source>
        <translation>%1[*] — VPN Topology Designer</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new, empty project</source>
        <translation>新しい空のプロジェクトを開始します</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>プロジェクトを保存します</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>名前を付けて保存(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>Device &amp;Configurations...</source>
        <translation>デバイスの設定(&amp;C)...</translation>
    </message>
    <message>
        <source>Place devices from PIX and IOS configurations and VPN Client profiles, linked by their subnets</source>
        <translation>PIX と IOS の設定および VPN クライアント プロファイルからデバイスを配置し、サブネットでリンクします</translation>
    </message>
    <message>
        <source>&amp;Pasted Configuration...</source>
        <translation>貼り付けた設定(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>All Device &amp;Configurations...</source>
        <translation>すべてのデバイスの設定(&amp;C)...</translation>
    </message>
    <message>
        <source>Write every device&apos;s configuration into a folder</source>
        <translation>すべてのデバイスの設定をフォルダに書き出します</translation>
    </message>
    <message>
        <source>VPN Client &amp;Profile (.pcf)...</source>
        <translation>VPN クライアント プロファイル (.pcf)(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Diagram (PNG, SVG, PDF)...</source>
        <translation>ダイアグラム (PNG、SVG、PDF)(&amp;D)...</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>untitled.vpnd</source>
        <translation>untitled.vpnd</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>プロジェクトの保存</translation>
    </message>
    <message>
        <source>VPN Topology Designer projects (*.vpnd)</source>
        <translation>VPN Topology Designer プロジェクト (*.vpnd)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n node(s)</source>
        <translation>
            <numerusform>%n 個のノードをインポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Configurations</source>
        <translation>設定のエクスポート</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>%n 個のファイルを %1 にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>ダイアグラムのエクスポート</translation>
    </message>
    <message>
        <source>Exported the diagram to %1</source>
        <translation>ダイアグラムを %1 にエクスポートしました</translation>
    </message>
    <message>
        <source>Import Device Configurations</source>
        <translation>デバイスの設定のインポート</translation>
    </message>
    <message>
        <source>Configurations and profiles (*.cfg *.txt *.conf *.pcf);;All files (*)</source>
        <translation>設定とプロファイル (*.cfg *.txt *.conf *.pcf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export Configurations to Folder</source>
        <translation>設定をフォルダにエクスポート</translation>
    </message>
    <message>
        <source>Export VPN Client Profile</source>
        <translation>VPN クライアント プロファイルのエクスポート</translation>
    </message>
    <message>
        <source>Select a VPN Client PC on the canvas first.</source>
        <translation>先にキャンバス上の VPN クライアント PC を選択してください。</translation>
    </message>
    <message>
        <source>VPN Client profiles (*.pcf)</source>
        <translation>VPN クライアント プロファイル (*.pcf)</translation>
    </message>
    <message>
        <source>Exported the profile to %1</source>
        <translation>プロファイルを %1 にエクスポートしました</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 図 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
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
            <numerusform>%n 個のノードを貼り付け</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vtd::app::OverlayTexts</name>
    <message>
        <source>Configured</source>
        <translation>設定済み</translation>
    </message>
    <message>
        <source>Phase 1 in progress</source>
        <translation>フェーズ 1 ネゴシエーション中</translation>
    </message>
    <message>
        <source>IKE SA up (QM_IDLE)</source>
        <translation>IKE SA 確立 (QM_IDLE)</translation>
    </message>
    <message>
        <source>IPsec SA up</source>
        <translation>IPsec SA 確立</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>the SA lifetime expired</source>
        <translation>SA のライフタイムが満了しました</translation>
    </message>
    <message>
        <source>the peer deleted the SAs</source>
        <translation>ピアが SA を削除しました</translation>
    </message>
    <message>
        <source>the SAs were cleared by a command</source>
        <translation>コマンドで SA がクリアされました</translation>
    </message>
    <message>
        <source>the SAs were replaced by a rekey</source>
        <translation>キーの再生成で SA が置き換えられました</translation>
    </message>
    <message>
        <source>the peer stopped answering keepalives</source>
        <translation>ピアがキープアライブに応答しなくなりました</translation>
    </message>
    <message>
        <source>the SAs were deleted</source>
        <translation>SA が削除されました</translation>
    </message>
    <message>
        <source>VPN Client connection %1 – %2</source>
        <translation>VPN クライアント接続 %1 – %2</translation>
    </message>
    <message>
        <source>IPsec tunnel %1 – %2</source>
        <translation>IPsec トンネル %1 – %2</translation>
    </message>
    <message>
        <source>Configured on %1: %2</source>
        <translation>%1 の設定: %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>Since: %1 s</source>
        <translation>開始時刻: %1 秒</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>Packets dropped at %1</source>
        <translation>%1 で廃棄されたパケット</translation>
    </message>
    <message>
        <source>Packets dropped at %1 %2</source>
        <translation>%1 %2 で廃棄されたパケット</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n packet(s))</source>
        <translation>
            <numerusform>%1 (%n パケット)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vtd::app::PacketDetailView</name>
    <message>
        <source>Packet details</source>
        <translation>パケットの詳細</translation>
    </message>
    <message>
        <source>Packet fields</source>
        <translation>パケットのフィールド</translation>
    </message>
    <message>
        <source>Packet bytes</source>
        <translation>パケットのバイト</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>No packet selected.</source>
        <translation>パケットが選択されていません。</translation>
    </message>
    <message>
        <source>%1, interface %2</source>
        <translation>%1、インターフェイス %2</translation>
    </message>
    <message numerus="yes">
        <source>Decrypted bytes (%n byte(s))</source>
        <translation>
            <numerusform>復号済みのバイト (%n バイト)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Datagram bytes (%n byte(s))</source>
        <translation>
            <numerusform>データグラムのバイト (%n バイト)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vtd::app::PaletteTexts</name>
    <message>
        <source>IOS router</source>
        <translation>IOS ルータ</translation>
    </message>
    <message>
        <source>VPN Client PC</source>
        <translation>VPN クライアント PC</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>LAN segment</source>
        <translation>LAN セグメント</translation>
    </message>
    <message>
        <source>Cisco %1 firewall, PIX OS %2, %3 Ethernet interfaces, factory configuration.
Drag onto the canvas to place it.</source>
        <translation>Cisco %1 ファイアウォール、PIX OS %2、イーサネット インターフェイス %3 個、工場出荷時の設定。
キャンバスにドラッグして配置します。</translation>
    </message>
    <message>
        <source>Cisco IOS 12.2 router with two Ethernet and two serial interfaces.
Drag onto the canvas to place it.</source>
        <translation>イーサネット インターフェイス 2 個とシリアル インターフェイス 2 個を持つ Cisco IOS 12.2 ルータ。
キャンバスにドラッグして配置します。</translation>
    </message>
    <message>
        <source>PC running Cisco VPN Client 3.x with a connection profile (.pcf).
Drag onto the canvas to place it.</source>
        <translation>接続プロファイル (.pcf) を持つ Cisco VPN Client 3.x の PC。
キャンバスにドラッグして配置します。</translation>
    </message>
    <message>
        <source>End system with an IP address, mask and default gateway.
Drag onto the canvas to place it.</source>
        <translation>IP アドレス、マスク、デフォルト ゲートウェイを持つエンド システム。
キャンバスにドラッグして配置します。</translation>
    </message>
    <message>
        <source>Shared Ethernet segment: link several interfaces to it.
Drag onto the canvas to place it.</source>
        <translation>共有イーサネット セグメント。複数のインターフェイスをリンクできます。
キャンバスにドラッグして配置します。</translation>
    </message>
</context>
<context>
    <name>vtd::app::PasteConfigDialog</name>
    <message>
        <source>Import Pasted Configuration</source>
        <translation>貼り付けた設定のインポート</translation>
    </message>
    <message>
        <source>&amp;Name (used in messages):</source>
        <translation>名前（メッセージで使用）(&amp;N):</translation>
    </message>
    <message>
        <source>Name of the pasted text</source>
        <translation>貼り付けたテキストの名前</translation>
    </message>
    <message>
        <source>&amp;Configuration (PIX or IOS, as &apos;write terminal&apos; prints it) or VPN Client profile (.pcf):</source>
        <translation>設定（PIX または IOS、write terminal の出力形式）または VPN クライアント プロファイル (.pcf)(&amp;C):</translation>
    </message>
    <message>
        <source>Pasted configuration text</source>
        <translation>貼り付けた設定テキスト</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
</context>
<context>
    <name>vtd::app::PingDialog</name>
    <message>
        <source>Ping</source>
        <translation>ping</translation>
    </message>
    <message>
        <source>device or IP address</source>
        <translation>デバイスまたは IP アドレス</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>送信元(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>宛先(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Echoes:</source>
        <translation>エコー数(&amp;E):</translation>
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
    <name>vtd::app::ProblemsView</name>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Problems in the device configurations</source>
        <translation>デバイス設定の問題</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>No problems found in the device configurations.</source>
        <translation>デバイス設定に問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>[%1 s] </source>
        <translation>[%1 秒] </translation>
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
        <translation>メニューをクリア(&amp;C)</translation>
    </message>
</context>
<context>
    <name>vtd::app::ScenarioEditor</name>
    <message>
        <source>Scenario editor</source>
        <translation>シナリオ エディタ</translation>
    </message>
    <message>
        <source>The script shown: this session&apos;s recording or one of the project&apos;s scenarios</source>
        <translation>表示するスクリプト: このセッションの記録、またはプロジェクトのシナリオ</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation>シナリオ名</translation>
    </message>
    <message>
        <source>Scenario script</source>
        <translation>シナリオ スクリプト</translation>
    </message>
    <message>
        <source>Errors in the scenario script</source>
        <translation>シナリオ スクリプトのエラー</translation>
    </message>
    <message>
        <source>&amp;Load into Simulation</source>
        <translation>シミュレーションに読み込み(&amp;L)</translation>
    </message>
    <message>
        <source>Replaces the session&apos;s recording with this script and rewinds to time 0</source>
        <translation>セッションの記録をこのスクリプトに置き換え、時刻 0 に戻ります</translation>
    </message>
    <message>
        <source>Save as Project &amp;Scenario</source>
        <translation>プロジェクトのシナリオとして保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save to &amp;File...</source>
        <translation>ファイルに保存(&amp;F)...</translation>
    </message>
    <message>
        <source>Recording of this session</source>
        <translation>このセッションの記録</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>シナリオ: %1</translation>
    </message>
    <message>
        <source>The simulation has not started.</source>
        <translation>シミュレーションが開始されていません。</translation>
    </message>
    <message numerus="yes">
        <source>The script was not loaded: %n error(s).</source>
        <translation>
            <numerusform>スクリプトは読み込まれませんでした（エラー %n 件）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded into the simulation at time 0.</source>
        <translation>シミュレーションに読み込みました（時刻 0 から）。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
    <message>
        <source>Save Scenario Script</source>
        <translation>シナリオ スクリプトの保存</translation>
    </message>
    <message>
        <source>Scenario scripts (*.vpns);;All files (*)</source>
        <translation>シナリオ スクリプト (*.vpns);;すべてのファイル (*)</translation>
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
    <name>vtd::app::SimulationControls</name>
    <message>
        <source>Time %1 · step %2</source>
        <translation>シミュレーション時刻 %1 · ステップ %2</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>再生(&amp;P)</translation>
    </message>
    <message>
        <source>Pause the simulation (F5)</source>
        <translation>シミュレーションを一時停止します (F5)</translation>
    </message>
    <message>
        <source>Play the simulation step after step (F5)</source>
        <translation>シミュレーションを 1 ステップずつ再生します (F5)</translation>
    </message>
    <message>
        <source>Step &amp;Back</source>
        <translation>1 ステップ戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the previous step: the run is replayed up to it (Shift+F10)</source>
        <translation>前のステップに戻ります。実行はそのステップまで再現されます (Shift+F10)</translation>
    </message>
    <message>
        <source>Step &amp;Forward</source>
        <translation>ステップ実行(&amp;F)</translation>
    </message>
    <message>
        <source>Run until the next packet leaves a device (F10)</source>
        <translation>次のパケットがデバイスから送出されるまで実行します (F10)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>リセット(&amp;R)</translation>
    </message>
    <message>
        <source>Back to time 0; the recorded actions stay and play again</source>
        <translation>時刻 0 に戻ります。記録された操作は保持され、再び再生されます</translation>
    </message>
    <message>
        <source>Run to &amp;End</source>
        <translation>最後まで実行(&amp;E)</translation>
    </message>
    <message>
        <source>Run every recorded action to its end</source>
        <translation>記録されたすべての操作を最後まで実行します</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)/s</source>
        <translation>
            <numerusform>%n ステップ/秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Playing speed</source>
        <translation>再生速度</translation>
    </message>
</context>
<context>
    <name>vtd::app::SimulationWorkbench</name>
    <message>
        <source>Simulation started at time 0: connect a VPN Client or ping, then play or step</source>
        <translation>シミュレーションを時刻 0 から開始しました。VPN クライアントを接続するか ping を送信し、再生またはステップ実行してください</translation>
    </message>
    <message>
        <source>Cannot run “%1”: %2</source>
        <translation>「%1」を実行できません: %2</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>記録しました: %1</translation>
    </message>
    <message>
        <source>The project changed: the simulation starts again from time 0 with the recorded actions</source>
        <translation>プロジェクトが変更されました。記録された操作でシミュレーションを時刻 0 から再開します</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>シミュレーション(&amp;S)</translation>
    </message>
    <message>
        <source>Simulation Toolbar</source>
        <translation>シミュレーション ツールバー</translation>
    </message>
    <message>
        <source>&amp;Simulate</source>
        <translation>シミュレーション実行(&amp;S)</translation>
    </message>
    <message>
        <source>Run the project&apos;s network and watch the tunnels form (Ctrl+R)</source>
        <translation>プロジェクトのネットワークを実行し、トンネルが確立される様子を表示します (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Connect VPN Client</source>
        <translation>VPN クライアントを接続(&amp;C)</translation>
    </message>
    <message>
        <source>The selected VPN Client PC connects to its gateway</source>
        <translation>選択した VPN クライアントをゲートウェイに接続します</translation>
    </message>
    <message>
        <source>P&amp;ing…</source>
        <translation>ping(&amp;I)…</translation>
    </message>
    <message>
        <source>Send ICMP echoes from one device to another device or address</source>
        <translation>デバイスから別のデバイスまたはアドレスに ICMP エコーを送信します</translation>
    </message>
    <message>
        <source>&amp;Animate Packets</source>
        <translation>パケットをアニメーション表示(&amp;A)</translation>
    </message>
    <message>
        <source>%1: the diagram could not be written</source>
        <translation>%1: 図を書き込めませんでした</translation>
    </message>
    <message>
        <source>Export Capture</source>
        <translation>キャプチャのエクスポート</translation>
    </message>
    <message>
        <source>Packet captures (*.pcap)</source>
        <translation>パケット キャプチャ (*.pcap)</translation>
    </message>
    <message>
        <source>Folder for the Wireshark Keys</source>
        <translation>Wireshark のキーを保存するフォルダ</translation>
    </message>
    <message>
        <source>Capture and keys written: open %1 in Wireshark with that folder as its configuration</source>
        <translation>キャプチャとキーを書き込みました。そのフォルダを設定フォルダとして Wireshark で %1 を開いてください</translation>
    </message>
    <message>
        <source>Export Console Logs</source>
        <translation>コンソール ログのエクスポート</translation>
    </message>
    <message>
        <source>Console logs written to %1</source>
        <translation>コンソール ログを %1 に書き込みました</translation>
    </message>
    <message>
        <source>Export Ladder Diagram</source>
        <translation>シーケンス図のエクスポート</translation>
    </message>
    <message>
        <source>SVG (*.svg);;PNG (*.png)</source>
        <translation>SVG (*.svg);;PNG (*.png)</translation>
    </message>
    <message>
        <source>Ladder diagram written to %1</source>
        <translation>シーケンス図を %1 に書き込みました</translation>
    </message>
    <message>
        <source>Export &amp;Capture and Keys…</source>
        <translation>キャプチャとキーのエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <source>The run&apos;s packets as pcap, with the key tables Wireshark needs to decrypt them</source>
        <translation>実行中のパケットを pcap として、Wireshark での復号に必要なキー テーブルとともに書き出します</translation>
    </message>
    <message>
        <source>Export Console &amp;Logs…</source>
        <translation>コンソール ログのエクスポート(&amp;L)…</translation>
    </message>
    <message>
        <source>Export Ladder &amp;Diagram…</source>
        <translation>シーケンス図のエクスポート(&amp;D)…</translation>
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
<context>
    <name>vtd::app::TableEditor</name>
    <message>
        <source>Problem with the value</source>
        <translation>値の問題</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>%1 に追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>%1 から削除</translation>
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
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Do you want to save the changes to %1?</source>
        <translation>%1 への変更を保存しますか?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>保存しないと変更は失われます。</translation>
    </message>
    <message>
        <source>Recover Project</source>
        <translation>プロジェクトの復元</translation>
    </message>
    <message>
        <source>The designer did not close properly last time. Restore the project it saved automatically at %1?</source>
        <translation>前回、デザイナーが正常に終了しませんでした。%1 に自動保存されたプロジェクトを復元しますか?</translation>
    </message>
    <message>
        <source>If you discard it, the automatically saved copy is deleted.</source>
        <translation>破棄すると、自動保存されたコピーは削除されます。</translation>
    </message>
    <message>
        <source>Project Holds Secrets</source>
        <translation>プロジェクトに秘密情報が含まれています</translation>
    </message>
    <message>
        <source>%1 holds real secrets (pre-shared keys, passwords) in clear text.</source>
        <translation>%1 には実際の秘密情報（事前共有キー、パスワード）が平文で含まれています。</translation>
    </message>
    <message>
        <source>The file is written so that only you can read it (permissions 0600). Keep it out of shared folders and version control.</source>
        <translation>このファイルは所有者だけが読めるように書き込まれます（パーミッション 0600）。共有フォルダやバージョン管理には置かないでください。</translation>
    </message>
    <message>
        <source>Export Secrets</source>
        <translation>秘密情報のエクスポート</translation>
    </message>
    <message>
        <source>Export the configurations with their secrets revealed?</source>
        <translation>秘密情報を表示した状態で設定をエクスポートしますか?</translation>
    </message>
    <message>
        <source>Yes: pre-shared keys and passwords are written in clear text, to files only you can read. No: they are written masked (********), as &apos;write terminal&apos; shows them.</source>
        <translation>はい: 事前共有キーとパスワードを平文で、所有者だけが読めるファイルに書き込みます。いいえ: write terminal と同様にマスク (********) して書き込みます。</translation>
    </message>
</context>
</TS>
