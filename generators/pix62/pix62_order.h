#pragma once

// The device's canonical statement order (`write terminal`, reference pix62-commands.md §1).
// Lines that are not typed (VerbatimCmd) and ':' comments (except the closing `: end`) stay
// glued to the statement before them, so unknown lines keep their place when the rest is sorted.

#include "model/config/pix_config.h"

#include <QList>

namespace vtd::gen::pix62 {

/** Statement indices in the order the device prints them (a stable sort: statements already
 *  in canonical order keep their order). */
QList<qsizetype> canonicalOrder(const model::PixConfig &config);

/** Reorders the statements into canonical order. */
void sortCanonical(model::PixConfig &config);

/** Inserts a statement where the device would print it; returns its index. */
qsizetype insertCanonical(model::PixConfig &config, const model::PixCommand &command);

} // namespace vtd::gen::pix62
