#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace vtd::sim::esp {

/** Why an ESP operation produced no packet: each value is one counted, traced drop reason. */
enum class EspError {
    NoSa,               ///< no inbound SA for (outer destination, SPI): unknown or stale SPI
    Replay,             ///< sequence number already received inside the window
    ReplayOutOfWindow,  ///< sequence number older than the window's left edge
    AuthFailure,        ///< ICV does not verify
    BadPadding,         ///< pad length too long, or pad bytes not 1, 2, 3, ...
    Malformed,          ///< truncated ESP, ciphertext not whole blocks, not protocol 50, fragment
    BadInnerPacket,     ///< next header is not IPv4, or the decrypted datagram is not valid IPv4
    ProxyMismatch,      ///< inner addresses outside the SA's proxy identities (RFC 2401 §5.2.1)
    SequenceExhausted,  ///< outbound counter would wrap with anti-replay on: rekey needed
    SaExpired,          ///< hard lifetime (seconds or kilobytes) reached
    WrongDirection,     ///< an inbound SA asked to encapsulate, or the reverse (caller's bug)
    InvalidSa,          ///< SA configuration rejected: no transform, key of the wrong length
    TooLarge,           ///< the ESP packet would exceed 65535 octets
};

/** Stable drop code of the diagnostic catalog ("esp.auth-failed"). */
QString errorCode(EspError error);
/** Short English text for traces ("ICV verification failed"). */
QString errorText(EspError error);

/** A value or the ESP error that prevented it (std::expected is C++23). */
template<typename T>
class EspResult
{
public:
    EspResult(T value) : m_data(std::move(value)) {}
    EspResult(EspError error) : m_data(error) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    /** Only when ok(). */
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }

    /** Only meaningful when !ok(). */
    EspError error() const
    {
        const EspError *error = std::get_if<EspError>(&m_data);
        return error ? *error : EspError::Malformed;
    }

private:
    std::variant<T, EspError> m_data;
};

} // namespace vtd::sim::esp
