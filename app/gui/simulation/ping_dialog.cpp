#include "ping_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace vtd::app {

namespace {

/** Devices that can send or answer a ping (every node but a LAN segment). */
QStringList pingableNodes(const model::Project &project)
{
    QStringList names;
    for (const model::Node &node : project.nodes()) {
        if (node.kind != model::NodeKind::LanSegment)
            names << node.name;
    }
    return names;
}

constexpr int kDefaultCount = 5; // as the contract's ping

} // namespace

PingDialog::PingDialog(const model::Project &project, const QString &source, const QString &destination,
                       QWidget *parent)
    : QDialog(parent)
    , m_source(new QComboBox)
    , m_destination(new QComboBox)
    , m_count(new QSpinBox)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Ping"));
    const QStringList nodes = pingableNodes(project);
    m_source->addItems(nodes);
    m_source->setObjectName(QStringLiteral("pingSource"));
    if (!source.isEmpty())
        m_source->setCurrentText(source);
    // A device, or any address typed in (an implicit host where no device owns it).
    m_destination->setEditable(true);
    m_destination->addItems(nodes);
    m_destination->setObjectName(QStringLiteral("pingDestination"));
    m_destination->setCurrentText(destination);
    m_destination->lineEdit()->setPlaceholderText(tr("device or IP address"));
    m_count->setRange(1, 100);
    m_count->setValue(kDefaultCount);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("&Destination:"), m_destination);
    form->addRow(tr("&Echoes:"), m_count);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_destination, &QComboBox::currentTextChanged, this, &PingDialog::updateOk);
    updateOk();
}

QString PingDialog::scriptLine() const
{
    const QString destination = m_destination->currentText().trimmed();
    if (destination.isEmpty() || m_source->currentText().isEmpty())
        return {};
    QString line = QStringLiteral("ping %1 %2").arg(m_source->currentText(), destination);
    if (m_count->value() != kDefaultCount)
        line += QStringLiteral(" count %1").arg(m_count->value());
    return line;
}

void PingDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!scriptLine().isEmpty());
}

} // namespace vtd::app
