#pragma once

#include "script.h"
#include "vpn_control.h"

#include "model/diagnostic.h"

#include <QList>
#include <QMap>
#include <QString>

#include <cstdint>

namespace vtd::sim {

/** One finished `ping` of the script. */
struct PingRecord
{
    Milliseconds timeMs = 0;   ///< when the first echo left
    int line = 0;              ///< script line (0: not from a script)
    ScriptEndpoint source;     ///< as written
    ScriptEndpoint destination;
    int sent = 0;
    int received = 0;
    QString results;           ///< ".!!!!"
    /** Whole percent, rounded down as IOS prints it (4 of 5: 80). */
    int successPercent() const { return sent > 0 ? received * 100 / sent : 0; }
};

/** One packet dropped during the run. */
struct DropRecord
{
    Milliseconds timeMs = 0;
    QString node;
    QString interface;
    QString code;
    QMap<QString, QString> params;
    QString packet;            ///< the packet's one-line summary
};

/** One `expect` and whether it held when its line ran. */
struct ExpectRecord
{
    int line = 0;
    QString text;
    bool held = false;
};

/** Everything the run summary (`vpnsim run --json`) reports: filled by the scenario runner while
 *  it runs and written by writeRunSummaryJson(), so the CLI, the GUI and tests share one record
 *  of a run. Lists are kept in the order things happened; the writer sorts as the contract says. */
struct RunSummary
{
    std::uint64_t seed = 0;
    Milliseconds endTimeMs = 0;
    QList<PingRecord> pings;
    QList<DropRecord> drops;
    QList<IkeSaInfo> ikeSas;       ///< at the end of the run
    QList<IpsecSaInfo> ipsecSas;   ///< at the end of the run
    model::Diagnostics diagnostics; ///< findings while running, timeMs set
    QList<ExpectRecord> expects;
    QMap<QString, QString> consoles; ///< transcript by node name

    bool allExpectsHeld() const;
};

} // namespace vtd::sim
