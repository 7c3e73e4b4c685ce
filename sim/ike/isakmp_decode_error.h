#pragma once

#include "sim/net/decode_result.h"

#include <QMap>
#include <QString>

namespace vtd::sim::ike {

/** Why the ISAKMP codec refused a message. */
enum class IsakmpProblem {
    Truncated,         ///< a length field reaches beyond the bytes present, or too few bytes for a field
    BadLength,         ///< a length field disagrees with the structure (too short, trailing bytes)
    BadVersion,        ///< ISAKMP version is not 1.0
    BadExchangeType,   ///< exchange type the codec does not know
    BadFlags,          ///< header flag bits beyond E, C and A
    BadPayloadType,    ///< a next-payload value that is unknown or not allowed at that place
    BadReserved,       ///< a RESERVED field is not zero
    BadValue,          ///< a field holds a value the RFCs do not allow there (DOI, situation, ID type...)
    BadCount,          ///< a count field disagrees with what follows (transforms, SPIs)
    UnexpectedPayload, ///< a payload the exchange does not allow in this message, or in this place
    MissingPayload,    ///< a payload the exchange requires is absent
    EncryptionFlag,    ///< the E flag disagrees with the decoder used (encrypted body given to the clear decoder)
};

/** A refusal of the ISAKMP codec, as a value: which structure ("SA payload", "transform 3 of
 *  proposal 1", "header") at which byte offset of the message, and why. code() is the stable
 *  drop code of the diagnostic catalog ("isakmp.truncated"); params() fills its template. */
struct IsakmpDecodeError
{
    IsakmpProblem problem = IsakmpProblem::Truncated;
    QString where;  ///< the offending structure, e.g. "SA payload" or "attribute 2 of transform 1"
    int offset = 0; ///< byte offset of that structure from the start of the ISAKMP message
    QString detail; ///< the specific fault, e.g. "payload length 40 exceeds the 12 bytes left"

    QString code() const;
    /** "SA payload at offset 28: payload length 40 exceeds the 12 bytes left". */
    QString description() const;
    /** Parameters of the catalog template: where, offset, detail. */
    QMap<QString, QString> params() const;

    friend bool operator==(const IsakmpDecodeError &, const IsakmpDecodeError &) = default;
};

/** The codec's results: a decoded value or the reason it was refused. */
template<typename T>
using IsakmpResult = net::DecodeResult<T, IsakmpDecodeError>;

/** Every problem the codec can report, for the catalog completeness test. */
inline constexpr IsakmpProblem AllIsakmpProblems[] = {
    IsakmpProblem::Truncated, IsakmpProblem::BadLength, IsakmpProblem::BadVersion,
    IsakmpProblem::BadExchangeType, IsakmpProblem::BadFlags, IsakmpProblem::BadPayloadType,
    IsakmpProblem::BadReserved, IsakmpProblem::BadValue, IsakmpProblem::BadCount,
    IsakmpProblem::UnexpectedPayload, IsakmpProblem::MissingPayload, IsakmpProblem::EncryptionFlag,
};

} // namespace vtd::sim::ike
