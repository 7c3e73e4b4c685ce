#pragma once

// The device's printed form of each typed IOS 12.2 statement and sub-command (full keywords,
// full interface names, wildcards in access lists), without indentation or line break.

#include "model/config/ios_config.h"

#include <QString>
#include <QStringList>

namespace vtd::gen::ios122 {

/** Options that change what is printed, not what is stored. */
struct PrintOptions
{
    bool maskSecrets = false; ///< print cleartext keys and passwords as ********
};

/** The statement's own line(s): one line, or several for a banner. Blocks: the header only. */
QStringList statementLines(const model::IosStatement &statement, const PrintOptions &options);

/** The sub-commands of a block statement, in order (empty for other statements). Typed ones
 *  carry IOS's one-space indentation; verbatim ones are printed exactly as kept. */
QStringList subCommandLines(const model::IosStatement &statement, const PrintOptions &options);

/** `permit tcp any host 10.0.0.1 eq www log` (what follows `access-list N` or the indentation
 *  of a named list); `standard` prints the source-only form. */
QString aclEntryText(const model::AccessListEntry &entry, bool standard);

QString transformName(model::IpsecTransform transform);

} // namespace vtd::gen::ios122
