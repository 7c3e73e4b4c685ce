#include "ios122_nat_static.h"

#include "ios122_parse_common.h"
#include "ios122_tokens.h"

namespace vtd::gen::ios122 {

namespace {

bool readPrefix(Tokens &t)
{
    const QStringList path = {arg("ip"), arg("nat"), arg("inside"), arg("source"), arg("static")};
    for (const QString &word : path) {
        const auto kw = t.optionalKeyword({word});
        if (!kw)
            return false;
    }
    return true;
}

int readPort(Tokens &t, int protocol, const char *what)
{
    return protocol == 0 ? 0 : int(t.number(1, 65535, arg(what)).value_or(0));
}

} // namespace

std::optional<IosNatStatic> readNatStatic(const QString &line)
{
    Tokens t(line.trimmed());
    if (!readPrefix(t))
        return std::nullopt;
    IosNatStatic nat;
    nat.text = line.trimmed();
    if (const auto proto = t.optionalKeyword({arg("tcp"), arg("udp")}))
        nat.protocol = *proto == QLatin1String("tcp") ? 6 : 17;
    nat.local = t.address(arg("inside local address")).value_or(model::Ipv4Address());
    nat.localPort = readPort(t, nat.protocol, "local port");
    if (t.optionalKeyword({arg("interface")}))
        nat.globalInterface = readInterface(t, arg("an interface name")).value_or(QString());
    else
        nat.global = t.address(arg("inside global address")).value_or(model::Ipv4Address());
    nat.globalPort = readPort(t, nat.protocol, "global port");
    while (const auto option = t.optionalKeyword({arg("extendable"), arg("no-alias")})) {
        if (*option == QLatin1String("no-alias"))
            nat.noAlias = true;
    }
    if (!t.finish())
        return std::nullopt;
    return nat;
}

QList<IosNatStatic> natStatics(const model::IosConfig &config)
{
    QList<IosNatStatic> found;
    for (const model::IosVerbatim *line : config.all<model::IosVerbatim>()) {
        if (auto nat = readNatStatic(line->text))
            found << *nat;
    }
    return found;
}

} // namespace vtd::gen::ios122
