#pragma once

// Reading PIX 6.2/6.3 configuration text into a PixConfig.

#include "model/config/pix_config.h"
#include "model/diagnostic.h"

#include <QList>
#include <QString>

namespace vtd::gen::pix62 {

/** The typed configuration, what was wrong with the text, and where each statement came from. */
struct PixParseResult
{
    model::PixConfig config;            ///< every line is a statement; none is dropped
    model::Diagnostics diagnostics;     ///< with file and 1-based line
    QList<int> sourceLines;             ///< 1-based source line of each statement
};

/** Parses a whole configuration (`write terminal` output, a saved file or a hand-written one).
 *  Lines may end in "\n" or "\r\n". Unknown or malformed lines become VerbatimCmd in place,
 *  with a diagnostic; masked secrets (********) become "unknown" with a diagnostic naming the
 *  key to supply; features newer than the `PIX Version` line are reported. */
PixParseResult parsePixConfig(const QString &text, const QString &fileName = {});

/** The outcome of parsing one line on its own. */
struct PixLineParseResult
{
    model::PixCommand command;          ///< VerbatimCmd when the line could not be read
    model::Diagnostics diagnostics;
};

/** Parses a single configuration line (a scenario's `configure DEVICE: LINE`), checking
 *  features against the given software version ("6.2(2)"; empty = no check). */
PixLineParseResult parsePixLine(const QString &line, const QString &version = {},
                                const QString &fileName = {}, int lineNumber = 0);

} // namespace vtd::gen::pix62
