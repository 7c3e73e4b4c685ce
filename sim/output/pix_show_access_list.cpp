#include "pix_show_access_list.h"

#include "generators/pix62/pix62_format.h"

namespace vtd::sim::output {

namespace {

QString counted(const QString &head, const model::AccessListEntry &entry, std::uint64_t hits)
{
    return QStringLiteral("%1 %2 (hitcnt=%3) \n").arg(head, gen::pix62::formatAclEntry(entry)).arg(hits);
}

} // namespace

QString renderPixShowAccessList(const QList<model::AccessList> &lists, const AclHitCounts &hits,
                                const QList<PixDynamicAcl> &dynamicAcls)
{
    QString text;
    for (const model::AccessList &list : lists) {
        const QList<std::uint64_t> counters = hits.value(list.name);
        for (int i = 0; i < list.entries.size(); ++i) {
            text += counted(QStringLiteral("access-list ") + list.name, list.entries.at(i),
                            counters.value(i, 0));
        }
    }
    for (const PixDynamicAcl &acl : dynamicAcls)
        text += counted(QStringLiteral("access-list  dynacl%1").arg(acl.number), acl.entry, acl.hits);
    return text;
}

} // namespace vtd::sim::output
