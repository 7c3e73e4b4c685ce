#include "script_parser.h"

#include <QRegularExpression>

#include <initializer_list>

namespace vtd::sim {

namespace {

using model::NodeKind;

/** A script error for one line: thrown inside the line parser, caught per line. */
struct LineError
{
    QString code;
    QMap<QString, QString> params;
};

QString kindName(NodeKind kind)
{
    switch (kind) {
    case NodeKind::PixFirewall: return QStringLiteral("PIX firewall");
    case NodeKind::IosRouter: return QStringLiteral("IOS router");
    case NodeKind::VpnClient: return QStringLiteral("VPN Client PC");
    case NodeKind::Host: return QStringLiteral("host");
    case NodeKind::LanSegment: return QStringLiteral("LAN segment");
    }
    return {};
}

/** Parses the words of one command line; each accessor throws LineError when it cannot. */
class LineParser
{
public:
    LineParser(const QString &text, const model::Project &project, const InterfaceResolver &resolve)
        : m_text(text), m_project(project), m_resolve(resolve)
    {
        m_words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    }

    ScriptAction parse();

private:
    ScriptAction parseWait() { return WaitCommand{duration(QStringLiteral("duration"))}; }
    ScriptAction parsePing();
    ScriptAction parseConnect();
    ScriptAction parseDisconnect() { DisconnectCommand c{nodeOf({NodeKind::VpnClient}, QStringLiteral("a VPN Client PC"))}; done(); return c; }
    ScriptAction parseOn();
    ScriptAction parseConfigure();
    ScriptAction parseLink();
    ScriptAction parseLoss();
    ScriptAction parseExpect();

    QString word(const QString &what)
    {
        if (m_next >= m_words.size())
            throw LineError{QStringLiteral("script.missing-argument"), {{QStringLiteral("command"), m_command}, {QStringLiteral("what"), what}}};
        return m_words[m_next++];
    }
    bool hasMore() const { return m_next < m_words.size(); }
    void done()
    {
        if (hasMore())
            throw LineError{QStringLiteral("script.unexpected-argument"), {{QStringLiteral("command"), m_command}, {QStringLiteral("value"), m_words[m_next]}}};
    }
    Milliseconds duration(const QString &what)
    {
        const QString text = word(what);
        const auto ms = parseDuration(text);
        if (!ms)
            throw LineError{QStringLiteral("script.bad-duration"), {{QStringLiteral("value"), text}}};
        return *ms;
    }
    int number(const QString &what, int minimum, int maximum)
    {
        const QString text = word(what);
        bool ok = false;
        const int value = text.toInt(&ok);
        if (!ok || value < minimum || value > maximum || text.startsWith(u'+'))
            throw LineError{QStringLiteral("script.bad-number"), {{QStringLiteral("command"), m_command}, {QStringLiteral("value"), text}, {QStringLiteral("what"), what}, {QStringLiteral("minimum"), QString::number(minimum)}, {QStringLiteral("maximum"), QString::number(maximum)}}};
        return value;
    }
    int percent()
    {
        const QString text = word(QStringLiteral("a percentage"));
        bool ok = false;
        const int value = text.endsWith(u'%') ? text.chopped(1).toInt(&ok) : -1;
        if (!ok || value < 0 || value > 100)
            throw LineError{QStringLiteral("script.bad-percent"), {{QStringLiteral("value"), text}}};
        return value;
    }
    const model::Node &existingNode(const QString &name)
    {
        const model::Node *node = m_project.nodeByName(name);
        if (!node)
            throw LineError{QStringLiteral("script.unknown-node"), {{QStringLiteral("value"), name}}};
        return *node;
    }
    const model::Node &checkKind(const model::Node &node, std::initializer_list<NodeKind> kinds, const QString &expected)
    {
        for (NodeKind k : kinds) {
            if (node.kind == k)
                return node;
        }
        throw LineError{QStringLiteral("script.wrong-node-kind"), {{QStringLiteral("command"), m_command}, {QStringLiteral("value"), node.name}, {QStringLiteral("kind"), kindName(node.kind)}, {QStringLiteral("expected"), expected}}};
    }
    QString nodeOf(std::initializer_list<NodeKind> kinds, const QString &expected)
    {
        return checkKind(existingNode(word(QStringLiteral("a node name"))), kinds, expected).name;
    }
    ScriptEndpoint endpoint(const QString &what)
    {
        const QString text = word(what);
        if (const auto address = model::Ipv4Address::parse(text))
            return {QString(), address};
        const model::Node *node = m_project.nodeByName(text);
        if (!node)
            throw LineError{QStringLiteral("script.bad-endpoint"), {{QStringLiteral("value"), text}}};
        checkKind(*node, {NodeKind::PixFirewall, NodeKind::IosRouter, NodeKind::VpnClient, NodeKind::Host}, QStringLiteral("a device, host or VPN Client PC"));
        return {text, std::nullopt};
    }
    model::Ipv4Address address(const QString &what)
    {
        const QString text = word(what);
        const auto parsed = model::Ipv4Address::parse(text);
        if (!parsed)
            throw LineError{QStringLiteral("script.bad-address"), {{QStringLiteral("value"), text}}};
        return *parsed;
    }
    bool upOrDown()
    {
        const QString text = word(QStringLiteral("up or down"));
        if (text != QLatin1String("up") && text != QLatin1String("down"))
            throw LineError{QStringLiteral("script.bad-state"), {{QStringLiteral("value"), text}}};
        return text == QLatin1String("up");
    }
    QString interfaceOf(const model::Node &node)
    {
        const QString written = word(QStringLiteral("an interface"));
        std::optional<QString> resolved;
        if (m_resolve)
            resolved = m_resolve(node, written);
        else if (m_project.interfacesOf(node).contains(written))
            resolved = written;
        if (!resolved)
            throw LineError{QStringLiteral("script.unknown-interface"), {{QStringLiteral("node"), node.name}, {QStringLiteral("value"), written}}};
        return *resolved;
    }
    /** "on NODE: rest" / "configure NODE: rest": the node name ends at the first colon. */
    std::pair<QString, QString> nodeAndRest(std::initializer_list<NodeKind> kinds, const QString &expected)
    {
        const qsizetype start = m_text.indexOf(m_command) + m_command.size();
        const qsizetype colon = m_text.indexOf(u':', start);
        if (colon < 0)
            throw LineError{QStringLiteral("script.missing-colon"), {{QStringLiteral("command"), m_command}}};
        const QString name = m_text.mid(start, colon - start).trimmed();
        if (name.isEmpty())
            throw LineError{QStringLiteral("script.missing-argument"), {{QStringLiteral("command"), m_command}, {QStringLiteral("what"), QStringLiteral("a node name")}}};
        const QString rest = m_text.mid(colon + 1).trimmed();
        checkKind(existingNode(name), kinds, expected);
        if (rest.isEmpty())
            throw LineError{QStringLiteral("script.empty-cli"), {{QStringLiteral("command"), m_command}, {QStringLiteral("node"), name}}};
        return {name, rest};
    }

    QString m_text;
    const model::Project &m_project;
    const InterfaceResolver &m_resolve;
    QStringList m_words;
    qsizetype m_next = 0;
    QString m_command;
};

ScriptAction LineParser::parse()
{
    m_command = word(QStringLiteral("a command"));
    if (m_command == QLatin1String("wait")) { auto a = parseWait(); done(); return a; }
    if (m_command == QLatin1String("ping")) return parsePing();
    if (m_command == QLatin1String("connect")) return parseConnect();
    if (m_command == QLatin1String("disconnect")) return parseDisconnect();
    if (m_command == QLatin1String("on")) return parseOn();
    if (m_command == QLatin1String("configure")) return parseConfigure();
    if (m_command == QLatin1String("link")) return parseLink();
    if (m_command == QLatin1String("loss")) return parseLoss();
    if (m_command == QLatin1String("expect")) return parseExpect();
    throw LineError{QStringLiteral("script.unknown-command"), {{QStringLiteral("value"), m_command}}};
}

ScriptAction LineParser::parsePing()
{
    PingCommand ping;
    ping.source = endpoint(QStringLiteral("a source"));
    ping.destination = endpoint(QStringLiteral("a destination"));
    while (hasMore()) {
        const QString option = word(QString());
        if (option == QLatin1String("count"))
            ping.count = number(QStringLiteral("count"), 1, 100000);
        else if (option == QLatin1String("size"))
            ping.size = number(QStringLiteral("size"), 0, 65467);   // 65535 - IP and ICMP headers
        else if (option == QLatin1String("timeout"))
            ping.timeout = duration(QStringLiteral("timeout"));
        else
            throw LineError{QStringLiteral("script.unexpected-argument"), {{QStringLiteral("command"), m_command}, {QStringLiteral("value"), option}}};
    }
    return ping;
}

ScriptAction LineParser::parseConnect()
{
    ConnectCommand connect{nodeOf({NodeKind::VpnClient}, QStringLiteral("a VPN Client PC")), {}, {}};
    if (hasMore()) {
        const QString keyword = word(QString());
        if (keyword != QLatin1String("user"))
            throw LineError{QStringLiteral("script.unexpected-argument"), {{QStringLiteral("command"), m_command}, {QStringLiteral("value"), keyword}}};
        connect.user = word(QStringLiteral("a user name"));
        const QString passwordKeyword = word(QStringLiteral("\"password PASS\""));
        if (passwordKeyword != QLatin1String("password"))
            throw LineError{QStringLiteral("script.unexpected-argument"), {{QStringLiteral("command"), m_command}, {QStringLiteral("value"), passwordKeyword}}};
        connect.password = word(QStringLiteral("a password"));
    }
    done();
    return connect;
}

ScriptAction LineParser::parseOn()
{
    const auto [node, cli] = nodeAndRest({NodeKind::PixFirewall, NodeKind::IosRouter}, QStringLiteral("a PIX firewall or an IOS router"));
    return OnCommand{node, cli};
}

ScriptAction LineParser::parseConfigure()
{
    const auto [node, line] = nodeAndRest({NodeKind::PixFirewall, NodeKind::IosRouter}, QStringLiteral("a PIX firewall or an IOS router"));
    return ConfigureCommand{node, line};
}

ScriptAction LineParser::parseLink()
{
    LinkCommand link;
    link.up = upOrDown();
    const model::Node &node = existingNode(word(QStringLiteral("a node name")));
    checkKind(node, {NodeKind::PixFirewall, NodeKind::IosRouter, NodeKind::VpnClient, NodeKind::Host}, QStringLiteral("a node with interfaces"));
    link.node = node.name;
    link.interface = interfaceOf(node);
    done();
    return link;
}

ScriptAction LineParser::parseLoss()
{
    LossCommand loss;
    loss.percent = percent();
    const model::Node &node = existingNode(word(QStringLiteral("a node name")));
    checkKind(node, {NodeKind::PixFirewall, NodeKind::IosRouter, NodeKind::VpnClient, NodeKind::Host}, QStringLiteral("a node with interfaces"));
    loss.node = node.name;
    loss.interface = interfaceOf(node);
    done();
    return loss;
}

ScriptAction LineParser::parseExpect()
{
    const QString what = word(QStringLiteral("ike, ipsec, ping or drop"));
    const auto vpnNodes = {NodeKind::PixFirewall, NodeKind::IosRouter, NodeKind::VpnClient};
    if (what == QLatin1String("ike")) {
        ExpectIkeCommand e{nodeOf(vpnNodes, QStringLiteral("a PIX firewall, an IOS router or a VPN Client PC")), address(QStringLiteral("a peer address")), true};
        e.up = upOrDown();
        done();
        return e;
    }
    if (what == QLatin1String("ipsec")) {
        ExpectIpsecCommand e{nodeOf(vpnNodes, QStringLiteral("a PIX firewall, an IOS router or a VPN Client PC")), address(QStringLiteral("a peer address")), true, {}};
        e.up = upOrDown();
        if (hasMore()) {
            const QString keyword = word(QString());
            if (keyword != QLatin1String("transform"))
                throw LineError{QStringLiteral("script.unexpected-argument"), {{QStringLiteral("command"), m_command}, {QStringLiteral("value"), keyword}}};
            QStringList transforms{word(QStringLiteral("a transform"))};
            while (hasMore())
                transforms << word(QString());
            e.transform = transforms.join(u' ');
        }
        return e;
    }
    if (what == QLatin1String("ping")) {
        ExpectPingCommand e{endpoint(QStringLiteral("a source")), endpoint(QStringLiteral("a destination")), 0};
        const QString op = word(QStringLiteral("\">= PERCENT\""));
        if (op != QLatin1String(">="))
            throw LineError{QStringLiteral("script.unexpected-argument"), {{QStringLiteral("command"), m_command}, {QStringLiteral("value"), op}}};
        e.minimumPercent = percent();
        done();
        return e;
    }
    if (what == QLatin1String("drop")) {
        const model::Node &node = existingNode(word(QStringLiteral("a node name")));
        ExpectDropCommand e{node.name, word(QStringLiteral("a drop reason code"))};
        done();
        return e;
    }
    throw LineError{QStringLiteral("script.bad-expect"), {{QStringLiteral("value"), what}}};
}

} // namespace

std::optional<Milliseconds> parseDuration(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^([0-9]{1,9})(ms|s|m|h)$"));
    const auto match = form.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const Milliseconds value = match.captured(1).toLongLong();
    const QString unit = match.captured(2);
    if (unit == QLatin1String("ms"))
        return value;
    if (unit == QLatin1String("s"))
        return value * 1000;
    if (unit == QLatin1String("m"))
        return value * 60 * 1000;
    return value * 3600 * 1000;
}

ScriptParseResult parseScript(const QString &text, const QString &fileName,
                              const model::Project &project,
                              const InterfaceResolver &resolveInterface)
{
    ScriptParseResult result;
    result.script.fileName = fileName;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        const qsizetype hash = line.indexOf(u'#');
        if (hash >= 0)
            line.truncate(hash);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        try {
            LineParser parser(line, project, resolveInterface);
            result.script.commands.append({int(i + 1), line, parser.parse()});
        } catch (const LineError &error) {
            model::Diagnostic d;
            d.severity = model::Severity::Error;
            d.code = error.code;
            d.params = error.params;
            d.file = fileName;
            d.line = int(i + 1);
            result.diagnostics.append(d);
        }
    }
    return result;
}

} // namespace vtd::sim
