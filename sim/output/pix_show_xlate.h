#pragma once

// PIX 6.2 `show xlate` [unverified: no seed sample; format from the PIX 6.2 command
// reference as recalled]: "N in use, M most used", then one line per translation slot:
// "Global 193.0.0.5 Local 10.0.0.2" or, for PAT, "PAT Global 193.0.0.5(1024) Local 10.0.0.2(512)".

#include "model/ipv4.h"

#include <QList>
#include <QString>

namespace vtd::sim::output {

/** One translation slot of the xlate table. */
struct PixXlateEntry
{
    model::Ipv4Address global;
    model::Ipv4Address local;
    bool pat = false;
    int globalPort = 0;           ///< PAT only (the ICMP identifier for echo)
    int localPort = 0;            ///< PAT only
};

/** The table as the simulator holds it. */
struct PixXlateTable
{
    QList<PixXlateEntry> entries; ///< in the order the device lists them (newest first)
    int mostUsed = 0;             ///< high-water mark since boot or `clear xlate`
};

QString renderPixShowXlate(const PixXlateTable &table);

} // namespace vtd::sim::output
