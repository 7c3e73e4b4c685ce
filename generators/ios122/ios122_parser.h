#pragma once

// Reading IOS 12.2 configuration text (`show running-config` / `write terminal` output, a saved
// file or hand-typed lines) into an IosConfig.

#include "ios122_line_map.h"
#include "model/config/ios_config.h"
#include "model/diagnostic.h"

#include <QString>

namespace vtd::gen::ios122 {

/** The typed configuration, what was wrong with the text, and where each element came from. */
struct IosParseResult
{
    model::IosConfig config;         ///< every line is kept; none is dropped
    model::Diagnostics diagnostics;  ///< with file and 1-based line
    IosLineMap sourceMap;            ///< source line -> element
};

/** Parses a whole configuration. Lines may end in "\n" or "\r\n". Blocks are recognised as
 *  `show running-config` prints them: a sub-command line is indented, an unindented line ends
 *  the block. Keywords may be abbreviated to any unique prefix and interface names to their
 *  short forms ("int e0/0", " no shut"); the typed configuration holds the full forms.
 *  Unknown or malformed lines are kept as IosVerbatim in place, with a diagnostic; masked
 *  secrets (********) become unknown values with a diagnostic naming what to supply. */
IosParseResult parseIosConfig(const QString &text, const QString &fileName = {});

/** The outcome of parsing one global-configuration line on its own. */
struct IosLineParseResult
{
    model::IosStatement statement;   ///< IosVerbatim when the line is not modelled or not valid
    model::Diagnostics diagnostics;  ///< at fileName:lineNumber
};

/** Parses one line typed in global configuration mode (a scenario's `configure DEVICE: LINE`):
 *  a block header comes back as a block without sub-commands; `no ...` forms and other
 *  unmodelled commands come back as IosVerbatim without a diagnostic. */
IosLineParseResult parseIosLine(const QString &line, const QString &fileName = {}, int lineNumber = 0);

} // namespace vtd::gen::ios122
