#include "field_editor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QIntValidator>
#include <QLineEdit>

namespace vtd::app::fieldeditor {

QWidget *create(const FieldSpec &field, QWidget *parent)
{
    const QString name = fieldLabel(field);
    QWidget *editor = nullptr;
    switch (field.kind) {
    case FieldKind::Choice: {
        auto *combo = new QComboBox(parent);
        combo->addItems(field.choices);
        editor = combo;
        break;
    }
    case FieldKind::Flag:
        editor = new QCheckBox(parent);
        break;
    default: {
        auto *line = new QLineEdit(parent);
        line->setReadOnly(field.kind == FieldKind::ReadOnly);
        if (field.kind == FieldKind::Secret)
            line->setEchoMode(QLineEdit::PasswordEchoOnEdit);
        if (field.kind == FieldKind::Address || field.kind == FieldKind::Mask)
            line->setPlaceholderText(field.optional ? QCoreApplication::translate("Inspector", "(none)")
                                                    : QStringLiteral("0.0.0.0"));
        else if (field.optional)
            line->setPlaceholderText(QCoreApplication::translate("Inspector", "(none)"));
        editor = line;
    }
    }
    editor->setAccessibleName(name);
    return editor;
}

QString value(const QWidget *editor)
{
    if (auto *combo = qobject_cast<const QComboBox *>(editor))
        return combo->currentText();
    if (auto *check = qobject_cast<const QCheckBox *>(editor))
        return QString(check->isChecked() ? u'1' : u'0');
    if (auto *line = qobject_cast<const QLineEdit *>(editor))
        return line->text().trimmed();
    return {};
}

void setValue(QWidget *editor, const QString &value)
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->findText(value) < 0)
            combo->addItem(value); // a value the configuration holds but the list lacks
        combo->setCurrentText(value);
    } else if (auto *check = qobject_cast<QCheckBox *>(editor)) {
        check->setChecked(value == QLatin1String("1"));
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(value);
    }
}

void onTyped(QWidget *editor, const std::function<void()> &typed)
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        QObject::connect(combo, &QComboBox::currentTextChanged, editor, [typed] { typed(); });
    else if (auto *check = qobject_cast<QCheckBox *>(editor))
        QObject::connect(check, &QCheckBox::toggled, editor, [typed] { typed(); });
    else if (auto *line = qobject_cast<QLineEdit *>(editor))
        QObject::connect(line, &QLineEdit::textEdited, editor, [typed] { typed(); });
}

void onFinished(QWidget *editor, const std::function<void()> &done)
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        QObject::connect(combo, &QComboBox::activated, editor, [done] { done(); });
    else if (auto *check = qobject_cast<QCheckBox *>(editor))
        QObject::connect(check, &QCheckBox::clicked, editor, [done] { done(); });
    else if (auto *line = qobject_cast<QLineEdit *>(editor))
        QObject::connect(line, &QLineEdit::editingFinished, editor, [done] { done(); });
}

void showProblem(QWidget *editor, const QString &reason)
{
    editor->setToolTip(reason);
    editor->setStyleSheet(reason.isEmpty() ? QString()
                                           : QStringLiteral("background-color: #ffe0e0; color: black;"));
}

QString displayText(const FieldSpec &field, const QString &value)
{
    if (field.kind == FieldKind::Secret)
        return value.isEmpty() ? QCoreApplication::translate("Inspector", "(unknown)") : QStringLiteral("********");
    if (field.kind == FieldKind::Flag)
        return value == QLatin1String("1") ? QCoreApplication::translate("Inspector", "yes")
                                           : QCoreApplication::translate("Inspector", "no");
    return value;
}

} // namespace vtd::app::fieldeditor
