#include "cisco_highlighter.h"

namespace vtd::app {

namespace {

QTextCharFormat charFormat(const QColor &colour, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setForeground(colour);
    if (bold)
        f.setFontWeight(QFont::Bold);
    f.setFontItalic(italic);
    return f;
}

// The first words of the commands an engineer scans for; matched at the start of a line
// (after the indentation of an IOS sub-command).
const char *const kCommands =
    "access-list|access-group|nat|global|static|route|ip|interface|nameif|hostname|domain-name|"
    "crypto|isakmp|vpngroup|sysopt|hostname|enable|passwd|password|names?|fixup|pager|logging|"
    "mtu|icmp|failover|timeout|aaa-server|http|snmp-server|floodguard|telnet|ssh|console|"
    "terminal|version|PIX|service|username|line|login|end|encr(?:yption)?|hash|authentication|"
    "group|lifetime|set|match|mode|description|shutdown|no|permit|deny|remark|route-map|"
    "speed|duplex|exec-timeout|transport|Description|Host|GroupName|GroupPwd|enc_GroupPwd|"
    "AuthType|EnableNat|EnableISPConnect|\\[main\\]";

} // namespace

CiscoHighlighter::CiscoHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document), m_comment(charFormat(QColor(0x6a, 0x73, 0x7d), false, true))
{
    m_rules << Rule{QRegularExpression(QStringLiteral("\\b(?:permit|deny|any|host|eq|range|tcp|udp|icmp|esp|"
                                                      "inside|outside|interface|ipsec-isakmp|dynamic|"
                                                      "pre-share|3des|des|aes(?:-\\d+)?|md5|sha|esp-\\S+)\\b")),
                    charFormat(QColor(0x7a, 0x3e, 0x9d))};
    // Command words last among the words, so `interface` at a line start reads as a command.
    m_rules << Rule{QRegularExpression(QStringLiteral("^\\s*(?:no\\s+)?(?:%1)\\b").arg(QLatin1String(kCommands))),
                    charFormat(QColor(0x00, 0x33, 0x99), true)};
    m_rules << Rule{QRegularExpression(QStringLiteral("\\b\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\b")),
                    charFormat(QColor(0x0b, 0x6e, 0x4f))};
    m_rules << Rule{QRegularExpression(QStringLiteral("\\*{8}")), charFormat(QColor(0xb3, 0x40, 0x00), true)};
}

void CiscoHighlighter::highlightBlock(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(u'!') || trimmed.startsWith(u':') || trimmed.startsWith(u';')) {
        setFormat(0, int(text.size()), m_comment);
        return;
    }
    for (const Rule &rule : m_rules) {
        auto matches = rule.pattern.globalMatch(text);
        while (matches.hasNext()) {
            const QRegularExpressionMatch m = matches.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), rule.format);
        }
    }
}

} // namespace vtd::app
