#include "crypto_backend.h"

#include <botan/version.h>

namespace vtd::crypto {

QString backendVersion()
{
    return QStringLiteral("Botan %1.%2.%3")
        .arg(Botan::version_major())
        .arg(Botan::version_minor())
        .arg(Botan::version_patch());
}

} // namespace vtd::crypto
