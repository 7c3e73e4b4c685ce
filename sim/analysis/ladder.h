#pragma once

#include "exchange_labels.h"

#include "sim/engine/sim_time.h"
#include "sim/engine/trace_event.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace vtd::sim::analysis {

/** One packet on the ladder: from the device that sent it to where it ended. */
struct LadderArrow
{
    std::uint64_t packetId = 0;
    int eventIndex = -1;      ///< its first PacketTrace: how views select the packet
    int lastEventIndex = -1;  ///< the latest record about it (a hop or the drop)
    QString from;             ///< the originating device
    QString to;               ///< the last device it reached (so far), or where it was dropped
    QStringList path;         ///< every device on the way, `from` first, without repeats in a row
    SimTime sent;
    SimTime arrived;          ///< its last Received hop or its drop
    PacketKind kind = PacketKind::Other;
    PacketLabel label;
    QString summary;          ///< the one-line summary of its first hop
    bool dropped = false;
    QString dropCode;         ///< "ipsec.no-sa", "link.loss"... when dropped

    QString text() const { return label.text(); }
};

/** What one append() changed, so that a view updates only that. */
struct LadderChange
{
    int firstNewArrow = 0;        ///< arrows [firstNewArrow, arrows().size()) are new
    std::vector<int> updated;     ///< older arrows that moved on, ended or got their detail
    int firstNewLifeline = 0;     ///< lifelines [firstNewLifeline, lifelines().size()) are new

    bool isEmpty() const { return updated.empty(); }
};

/** The sequence chart of a run, widget-free: one lifeline per device that sends, forwards or
 *  receives a packet, in the order they first appear (so a lifeline never moves as the run
 *  goes on), and one arrow per packet in the order packets were first sent, named by
 *  ExchangeLabeler. A tunnelled datagram is its outer packet's arrow (ESP between the peers);
 *  what a peer decrypts and forwards is a packet of its own, from that peer on.
 *
 *  Built incrementally from the trace records (the GUI steps the run), the same as from the
 *  whole list at once. */
class Ladder
{
public:
    void clear();
    /** Reads records [first, events.size()); `first` must be where the previous call stopped. */
    LadderChange append(const std::vector<TraceEvent> &events, int first);

    const QStringList &lifelines() const { return m_lifelines; }
    const std::vector<LadderArrow> &arrows() const { return m_arrows; }
    /** Records read so far. */
    int eventCount() const { return m_eventCount; }
    int lifelineIndex(const QString &node) const { return m_lifelineIndex.value(node, -1); }
    /** The last arrow whose packet was first sent at or before record `eventIndex`; -1 when none. */
    int arrowAtOrBefore(int eventIndex) const;
    /** The arrow of the packet first traced at `eventIndex`; -1 when none. */
    int arrowOfEvent(int eventIndex) const;

private:
    void onPacket(const PacketTrace &packet, int index, LadderChange &change);
    void onDrop(const DropTrace &drop, int index, LadderChange &change);
    void onCipher(const CipherTrace &cipher, LadderChange &change);
    void addLifeline(const QString &node);
    static void noteUpdated(LadderChange &change, int arrow);

    ExchangeLabeler m_labeler;
    QStringList m_lifelines;
    QHash<QString, int> m_lifelineIndex;
    std::vector<LadderArrow> m_arrows;
    QHash<std::uint64_t, int> m_arrowOfPacket;
    QHash<QByteArray, int> m_awaitingCipher;  ///< ciphertext -> arrow whose detail it gives
    int m_eventCount = 0;
};

} // namespace vtd::sim::analysis
