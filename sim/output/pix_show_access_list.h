#pragma once

// PIX 6.2 `show access-list`: every entry as its configuration line plus " (hitcnt=N) ";
// no header and no line numbers (6.2, seed); the dynamic-map ACLs (`dynacl{n}`, created per
// VPN Client tunnel) last, with two spaces after "access-list".

#include "model/config/pix_config.h"

#include <QList>
#include <QMap>
#include <QString>

#include <cstdint>

namespace vtd::sim::output {

/** Hit counters by ACL name, one per entry in evaluation order; missing counters are 0. */
using AclHitCounts = QMap<QString, QList<std::uint64_t>>;

/** An ACL the PIX built for a dynamic-map tunnel (the seed's `dynacl6`, `dynacl7`). */
struct PixDynamicAcl
{
    int number = 0;
    model::AccessListEntry entry;
    std::uint64_t hits = 0;
};

/** One "\n"-terminated line per entry. The device prints each entry on one line (the seed's
 *  wrapped lines are the web page's wrapping), with a trailing space after the counter. */
QString renderPixShowAccessList(const QList<model::AccessList> &lists, const AclHitCounts &hits,
                                const QList<PixDynamicAcl> &dynamicAcls = {});

} // namespace vtd::sim::output
