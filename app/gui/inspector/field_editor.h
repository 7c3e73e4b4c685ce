#pragma once

#include "field_spec.h"

#include <functional>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace vtd::app {

/** The few reusable editor widgets every inspector field is edited with: a line edit (text,
 *  address, mask, number, secret), a combo box (keywords) or a check box (flags). */
namespace fieldeditor {

QWidget *create(const FieldSpec &field, QWidget *parent);
QString value(const QWidget *editor);
void setValue(QWidget *editor, const QString &value);
/** Calls `typed` on every keystroke / choice / toggle (for validation as typed). */
void onTyped(QWidget *editor, const std::function<void()> &typed);
/** Calls `done` when the user has finished (Return, focus out, choice, toggle). */
void onFinished(QWidget *editor, const std::function<void()> &done);
/** Marks the editor as holding a value that cannot be applied, with the reason as tooltip. */
void showProblem(QWidget *editor, const QString &reason);

/** How a value is shown in a table cell: secrets masked, flags as "yes"/"no". */
QString displayText(const FieldSpec &field, const QString &value);

} // namespace fieldeditor

} // namespace vtd::app
