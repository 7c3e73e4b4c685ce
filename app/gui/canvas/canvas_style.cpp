#include "canvas_style.h"

#include <QGuiApplication>

namespace vtd::app::style {

QFont canvasFont(int pixelSize, bool bold)
{
    QFont font = QGuiApplication::font();
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    return font;
}

} // namespace vtd::app::style
