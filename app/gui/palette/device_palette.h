#pragma once

#include <QListWidget>

namespace vtd::app {

/** The list of device kinds the user drags onto the canvas; a drag carries the hardware model
 *  id under kPaletteMimeType, and the canvas places the node where it is dropped. */
class DevicePalette final : public QListWidget
{
    Q_OBJECT

public:
    explicit DevicePalette(QWidget *parent = nullptr);

    /** The drag data of the row showing this hardware model (what a drag would carry). */
    QMimeData *mimeDataFor(const QString &hardwareModel) const;

    /** As wide as the longest entry: the palette should not take the canvas's room. */
    QSize sizeHint() const override;
    /** As wide as the names: docks opened beside it must not cut them. */
    QSize minimumSizeHint() const override;

protected:
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    QStringList mimeTypes() const override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
};

} // namespace vtd::app
