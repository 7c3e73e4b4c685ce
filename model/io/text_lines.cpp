#include "text_lines.h"

namespace vtd::model {

QStringList textToLines(const QString &text)
{
    if (text.isEmpty())
        return {};
    QStringView body(text);
    if (body.endsWith(u'\n'))
        body.chop(1);
    QStringList lines;
    for (const QStringView line : body.split(u'\n'))
        lines << line.toString();
    return lines;
}

QString linesToText(const QStringList &lines)
{
    QString text;
    for (const QString &line : lines)
        text += line + u'\n';
    return text;
}

} // namespace vtd::model
