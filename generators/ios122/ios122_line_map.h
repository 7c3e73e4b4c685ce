#pragma once

// Which configuration element sits on which line of a text: the parser records it for the text
// it read, the writer for the text it printed (the GUI jumps from a diagnostic or a model
// element to its line).

#include <QList>

namespace vtd::gen::ios122 {

/** A typed element: a top-level statement, or one sub-command of a block statement. */
struct IosElementRef
{
    int statement = -1;  ///< index in IosConfig::statements
    int command = -1;    ///< index in the block's commands; -1 = the statement (header) line

    bool isValid() const { return statement >= 0; }
    friend bool operator==(const IosElementRef &, const IosElementRef &) = default;
};

/** Line -> element and element -> line. Lines are 1-based; a banner spans several lines that
 *  all map to its statement. */
class IosLineMap
{
public:
    void addLine(IosElementRef ref) { m_lines.append(ref); }
    int lineCount() const { return int(m_lines.size()); }
    /** The element printed on `line`; an invalid ref when out of range. */
    IosElementRef elementAt(int line) const
    {
        return line >= 1 && line <= m_lines.size() ? m_lines.at(line - 1) : IosElementRef{};
    }
    /** The first line of the element; 0 when it was not printed. */
    int lineOf(IosElementRef ref) const { return int(m_lines.indexOf(ref)) + 1; }

    friend bool operator==(const IosLineMap &, const IosLineMap &) = default;

private:
    QList<IosElementRef> m_lines;
};

} // namespace vtd::gen::ios122
