#pragma once

#include "node_kind.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace vtd::model {

/** One hardware model a node can be: its kind, its ports and the software it ships with. */
struct HardwareModel
{
    QString id;               ///< stable id stored in project files ("PIX-525")
    NodeKind kind;
    QString displayName;      ///< "PIX 525", "Cisco 7500 (RSP2)"
    QStringList interfaces;   ///< hardware interface names, in slot order
    QString defaultSoftware;  ///< "6.2(2)"
    /** A generic model takes its ports from the node (the importer fills them from the config). */
    bool interfacesFromNode = false;
};

/** All models the designer knows, in palette order. */
const QList<HardwareModel> &hardwareModels();
/** nullptr when unknown. */
const HardwareModel *findHardwareModel(const QString &id);
/** The model a newly placed node of this kind gets. */
const HardwareModel &defaultHardwareModel(NodeKind kind);

} // namespace vtd::model
