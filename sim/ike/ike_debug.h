#pragma once

#include <QString>
#include <QStringList>

namespace vtd::sim {
class Simulator;
}

namespace vtd::sim::ike {

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

    /** Adds `text` to the current line without ending it. */
    void text(Category category, const QString &text);
    /** Adds `text` and ends the line. */
    void line(Category category, const QString &text);
    /** Ends a line left open by text(), if any (the next message starts on a new line). */
    void endLine();
    /** Several whole lines at once ("\n"-separated). */
    void lines(Category category, const QString &text);

    void isakmp(const QString &text) { line(Category::Isakmp, text); }
    void ipsec(const QString &text) { line(Category::Ipsec, text); }
    /** A syslog message: "602301: sa created, ..." (number and text). The syslog process
     *  prints after the IKE process has finished with the packets of this instant, so the
     *  message is queued and printed at the end of the current simulated time (the seed shows
     *  the four "sa created" lines together, after both of the client's Quick Modes). */
    void syslog(int number, const QString &text);

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
};

} // namespace vtd::sim::ike
