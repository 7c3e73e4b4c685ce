#include "pix62_writer.h"

#include "pix62_element_keys.h"
#include "pix62_order.h"

#include <QCryptographicHash>
#include <QHash>

#include <numeric>

namespace vtd::gen::pix62 {

using namespace model;

namespace {

QList<qsizetype> printOrder(const PixConfig &config, bool canonical)
{
    if (canonical)
        return canonicalOrder(config);
    QList<qsizetype> order(config.statements.size());
    std::iota(order.begin(), order.end(), 0);
    return order;
}

bool unchangedSinceImport(const PixConfig &config)
{
    return !config.imported.isEmpty() && config.statements == config.imported;
}

} // namespace

int PixLineMap::lineOfStatement(qsizetype statement) const
{
    for (const PixLineMapEntry &e : entries) {
        if (e.statement == statement)
            return e.line;
    }
    return 0;
}

int PixLineMap::lineOfKey(const QString &key) const
{
    for (const PixLineMapEntry &e : entries) {
        if (e.key == key)
            return e.line;
    }
    return 0;
}

qsizetype PixLineMap::statementAtLine(int line) const
{
    return line >= 1 && line <= entries.size() ? entries.at(line - 1).statement : -1;
}

QString pixChecksum(const PixConfig &config)
{
    QCryptographicHash md5(QCryptographicHash::Md5);
    for (const qsizetype i : canonicalOrder(config)) {
        const PixCommand &s = config.statements.at(i);
        if (std::holds_alternative<CryptochecksumCmd>(s))
            break;
        const auto *frame = std::get_if<OutputFrameCmd>(&s);
        if ((frame && frame->kind == OutputFrameCmd::Kind::Building) || std::holds_alternative<CommentCmd>(s))
            continue;
        md5.addData((formatCommand(s, SecretMode::Revealed) + u'\n').toUtf8());
    }
    return QString::fromLatin1(md5.result().toHex());
}

PixWriteResult writePixConfig(const PixConfig &config, const PixWriteOptions &options)
{
    PixWriteResult result;
    const bool keepDigest = unchangedSinceImport(config);
    const QString digest = keepDigest ? QString() : pixChecksum(config);
    QHash<QString, int> seen;
    int line = 0;
    for (const qsizetype i : printOrder(config, options.canonicalOrder)) {
        const PixCommand &s = config.statements.at(i);
        const auto *checksum = std::get_if<CryptochecksumCmd>(&s);
        const QString text = checksum && !keepDigest ? QStringLiteral("Cryptochecksum:") + digest
                                                     : formatCommand(s, options.secrets);
        result.text += text + u'\n';
        QString key = elementKey(s);
        const int count = ++seen[key];
        if (count > 1)
            key += QStringLiteral(" #%1").arg(count);
        result.lineMap.entries << PixLineMapEntry{i, ++line, key};
    }
    return result;
}

} // namespace vtd::gen::pix62
