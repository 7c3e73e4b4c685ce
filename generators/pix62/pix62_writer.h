#pragma once

// Writing a PixConfig as PIX 6.2/6.3 configuration text, with a line map.

#include "model/config/pix_config.h"
#include "pix62_format.h"

#include <QList>
#include <QString>

namespace vtd::gen::pix62 {

struct PixWriteOptions
{
    /** Masked is what `write terminal` shows; Revealed is the text stored in the project. */
    SecretMode secrets = SecretMode::Masked;
    /** Print in the device's canonical order (a no-op for text the device printed). */
    bool canonicalOrder = true;
};

/** One printed statement: which statement (index into PixConfig::statements), on which line. */
struct PixLineMapEntry
{
    qsizetype statement = -1;
    int line = 0;          ///< 1-based
    QString key;           ///< elementKey(), made unique with " #n"
    friend bool operator==(const PixLineMapEntry &, const PixLineMapEntry &) = default;
};

/** For each typed element, the line the writer printed it on (the GUI jumps there). */
class PixLineMap
{
public:
    QList<PixLineMapEntry> entries;  ///< in line order

    int lineOfStatement(qsizetype statement) const;     ///< 0 when not printed
    int lineOfKey(const QString &key) const;            ///< 0 when no such element
    qsizetype statementAtLine(int line) const;          ///< -1 when none
};

struct PixWriteResult
{
    QString text;       ///< lines ending in "\n"
    PixLineMap lineMap;
};

/** Prints the configuration. The `Cryptochecksum:` line keeps the imported digest while the
 *  statements equal PixConfig::imported; otherwise it carries pixChecksum(). */
PixWriteResult writePixConfig(const model::PixConfig &config, const PixWriteOptions &options = {});

/** The digest this program gives a changed or newly built configuration. Cisco's algorithm is
 *  not public; our documented rule: the lowercase hex MD5 of the UTF-8 text of every statement
 *  line before the Cryptochecksum line, in canonical order, secrets revealed (unknown ones as
 *  ********), each line followed by "\n", leaving out the `Building configuration...` line and
 *  ':' comment lines. It is a stable fingerprint of the configuration, not the device's value. */
QString pixChecksum(const model::PixConfig &config);

} // namespace vtd::gen::pix62
