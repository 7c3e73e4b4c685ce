#include "ike_debug.h"

#include "sim/engine/simulator.h"
#include "sim/engine/trace_event.h"

namespace vtd::sim::ike {

IkeDebug::IkeDebug(Simulator &sim, QString node) : m_sim(sim), m_node(std::move(node)) {}

bool IkeDebug::isOn(Category category) const
{
    switch (category) {
    case Category::Isakmp: return m_isakmp;
    case Category::Ipsec: return m_ipsec;
    case Category::Syslog: return m_syslog;
    }
    return false;
}

void IkeDebug::setOn(Category category, bool on)
{
    switch (category) {
    case Category::Isakmp: m_isakmp = on; break;
    case Category::Ipsec: m_ipsec = on; break;
    case Category::Syslog: m_syslog = on; break;
    }
}

void IkeDebug::text(Category category, const QString &text)
{
    if (!isOn(category))
        return;
    m_pending += text;
    if (m_dialect)
        flush();
}

void IkeDebug::line(Category category, const QString &text)
{
    if (!isOn(category))
        return;
    m_pending += text;
    flush();
}

void IkeDebug::endLine()
{
    if (!m_pending.isEmpty())
        flush();
}

void IkeDebug::lines(Category category, const QString &text)
{
    if (!isOn(category))
        return;
    const QStringList parts = text.split(QLatin1Char('\n'));
    for (const QString &part : parts)
        line(category, part);
}

void IkeDebug::syslog(int number, const QString &text)
{
    if (!m_syslog)
        return;
    m_syslogQueue << QStringLiteral("%1: %2").arg(number).arg(text);
    if (m_syslogFlushScheduled)
        return;
    m_syslogFlushScheduled = true;
    m_sim.schedule(SimTime(), [this] { flushSyslog(); });
}

void IkeDebug::flushSyslog()
{
    m_syslogFlushScheduled = false;
    endLine();
    const QStringList queued = std::exchange(m_syslogQueue, {});
    for (const QString &message : queued)
        line(Category::Syslog, message);
}

void IkeDebug::packetSent(model::Ipv4Address peer)
{
    if (!m_dialect || !m_isakmp)
        return;
    endLine();
    const QStringList lines = m_dialect->sent(peer, m_sa);
    if (lines.isEmpty())
        return;
    m_pending = lines.join(QLatin1Char('\n'));
    flush();
}

void IkeDebug::flush()
{
    if (m_sim.isTracing()) {
        QStringList lines = m_pending.split(QLatin1Char('\n'));
        if (m_dialect) {
            QStringList device;
            for (const QString &line : lines)
                device << m_dialect->rewrite(line, m_sa);
            lines = device;
        }
        for (const QString &line : lines)
            m_sim.trace().onConsoleLine(ConsoleTrace{m_sim.now(), m_node, line});
    }
    m_pending.clear();
}

} // namespace vtd::sim::ike
