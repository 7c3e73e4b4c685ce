#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QDialogButtonBox;
QT_END_NAMESPACE

namespace vtd::app {

/** Asks for a device configuration (or .pcf profile) pasted as text, e.g. copied from a
 *  terminal's `write terminal`, to import it onto the canvas. */
class PasteConfigDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PasteConfigDialog(QWidget *parent = nullptr);

    /** A name for the text in messages ("pasted.cfg" unless the user gives one). */
    QString sourceName() const;
    QString text() const;

private:
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_textLabel;
    QPlainTextEdit *m_text;
    QDialogButtonBox *m_buttons;
};

} // namespace vtd::app
