#include "crypto_clear_commands.h"
#include "console_command_registry.h"
#include "console_errors.h"
#include "device_state.h"

#include "sim/devices/sim_node.h"
#include "sim/ike/ike_daemon.h"

#include <QRegularExpression>

#include <optional>

namespace vtd::sim::console {

namespace {

ike::IkeDaemon *daemonOf(const CommandContext &context)
{
    return ike::IkeDaemon::of(context.node);
}

/** The device's reply to an argument it cannot take: PIX the usage hint, IOS the caret under
 *  the word (`argument` counts the words after the keywords; past the end: incomplete). */
QString badArgument(const CommandContext &context, int argument)
{
    static const QRegularExpression word(QStringLiteral("\\S+"));
    QList<int> columns;
    for (auto it = word.globalMatch(context.line); it.hasNext();)
        columns << int(it.next().capturedStart());
    const int index = int(columns.size() - context.arguments.size()) + argument;
    CommandRegistry::Match match;
    match.kind = argument < context.arguments.size() ? CommandRegistry::Match::Kind::Unknown
                                                     : CommandRegistry::Match::Kind::Incomplete;
    match.wordIndex = index;
    const int prompt = int(context.node.name().size()) + 2;  // "NAME# "
    const int column = index >= 0 && index < columns.size() ? columns.at(index) : int(context.line.size());
    return errorReply(context.device.platform(), match, context.line, prompt + column);
}

/** The keyword `typed` abbreviates (a prefix only one of them starts with), or nothing. */
std::optional<QString> keyword(const QString &typed, const QStringList &keywords)
{
    QStringList matches;
    for (const QString &candidate : keywords) {
        if (candidate == typed.toLower())
            return candidate;
        if (candidate.startsWith(typed.toLower()))
            matches << candidate;
    }
    return matches.size() == 1 ? std::optional<QString>(matches.front()) : std::nullopt;
}

/** An SPI as the CLIs take it: decimal, 256..4294967295 [unverified: the range later IOS prints]. */
std::optional<std::uint32_t> parseSpi(const QString &text)
{
    bool ok = false;
    const qulonglong value = text.toULongLong(&ok, 10);
    if (!ok || value < 256 || value > 0xffffffffULL)
        return std::nullopt;
    return std::uint32_t(value);
}

/** `entry DEST PROTOCOL SPI` (arguments from index 1). AH SAs are never negotiated here, so an
 *  `ah` entry names nothing. */
QString clearEntry(CommandContext &context, ike::IkeDaemon *daemon)
{
    const QStringList &args = context.arguments;
    const auto destination = args.size() > 1 ? model::Ipv4Address::parse(args.at(1)) : std::nullopt;
    if (!destination)
        return badArgument(context, 1);
    const auto protocol = args.size() > 2 ? keyword(args.at(2), {QStringLiteral("ah"), QStringLiteral("esp")})
                                          : std::nullopt;
    if (!protocol)
        return badArgument(context, 2);
    const auto spi = args.size() > 3 ? parseSpi(args.at(3)) : std::nullopt;
    if (!spi)
        return badArgument(context, 3);
    if (args.size() > 4)
        return badArgument(context, 4);
    if (daemon && *protocol == QLatin1String("esp"))
        daemon->clearIpsecSaEntry(*destination, *spi);
    return {};
}

/** The IPsec clear of both platforms: `keywords` is how this platform spells the command. */
CommandHandler clearIpsec(const QString &keywords)
{
    return [keywords](CommandContext &context) -> QString {
        const QStringList &args = context.arguments;
        ike::IkeDaemon *daemon = daemonOf(context);
        if (args.isEmpty()) {
            if (daemon)
                daemon->clearIpsecSas();
            return {};
        }
        const auto form = keyword(args.front(), {QStringLiteral("counters"), QStringLiteral("entry"),
                                                 QStringLiteral("map"), QStringLiteral("peer")});
        if (!form)
            return badArgument(context, 0);
        if (*form == QLatin1String("entry"))
            return clearEntry(context, daemon);
        if (*form == QLatin1String("counters"))
            return args.size() > 1 ? badArgument(context, 1)
                                   : QStringLiteral("% Not simulated: ") + keywords + QStringLiteral(" counters\n");
        if (args.size() != 2)
            return badArgument(context, args.size() < 2 ? 1 : 2);
        if (*form == QLatin1String("map")) {
            if (daemon)
                daemon->clearIpsecSasOfMap(args.at(1));
            return {};
        }
        const auto peer = model::Ipv4Address::parse(args.at(1));
        if (!peer)
            return badArgument(context, 1);
        if (daemon)
            daemon->clearIpsecSasWithPeer(*peer);
        return {};
    };
}

QString clearPixIsakmp(CommandContext &context)
{
    if (ike::IkeDaemon *daemon = daemonOf(context))
        daemon->clearIkeSas();
    return {};
}

// IOS 12.2: `clear crypto isakmp` clears all IKE SAs, `clear crypto isakmp N` the one whose
// conn-id `show crypto isakmp sa` prints; a conn-id without an SA clears nothing [unverified].
QString clearIosIsakmp(CommandContext &context)
{
    ike::IkeDaemon *daemon = daemonOf(context);
    if (context.arguments.isEmpty()) {
        if (daemon)
            daemon->clearIkeSas();
        return {};
    }
    bool ok = false;
    const int connId = context.arguments.front().toInt(&ok, 10);
    if (!ok || connId < 1)
        return badArgument(context, 0);
    if (context.arguments.size() > 1)
        return badArgument(context, 1);
    if (daemon)
        daemon->clearIkeSa(connId);
    return {};
}

} // namespace

void registerCryptoClearCommands(CommandRegistry &registry)
{
    const bool withArguments = true;
    registry.add(Platform::Pix, QStringLiteral("clear crypto isakmp sa"), clearPixIsakmp);
    registry.add(Platform::Pix, QStringLiteral("clear crypto ipsec sa"),
                 clearIpsec(QStringLiteral("clear crypto ipsec sa")), withArguments);
    registry.add(Platform::Ios, QStringLiteral("clear crypto isakmp"), clearIosIsakmp, withArguments);
    registry.add(Platform::Ios, QStringLiteral("clear crypto sa"), clearIpsec(QStringLiteral("clear crypto sa")),
                 withArguments);
}

} // namespace vtd::sim::console
