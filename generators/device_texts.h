#pragma once

#include "model/diagnostic.h"
#include "model/project.h"

namespace vtd::gen {

/** The name a node's text goes by in diagnostics and exports: "snow.cfg", "vpnclient.pcf";
 *  empty for nodes without a text (hosts, LAN segments). */
QString deviceTextFileName(const model::Node &node);

/** Reads every device text of the project with its dialect (PIX, IOS, .pcf) and returns what the
 *  dialects found, each diagnostic naming the node and, as its file, deviceTextFileName().
 *  Nothing is changed: a project whose texts do not parse cleanly still loads, with these listed. */
model::Diagnostics checkDeviceTexts(const model::Project &project);

} // namespace vtd::gen
