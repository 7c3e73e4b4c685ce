#pragma once

#include "sim/engine/trace_event.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace vtd::sim::ike {
struct IsakmpHeader;
}

namespace vtd::sim::analysis {

/** What a packet carries, for colours and filters. */
enum class PacketKind { Icmp, Isakmp, Esp, Other };

/** The name of one packet as engineers write it on a ladder diagram. */
struct PacketLabel
{
    PacketKind kind = PacketKind::Other;
    QString base;             ///< "MM1", "QM2", "Transaction", "ESP spi=0x661d4fad seq=1", "ICMP echo request"
    QString detail;           ///< from the decrypted contents: "CFG_REQUEST", "DELETE", "(ICMP echo request)"
    bool retransmission = false;
    bool isakmpPhase1 = false; ///< a Main or Aggressive Mode message (colours tell phases apart)
    /** The ciphertext whose CipherTrace would give `detail`, when none was known yet (empty
     *  otherwise): a caller that sees that record later asks plaintextDetail() again. */
    QByteArray awaitingCipher;

    /** "Transaction CFG_REQUEST", "MM5 (retransmission)". */
    QString text() const;
};

/** The detail a CipherTrace gives its packet's name: the Mode Config message type of a
 *  Transaction, DELETE / R-U-THERE / a notify name of an Informational, "(ICMP echo request)"
 *  for ESP carrying one. Empty when the plaintext says nothing worth naming. */
QString plaintextDetail(const CipherTrace &cipher);

/** Names a cleartext IPv4 datagram that is neither ISAKMP nor ESP: "ICMP echo request",
 *  "ICMP destination unreachable", "UDP 1025 > 53", "IP protocol 47". */
QString plainPacketName(const QByteArray &datagram);

/** The kind of a datagram from its headers alone (no history needed: the canvas colours
 *  packets with it); `isakmpPhase1`, when given, says whether ISAKMP is Main or Aggressive Mode. */
PacketKind packetKind(const QByteArray &datagram, bool *isakmpPhase1 = nullptr);

/** Names the packets of one run in run order: MM1..MM6, AM1..AM3 and QM1..QM3 are numbered
 *  within their exchange (cookies, plus the message ID for Quick Mode) by who sent them, which
 *  only the run's history tells, so one labeler follows one run from its start. A message whose
 *  exact bytes were already sent is a retransmission and keeps its first name. */
class ExchangeLabeler
{
public:
    /** Remembers an encryption, so that the packet carrying that ciphertext gets its detail. */
    void addCipher(const CipherTrace &cipher);
    /** The name of a datagram first sent by `sender` (call once per packet, in run order). */
    PacketLabel label(const QByteArray &datagram, const QString &sender);
    void clear();

private:
    /** Who started one exchange and how many distinct messages each side has sent. */
    struct Exchange
    {
        QString initiator;
        int initiatorMessages = 0;
        int responderMessages = 0;
    };

    PacketLabel labelIsakmp(const QByteArray &message, const QString &sender);
    PacketLabel labelEsp(const QByteArray &payload) const;
    QString numbered(const QByteArray &message, const ike::IsakmpHeader &header, const QString &sender);
    QString cipherDetail(const QByteArray &ciphertext, QByteArray *awaiting) const;

    QHash<QByteArray, CipherTrace> m_ciphers;   ///< by ciphertext
    QHash<QByteArray, Exchange> m_exchanges;     ///< by cookies (+ message ID)
    QHash<QByteArray, QString> m_sent;           ///< ISAKMP message bytes -> base name
};

} // namespace vtd::sim::analysis
