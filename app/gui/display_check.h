#pragma once

#include <QString>

namespace vtd::app {

/** Why the GUI cannot start on this terminal, with how to get a display; empty when it can.
 *  Qt would abort with a core dump when the xcb platform finds no X server, so we check
 *  first: QT_QPA_PLATFORM unset or "xcb" and neither DISPLAY nor WAYLAND_DISPLAY set. */
QString missingDisplayMessage();

} // namespace vtd::app
