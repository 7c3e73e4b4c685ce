#pragma once

#include <QString>

namespace vtd::crypto {

/** "Botan 2.19.3": the library behind every cryptographic primitive, for --version and logs. */
QString backendVersion();

} // namespace vtd::crypto
