#include "packet_detail_view.h"

#include "hex_bytes_view.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace vtd::app {

using sim::analysis::InspectionBytes;
using sim::analysis::InspectionRow;

namespace {

enum Role { BytesRole = Qt::UserRole + 1, OffsetRole, LengthRole };

QList<QStandardItem *> itemsOf(const InspectionRow &row)
{
    auto *field = new QStandardItem(row.field);
    auto *value = new QStandardItem(row.value);
    field->setData(int(row.bytes), BytesRole);
    field->setData(row.offset, OffsetRole);
    field->setData(row.length, LengthRole);
    field->setToolTip(row.layer);
    value->setToolTip(row.value);
    if (row.layer == QLatin1String("Error")) {
        field->setForeground(QColor(Qt::red));
        value->setForeground(QColor(Qt::red));
    }
    for (const InspectionRow &child : row.children)
        field->appendRow(itemsOf(child));
    return {field, value};
}

} // namespace

PacketDetailView::PacketDetailView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_tree(new QTreeView(this)), m_model(new QStandardItemModel(this)),
      m_hexTitle(new QLabel(this)), m_hex(new HexBytesView(this))
{
    setObjectName(QStringLiteral("packetDetailView"));
    m_tree->setObjectName(QStringLiteral("packetTree"));
    m_hex->setObjectName(QStringLiteral("packetHex"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(true);
    auto *bytesPane = new QWidget(this);
    auto *bytesLayout = new QVBoxLayout(bytesPane);
    bytesLayout->setContentsMargins(0, 0, 0, 0);
    bytesLayout->addWidget(m_hexTitle);
    bytesLayout->addWidget(m_hex, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(bytesPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_title);
    layout->addWidget(splitter, 1);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentRowChanged(current); });
    retranslateUi();
}

void PacketDetailView::retranslateUi()
{
    setAccessibleName(tr("Packet details"));
    m_tree->setAccessibleName(tr("Packet fields"));
    m_hex->setAccessibleName(tr("Packet bytes"));
    m_model->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    updateTitles();
}

void PacketDetailView::updateTitles()
{
    if (!m_inspection.valid) {
        m_title->setText(tr("No packet selected."));
        m_hexTitle->clear();
        return;
    }
    const QString where = m_inspection.interface.isEmpty()
                              ? m_inspection.node
                              : tr("%1, interface %2").arg(m_inspection.node, m_inspection.interface);
    m_title->setText(QStringLiteral("%1\n%2").arg(where, m_inspection.summary));
    m_hexTitle->setText(m_shown == InspectionBytes::Plaintext
                            ? tr("Decrypted bytes (%n byte(s))", nullptr, int(m_inspection.plaintext.size()))
                            : tr("Datagram bytes (%n byte(s))", nullptr, int(m_inspection.datagram.size())));
}

void PacketDetailView::showPacket(const std::vector<sim::TraceEvent> &events, int eventIndex)
{
    m_inspection = sim::analysis::inspectPacket(events, eventIndex);
    fillModel();
}

void PacketDetailView::clear()
{
    m_inspection = {};
    fillModel();
}

void PacketDetailView::fillModel()
{
    m_model->removeRows(0, m_model->rowCount());
    for (const InspectionRow &row : m_inspection.rows)
        m_model->appendRow(itemsOf(row));
    m_tree->expandToDepth(0);
    // The outer IPv4 and UDP headers are the least interesting part: closed when more follows.
    for (int i = 0; i + 1 < int(m_inspection.rows.size()); ++i) {
        const QString &layer = m_inspection.rows[std::size_t(i)].layer;
        if (layer == QLatin1String("IPv4") || layer == QLatin1String("UDP"))
            m_tree->collapse(m_model->index(i, 0));
    }
    // The decrypted side is what the pane is for: open it too.
    for (const QModelIndex &hit : m_model->match(m_model->index(0, 0), Qt::DisplayRole, QStringLiteral("Decrypted"),
                                                 -1, Qt::MatchStartsWith | Qt::MatchRecursive))
        m_tree->expand(hit);
    m_tree->resizeColumnToContents(0);
    m_shown = InspectionBytes::Datagram;
    m_hex->setBytes(m_inspection.datagram);
    updateTitles();
}

void PacketDetailView::showBytes(InspectionBytes which)
{
    if (which == m_shown)
        return;
    m_shown = which;
    m_hex->setBytes(which == InspectionBytes::Plaintext ? m_inspection.plaintext : m_inspection.datagram);
    updateTitles();
}

void PacketDetailView::onCurrentRowChanged(const QModelIndex &current)
{
    const QModelIndex field = current.siblingAtColumn(0);
    const auto bytes = InspectionBytes(field.data(BytesRole).toInt());
    if (!field.isValid() || bytes == InspectionBytes::None) {
        m_hex->highlight(0, 0);
        return;
    }
    showBytes(bytes);
    m_hex->highlight(field.data(OffsetRole).toInt(), field.data(LengthRole).toInt());
}

void PacketDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace vtd::app
