#include "trace_event.h"

#include <QStringList>

namespace vtd::sim {

namespace {

QString packetTag(std::uint64_t packetId)
{
    return packetId == 0 ? QStringLiteral("-") : QStringLiteral("#%1").arg(packetId);
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

QString hexSuffix(const QByteArray &bytes, bool withBytes)
{
    return withBytes ? QStringLiteral(" [%1]").arg(QString::fromLatin1(bytes.toHex())) : QString();
}

QString formatParams(const QMap<QString, QString> &params)
{
    QStringList parts;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        parts << QStringLiteral("%1=%2").arg(it.key(), it.value());
    return parts.join(QLatin1Char(' '));
}

QString format(const PacketTrace &e, bool withBytes)
{
    const QString verb = e.direction == PacketDirection::Sent ? QStringLiteral("sent") : QStringLiteral("recv");
    return QStringLiteral("%1 %2 %3 %4 %5 %6%7")
        .arg(e.time.toString(), e.node, orDash(e.interface), verb, packetTag(e.packetId), e.summary,
             hexSuffix(e.bytes, withBytes));
}

QString format(const DropTrace &e, bool withBytes)
{
    QString line = QStringLiteral("%1 %2 %3 drop %4 [%5] %6 %7")
                       .arg(e.time.toString(), e.node, orDash(e.interface), packetTag(e.packetId),
                            orDash(e.stage), e.code, e.summary);
    if (!e.params.isEmpty())
        line += QStringLiteral(" {%1}").arg(formatParams(e.params));
    return line + hexSuffix(e.bytes, withBytes);
}

QString format(const DecisionTrace &e)
{
    return QStringLiteral("%1 %2 decide %3 [%4] %5: %6")
        .arg(e.time.toString(), e.node, packetTag(e.packetId), orDash(e.stage), e.outcome, e.detail);
}

QString format(const ConsoleTrace &e)
{
    return QStringLiteral("%1 %2 console %3").arg(e.time.toString(), e.node, e.text);
}

QString format(const SaStateTrace &e)
{
    return QStringLiteral("%1 %2 sa %3 %4 <-> %5 %6 -> %7")
        .arg(e.time.toString(), e.node, e.protocol, e.local, e.peer, orDash(e.from), orDash(e.to))
        + (e.reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e.reason));
}

QString format(const DiagnosticTrace &e)
{
    const model::Diagnostic &d = e.diagnostic;
    QString line = QStringLiteral("%1 %2 diagnostic %3 %4")
                       .arg(e.time.toString(), orDash(d.node), model::severityId(d.severity), d.code);
    if (!d.peer.isEmpty())
        line += QStringLiteral(" peer=%1").arg(d.peer);
    if (!d.params.isEmpty())
        line += QStringLiteral(" {%1}").arg(formatParams(d.params));
    return line;
}

QString format(const KeyTrace &e)
{
    return QStringLiteral("%1 %2 keys %3 {%4}").arg(e.time.toString(), e.node, e.kind, formatParams(e.fields));
}

QString format(const CipherTrace &e)
{
    return QStringLiteral("%1 %2 cipher %3 %4 bytes {%5}")
        .arg(e.time.toString(), e.node, e.kind, QString::number(e.ciphertext.size()), formatParams(e.fields));
}

} // namespace

SimTime traceTime(const TraceEvent &event)
{
    return std::visit([](const auto &e) { return e.time; }, event);
}

QString formatTraceEvent(const TraceEvent &event, bool withBytes)
{
    return std::visit(
        [withBytes](const auto &e) -> QString {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, PacketTrace> || std::is_same_v<T, DropTrace>)
                return format(e, withBytes);
            else
                return format(e);
        },
        event);
}

} // namespace vtd::sim
