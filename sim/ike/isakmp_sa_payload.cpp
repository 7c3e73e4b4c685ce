#include "isakmp_sa_payload.h"

namespace vtd::sim::ike {

namespace {

constexpr int GenericHeaderSize = 4;
constexpr int ProposalFixedSize = 8;  // generic header + #, protocol, SPI size, #transforms
constexpr int TransformFixedSize = 8; // generic header + #, ID, 2 reserved

/** The generic header of a nested Proposal or Transform payload. */
struct NestedHeader
{
    std::uint8_t next = 0;
    std::uint16_t length = 0;
};

/** Reads and checks a nested payload's generic header: next in {0, expectedNext}, reserved 0,
 *  minSize <= length <= bytes left. */
IsakmpResult<NestedHeader> readNestedHeader(WireReader &r, const Place &where, std::uint8_t expectedNext, int minSize)
{
    const int at = r.offset();
    if (!r.has(GenericHeaderSize))
        return IsakmpDecodeError{IsakmpProblem::Truncated, where.text(), at,
                                 QStringLiteral("%1 bytes left, a payload header needs 4").arg(r.remaining())};
    NestedHeader h;
    h.next = r.u8();
    const std::uint8_t reserved = r.u8();
    h.length = r.u16();
    if (h.next != 0 && h.next != expectedNext)
        return IsakmpDecodeError{IsakmpProblem::BadPayloadType, where.text(), at,
                                 QStringLiteral("next payload %1, expected %2 or 0").arg(h.next).arg(expectedNext)};
    if (reserved != 0)
        return IsakmpDecodeError{IsakmpProblem::BadReserved, where.text(), at + 1,
                                 QStringLiteral("reserved byte is %1").arg(reserved)};
    if (h.length < minSize)
        return IsakmpDecodeError{IsakmpProblem::BadLength, where.text(), at,
                                 QStringLiteral("payload length %1 below the minimum %2").arg(h.length).arg(minSize)};
    if (!r.has(h.length - GenericHeaderSize))
        return IsakmpDecodeError{IsakmpProblem::Truncated, where.text(), at,
                                 QStringLiteral("payload length %1 exceeds the %2 bytes left")
                                     .arg(h.length).arg(r.remaining() + GenericHeaderSize)};
    return h;
}

/** After the last item of a chain (next = 0) nothing may follow; before it, something must. */
std::optional<IsakmpDecodeError> checkChainEnd(const NestedHeader &h, const WireReader &r, const Place &where,
                                               int at, const Place &container)
{
    if (h.next == 0 && !r.atEnd())
        return IsakmpDecodeError{IsakmpProblem::BadLength, where.text(), at,
                                 QStringLiteral("last in its chain, but %1 bytes of the %2 follow")
                                     .arg(r.remaining()).arg(container.text())};
    if (h.next != 0 && r.atEnd())
        return IsakmpDecodeError{IsakmpProblem::Truncated, where.text(), at,
                                 QStringLiteral("announces another payload, but the %1 ends").arg(container.text())};
    return std::nullopt;
}

IsakmpResult<Transform> decodeTransform(WireReader r, const Place &where, int at)
{
    Transform t;
    t.number = r.u8();
    t.transformId = r.u8();
    const std::uint16_t reserved = r.u16();
    if (reserved != 0)
        return IsakmpDecodeError{IsakmpProblem::BadReserved, where.text(), at + 6,
                                 QStringLiteral("reserved field is %1").arg(reserved)};
    auto attributes = decodeAttributes(r, where);
    if (!attributes)
        return attributes.error();
    t.attributes = std::move(attributes.value());
    return t;
}

IsakmpResult<Proposal> decodeProposal(WireReader r, const Place &where, int at)
{
    Proposal p;
    p.number = r.u8();
    p.protocol = ProtocolId(r.u8());
    const std::uint8_t spiSize = r.u8();
    const std::uint8_t count = r.u8();
    if (!r.has(spiSize))
        return IsakmpDecodeError{IsakmpProblem::Truncated, where.text(), at + 6,
                                 QStringLiteral("SPI size %1 exceeds the %2 bytes left").arg(spiSize).arg(r.remaining())};
    p.spi = r.bytes(spiSize);
    while (!r.atEnd()) {
        const Place tWhere{"transform", int(p.transforms.size()) + 1, &where};
        const int tAt = r.offset();
        auto h = readNestedHeader(r, tWhere, std::uint8_t(PayloadType::Transform), TransformFixedSize);
        if (!h)
            return h.error();
        auto t = decodeTransform(r.sub(h->length - GenericHeaderSize), tWhere, tAt);
        if (!t)
            return t.error();
        p.transforms.push_back(std::move(t.value()));
        if (auto e = checkChainEnd(*h, r, tWhere, tAt, where))
            return *e;
    }
    if (p.transforms.size() != count || count == 0)
        return IsakmpDecodeError{IsakmpProblem::BadCount, where.text(), at + 7,
                                 QStringLiteral("announces %1 transforms, carries %2").arg(count).arg(p.transforms.size())};
    return p;
}

void appendNestedHeader(QByteArray &out, std::uint8_t next, int length)
{
    out.append(char(next));
    out.append(char(0));
    net::appendU16(out, std::uint16_t(length));
}

} // namespace

int encodedSize(const Transform &transform)
{
    int size = TransformFixedSize;
    for (const DataAttribute &a : transform.attributes)
        size += a.encodedSize();
    return size;
}

int encodedSize(const Proposal &proposal)
{
    int size = ProposalFixedSize + int(proposal.spi.size());
    for (const Transform &t : proposal.transforms)
        size += encodedSize(t);
    return size;
}

QByteArray SaPayload::encodeBody() const
{
    QByteArray out;
    net::appendU32(out, std::uint32_t(doi));
    net::appendU32(out, situation);
    for (std::size_t i = 0; i < proposals.size(); ++i) {
        const Proposal &p = proposals[i];
        appendNestedHeader(out, i + 1 < proposals.size() ? std::uint8_t(PayloadType::Proposal) : 0, encodedSize(p));
        out.append(char(p.number));
        out.append(char(p.protocol));
        out.append(char(p.spi.size()));
        out.append(char(p.transforms.size()));
        out.append(p.spi);
        for (std::size_t j = 0; j < p.transforms.size(); ++j) {
            const Transform &t = p.transforms[j];
            appendNestedHeader(out, j + 1 < p.transforms.size() ? std::uint8_t(PayloadType::Transform) : 0,
                               encodedSize(t));
            out.append(char(t.number));
            out.append(char(t.transformId));
            net::appendU16(out, 0);
            out.append(encodeAttributes(t.attributes));
        }
    }
    return out;
}

IsakmpResult<SaPayload> SaPayload::decodeBody(WireReader r)
{
    const Place where = Place::payloadOf(std::uint8_t(PayloadType::SecurityAssociation));
    const int at = r.offset() - GenericHeaderSize;
    if (!r.has(8))
        return IsakmpDecodeError{IsakmpProblem::Truncated, where.text(), at,
                                 QStringLiteral("body of %1 bytes, DOI and situation need 8").arg(r.remaining())};
    SaPayload sa;
    sa.doi = Doi(r.u32());
    sa.situation = r.u32();
    if (sa.doi != Doi::Ipsec)
        return IsakmpDecodeError{IsakmpProblem::BadValue, where.text(), at + 4,
                                 QStringLiteral("DOI %1, expected 1 (IPsec)").arg(std::uint32_t(sa.doi))};
    if (sa.situation != SituationIdentityOnly)
        return IsakmpDecodeError{IsakmpProblem::BadValue, where.text(), at + 8,
                                 QStringLiteral("situation 0x%1, expected SIT_IDENTITY_ONLY").arg(sa.situation, 0, 16)};
    while (!r.atEnd()) {
        const Place pWhere{"proposal", int(sa.proposals.size()) + 1, &where};
        const int pAt = r.offset();
        auto h = readNestedHeader(r, pWhere, std::uint8_t(PayloadType::Proposal), ProposalFixedSize);
        if (!h)
            return h.error();
        auto p = decodeProposal(r.sub(h->length - GenericHeaderSize), pWhere, pAt);
        if (!p)
            return p.error();
        if (!sa.proposals.empty() && p->number < sa.proposals.back().number)
            return IsakmpDecodeError{IsakmpProblem::BadValue, pWhere.text(), pAt + 4,
                                     QStringLiteral("proposal number %1 after %2: numbers must not decrease")
                                         .arg(p->number).arg(sa.proposals.back().number)};
        sa.proposals.push_back(std::move(p.value()));
        if (auto e = checkChainEnd(*h, r, pWhere, pAt, where))
            return *e;
    }
    if (sa.proposals.empty())
        return IsakmpDecodeError{IsakmpProblem::BadCount, where.text(), at, QStringLiteral("carries no proposal")};
    return sa;
}

} // namespace vtd::sim::ike
