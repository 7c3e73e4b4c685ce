#pragma once

// Writing an IosConfig as IOS 12.2 prints it, with the line of every element.

#include "ios122_line_map.h"
#include "model/config/ios_config.h"

#include <QString>

namespace vtd::gen::ios122 {

/** How a configuration is printed: as stored (export with --reveal-secrets, the project) or
 *  masked for display (`write terminal`, the GUI's config view, export by default). */
struct IosWriteOptions
{
    bool maskSecrets = false; ///< print cleartext pre-shared keys and passwords as ********
};

/** The text and, for each printed line, the element it belongs to. */
struct IosWriteResult
{
    QString text;        ///< every line ends with "\n"
    IosLineMap lineMap;  ///< printed line -> element; lineOf(element) -> line
};

/** Prints the statements in their order (a configuration built from the model is put in the
 *  device's order by completeIosConfig() first). Typed statements are printed in the device's
 *  full form; verbatim lines exactly as kept. So an imported `show running-config` in canonical
 *  form is reproduced byte for byte.
 *
 *  `Current configuration : N bytes`: while the statements equal those imported, N is printed
 *  as imported. Otherwise N is computed by this rule: the number of bytes (UTF-8) from the line
 *  break that ends the header line, inclusive, to the end of the text, of the text as stored
 *  (unmasked). The device's own count is not documented; this rule gives the count the seed
 *  router `carrion` printed (3153) for its text. */
IosWriteResult writeIosConfig(const model::IosConfig &config, const IosWriteOptions &options = {});

/** The byte count of the rule above for the text that follows the header line. */
qint64 currentConfigurationBytes(const QString &textAfterHeaderLine);

} // namespace vtd::gen::ios122
