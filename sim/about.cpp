#include "about.h"

#include "sim/crypto/crypto_backend.h"

namespace vtd::sim {

QString aboutSimulator()
{
    return QStringLiteral("simulation core %1, cryptography by %2")
        .arg(QStringLiteral(VTD_VERSION), crypto::backendVersion());
}

} // namespace vtd::sim
