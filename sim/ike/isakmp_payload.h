#pragma once

#include "isakmp_payloads.h"
#include "isakmp_sa_payload.h"
#include "isakmp_wire_reader.h"

#include <variant>

namespace vtd::sim::ike {

/** Any payload of a message's top-level chain. */
using Payload = std::variant<SaPayload, KePayload, IdPayload, HashPayload, NoncePayload, NotifyPayload,
                             DeletePayload, VendorIdPayload, AttributePayload, RawPayload>;

/** The next-payload value that announces this payload. */
PayloadType payloadType(const Payload &payload);

/** Whether the type may appear in a message's top-level chain (Proposal and Transform live
 *  only inside an SA payload; unknown values are refused). */
bool isTopLevelPayloadType(std::uint8_t value);

/** The payload's body, without the 4-byte generic header. */
QByteArray encodePayloadBody(const Payload &payload);

/** The payload with its generic header; `next` is the type of the payload that follows it. */
QByteArray encodePayload(const Payload &payload, PayloadType next);
/** encodePayload() at the end of `out` (a chain is built in one buffer). */
void appendPayload(QByteArray &out, const Payload &payload, PayloadType next);

/** Decodes and checks one payload body of that type; the reader's offsets are absolute. */
IsakmpResult<Payload> decodePayloadBody(PayloadType type, WireReader body);

/** First payload of that alternative in a list, or nullptr: find<SaPayload>(payloads). */
template<typename T>
const T *findPayload(const std::vector<Payload> &payloads)
{
    for (const Payload &p : payloads)
        if (const T *t = std::get_if<T>(&p))
            return t;
    return nullptr;
}

/** Every payload of that alternative, in order. */
template<typename T>
std::vector<const T *> findPayloads(const std::vector<Payload> &payloads)
{
    std::vector<const T *> out;
    for (const Payload &p : payloads)
        if (const T *t = std::get_if<T>(&p))
            out.push_back(t);
    return out;
}

} // namespace vtd::sim::ike
