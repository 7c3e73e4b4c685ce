#include "ios_aaa.h"

#include "sim/devices/sim_node.h"

namespace vtd::sim::ike {

namespace {

QStringList wordsOf(const model::IosVerbatim &line)
{
    if (line.text.startsWith(QLatin1Char(' ')))
        return {};   // a sub-command of some block, not a global AAA line
    return line.text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

/** `aaa authentication login LIST M...`: methods are one word ("local", "none", "enable",
 *  "line") or two ("group radius"). */
void readLoginList(const QStringList &words, IosAaa &out)
{
    QStringList methods;
    for (int i = 4; i < words.size(); ++i) {
        if (words[i] == QLatin1String("group") && i + 1 < words.size()) {
            methods << words[i] + QLatin1Char(' ') + words[i + 1];
            ++i;
        } else {
            methods << words[i];
        }
    }
    out.loginLists.insert(words[3], methods);
}

/** `radius-server host A [auth-port N] [acct-port N] [key K]`, `tacacs-server host A [key K]`. */
void readHost(const QStringList &words, IosAaa &out)
{
    const auto address = model::Ipv4Address::parse(words[2]);
    if (!address)
        return;
    const QString protocol = words[0] == QLatin1String("radius-server") ? QStringLiteral("radius")
                                                                        : QStringLiteral("tacacs+");
    out.hosts << IosAaaHost{protocol, *address};
}

void readVerbatim(const model::IosVerbatim &line, IosAaa &out)
{
    const QStringList words = wordsOf(line);
    if (words.size() == 2 && words[0] == QLatin1String("aaa") && words[1] == QLatin1String("new-model"))
        out.newModel = true;
    else if (words.size() >= 5 && words[0] == QLatin1String("aaa") && words[1] == QLatin1String("authentication")
             && words[2] == QLatin1String("login"))
        readLoginList(words, out);
    else if (words.size() >= 3 && words[1] == QLatin1String("host")
             && (words[0] == QLatin1String("radius-server") || words[0] == QLatin1String("tacacs-server")))
        readHost(words, out);
}

} // namespace

IosAaa IosAaa::fromConfig(const model::IosConfig &config)
{
    IosAaa aaa;
    for (const model::IosVerbatim *line : config.all<model::IosVerbatim>())
        readVerbatim(*line, aaa);
    for (const model::IosUsername *user : config.all<model::IosUsername>()) {
        // IOS compares the typed password with a cleartext one, or with `secret 0`'s value.
        const bool readable = user->value && user->encryption.value_or(0) == 0;
        if (readable)
            aaa.localUsers << model::AaaUser{user->name, *user->value};
    }
    return aaa;
}

void IosAaa::install(devices::SimNode &node, const model::IosConfig &config)
{
    if (IosAaa *existing = node.extension<IosAaa>())
        *existing = fromConfig(config);
    else
        node.addExtension(std::make_shared<IosAaa>(fromConfig(config)));
}

QList<model::Ipv4Address> IosAaa::hostsOf(const QString &protocol) const
{
    QList<model::Ipv4Address> found;
    for (const IosAaaHost &host : hosts) {
        if (host.protocol == protocol)
            found << host.address;
    }
    return found;
}

} // namespace vtd::sim::ike
