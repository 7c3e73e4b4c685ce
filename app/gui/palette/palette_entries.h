#pragma once

#include "model/node_kind.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace vtd::app {

/** The MIME type a palette drag carries; its data is the hardware model id ("PIX-525"). */
inline constexpr char kPaletteMimeType[] = "application/x-vtd-hardware-model";

/** One thing the palette offers: a hardware model of the catalog a new node is made of. */
struct PaletteEntry
{
    QString hardwareModel; ///< id in the hardware catalog
    model::NodeKind kind;
};

/** The palette in order: PIX 501/506E/515E/525/535, IOS router, VPN Client PC, host, LAN
 *  segment (the Cisco 7500 of the seed is only for imports). */
QList<PaletteEntry> paletteEntries();

/** The palette's translated texts (a class so lupdate gives them one context). */
class PaletteTexts
{
    Q_DECLARE_TR_FUNCTIONS(vtd::app::PaletteTexts)

public:
    /** The entry's name in the palette ("PIX 525", "IOS router"). */
    static QString label(const PaletteEntry &entry);
    /** What the entry places, for its tooltip. */
    static QString toolTip(const PaletteEntry &entry);
};

} // namespace vtd::app
