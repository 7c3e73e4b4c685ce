#include "esp_error.h"

namespace vtd::sim::esp {

QString errorCode(EspError error)
{
    switch (error) {
    case EspError::NoSa: return QStringLiteral("esp.no-sa");
    case EspError::Replay: return QStringLiteral("esp.replay");
    case EspError::ReplayOutOfWindow: return QStringLiteral("esp.replay-window");
    case EspError::AuthFailure: return QStringLiteral("esp.auth-failed");
    case EspError::BadPadding: return QStringLiteral("esp.bad-padding");
    case EspError::Malformed: return QStringLiteral("esp.malformed");
    case EspError::BadInnerPacket: return QStringLiteral("esp.bad-inner");
    case EspError::ProxyMismatch: return QStringLiteral("esp.proxy-mismatch");
    case EspError::SequenceExhausted: return QStringLiteral("esp.sequence-exhausted");
    case EspError::SaExpired: return QStringLiteral("esp.sa-expired");
    case EspError::WrongDirection: return QStringLiteral("esp.wrong-direction");
    case EspError::InvalidSa: return QStringLiteral("esp.invalid-sa");
    case EspError::TooLarge: return QStringLiteral("esp.too-large");
    }
    return QStringLiteral("esp.malformed");
}

QString errorText(EspError error)
{
    switch (error) {
    case EspError::NoSa: return QStringLiteral("no inbound SA for this SPI");
    case EspError::Replay: return QStringLiteral("replayed sequence number");
    case EspError::ReplayOutOfWindow: return QStringLiteral("sequence number left of the replay window");
    case EspError::AuthFailure: return QStringLiteral("ICV verification failed");
    case EspError::BadPadding: return QStringLiteral("bad ESP padding");
    case EspError::Malformed: return QStringLiteral("malformed ESP packet");
    case EspError::BadInnerPacket: return QStringLiteral("decrypted datagram is not valid IPv4");
    case EspError::ProxyMismatch: return QStringLiteral("inner addresses outside the SA's proxy identities");
    case EspError::SequenceExhausted: return QStringLiteral("sequence number space exhausted");
    case EspError::SaExpired: return QStringLiteral("SA lifetime expired");
    case EspError::WrongDirection: return QStringLiteral("SA used in the wrong direction");
    case EspError::InvalidSa: return QStringLiteral("invalid SA parameters");
    case EspError::TooLarge: return QStringLiteral("ESP packet larger than 65535 octets");
    }
    return QStringLiteral("malformed ESP packet");
}

} // namespace vtd::sim::esp
