#pragma once

#include <QByteArray>
#include <QPlainTextEdit>

namespace vtd::app {

/** A read-only hex dump (offset, 16 bytes in hex, their ASCII) that can highlight a byte range,
 *  so the packet detail view shows which bytes the selected field occupies. */
class HexBytesView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit HexBytesView(QWidget *parent = nullptr);

    /** Shows `bytes` with no highlight. */
    void setBytes(const QByteArray &bytes);
    const QByteArray &bytes() const { return m_bytes; }

    /** Highlights [offset, offset + length) in both the hex and the ASCII columns and scrolls to
     *  it; an empty or out-of-range span clears the highlight. */
    void highlight(int offset, int length);
    int highlightOffset() const { return m_offset; }
    int highlightLength() const { return m_length; }

    /** Where byte `index` is written in the text, in the hex column (two digits) or the ASCII one. */
    static int hexColumn(int index);
    static int asciiColumn(int index);
    static constexpr int BytesPerLine = 16;

private:
    QTextCursor span(int line, int fromColumn, int toColumn) const;

    QByteArray m_bytes;
    int m_offset = 0;
    int m_length = 0;
};

} // namespace vtd::app
