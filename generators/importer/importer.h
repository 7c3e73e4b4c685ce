#pragma once

#include "imported_device.h"

#include "model/document.h"

namespace vtd::gen {

struct ImportResult
{
    model::Diagnostics diagnostics;   ///< the dialects' findings, with file and line
    QList<model::NodeId> addedNodes;  ///< devices, profiles and LAN segments, in import order
};

/** Imports device configurations and VPN Client profiles into the document as ONE undo step:
 *  a node per source, cabled by shared subnets (see inferLinks), LAN segments named by their
 *  subnet (an existing segment of that name is reused), laid out with Boost.Graph to the right
 *  of what the canvas already holds. A source that is no known dialect is reported and skipped;
 *  lines a dialect cannot read are kept verbatim and reported. */
ImportResult importSources(model::Document &document, const QList<ImportSource> &sources,
                           const QList<SecretOverride> &secrets = {});

} // namespace vtd::gen
