#pragma once

#include "model/diagnostic.h"
#include "model/project.h"

#include <QString>

#include <optional>

namespace vtd::app {

/** What the config view shows of a node and what applying edited text means, per dialect
 *  (PIX, IOS, .pcf), kept apart from the widget so it can be tested on its own. */
namespace devicetext {

/** True when the node has a text the config view shows (PIX, IOS, VPN Client PC). */
bool hasText(const model::Node &node);
/** The node's text as displayed: secrets masked (********), as `write terminal` shows them. */
QString displayText(const model::Node &node);

/** The outcome of reading edited text back. */
struct Applied
{
    model::Diagnostics diagnostics;  ///< all findings, with their (1-based) lines
    std::optional<QString> stored;   ///< the text to store; nullopt while there are errors
};

/** Parses `edited` with the node's dialect; without errors, the text to store, each ********
 *  that stands for a secret the stored text knows put back. */
Applied apply(const model::Node &node, const QString &edited);

} // namespace devicetext

} // namespace vtd::app
