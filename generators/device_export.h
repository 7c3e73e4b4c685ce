#pragma once

#include "model/diagnostic.h"
#include "model/project.h"

namespace vtd::gen {

/** One file of an export: a device configuration or a VPN Client profile. */
struct ExportedText
{
    QString fileName;      ///< "snow.cfg" (by hostname), "vpnclient.pcf" (by node name)
    QString text;
    bool holdsSecrets = false; ///< revealed secrets: write owner-only
};

/** Every device's text as it goes onto the real box: PIX and IOS configurations through their
 *  dialect writers (the device's full forms; an imported text that is unchanged comes out as it
 *  came in), VPN Client profiles as .pcf. Secrets are masked (`********`, as `write terminal`
 *  shows them) unless revealed. File names are unique within the export. */
QList<ExportedText> exportDeviceTexts(const model::Project &project, bool revealSecrets);

} // namespace vtd::gen
