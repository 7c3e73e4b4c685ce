#include "problems_view.h"

#include "app/gui/inspector/value_sources.h"

#include "generators/device_texts.h"
#include "generators/diagnostic_config_line.h"
#include "model/document.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vtd::app {

namespace {

enum Column { SeverityColumn, DeviceColumn, LineColumn, MessageColumn };
constexpr int kProblemIndexRole = Qt::UserRole;

} // namespace

ProblemsView::ProblemsView(model::Document &document, QWidget *parent)
    : QWidget(parent), m_document(document), m_list(new QTreeWidget(this)), m_summary(new QLabel(this))
{
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    connect(m_list, &QTreeWidget::itemClicked, this, &ProblemsView::onItemActivated);
    connect(m_list, &QTreeWidget::itemActivated, this, &ProblemsView::onItemActivated);
    connect(&m_document, &model::Document::changed, this, &ProblemsView::onChanged);
    retranslateUi();
    refresh();
}

void ProblemsView::retranslateUi()
{
    setAccessibleName(tr("Problems"));
    m_list->setAccessibleName(tr("Problems in the device configurations"));
    m_list->setHeaderLabels({tr("Severity"), tr("Device"), tr("Line"), tr("Message")});
    fill();
}

void ProblemsView::refresh()
{
    m_refreshQueued = false;
    m_problems = gen::checkDeviceTexts(m_document.project());
    fill();
}

void ProblemsView::setRunDiagnostics(const model::Diagnostics &findings)
{
    if (findings == m_runProblems)
        return;
    m_runProblems = findings;
    fill();
}

void ProblemsView::fill()
{
    m_list->clear();
    int errors = 0;
    int warnings = 0;
    const model::Project &project = m_document.project();
    // Run findings are indexed from -1 down, configuration problems from 0 up.
    for (int i = 0; i < m_runProblems.size(); ++i) {
        const model::Diagnostic &d = m_runProblems.at(i);
        addItem(d, gen::configLineOf(project, d), -1 - i,
                tr("[%1 s] ").arg(double(d.timeMs) / 1000.0, 0, 'f', 3), errors, warnings);
    }
    for (int i = 0; i < m_problems.size(); ++i)
        addItem(m_problems.at(i), m_problems.at(i).line, i, QString(), errors, warnings);
    for (int c = SeverityColumn; c < MessageColumn; ++c)
        m_list->resizeColumnToContents(c);
    m_summary->setText(m_problems.isEmpty() && m_runProblems.isEmpty()
                           ? tr("No problems found in the device configurations.")
                           : tr("%1, %2").arg(tr("%n error(s)", nullptr, errors), tr("%n warning(s)", nullptr, warnings)));
}

void ProblemsView::addItem(const model::Diagnostic &d, int line, int index, const QString &prefix, int &errors,
                           int &warnings)
{
    auto *item = new QTreeWidgetItem(m_list);
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QString severity = tr("Note");
    if (d.severity == model::Severity::Error) {
        icon = QStyle::SP_MessageBoxCritical;
        severity = tr("Error");
        ++errors;
    } else if (d.severity == model::Severity::Warning) {
        icon = QStyle::SP_MessageBoxWarning;
        severity = tr("Warning");
        ++warnings;
    }
    item->setIcon(SeverityColumn, style()->standardIcon(icon));
    item->setText(SeverityColumn, severity);
    item->setText(DeviceColumn, d.node);
    item->setText(LineColumn, line > 0 ? QString::number(line) : QString());
    const QString message = prefix + translatedDiagnostic(d);
    item->setText(MessageColumn, message);
    item->setToolTip(MessageColumn, message);
    item->setData(SeverityColumn, kProblemIndexRole, index);
    item->setData(LineColumn, kProblemIndexRole, line);
}

void ProblemsView::onChanged(const model::ChangeEvent &event)
{
    using model::ChangeKind;
    switch (event.kind) {
    case ChangeKind::NodeMoved:
    case ChangeKind::LinkAdded:
    case ChangeKind::LinkRemoved:
    case ChangeKind::ScenarioAdded:
    case ChangeKind::ScenarioChanged:
    case ChangeKind::ScenarioRemoved:
        return; // device texts are unchanged
    default:
        break;
    }
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, &ProblemsView::refresh);
}

void ProblemsView::onItemActivated(QTreeWidgetItem *item)
{
    const int index = item->data(SeverityColumn, kProblemIndexRole).toInt();
    const int runIndex = -1 - index;
    const bool valid = index >= 0 ? index < m_problems.size() : runIndex < m_runProblems.size();
    if (!valid)
        return;
    const model::Diagnostic &d = index >= 0 ? m_problems.at(index) : m_runProblems.at(runIndex);
    if (const model::Node *node = m_document.project().nodeByName(d.node))
        emit problemActivated(node->id, item->data(LineColumn, kProblemIndexRole).toInt());
}

void ProblemsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace vtd::app
