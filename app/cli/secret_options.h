#pragma once

#include "generators/importer/secret_overrides.h"

#include <QCommandLineParser>

#include <optional>

namespace vtd::cli {

/** Adds the repeatable `--psk DEVICE:PEER=KEY` and `--group-password DEVICE:GROUP=PASSWORD`. */
void addSecretOptions(QCommandLineParser &parser);

/** The secrets given; nullopt (after printing which one) when one is malformed. */
std::optional<QList<gen::SecretOverride>> secretOverrides(const QCommandLineParser &parser);

} // namespace vtd::cli
