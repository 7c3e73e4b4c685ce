#include "device_palette.h"

#include "palette_entries.h"

#include "app/gui/canvas/device_icons.h"

#include <QEvent>
#include <QMimeData>
#include <QPainter>
#include <QSvgRenderer>

namespace vtd::app {

namespace {

constexpr int kIconSize = 32;

/** The canvas's SVG icon rendered for the list at the screen's pixel ratio (crisp on HiDPI). */
QIcon paletteIcon(model::NodeKind kind, qreal ratio)
{
    QPixmap pixmap(QSize(kIconSize, kIconSize) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    deviceIcon(kind)->render(&painter, QRectF(0, 0, kIconSize, kIconSize));
    return QIcon(pixmap);
}

} // namespace

DevicePalette::DevicePalette(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("devicePalette"));
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setIconSize(QSize(kIconSize, kIconSize));
    setSpacing(2);
    for (const PaletteEntry &entry : paletteEntries()) {
        auto *item = new QListWidgetItem(paletteIcon(entry.kind, devicePixelRatioF()), QString(),
                                         this);
        item->setData(Qt::UserRole, entry.hardwareModel);
        item->setData(Qt::UserRole + 1, int(entry.kind));
    }
    retranslate();
}

QStringList DevicePalette::mimeTypes() const
{
    return {QString::fromLatin1(kPaletteMimeType)};
}

QMimeData *DevicePalette::mimeDataFor(const QString &hardwareModel) const
{
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(kPaletteMimeType), hardwareModel.toUtf8());
    return data;
}

QMimeData *DevicePalette::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    return mimeDataFor(items.first()->data(Qt::UserRole).toString());
}

QSize DevicePalette::sizeHint() const
{
    const int width = sizeHintForColumn(0) + 2 * frameWidth() + 2 * spacing() + 8;
    return QSize(width, QListWidget::sizeHint().height());
}

QSize DevicePalette::minimumSizeHint() const
{
    return QSize(sizeHint().width(), QListWidget::minimumSizeHint().height());
}

void DevicePalette::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QListWidget::changeEvent(event);
}

void DevicePalette::retranslate()
{
    setAccessibleName(tr("Device palette"));
    setToolTip(QString());
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem *it = item(row);
        const PaletteEntry entry{it->data(Qt::UserRole).toString(),
                                 model::NodeKind(it->data(Qt::UserRole + 1).toInt())};
        it->setText(PaletteTexts::label(entry));
        it->setToolTip(PaletteTexts::toolTip(entry));
        it->setData(Qt::AccessibleTextRole, PaletteTexts::label(entry));
    }
}

} // namespace vtd::app
