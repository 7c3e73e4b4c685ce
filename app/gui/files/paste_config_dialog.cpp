#include "paste_config_dialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vtd::app {

PasteConfigDialog::PasteConfigDialog(QWidget *parent)
    : QDialog(parent)
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_textLabel(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import Pasted Configuration"));
    m_nameLabel->setText(tr("&Name (used in messages):"));
    m_nameLabel->setBuddy(m_name);
    m_name->setPlaceholderText(QStringLiteral("pasted.cfg"));
    m_name->setAccessibleName(tr("Name of the pasted text"));
    m_textLabel->setText(tr("&Configuration (PIX or IOS, as 'write terminal' prints it) or "
                            "VPN Client profile (.pcf):"));
    m_textLabel->setWordWrap(true);
    m_textLabel->setBuddy(m_text);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setAccessibleName(tr("Pasted configuration text"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_nameLabel);
    layout->addWidget(m_name);
    layout->addWidget(m_textLabel);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_buttons);
    resize(640, 520);
}

QString PasteConfigDialog::sourceName() const
{
    const QString name = m_name->text().trimmed();
    return name.isEmpty() ? QStringLiteral("pasted.cfg") : name;
}

QString PasteConfigDialog::text() const
{
    return m_text->toPlainText();
}

} // namespace vtd::app
