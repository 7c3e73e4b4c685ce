#pragma once

// PIX 6.x keyword tables: the words valid at each position, for the unique-prefix matching of
// generators/common/keyword_match.h ("encrypt" for encryption, "sh" for shutdown).

#include "generators/common/keyword_match.h"

#include <QString>
#include <QStringList>

namespace vtd::gen::pix62 {

using gen::KeywordMatch;   // unique-prefix matching, shared with the other dialect
using gen::matchKeyword;

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
