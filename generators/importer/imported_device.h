#pragma once

#include "link_inference.h"
#include "secret_overrides.h"

#include "model/diagnostic.h"
#include "model/project.h"

#include <optional>

namespace vtd::gen {

/** One file to import: a device configuration (PIX, IOS) or a VPN Client profile (.pcf). */
struct ImportSource
{
    QString fileName;
    QString text;
};

/** What one source becomes: a node ready to add (no id, no position yet), its addressed
 *  interfaces for the link inference, and what the dialect said about the text. */
struct ImportedDevice
{
    model::Node node;
    QList<AddressedInterface> interfaces;  ///< device index left at -1
    model::Diagnostics diagnostics;
};

/** Reads one source with the dialect its text shows (PIX, IOS or .pcf), fills in the secrets
 *  supplied for it, and picks the node's kind, name, hardware and software. Returns nullopt
 *  (with an error in diagnostics) when the text is none of the three. */
std::optional<ImportedDevice> readImportSource(const ImportSource &source,
                                               const QList<SecretOverride> &secrets,
                                               model::Diagnostics &diagnostics);

} // namespace vtd::gen
