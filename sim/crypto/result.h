#pragma once

#include <string_view>
#include <utility>
#include <variant>

namespace vtd::crypto {

/** Why a cryptographic operation produced no result; the IKE/ESP code turns it into a trace reason. */
enum class CryptoError {
    BadKeyLength,          ///< key size does not fit the algorithm
    BadIvLength,           ///< IV is not one cipher block
    BadDataLength,         ///< CBC input is not a whole number of blocks
    BadPrivateValue,       ///< DH private value outside 1 < x < p-1
    BadPublicValue,        ///< peer's DH public value outside 1 < y < p-1
    BadPublicValueLength,  ///< peer's DH public value is not exactly the prime's length
    Unavailable,           ///< the Botan build lacks the algorithm
    BackendFailure,        ///< Botan threw for another reason
};

/** Stable English name of an error, for traces and test messages ("bad IV length"). */
constexpr std::string_view errorName(CryptoError error)
{
    switch (error) {
    case CryptoError::BadKeyLength: return "bad key length";
    case CryptoError::BadIvLength: return "bad IV length";
    case CryptoError::BadDataLength: return "data is not a multiple of the block size";
    case CryptoError::BadPrivateValue: return "bad Diffie-Hellman private value";
    case CryptoError::BadPublicValue: return "bad Diffie-Hellman public value";
    case CryptoError::BadPublicValueLength: return "bad Diffie-Hellman public value length";
    case CryptoError::Unavailable: return "algorithm unavailable";
    case CryptoError::BackendFailure: return "crypto backend failure";
    }
    return "unknown crypto error";
}

/**
 * A value or the reason there is none: the adapter's replacement for Botan's exceptions
 * (std::expected arrives only with C++23).
 */
template <class T>
class Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(CryptoError error) : m_state(error) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    /** The value; calling it on an error is a programming error (std::bad_variant_access). */
    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    T &&operator*() && { return std::move(*this).value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    /** The error; only meaningful when !ok(). */
    CryptoError error() const
    {
        const CryptoError *error = std::get_if<CryptoError>(&m_state);
        return error ? *error : CryptoError::BackendFailure;
    }

private:
    std::variant<T, CryptoError> m_state;
};

} // namespace vtd::crypto
