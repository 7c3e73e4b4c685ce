#pragma once

#include "project.h"

namespace vtd::model {

/** Everything about a node that describes its box rather than its configuration: edited
 *  together in the hardware inspector and swapped as one by the SetNodeHardware command. */
struct NodeHardware
{
    QString hardwareModel;               ///< id in the hardware catalog
    QString softwareVersion;
    Licences licences;
    QStringList customInterfaces;        ///< ports of a generic model only
    QMap<QString, QString> macAddresses; ///< hardware interface -> Cisco-form MAC

    static NodeHardware of(const Node &node)
    {
        return {node.hardwareModel, node.softwareVersion, node.licences, node.customInterfaces,
                node.macAddresses};
    }
    void applyTo(Node &node) const
    {
        node.hardwareModel = hardwareModel;
        node.softwareVersion = softwareVersion;
        node.licences = licences;
        node.customInterfaces = customInterfaces;
        node.macAddresses = macAddresses;
    }

    friend bool operator==(const NodeHardware &, const NodeHardware &) = default;
};

} // namespace vtd::model
