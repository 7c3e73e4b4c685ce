#pragma once

#include <QColor>
#include <QFont>

/** Colours, sizes and fonts of the canvas in one place, so items stay about layout and data.
 *  Sizes are scene units (the view scales them); fonts use pixel sizes for the same reason. */
namespace vtd::app::style {

// The drawing surface.
inline const QColor kBackground{0xf5, 0xf7, 0xfa};
inline const QColor kGridDot{0xd9, 0xdf, 0xe6};
inline constexpr qreal kGridStep = 24;

// Device bodies ("cards" with the icon; ports sit on their border).
inline const QColor kCardFill{0xff, 0xff, 0xff};
inline const QColor kCardBorder{0xa9, 0xb5, 0xc2};
inline const QColor kCardShadow{0x1d, 0x27, 0x33, 0x22};
inline constexpr qreal kCardRadius = 7;
inline constexpr qreal kIconSize = 40;
inline const QColor kNameText{0x1d, 0x27, 0x33};
inline const QColor kDetailText{0x5f, 0x6c, 0x7a};

// Ports: linked ones stand out, unlinked ones stay quiet.
inline constexpr qreal kPortHeight = 12;
inline constexpr qreal kPortPadding = 4;
inline constexpr qreal kPortSpacing = 18;   ///< between linked ports on a left/right side
inline constexpr qreal kSparePortHeight = 10;
inline constexpr qreal kSparePortGap = 2;
inline const QColor kPortFill{0x2f, 0x74, 0xb8};
inline const QColor kPortBorder{0x1d, 0x52, 0x89};
inline const QColor kPortText{0xff, 0xff, 0xff};
inline const QColor kPortShutFill{0xd6, 0x89, 0x10};
inline const QColor kPortShutBorder{0xa4, 0x64, 0x05};
inline const QColor kSpareFill{0xee, 0xf1, 0xf5};
inline const QColor kSpareBorder{0xc3, 0xcb, 0xd5};
inline const QColor kSpareText{0x87, 0x93, 0xa1};

// Selection (devices and segments) and the rubber line of a link being drawn.
inline const QColor kSelection{0x1f, 0x7a, 0xe0};
inline const QColor kSelectionFill{0x1f, 0x7a, 0xe0, 0x1c};

// Links and LAN segments.
inline const QColor kLinkColor{0x4a, 0x5a, 0x6a};
inline constexpr qreal kLinkWidth = 1.6;
inline const QColor kSubnetText{0x24, 0x52, 0x7a};
inline const QColor kSubnetBorder{0xb9, 0xc4, 0xcf};
inline const QColor kMismatchText{0xb0, 0x3a, 0x2e};
inline const QColor kEndLabelText{0x3b, 0x48, 0x55};
inline const QColor kSegmentColor{0x44, 0x54, 0x6a};
inline constexpr qreal kSegmentThickness = 7;
inline constexpr qreal kSegmentMinLength = 110;

// The simulation overlay: tunnels between peers, travelling packets, drop marks.
inline const QColor kTunnelConfigured{0x8a, 0x96, 0xa3};
inline const QColor kTunnelNegotiating{0xd9, 0x9a, 0x14};
inline const QColor kTunnelIkeUp{0x2f, 0x6f, 0xc4};
inline const QColor kTunnelIpsecUp{0x2e, 0x9a, 0x5c};
inline const QColor kTunnelFailed{0xc8, 0x2f, 0x2f};
inline const QColor kTunnelEnded{0x6b, 0x77, 0x85};
inline constexpr qreal kTunnelWidth = 2.2;
inline constexpr qreal kTunnelBulge = 46;      ///< how far the curve rises above the straight line
inline constexpr qreal kPacketRadius = 5;
inline const QColor kDropMark{0xc8, 0x2f, 0x2f};
inline constexpr qreal kDropMarkRadius = 7;

/** The application font at a pixel size (scene units). */
QFont canvasFont(int pixelSize, bool bold = false);

inline QFont nameFont() { return canvasFont(13, true); }
inline QFont detailFont() { return canvasFont(10); }
inline QFont portFont() { return canvasFont(8, true); }
inline QFont sparePortFont() { return canvasFont(7); }
inline QFont linkLabelFont() { return canvasFont(10); }
inline QFont tunnelLabelFont() { return canvasFont(9, true); }

} // namespace vtd::app::style
