#include "secret_overrides.h"

namespace vtd::gen {

std::optional<SecretOverride> parseSecretOverride(SecretOverride::Kind kind, const QString &text)
{
    // The secret itself may contain ':' or '=', so split at the first of each before it.
    const qsizetype colon = text.indexOf(u':');
    const qsizetype equals = colon < 0 ? -1 : text.indexOf(u'=', colon + 1);
    if (colon <= 0 || equals < 0 || equals == colon + 1 || equals == text.size() - 1)
        return std::nullopt;
    return SecretOverride{kind, text.left(colon), text.mid(colon + 1, equals - colon - 1),
                          text.mid(equals + 1)};
}

} // namespace vtd::gen
