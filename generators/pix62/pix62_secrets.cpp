#include "pix62_secrets.h"

#include <QHash>

namespace vtd::gen::pix62 {

using namespace model;

namespace {

/** The secret slot of a statement, if it has one, and what identifies it. */
struct SecretSlot
{
    std::optional<QString> *secret = nullptr;
    UnknownSecret::Kind kind = UnknownSecret::Kind::PresharedKey;
    QString identity;   ///< matches the same secret in another version of the configuration
    QString subject;
};

SecretSlot slotOf(PixCommand &s)
{
    if (auto *k = std::get_if<IsakmpKeyCmd>(&s)) {
        const QString peer = k->key.peer.toString();
        return {&k->key.key, UnknownSecret::Kind::PresharedKey, peer + u'/' + k->key.effectiveMask().toString(), peer};
    }
    if (auto *g = std::get_if<VpngroupCmd>(&s)) {
        if (auto *pw = std::get_if<VgPassword>(&g->attribute))
            return {&pw->password, UnknownSecret::Kind::GroupPassword, g->group, g->group};
    }
    if (auto *a = std::get_if<AaaServerHostCmd>(&s); a && a->hasKey) {
        const QString host = a->host.toString();
        return {&a->key, UnknownSecret::Kind::AaaServerKey, a->tag + u'/' + host, host};
    }
    return {};
}

/** Fills unknown slots of the list from the known secrets by identity. */
int fillFrom(const QHash<QPair<int, QString>, QString> &known, QList<PixCommand> &statements)
{
    int filled = 0;
    for (PixCommand &s : statements) {
        const SecretSlot slot = slotOf(s);
        if (!slot.secret || slot.secret->has_value())
            continue;
        const auto it = known.constFind({int(slot.kind), slot.identity});
        if (it != known.constEnd()) {
            *slot.secret = *it;
            ++filled;
        }
    }
    return filled;
}

int supply(PixConfig &config, UnknownSecret::Kind kind, const QString &subject, const QString &secret)
{
    int filled = 0;
    for (QList<PixCommand> *list : {&config.statements, &config.imported}) {
        for (PixCommand &s : *list) {
            const SecretSlot slot = slotOf(s);
            if (slot.secret && !slot.secret->has_value() && slot.kind == kind && slot.subject == subject) {
                *slot.secret = secret;
                filled += list == &config.statements ? 1 : 0;
            }
        }
    }
    return filled;
}

} // namespace

QList<UnknownSecret> unknownSecrets(const PixConfig &config)
{
    QList<UnknownSecret> result;
    PixConfig copy = config;
    for (qsizetype i = 0; i < copy.statements.size(); ++i) {
        const SecretSlot slot = slotOf(copy.statements[i]);
        if (slot.secret && !slot.secret->has_value())
            result << UnknownSecret{slot.kind, slot.subject, i};
    }
    return result;
}

int mergeKnownSecrets(const PixConfig &old, PixConfig &edited)
{
    QHash<QPair<int, QString>, QString> known;
    PixConfig source = old;
    for (PixCommand &s : source.statements) {
        const SecretSlot slot = slotOf(s);
        if (slot.secret && slot.secret->has_value())
            known.insert({int(slot.kind), slot.identity}, **slot.secret);
    }
    const int filled = fillFrom(known, edited.statements);
    edited.imported = old.imported;  // an edit of old: the device still has old's configuration
    return filled;
}

int supplyPresharedKey(PixConfig &config, Ipv4Address peer, const QString &key)
{
    return supply(config, UnknownSecret::Kind::PresharedKey, peer.toString(), key);
}

int supplyGroupPassword(PixConfig &config, const QString &group, const QString &password)
{
    return supply(config, UnknownSecret::Kind::GroupPassword, group, password);
}

} // namespace vtd::gen::pix62
