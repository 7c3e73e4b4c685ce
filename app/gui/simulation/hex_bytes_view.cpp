#include "hex_bytes_view.h"

#include <QFontDatabase>
#include <QTextBlock>

#include <algorithm>

namespace vtd::app {

namespace {

constexpr int OffsetWidth = 6; // "0000  "

QString dumpLine(const QByteArray &bytes, int start)
{
    QString hex, ascii;
    for (int i = 0; i < HexBytesView::BytesPerLine; ++i) {
        const int at = start + i;
        if (at < bytes.size()) {
            const auto byte = quint8(bytes.at(at));
            hex += QStringLiteral("%1 ").arg(byte, 2, 16, QLatin1Char('0'));
            ascii += byte >= 0x20 && byte < 0x7f ? QChar(byte) : QLatin1Char('.');
        } else {
            hex += QStringLiteral("   ");
        }
    }
    return QStringLiteral("%1  ").arg(start, 4, 16, QLatin1Char('0')) + hex + QLatin1Char(' ') + ascii;
}

} // namespace

HexBytesView::HexBytesView(QWidget *parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

int HexBytesView::hexColumn(int index)
{
    return OffsetWidth + (index % BytesPerLine) * 3;
}

int HexBytesView::asciiColumn(int index)
{
    return OffsetWidth + BytesPerLine * 3 + 1 + index % BytesPerLine;
}

void HexBytesView::setBytes(const QByteArray &bytes)
{
    m_bytes = bytes;
    QStringList lines;
    for (int start = 0; start < bytes.size(); start += BytesPerLine)
        lines << dumpLine(bytes, start);
    setPlainText(lines.join(QLatin1Char('\n')));
    highlight(0, 0);
}

QTextCursor HexBytesView::span(int line, int fromColumn, int toColumn) const
{
    const QTextBlock block = document()->findBlockByNumber(line);
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + fromColumn);
    cursor.setPosition(block.position() + toColumn, QTextCursor::KeepAnchor);
    return cursor;
}

void HexBytesView::highlight(int offset, int length)
{
    const bool valid = length > 0 && offset >= 0 && offset + length <= m_bytes.size();
    m_offset = valid ? offset : 0;
    m_length = valid ? length : 0;
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat format;
    format.setBackground(palette().highlight());
    format.setForeground(palette().highlightedText());
    for (int first = m_offset; first < m_offset + m_length;) {
        const int line = first / BytesPerLine;
        const int last = std::min(m_offset + m_length, (line + 1) * BytesPerLine) - 1;
        selections.append({span(line, hexColumn(first), hexColumn(last) + 2), format});
        selections.append({span(line, asciiColumn(first), asciiColumn(last) + 1), format});
        first = last + 1;
    }
    setExtraSelections(selections);
    if (valid) {
        QTextCursor at = span(m_offset / BytesPerLine, hexColumn(m_offset), hexColumn(m_offset));
        setTextCursor(at);
        ensureCursorVisible();
    }
}

} // namespace vtd::app
