#include "ios122_writer.h"

#include "ios122_print.h"

namespace vtd::gen::ios122 {

using namespace model;

namespace {

struct PrintedLines
{
    QStringList lines;
    IosLineMap map;
    QList<int> headerLines;   ///< 0-based indices of `Current configuration` lines
};

PrintedLines printAll(const IosConfig &config, const PrintOptions &options)
{
    PrintedLines out;
    for (int s = 0; s < config.statements.size(); ++s) {
        const IosStatement &statement = config.statements.at(s);
        if (std::holds_alternative<IosCurrentConfiguration>(statement))
            out.headerLines << int(out.lines.size());
        for (const QString &line : statementLines(statement, options)) {
            out.lines << line;
            out.map.addLine(IosElementRef{s, -1});
        }
        const QStringList sub = subCommandLines(statement, options);
        for (int c = 0; c < sub.size(); ++c) {
            out.lines << sub.at(c);
            out.map.addLine(IosElementRef{s, c});
        }
    }
    return out;
}

QString joined(const QStringList &lines, qsizetype from)
{
    QString text;
    for (qsizetype i = from; i < lines.size(); ++i)
        text += lines.at(i) + u'\n';
    return text;
}

} // namespace

qint64 currentConfigurationBytes(const QString &textAfterHeaderLine)
{
    return 1 + textAfterHeaderLine.toUtf8().size();
}

IosWriteResult writeIosConfig(const IosConfig &config, const IosWriteOptions &options)
{
    PrintedLines printed = printAll(config, PrintOptions{options.maskSecrets});
    const bool unchanged = !config.imported.isEmpty() && config.statements == config.imported;
    if (!unchanged && !printed.headerLines.isEmpty()) {
        // counted on the text as stored, so a masked view shows the same count as the export
        const PrintedLines stored = options.maskSecrets ? printAll(config, PrintOptions{}) : printed;
        for (int index : printed.headerLines) {
            const qint64 bytes = currentConfigurationBytes(joined(stored.lines, index + 1));
            printed.lines[index] = QStringLiteral("Current configuration : %1 bytes").arg(bytes);
        }
    }
    return IosWriteResult{joined(printed.lines, 0), printed.map};
}

} // namespace vtd::gen::ios122
