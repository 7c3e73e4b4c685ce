#pragma once

#include "diagnostic.h"
#include "node_hardware.h"
#include "project.h"

#include <optional>
#include <vector>

namespace vtd::model {

/** Checks made before an edit reaches the undo stack, shared by the commands, the GUI (to
 *  refuse a drop or grey out a port) and the importer. Each returns why the edit would break
 *  the project, or nullopt when it is fine. */

/** An error Diagnostic for a refused edit. */
Diagnostic editRefusal(const char *code, QMap<QString, QString> params = {}, QString node = {});

/** Endpoints exist and differ; a device end names one of its interfaces and that interface is
 *  free; a LAN segment end names none; two segments are not linked directly; a set id is new. */
std::optional<Diagnostic> validateLink(const Project &project, const Link &link);

/** Not empty, no white space (names are words in scenario scripts), not used by another node
 *  (`self` may keep its own name). */
std::optional<Diagnostic> validateNodeName(const Project &project, const QString &name,
                                           NodeId self = {});

/** A node about to be added: a new id (or none yet), a valid name, hardware fit for its kind. */
std::optional<Diagnostic> validateNewNode(const Project &project, const Node &node);

/** The hardware model is in the catalog and is of the node's kind. */
std::optional<Diagnostic> validateHardware(const Node &node, const NodeHardware &hardware);

/** Not empty and not used by another scenario (`self` is the index being renamed). */
std::optional<Diagnostic> validateScenarioName(const Project &project, const QString &name,
                                               int self = -1);

/** The links of a node that plug into interfaces the new hardware would not have, in project
 *  order: SetNodeHardware removes them (and undo brings them back). */
std::vector<LinkId> linksLostWithHardware(const Project &project, NodeId node,
                                          const NodeHardware &hardware);

/** `base` if no node has that name yet, else the first free of base2, base3, ... */
QString suggestNodeName(const Project &project, const QString &base);

} // namespace vtd::model
