#pragma once

#include "sim/analysis/packet_inspection.h"
#include "sim/engine/trace_event.h"

#include <QWidget>

#include <vector>

QT_BEGIN_NAMESPACE
class QLabel;
class QStandardItemModel;
class QTreeView;
class QModelIndex;
QT_END_NAMESPACE

namespace vtd::app {

class HexBytesView;

/** The simulation's packet detail pane, Wireshark-like: the layers of one recorded packet as a
 *  Field/Value tree (decrypted payloads, keys and their derivations, the pipeline's decisions)
 *  above a hex dump of the datagram, or of the decrypted bytes when a decrypted row is selected,
 *  with the selected row's bytes highlighted. Field names and values are protocol vocabulary
 *  (English, as Wireshark and the devices print them); only the pane's own chrome is translated. */
class PacketDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit PacketDetailView(QWidget *parent = nullptr);

    /** Shows events[eventIndex] (a PacketTrace or DropTrace; anything else clears the pane). */
    void showPacket(const std::vector<sim::TraceEvent> &events, int eventIndex);
    void clear();

    const sim::analysis::PacketInspection &inspection() const { return m_inspection; }
    QTreeView *tree() const { return m_tree; }
    HexBytesView *hexView() const { return m_hex; }
    /** Which bytes the hex view shows now: the datagram or the decrypted ones. */
    sim::analysis::InspectionBytes shownBytes() const { return m_shown; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillModel();
    void onCurrentRowChanged(const QModelIndex &current);
    void showBytes(sim::analysis::InspectionBytes which);
    void updateTitles();

    sim::analysis::PacketInspection m_inspection;
    sim::analysis::InspectionBytes m_shown = sim::analysis::InspectionBytes::Datagram;
    QLabel *m_title;
    QTreeView *m_tree;
    QStandardItemModel *m_model;
    QLabel *m_hexTitle;
    HexBytesView *m_hex;
};

} // namespace vtd::app
