#pragma once

// Helpers shared by the IOS 12.2 printing files (not part of the dialect's interface).

#include "ios122_print.h"

#include <optional>

namespace vtd::gen::ios122 {

template <class... F> struct Overloaded : F... { using F::operator()...; };

/** "[TYPE ]VALUE" of a password or key; ******** when unknown, or when masking a cleartext one. */
QString secretText(std::optional<int> encryption, const std::optional<QString> &value, bool cleartext,
                   const PrintOptions &options);

} // namespace vtd::gen::ios122
