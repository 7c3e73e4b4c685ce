#pragma once

#include "model/diagnostic.h"

#include <QPlainTextEdit>

namespace vtd::app {

/** A plain text editor for configuration text with a margin of line numbers in which the lines
 *  the dialect found problems on are marked (red: error, amber: warning); hovering a mark, or
 *  the line itself, shows the messages. */
class ConfigEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit ConfigEditor(QWidget *parent = nullptr);

    /** Marks the diagnostics' lines; an empty list clears the marks. */
    void setMarks(const model::Diagnostics &diagnostics);
    const model::Diagnostics &marks() const { return m_marks; }
    /** The messages (translated) found on a 1-based line, one per line of text. */
    QString messagesAt(int line) const;
    /** Puts the cursor on a 1-based line, scrolls it into view and highlights it. */
    void showLine(int line);

    int marginWidth() const;
    void paintMargin(QPaintEvent *event);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    void updateSelections();
    int lineAt(const QPoint &viewportPos) const;

    QWidget *m_margin;
    model::Diagnostics m_marks;
    int m_shownLine = 0;
};

} // namespace vtd::app
