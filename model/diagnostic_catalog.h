#pragma once

#include "diagnostic.h"

#include <functional>

namespace vtd::model {

/** Turns an English template into the user's language (identity for the CLI). */
using TemplateTranslator = std::function<QString(const char *englishTemplate)>;

/** The English template of a code ("{path}: ... {value}"), nullptr when the code is unknown. */
const char *diagnosticTemplate(const QString &code);
/** Every code in the catalog, in table order (for tests and documentation). */
QStringList diagnosticCodes();

/** The message: the (translated) template with every {name} replaced by params[name]. */
QString diagnosticMessage(const Diagnostic &d, const TemplateTranslator &translate = {});

/** "FILE:LINE: error: MESSAGE [code]", or "NODE: error: ..." without a file, as on stderr. */
QString diagnosticLine(const Diagnostic &d, const TemplateTranslator &translate = {});

} // namespace vtd::model
