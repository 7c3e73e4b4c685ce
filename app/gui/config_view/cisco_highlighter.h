#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace vtd::app {

/** Colours Cisco configuration text (PIX, IOS, .pcf): command keywords, addresses and masks,
 *  masked secrets (********) and comment lines (`!`, `:`, `;`), so a long listing reads like
 *  the engineer's terminal with a little help. */
class CiscoHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit CiscoHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
    };
    QList<Rule> m_rules;
    QTextCharFormat m_comment;
};

} // namespace vtd::app
