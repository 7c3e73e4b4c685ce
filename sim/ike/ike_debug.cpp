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
    if (isOn(category))
        m_pending += text;
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
    line(Category::Syslog, QStringLiteral("%1: %2").arg(number).arg(text));
}

void IkeDebug::flush()
{
    if (m_sim.isTracing()) {
        for (const QString &line : m_pending.split(QLatin1Char('\n')))
            m_sim.trace().onConsoleLine(ConsoleTrace{m_sim.now(), m_node, line});
    }
    m_pending.clear();
}

} // namespace vtd::sim::ike
