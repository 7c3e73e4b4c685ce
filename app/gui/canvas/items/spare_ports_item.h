#pragma once

#include "app/gui/canvas/item_types.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QStringList>

namespace vtd::app {

/** The unlinked interfaces of a port-rich device (a 7500 with 24 serial lines) folded into one
 *  quiet "+N" pill, so the linked ports stay readable; the tooltip lists them. */
class SparePortsItem final : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(vtd::app::SparePortsItem)

public:
    enum { Type = SparePortsItemType };

    SparePortsItem(const QStringList &interfaces, QGraphicsItem *parent);

    int type() const override { return Type; }
    QStringList interfaces() const { return m_interfaces; }
    QSizeF size() const { return m_size; }
    /** Sets the translated tooltip. */
    void sync();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;

private:
    QString label() const;

    const QStringList m_interfaces;
    QSizeF m_size;
};

} // namespace vtd::app
