#include "secrets.h"

#include <QRegularExpression>

#include <algorithm>

namespace vtd::gen {

namespace {

/** Lines that carry a cleartext secret in the last captured group, in every dialect we write:
 *  PIX `isakmp key K address ...`, `vpngroup G password P`; IOS `crypto isakmp key [0] K address ...`,
 *  ` password P` (line), `username U [privilege N] password [0] P`, `enable password [0] P`;
 *  PIX `passwd P` (cleartext), `aaa-server G [(IF)] host IP KEY`; .pcf `GroupPwd=P`, `UserPassword=P`. Hashed forms (`... encrypted`, type 5 or 7) are no secret. */
const QList<QRegularExpression> &secretPatterns()
{
    static const QList<QRegularExpression> patterns = {
        QRegularExpression(QStringLiteral("^\\s*(?:crypto\\s+)?isakmp\\s+key\\s+(?:0\\s+)?(\\S+)")),
        QRegularExpression(QStringLiteral("^\\s*vpngroup\\s+\\S+\\s+password\\s+(\\S+)")),
        QRegularExpression(QStringLiteral("^\\s*password\\s+(?:0\\s+)?(\\S+)\\s*$")),
        QRegularExpression(QStringLiteral("^\\s*username\\s+\\S+(?:\\s+privilege\\s+\\d+)?\\s+password\\s+(?:0\\s+)?(\\S+)\\s*$")),
        QRegularExpression(QStringLiteral("^\\s*enable\\s+password\\s+(?:0\\s+)?(\\S+)\\s*$")),
        QRegularExpression(QStringLiteral("^\\s*passwd\\s+(\\S+)\\s*$")),
        QRegularExpression(QStringLiteral("^\\s*aaa-server\\s+\\S+\\s+(?:\\(\\S+\\)\\s+)?host\\s+\\S+\\s+(\\S+)")),
        QRegularExpression(QStringLiteral("^(?:GroupPwd|UserPassword)=(.+)$")),
    };
    return patterns;
}

} // namespace

bool textHoldsSecrets(const QString &text)
{
    const QStringList lines = text.split(u'\n');
    return std::ranges::any_of(lines, [](const QString &line) {
        return std::ranges::any_of(secretPatterns(), [&line](const QRegularExpression &re) {
            const auto match = re.match(line);
            return match.hasMatch() && match.capturedView(1).trimmed() != maskedSecret();
        });
    });
}

bool projectHoldsSecrets(const model::Project &project)
{
    return std::ranges::any_of(project.nodes(), [](const model::Node &node) {
        // An AAA server host's account passwords are secrets too.
        const bool aaaPasswords = std::ranges::any_of(node.host.aaaUsers, [](const model::AaaUser &user) {
            return !user.password.isEmpty();
        });
        return textHoldsSecrets(node.configText) || textHoldsSecrets(node.profileText) || aaaPasswords;
    });
}

} // namespace vtd::gen
