#include "device_texts.h"

#include "generators/ios122/ios122_parser.h"
#include "generators/pix62/pix62_parser.h"
#include "generators/vpnclient/pcf_parser.h"

namespace vtd::gen {

QString deviceTextFileName(const model::Node &node)
{
    switch (node.kind) {
    case model::NodeKind::PixFirewall:
    case model::NodeKind::IosRouter:
        return node.name + QStringLiteral(".cfg");
    case model::NodeKind::VpnClient:
        return node.name + QStringLiteral(".pcf");
    case model::NodeKind::Host:
    case model::NodeKind::LanSegment:
        break;
    }
    return {};
}

model::Diagnostics checkDeviceTexts(const model::Project &project)
{
    model::Diagnostics all;
    for (const model::Node &node : project.nodes()) {
        const QString file = deviceTextFileName(node);
        model::Diagnostics found;
        if (node.kind == model::NodeKind::PixFirewall)
            found = pix62::parsePixConfig(node.configText, file).diagnostics;
        else if (node.kind == model::NodeKind::IosRouter)
            found = ios122::parseIosConfig(node.configText, file).diagnostics;
        else if (node.kind == model::NodeKind::VpnClient)
            found = parsePcf(node.profileText, file).diagnostics;
        for (model::Diagnostic &d : found) {
            d.node = node.name;
            all.append(d);
        }
    }
    return all;
}

} // namespace vtd::gen
