#include "pix_show_xlate.h"

#include <algorithm>

namespace vtd::sim::output {

QString renderPixShowXlate(const PixXlateTable &table)
{
    const int inUse = int(table.entries.size());
    QString text = QStringLiteral("%1 in use, %2 most used\n").arg(inUse).arg(std::max(inUse, table.mostUsed));
    for (const PixXlateEntry &e : table.entries) {
        if (e.pat) {
            text += QStringLiteral("PAT Global %1(%2) Local %3(%4)\n")
                        .arg(e.global.toString())
                        .arg(e.globalPort)
                        .arg(e.local.toString())
                        .arg(e.localPort);
        } else {
            text += QStringLiteral("Global %1 Local %2\n").arg(e.global.toString(), e.local.toString());
        }
    }
    return text;
}

} // namespace vtd::sim::output
