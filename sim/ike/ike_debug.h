#pragma once

#include "model/ipv4.h"

#include <QString>
#include <QStringList>

#include <concepts>
#include <memory>
#include <utility>

namespace vtd::sim {
class Simulator;
}

namespace vtd::sim::ike {

/** The IKE SA a debug message is about, for devices whose messages name it
 *  (IOS 12.2: "ISAKMP (0:3): received packet from 10.0.0.2 (R) MM_NO_STATE"). */
struct IkeDebugSa
{
    int connId = 0;             ///< 0: no SA yet
    int upcomingConnId = 0;     ///< no SA yet: the number the next SA will get
    char role = 'N';            ///< 'I' initiator, 'R' responder, 'N' not yet known
    QString state = QStringLiteral("NEW SA");
    model::Ipv4Address peer;
};

/** A device whose debug wording is not PIX 6.2's (the wording the line builders produce):
 *  it rewrites each finished line, and says what the device prints on its own. */
class IkeDebugDialect
{
public:
    virtual ~IkeDebugDialect() = default;
    /** The device's lines for one PIX line: reworded, several, or none. */
    virtual QStringList rewrite(const QString &pixLine, const IkeDebugSa &sa) const = 0;
    /** What the device prints when it sends an ISAKMP datagram (the PIX prints nothing). */
    virtual QStringList sent(model::Ipv4Address peer, const IkeDebugSa &sa) const = 0;
};

/** The console output of a device's IKE/IPsec engine: `debug crypto isakmp`, `debug crypto
 *  ipsec` and the syslog messages `logging console debugging` shows, each only while switched
 *  on, as ConsoleTrace lines of the node.
 *
 *  PIX 6.2 prints some messages without ending the line, so that the next message continues
 *  it ("processing notify INITIAL_CONTACTIPSEC(key_engine): ..."): text() adds to the current
 *  line, line() ends it. Only whole lines are traced. */
class IkeDebug
{
public:
    enum class Category { Isakmp, Ipsec, Syslog };

    IkeDebug(Simulator &sim, QString node);

    bool isOn(Category category) const;
    void setOn(Category category, bool on);

    /** Adds `text` to the current line without ending it (a dialect ends it: only the PIX
     *  joins messages on one line). */
    void text(Category category, const QString &text);
    /** Adds `text` and ends the line. */
    void line(Category category, const QString &text);
    /** Ends a line left open by text(), if any (the next message starts on a new line). */
    void endLine();
    /** Several whole lines at once ("\n"-separated). */
    void lines(Category category, const QString &text);

    void isakmp(const QString &text) { line(Category::Isakmp, text); }
    void ipsec(const QString &text) { line(Category::Ipsec, text); }

    /** The same, with the text made only when the category is on: for messages on the path
     *  of every exchange, whose formatting would otherwise cost even with debug off. */
    template <std::invocable MakeText>
    void line(Category category, MakeText &&makeText)
    {
        if (isOn(category))
            line(category, QString(makeText()));
    }
    template <std::invocable MakeText>
    void lines(Category category, MakeText &&makeText)
    {
        if (isOn(category))
            lines(category, QString(makeText()));
    }
    template <std::invocable MakeText>
    void isakmp(MakeText &&makeText) { line(Category::Isakmp, std::forward<MakeText>(makeText)); }
    template <std::invocable MakeText>
    void ipsec(MakeText &&makeText) { line(Category::Ipsec, std::forward<MakeText>(makeText)); }
    /** A syslog message: "602301: sa created, ..." (number and text). The syslog process
     *  prints after the IKE process has finished with the packets of this instant, so the
     *  message is queued and printed at the end of the current simulated time (the seed shows
     *  the four "sa created" lines together, after both of the client's Quick Modes). */
    void syslog(int number, const QString &text);

    /** Another device's wording (IOS); null: PIX 6.2's. */
    void setDialect(std::shared_ptr<const IkeDebugDialect> dialect) { m_dialect = std::move(dialect); }
    /** The SA the daemon is working on, for dialects that print it. */
    void setCurrentSa(IkeDebugSa sa) { m_sa = std::move(sa); }
    /** An ISAKMP datagram left for `peer` (printed only by dialects that log sends). */
    void packetSent(model::Ipv4Address peer);

private:
    void flush();
    void flushSyslog();

    Simulator &m_sim;
    QString m_node;
    bool m_isakmp = false;
    bool m_ipsec = false;
    bool m_syslog = false;
    QString m_pending;
    QStringList m_syslogQueue;
    bool m_syslogFlushScheduled = false;
    std::shared_ptr<const IkeDebugDialect> m_dialect;
    IkeDebugSa m_sa;
};

} // namespace vtd::sim::ike
