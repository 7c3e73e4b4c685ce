#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace vtd::sim::net {

/** Which decoder refused the bytes. */
enum class DecodeLayer { Ipv4, Icmp, Udp };

/** Why the bytes were refused. */
enum class DecodeProblem {
    Truncated,       ///< fewer bytes than the headers or length fields require
    BadVersion,      ///< IPv4 version field is not 4
    BadHeaderLength, ///< IPv4 IHL below 5
    BadLength,       ///< a length field disagrees with the bytes present (e.g. trailing bytes)
    BadChecksum,     ///< checksum does not verify
};

/** A decoder's refusal, as a value: malformed input is an ordinary outcome, never a crash.
 *  code() is the stable drop code ("ip.truncated", "udp.bad-checksum") of the diagnostic catalog. */
struct DecodeError
{
    DecodeLayer layer = DecodeLayer::Ipv4;
    DecodeProblem problem = DecodeProblem::Truncated;

    QString code() const;
    /** Short English text for packet summaries: "truncated IPv4 packet". */
    QString description() const;
    friend bool operator==(const DecodeError &, const DecodeError &) = default;
};

/** A decoded value or the reason it could not be decoded (std::expected is C++23). Decoders
 *  whose refusals carry more than a layer and a problem (the ISAKMP codec) supply their own E. */
template<typename T, typename E = DecodeError>
class DecodeResult
{
public:
    DecodeResult(T value) : m_data(std::move(value)) {}
    DecodeResult(E error) : m_data(std::move(error)) {}

    bool isOk() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return isOk(); }

    /** Only when isOk(). */
    const T &value() const { return std::get<T>(m_data); }
    T &value() { return std::get<T>(m_data); }
    const T *operator->() const { return &value(); }
    const T &operator*() const { return value(); }

    /** Only when !isOk(). */
    E error() const { return std::get<E>(m_data); }

private:
    std::variant<T, E> m_data;
};

} // namespace vtd::sim::net
