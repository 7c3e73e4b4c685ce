#include "ios122_secrets.h"

#include "generators/secrets.h"
#include "ios122_parser.h"

namespace vtd::gen::ios122 {

using namespace model;

namespace {

QString keyPeer(const IosIsakmpKey &k)
{
    return k.hostname.isEmpty() ? k.key.peer.toString() : k.hostname;
}

bool sameKeyEntry(const IosIsakmpKey &a, const IosIsakmpKey &b)
{
    return a.hostname == b.hostname && a.key.peer == b.key.peer && a.key.effectiveMask() == b.key.effectiveMask();
}

/** "radius-server host 10.0.0.2": what names an AAA server's key. */
QString serverLabel(const IosAaaServerHost &h)
{
    return QString::fromLatin1(h.protocol == IosAaaServerHost::Protocol::Radius ? "radius-server host "
                                                                                : "tacacs-server host ")
           + h.address.toString();
}

std::optional<QString> knownServerKey(const IosAaaServerHost &h, const IosConfig &known)
{
    for (const IosAaaServerHost *candidate : known.all<IosAaaServerHost>()) {
        if (candidate->protocol == h.protocol && candidate->address == h.address && candidate->key)
            return candidate->key;
    }
    return std::nullopt;
}

std::optional<QString> knownGroupKey(const IosClientGroup &g, const IosConfig &known)
{
    for (const IosClientGroup *candidate : known.all<IosClientGroup>()) {
        if (candidate->name == g.name && candidate->key() && candidate->key()->value)
            return candidate->key()->value;
    }
    return std::nullopt;
}

bool sameLine(const IosLine &a, const IosLine &b)
{
    return a.kind == b.kind && a.first == b.first && a.last == b.last;
}

/** The known secret for the element `edited` holds masked, looked up in `known`. */
std::optional<QString> knownKey(const IosIsakmpKey &k, const IosConfig &known)
{
    for (const IosIsakmpKey *candidate : known.all<IosIsakmpKey>()) {
        if (sameKeyEntry(*candidate, k) && candidate->key.key)
            return candidate->key.key;
    }
    return std::nullopt;
}

std::optional<QString> knownUserPassword(const IosUsername &u, const IosConfig &known)
{
    for (const IosUsername *candidate : known.all<IosUsername>()) {
        if (candidate->name == u.name && candidate->value && candidate->secretKeyword == u.secretKeyword)
            return candidate->value;
    }
    return std::nullopt;
}

std::optional<QString> knownLinePassword(const IosLine &l, const IosConfig &known)
{
    for (const IosLine *candidate : known.all<IosLine>()) {
        if (sameLine(*candidate, l) && candidate->password() && candidate->password()->value)
            return candidate->password()->value;
    }
    return std::nullopt;
}

/** The secret that replaces the ******** of one element, if `known` has it. */
std::optional<QString> restoredValue(const IosStatement &s, int command, const IosConfig &known)
{
    if (const auto *k = std::get_if<IosIsakmpKey>(&s); k && !k->key.key)
        return knownKey(*k, known);
    if (const auto *u = std::get_if<IosUsername>(&s); u && !u->value)
        return knownUserPassword(*u, known);
    if (const auto *h = std::get_if<IosAaaServerHost>(&s); h && h->hasKey && !h->key)
        return knownServerKey(*h, known);
    if (const auto *g = std::get_if<IosClientGroup>(&s); g && command >= 0) {
        const auto *k = std::get_if<IosClientGroupKey>(&g->commands.at(command));
        return k && !k->value ? knownGroupKey(*g, known) : std::nullopt;
    }
    if (const auto *l = std::get_if<IosLine>(&s); l && command >= 0) {
        const auto *p = std::get_if<IosLinePassword>(&l->commands.at(command));
        if (p && !p->value)
            return knownLinePassword(*l, known);
    }
    return std::nullopt;
}

} // namespace

QList<IosUnknownSecret> unknownIosSecrets(const IosConfig &config)
{
    QList<IosUnknownSecret> result;
    for (const IosIsakmpKey *k : config.all<IosIsakmpKey>()) {
        if (!k->key.key)
            result << IosUnknownSecret{IosUnknownSecret::Kind::PresharedKey, keyPeer(*k)};
    }
    for (const IosUsername *u : config.all<IosUsername>()) {
        if (!u->value)
            result << IosUnknownSecret{IosUnknownSecret::Kind::UserPassword, u->name};
    }
    for (const IosLine *l : config.all<IosLine>()) {
        if (l->password() && !l->password()->value)
            result << IosUnknownSecret{IosUnknownSecret::Kind::LinePassword, l->label()};
    }
    for (const IosAaaServerHost *h : config.all<IosAaaServerHost>()) {
        if (h->hasKey && !h->key)
            result << IosUnknownSecret{IosUnknownSecret::Kind::AaaServerKey, serverLabel(*h)};
    }
    for (const IosClientGroup *g : config.all<IosClientGroup>()) {
        if (g->key() && !g->key()->value)
            result << IosUnknownSecret{IosUnknownSecret::Kind::ClientGroupKey, g->name};
    }
    return result;
}

bool supplyIosPresharedKey(IosConfig &config, const QString &peer, const QString &key)
{
    bool found = false;
    for (IosIsakmpKey *k : config.all<IosIsakmpKey>()) {
        if (keyPeer(*k) == peer) {
            k->key.key = key;
            found = true;
        }
    }
    return found;
}

int restoreIosSecrets(IosConfig &edited, const IosConfig &known)
{
    int restored = 0;
    for (IosStatement &s : edited.statements) {
        if (const auto value = restoredValue(s, -1, known)) {
            if (auto *k = std::get_if<IosIsakmpKey>(&s))
                k->key.key = value;
            else if (auto *u = std::get_if<IosUsername>(&s))
                u->value = value;
            else if (auto *h = std::get_if<IosAaaServerHost>(&s))
                h->key = value;
            ++restored;
        } else if (auto *g = std::get_if<IosClientGroup>(&s)) {
            for (int c = 0; c < g->commands.size(); ++c) {
                if (const auto groupValue = restoredValue(s, c, known)) {
                    std::get<IosClientGroupKey>(g->commands[c]).value = groupValue;
                    ++restored;
                }
            }
        } else if (auto *l = std::get_if<IosLine>(&s)) {
            for (int c = 0; c < l->commands.size(); ++c) {
                const auto lineValue = restoredValue(s, c, known);
                if (lineValue) {
                    std::get<IosLinePassword>(l->commands[c]).value = lineValue;
                    ++restored;
                }
            }
        }
    }
    return restored;
}

QString restoreIosSecretsInText(const QString &editedText, const QString &storedText)
{
    const IosParseResult edited = parseIosConfig(editedText);
    const IosConfig known = parseIosConfig(storedText).config;
    QStringList lines = editedText.split(u'\n');
    for (int line = 1; line <= edited.sourceMap.lineCount() && line <= lines.size(); ++line) {
        const IosElementRef ref = edited.sourceMap.elementAt(line);
        const auto value = restoredValue(edited.config.statements.at(ref.statement), ref.command, known);
        if (value) {
            QString &text = lines[line - 1];
            text.replace(text.lastIndexOf(maskedSecret()), maskedSecret().size(), *value);
        }
    }
    return lines.join(u'\n');
}

} // namespace vtd::gen::ios122
