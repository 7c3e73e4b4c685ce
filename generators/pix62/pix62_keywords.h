#pragma once

// PIX 6.x keyword matching: the device accepts any unique prefix of a keyword among those
// valid at that position ("encrypt" for encryption, "sh" for shutdown); an exact match wins
// over longer keywords ("aes" is not ambiguous with "aes-192"). Keywords are case-insensitive.

#include <QString>
#include <QStringList>

namespace vtd::gen::pix62 {

/** The outcome of matching one word against the keywords valid at its position. */
struct KeywordMatch
{
    enum class Status { Matched, Ambiguous, NoMatch };
    Status status = Status::NoMatch;
    QString keyword;          ///< the full keyword when matched
    QStringList candidates;   ///< the keywords it may mean when ambiguous
};

KeywordMatch matchKeyword(const QString &word, const QStringList &choices);

/** Every first word of a PIX 6.2/6.3 configuration command, for prefix resolution. */
const QStringList &topLevelCommands();

/** The port name the device prints in place of a number (`eq www`); the number when none. */
QString portName(int port, bool udp);
/** -1 when the word is not a port name (the protocol's own names are tried first). */
int portFromName(const QString &word, bool udp);
/** ICMP type names (`echo-reply`); number when none. */
QString icmpTypeName(int type);
int icmpTypeFromName(const QString &word);
/** IP protocol names accepted in access lists (`esp`, `gre`); number when none. */
QString protocolName(int protocol);
int protocolFromName(const QString &word);
/** Named protocols (other than ip/icmp/tcp/udp) for keyword matching. */
QStringList protocolNames();

} // namespace vtd::gen::pix62
