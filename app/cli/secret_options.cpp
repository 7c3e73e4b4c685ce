#include "secret_options.h"

#include "subcommand.h"

namespace vtd::cli {

void addSecretOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("psk"),
                      QStringLiteral("A pre-shared key a configuration shows masked (PEER 0.0.0.0: the wildcard key). Repeatable."),
                      QStringLiteral("DEVICE:PEER=KEY")});
    parser.addOption({QStringLiteral("group-password"),
                      QStringLiteral("A VPN Client group password shown masked. Repeatable."),
                      QStringLiteral("DEVICE:GROUP=PASSWORD")});
}

std::optional<QList<gen::SecretOverride>> secretOverrides(const QCommandLineParser &parser)
{
    QList<gen::SecretOverride> result;
    const std::pair<QString, gen::SecretOverride::Kind> options[] = {
        {QStringLiteral("psk"), gen::SecretOverride::Kind::PreSharedKey},
        {QStringLiteral("group-password"), gen::SecretOverride::Kind::GroupPassword},
    };
    for (const auto &[name, kind] : options) {
        for (const QString &value : parser.values(name)) {
            const auto parsed = gen::parseSecretOverride(kind, value);
            if (!parsed) {
                printError(QStringLiteral("vpnsim: --%1 \"%2\" is not of the form %3")
                               .arg(name, value, kind == gen::SecretOverride::Kind::PreSharedKey
                                                     ? QStringLiteral("DEVICE:PEER=KEY")
                                                     : QStringLiteral("DEVICE:GROUP=PASSWORD")));
                return std::nullopt;
            }
            result << *parsed;
        }
    }
    return result;
}

} // namespace vtd::cli
