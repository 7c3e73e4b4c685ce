#include "field_spec.h"

#include "model/ipv4.h"

#include <QCoreApplication>

namespace vtd::app {

QString inspectorText(const char *english)
{
    return QCoreApplication::translate("Inspector", english);
}

QString fieldLabel(const FieldSpec &field)
{
    return inspectorText(field.label);
}

QString undoFieldName(const FieldSpec &field)
{
    QString label = fieldLabel(field);
    if (label.size() > 1 && label.at(0).isUpper() && !label.at(1).isUpper())
        label[0] = label.at(0).toLower();
    return label;
}

namespace {

QString integerError(const FieldSpec &field, const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok)
        return QCoreApplication::translate("Inspector", "Not a whole number.");
    if (value < field.minimum || value > field.maximum)
        return QCoreApplication::translate("Inspector", "Must be between %1 and %2.")
            .arg(field.minimum)
            .arg(field.maximum);
    return {};
}

QString addressError(const QString &text)
{
    if (!model::Ipv4Address::parse(text))
        return QCoreApplication::translate("Inspector",
                                           "Not an IPv4 address (four numbers 0-255, like 10.0.0.1).");
    return {};
}

QString maskError(const QString &text)
{
    const auto mask = model::Ipv4Address::parse(text);
    if (!mask)
        return QCoreApplication::translate("Inspector",
                                           "Not a netmask (four numbers 0-255, like 255.255.255.0).");
    if (!mask->isContiguousMask())
        return QCoreApplication::translate(
            "Inspector", "The mask is not contiguous: its 1-bits must all come before its 0-bits.");
    return {};
}

} // namespace

QString fieldSyntaxError(const FieldSpec &field, const QString &text)
{
    const QString value = text.trimmed();
    if (value.isEmpty()) {
        if (field.optional || field.kind == FieldKind::Flag || field.kind == FieldKind::Secret)
            return {};
        return QCoreApplication::translate("Inspector", "A value is required.");
    }
    switch (field.kind) {
    case FieldKind::Address:
        return addressError(value);
    case FieldKind::Mask:
        return maskError(value);
    case FieldKind::Integer:
        return integerError(field, value);
    case FieldKind::Choice:
        if (!field.choices.contains(value))
            return QCoreApplication::translate("Inspector", "Choose one of: %1.")
                .arg(field.choices.join(QStringLiteral(", ")));
        return {};
    case FieldKind::Text:
        if (field.oneWord && value.contains(u' '))
            return QCoreApplication::translate("Inspector", "A name cannot contain spaces.");
        return {};
    case FieldKind::Flag:
    case FieldKind::Secret:
    case FieldKind::ReadOnly:
        return {};
    }
    return {};
}

} // namespace vtd::app
