#pragma once

#include "model/project.h"

#include <QPointF>

#include <optional>

namespace vtd::app {

/** A new node of a catalog hardware model, ready for AddNode: a unique name ("pix", "pix2"),
 *  the model's interfaces and software, and what the device starts with: a PIX its factory
 *  configuration, an IOS router a minimal 12.2 configuration, a VPN Client PC an empty
 *  connection profile. nullopt for an unknown model id. */
std::optional<model::Node> makeNewNode(const model::Project &project, const QString &hardwareModel,
                                       QPointF position);

} // namespace vtd::app
