#include "show_crypto_map.h"

#include "generators/ios122/ios122_print.h"
#include "generators/pix62/pix62_format.h"

namespace vtd::sim::output {

namespace {

const QString kIndent = QStringLiteral("        ");

QString header(const QString &map, const ShowCryptoMapEntry &entry)
{
    return QStringLiteral("Crypto Map \"%1\" %2 ipsec-isakmp\n").arg(map).arg(entry.seq);
}

QString transformSetsLine(const QStringList &names)
{
    QString sets;
    for (const QString &name : names)
        sets += QStringLiteral(" %1,").arg(name);
    return kIndent + QStringLiteral("Transform sets={%1 }\n").arg(sets);
}

/** Current peer, lifetime, PFS and transform sets: the lines both platforms share. */
QString tail(const ShowCryptoMapEntry &entry, bool iosPfsGroup)
{
    QString out;
    if (entry.currentPeer)
        out += kIndent + QStringLiteral("Current peer: %1\n").arg(entry.currentPeer->toString());
    out += kIndent + QStringLiteral("Security association lifetime: %1 kilobytes/%2 seconds\n")
                         .arg(entry.lifetimeKilobytes)
                         .arg(entry.lifetimeSeconds);
    out += kIndent + QStringLiteral("PFS (Y/N): %1\n").arg(entry.pfs ? QLatin1Char('Y') : QLatin1Char('N'));
    if (iosPfsGroup && entry.pfs)
        out += kIndent + QStringLiteral("DH group:  group%1\n").arg(entry.pfsGroup);
    out += transformSetsLine(entry.transformSets);
    return out;
}

/** The template line, and the instance block when the entry carries live SAs. */
QString dynamicLines(const ShowCryptoMapEntry &entry, bool ios)
{
    QString out = kIndent + QStringLiteral("Dynamic map template tag: %1\n").arg(entry.dynamicMap);
    if (entry.hasDynamicInstance()) {
        out += kIndent + QStringLiteral("Dynamic (created from dynamic map %1/%2)\n")
                             .arg(entry.dynamicMap)
                             .arg(entry.dynamicSeq);
        out += tail(entry, ios);
    }
    return out;
}

QString peerLines(const ShowCryptoMapEntry &entry)
{
    QString out;
    for (const model::Ipv4Address &peer : entry.peers)
        out += kIndent + QStringLiteral("Peer = %1\n").arg(peer.toString());
    return out;
}

QString pixAclLines(const model::AccessList &acl, const QList<std::uint64_t> &hits)
{
    QString out = kIndent + QStringLiteral("access-list %1; %2 elements\n").arg(acl.name).arg(acl.entries.size());
    for (int i = 0; i < acl.entries.size(); ++i) {
        out += kIndent + QStringLiteral("access-list %1 %2 (hitcnt=%3)\n")
                             .arg(acl.name, gen::pix62::formatAclEntry(acl.entries.at(i)))
                             .arg(hits.value(i, 0));
    }
    return out;
}

QString iosAclLines(const model::AccessList &acl)
{
    QString out = kIndent + QStringLiteral("Extended IP access list %1\n").arg(acl.name);
    for (const model::AccessListEntry &entry : acl.entries)
        out += kIndent + QStringLiteral("    access-list %1 %2\n").arg(acl.name, gen::ios122::aclEntryText(entry, false));
    return out;
}

QString pixEntry(const QString &map, const ShowCryptoMapEntry &entry)
{
    QString out = header(map, entry);
    if (entry.isDynamic())
        return out + dynamicLines(entry, false);
    out += peerLines(entry);
    if (entry.acl)
        out += pixAclLines(*entry.acl, entry.hits);
    return out + tail(entry, false);
}

QString iosEntry(const ShowCryptoMap &map, const ShowCryptoMapEntry &entry)
{
    QString out = header(map.name, entry);
    if (entry.isDynamic()) {
        out += dynamicLines(entry, true);
    } else {
        out += peerLines(entry);
        if (entry.acl)
            out += iosAclLines(*entry.acl);
        out += tail(entry, true);
    }
    out += kIndent + QStringLiteral("Interfaces using crypto map %1:\n").arg(map.name);
    for (const QString &interface : map.interfaces)
        out += kIndent + kIndent + interface + QLatin1Char('\n');
    return out;
}

} // namespace

QString renderPixShowCryptoMap(const QList<ShowCryptoMap> &maps)
{
    QString out;
    for (const ShowCryptoMap &map : maps) {
        out += QStringLiteral("\nCrypto Map: \"%1\" interfaces: { %2 }\n").arg(map.name, map.interfaces.join(QStringLiteral(", ")));
        if (!map.clientAuthentication.isEmpty())
            out += kIndent + QStringLiteral("Client Authentication List: %1\n").arg(map.clientAuthentication);
        for (const ShowCryptoMapEntry &entry : map.entries)
            out += QLatin1Char('\n') + pixEntry(map.name, entry);
    }
    return out;
}

QString renderIosShowCryptoMap(const QList<ShowCryptoMap> &maps)
{
    QString out;
    for (const ShowCryptoMap &map : maps) {
        for (const ShowCryptoMapEntry &entry : map.entries)
            out += iosEntry(map, entry) + QLatin1Char('\n');
    }
    return out;
}

} // namespace vtd::sim::output
