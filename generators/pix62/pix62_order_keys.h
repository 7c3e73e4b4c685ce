#pragma once

#include "model/config/pix_config.h"

#include <QHash>

#include <array>
#include <optional>

namespace vtd::gen::pix62 {

/** {block, group, sub, subsub}: compared lexicographically. */
using OrderKey = std::array<int, 4>;

/** What ordering needs to know about the whole configuration: the version (6.3 prints
 *  interface before nameif), interface order, and the first mention of every named thing
 *  (access lists, maps, groups ... are printed in creation order). */
class OrderContext
{
public:
    explicit OrderContext(const model::PixConfig &config);

    bool is63() const { return m_is63; }
    int interfaceRank(const QString &ifName) const { return m_interfaces.value(ifName, 1000); }
    int firstMention(int kind, const QString &name) const { return m_mentions.value({kind, name}, 100000); }

    enum MentionKind { Acl, AaaTag, TransformSet, DynamicMap, CryptoMap, Group };

private:
    void mention(int kind, const QString &name);

    bool m_is63 = false;
    QHash<QString, int> m_interfaces;
    QHash<QPair<int, QString>, int> m_mentions;
    int m_next = 0;
};

/** "ethernet3" -> 3, "gb-ethernet1" -> 101: hardware interfaces in slot order. */
int hardwareRank(const QString &hardware);

/** nullopt for lines without a place of their own (verbatim, ':' comments). */
std::optional<OrderKey> orderKey(const model::PixCommand &command, const OrderContext &context);

} // namespace vtd::gen::pix62
