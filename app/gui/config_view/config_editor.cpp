#include "config_editor.h"

#include "app/gui/inspector/value_sources.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

namespace vtd::app {

namespace {

/** The margin left of the text: draws what ConfigEditor tells it and shows its tooltips. */
class Margin : public QWidget
{
public:
    explicit Margin(ConfigEditor *editor) : QWidget(editor), m_editor(editor) {}
    QSize sizeHint() const override { return {m_editor->marginWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintMargin(event); }
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            const QTextBlock block = m_editor->cursorForPosition(QPoint(0, help->pos().y())).block();
            const QString text = m_editor->messagesAt(block.blockNumber() + 1);
            if (text.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), text, this);
            return true;
        }
        return QWidget::event(event);
    }

private:
    ConfigEditor *m_editor;
};

constexpr int kMarkSize = 8;

} // namespace

ConfigEditor::ConfigEditor(QWidget *parent) : QPlainTextEdit(parent), m_margin(new Margin(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { setViewportMargins(marginWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_margin->scroll(0, dy);
        else
            m_margin->update(0, rect.y(), m_margin->width(), rect.height());
    });
    setViewportMargins(marginWidth(), 0, 0, 0);
}

int ConfigEditor::marginWidth() const
{
    const int digits = QString::number(std::max(1, blockCount())).size();
    return 8 + kMarkSize + fontMetrics().horizontalAdvance(u'9') * digits;
}

void ConfigEditor::setMarks(const model::Diagnostics &diagnostics)
{
    m_marks = diagnostics;
    updateSelections();
    m_margin->update();
}

QString ConfigEditor::messagesAt(int line) const
{
    QStringList messages;
    for (const model::Diagnostic &d : m_marks) {
        if (d.line == line)
            messages << translatedDiagnostic(d);
    }
    return messages.join(u'\n');
}

void ConfigEditor::showLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    setTextCursor(cursor);
    centerCursor();
    m_shownLine = line;
    updateSelections();
}

void ConfigEditor::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    for (const model::Diagnostic &d : m_marks) {
        const QTextBlock block = document()->findBlockByNumber(d.line - 1);
        if (d.line <= 0 || !block.isValid() || d.severity == model::Severity::Note)
            continue;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(block);
        s.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        s.format.setUnderlineColor(d.severity == model::Severity::Error ? Qt::red : QColor(0xd0, 0x90, 0x00));
        selections << s;
    }
    if (m_shownLine > 0) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(document()->findBlockByNumber(m_shownLine - 1));
        s.format.setBackground(QColor(0xff, 0xf3, 0xb0));
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections << s;
    }
    setExtraSelections(selections);
}

void ConfigEditor::paintMargin(QPaintEvent *event)
{
    QPainter painter(m_margin);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int lineHeight = fontMetrics().height();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int line = block.blockNumber() + 1;
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(0, top, m_margin->width() - kMarkSize - 6, lineHeight, Qt::AlignRight, QString::number(line));
        model::Severity worst = model::Severity::Note;
        bool marked = false;
        for (const model::Diagnostic &d : m_marks) {
            if (d.line == line && d.severity != model::Severity::Note) {
                marked = true;
                worst = std::max(worst, d.severity);
            }
        }
        if (marked) {
            painter.setBrush(worst == model::Severity::Error ? QColor(Qt::red) : QColor(0xd0, 0x90, 0x00));
            painter.setPen(Qt::NoPen);
            painter.drawEllipse(m_margin->width() - kMarkSize - 2, top + (lineHeight - kMarkSize) / 2, kMarkSize, kMarkSize);
        }
        top += qRound(blockBoundingRect(block).height());
        block = block.next();
    }
}

void ConfigEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_margin->setGeometry(r.left(), r.top(), marginWidth(), r.height());
}

bool ConfigEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int line = lineAt(viewport()->mapFrom(this, help->pos()));
        const QString text = messagesAt(line);
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QPlainTextEdit::event(event);
}

int ConfigEditor::lineAt(const QPoint &viewportPos) const
{
    return cursorForPosition(viewportPos).block().blockNumber() + 1;
}

} // namespace vtd::app
