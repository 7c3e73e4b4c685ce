#pragma once

// Whole-configuration checks run after parsing: features newer than the `PIX Version` line,
// interface names used without a nameif, masked (unknown) secrets, a missing ": end".

#include "model/config/pix_config.h"
#include "model/diagnostic.h"

#include <optional>

namespace vtd::gen::pix62 {

/** Major/minor of a "6.2(2)" version string. */
struct PixVersion
{
    int major = 6;
    int minor = 2;
    friend auto operator<=>(const PixVersion &, const PixVersion &) = default;
};

std::optional<PixVersion> parsePixVersion(const QString &text);

/** lines[i] is the 1-based line of statement i (0 = unknown). */
model::Diagnostics checkConfig(const model::PixConfig &config, const QList<int> &lines, const QString &file);
model::Diagnostics checkFeatures(const model::PixConfig &config, const QList<int> &lines, const QString &file);
model::Diagnostics checkSecrets(const model::PixConfig &config, const QList<int> &lines, const QString &file);
model::Diagnostics checkInterfaces(const model::PixConfig &config, const QList<int> &lines, const QString &file);

/** Interface names (nameif names) a statement refers to. */
QStringList interfaceReferences(const model::PixCommand &command);

} // namespace vtd::gen::pix62
