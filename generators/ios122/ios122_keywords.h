#pragma once

// IOS 12.2 keyword matching and the keyword tables of the positions the parser reads. IOS
// accepts any unique prefix of a keyword among those valid at that position ("int" for
// interface, "no shut" for no shutdown); an exact match wins over longer keywords ("route" is not
// ambiguous with "routing"). The tables list every keyword IOS 12.2 accepts there, modelled or
// not, so a prefix is ambiguous exactly when it is on the device. Keywords are case-insensitive.

#include "generators/common/keyword_match.h"

#include <QString>
#include <QStringList>

namespace vtd::gen::ios122 {

using gen::KeywordMatch;   // unique-prefix matching, shared with the other dialect
using gen::matchKeyword;

/** Keyword tables by position (global configuration mode, sub-modes, second words). */
namespace keywords {
const QStringList &global();          ///< first word in global configuration mode
const QStringList &globalIp();        ///< `ip ...`
const QStringList &crypto();          ///< `crypto ...`
const QStringList &cryptoIsakmp();    ///< `crypto isakmp ...`
const QStringList &cryptoIpsec();     ///< `crypto ipsec ...`
const QStringList &interfaceMode();   ///< first word under `interface`
const QStringList &interfaceIp();     ///< ` ip ...` under `interface`
const QStringList &isakmpPolicyMode();
const QStringList &cryptoMapMode();
const QStringList &lineMode();
const QStringList &routeMapMode();
const QStringList &aclProtocols();    ///< ip, icmp, tcp, udp and the named protocols
} // namespace keywords

/** Named ports (`eq www`) and ICMP types of IOS 12.2 access lists; -1 / empty when unknown. */
int portNumber(const QString &name, bool udp);
QStringList portNames(bool udp);
int icmpTypeNumber(const QString &name);
QStringList icmpTypeNames();
/** 50 for esp, 51 for ahp ...; -1 for ip/icmp/tcp/udp and unknown words. */
int protocolNumber(const QString &name);

} // namespace vtd::gen::ios122
