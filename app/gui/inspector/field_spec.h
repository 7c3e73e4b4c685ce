#pragma once

#include <QString>
#include <QStringList>

namespace vtd::app {

/** What a field holds, which decides its editor widget and its syntax check. */
enum class FieldKind {
    Text,     ///< free text (names, rules); one word when FieldSpec::oneWord
    Address,  ///< dotted-decimal IPv4 address
    Mask,     ///< contiguous dotted-decimal netmask
    Integer,  ///< whole number in [minimum, maximum]
    Choice,   ///< one of FieldSpec::choices (keywords, shown as they are)
    Flag,     ///< on / off ("1" / "0")
    Secret,   ///< a key or password: shown masked, edited in clear
    ReadOnly, ///< shown, never edited (hardware port names)
};

/** One column of an inspector table (or one row of its form): enough to build a reusable
 *  editor for it and to check what is typed before the dialect sees it. */
struct FieldSpec
{
    const char *label = "";   ///< English, marked with QT_TRANSLATE_NOOP("Inspector", ...)
    FieldKind kind = FieldKind::Text;
    QStringList choices = {}; ///< Choice only: the keywords offered
    int minimum = 0;          ///< Integer only
    int maximum = 0;          ///< Integer only
    bool optional = false;    ///< an empty value is allowed (and means "not set")
    bool unique = false;      ///< no two rows may hold the same value
    bool oneWord = false;     ///< Text: no spaces (names)
};

/** The field's label in the user's language. */
QString fieldLabel(const FieldSpec &field);

/** The label as it reads inside a sentence ("Change route 1 gateway"): first letter lower case
 *  unless the label starts with an acronym. */
QString undoFieldName(const FieldSpec &field);

/** Why `text` is not a valid value for the field ("" when it is): bad address, non-contiguous
 *  mask, number out of range, unknown keyword. In the user's language. */
QString fieldSyntaxError(const FieldSpec &field, const QString &text);

/** Text for QCoreApplication::translate("Inspector", ...) kept in one place. */
QString inspectorText(const char *english);

} // namespace vtd::app
