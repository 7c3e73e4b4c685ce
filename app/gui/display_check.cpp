#include "display_check.h"

#include <QtGlobal>

namespace vtd::app {

QString missingDisplayMessage()
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    const bool wantsX11 = platform.isEmpty() || platform.startsWith("xcb");
    if (!wantsX11 || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return {};
    // Printed before QApplication exists, so there is no translator yet: English, like the CLI.
    return QStringLiteral(
        "vpn-designer: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
        "The designer is a graphical program. To run it:\n"
        "  - start it from a desktop session (X11 or Wayland), or\n"
        "  - log in with X forwarding: ssh -X user@host, then run vpn-designer, or\n"
        "  - run it on a virtual display: xvfb-run -a vpn-designer\n"
        "For work without a display, use the command-line tool: vpnsim --help\n");
}

} // namespace vtd::app
