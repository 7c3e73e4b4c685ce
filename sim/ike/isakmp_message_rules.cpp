#include "isakmp_message_rules.h"

#include "isakmp_names.h"
#include "isakmp_wire_reader.h"

#include <algorithm>

namespace vtd::sim::ike {

namespace {

using PT = PayloadType;
constexpr int Any = -1;

// Payloads any message may add: vendor IDs, and the NAT-T discovery payloads of MM3/MM4/AM2/AM3.
const std::vector<PayloadCount> Vids = {{PT::VendorId, 0, Any}};

std::vector<PayloadCount> with(std::vector<PayloadCount> counts, const std::vector<PayloadCount> &extra)
{
    counts.insert(counts.end(), extra.begin(), extra.end());
    return counts;
}

const std::vector<PayloadCount> NatD = {{PT::NatDiscovery, 0, Any}, {PT::NatDiscoveryDraft, 0, Any}};

std::vector<MessageRule> buildRules()
{
    using K = MessageKind;
    using E = ExchangeType;
    const auto mmSa = with({{PT::SecurityAssociation, 1, 1}}, Vids);
    const auto mmKe = with(with({{PT::KeyExchange, 1, 1}, {PT::Nonce, 1, 1}, {PT::CertificateRequest, 0, Any}}, Vids), NatD);
    const auto mmId = with({{PT::Identification, 1, 1}, {PT::Hash, 1, 1}, {PT::Notification, 0, Any}}, Vids);
    const auto qm = std::vector<PayloadCount>{{PT::Hash, 1, 1}, {PT::SecurityAssociation, 1, 1}, {PT::Nonce, 1, 1},
                                              {PT::KeyExchange, 0, 1}, {PT::Identification, 0, 2, true},
                                              {PT::Notification, 0, Any}};
    return {
        {K::MainMode1, QStringLiteral("Main Mode message 1"), E::IdentityProtection, BodyEncryption::Clear, MessageIdRule::Zero, {PT::SecurityAssociation}, mmSa, {}},
        {K::MainMode2, QStringLiteral("Main Mode message 2"), E::IdentityProtection, BodyEncryption::Clear, MessageIdRule::Zero, {PT::SecurityAssociation}, mmSa, {}},
        {K::MainMode3, QStringLiteral("Main Mode message 3"), E::IdentityProtection, BodyEncryption::Clear, MessageIdRule::Zero, {}, mmKe, {}},
        {K::MainMode4, QStringLiteral("Main Mode message 4"), E::IdentityProtection, BodyEncryption::Clear, MessageIdRule::Zero, {}, mmKe, {}},
        {K::MainMode5, QStringLiteral("Main Mode message 5"), E::IdentityProtection, BodyEncryption::Encrypted, MessageIdRule::Zero, {PT::Identification}, mmId, {}},
        {K::MainMode6, QStringLiteral("Main Mode message 6"), E::IdentityProtection, BodyEncryption::Encrypted, MessageIdRule::Zero, {PT::Identification}, mmId, {}},
        {K::Aggressive1, QStringLiteral("Aggressive Mode message 1"), E::Aggressive, BodyEncryption::Clear, MessageIdRule::Zero, {PT::SecurityAssociation},
         with({{PT::SecurityAssociation, 1, 1}, {PT::KeyExchange, 1, 1}, {PT::Nonce, 1, 1}, {PT::Identification, 1, 1}}, Vids), {}},
        {K::Aggressive2, QStringLiteral("Aggressive Mode message 2"), E::Aggressive, BodyEncryption::Clear, MessageIdRule::Zero, {PT::SecurityAssociation},
         with(with({{PT::SecurityAssociation, 1, 1}, {PT::KeyExchange, 1, 1}, {PT::Nonce, 1, 1}, {PT::Identification, 1, 1}, {PT::Hash, 1, 1}}, Vids), NatD), {}},
        {K::Aggressive3, QStringLiteral("Aggressive Mode message 3"), E::Aggressive, BodyEncryption::Either, MessageIdRule::Zero, {},
         with(with({{PT::Hash, 1, 1}, {PT::Notification, 0, Any}}, Vids), NatD), {}},
        {K::Quick1, QStringLiteral("Quick Mode message 1"), E::QuickMode, BodyEncryption::Encrypted, MessageIdRule::NonZero, {PT::Hash, PT::SecurityAssociation}, qm, {}},
        {K::Quick2, QStringLiteral("Quick Mode message 2"), E::QuickMode, BodyEncryption::Encrypted, MessageIdRule::NonZero, {PT::Hash, PT::SecurityAssociation}, qm, {}},
        {K::Quick3, QStringLiteral("Quick Mode message 3"), E::QuickMode, BodyEncryption::Encrypted, MessageIdRule::NonZero, {PT::Hash}, {{PT::Hash, 1, 1}}, {}},
        {K::InformationalProtected, QStringLiteral("Informational message"), E::Informational, BodyEncryption::Encrypted, MessageIdRule::NonZero, {PT::Hash},
         {{PT::Hash, 1, 1}, {PT::Notification, 0, Any}, {PT::Delete, 0, Any}}, {PT::Notification, PT::Delete}},
        {K::InformationalClear, QStringLiteral("unprotected Informational message"), E::Informational, BodyEncryption::Clear, MessageIdRule::Any, {},
         {{PT::Notification, 1, Any}}, {}},
        {K::Transaction, QStringLiteral("Transaction message"), E::Transaction, BodyEncryption::Encrypted, MessageIdRule::NonZero, {PT::Hash},
         {{PT::Hash, 1, 1}, {PT::Attribute, 1, 1}}, {}},
    };
}

IsakmpDecodeError headerFault(IsakmpProblem problem, int offset, const QString &detail)
{
    return IsakmpDecodeError{problem, QStringLiteral("ISAKMP header"), offset, detail};
}

std::optional<IsakmpDecodeError> checkHeader(const MessageRule &rule, const IsakmpHeader &h)
{
    if (h.exchange != rule.exchange)
        return headerFault(IsakmpProblem::BadExchangeType, 18,
                           QStringLiteral("exchange %1 in a %2").arg(exchangeTypeName(h.exchange), rule.name));
    if (rule.encryption == BodyEncryption::Clear && h.encrypted())
        return headerFault(IsakmpProblem::EncryptionFlag, 19, QStringLiteral("a %1 is not encrypted").arg(rule.name));
    if (rule.encryption == BodyEncryption::Encrypted && !h.encrypted())
        return headerFault(IsakmpProblem::EncryptionFlag, 19, QStringLiteral("a %1 must be encrypted").arg(rule.name));
    if (rule.messageId == MessageIdRule::Zero && h.messageId != 0)
        return headerFault(IsakmpProblem::BadValue, 20, QStringLiteral("message ID must be 0 in a %1").arg(rule.name));
    if (rule.messageId == MessageIdRule::NonZero && h.messageId == 0)
        return headerFault(IsakmpProblem::BadValue, 20, QStringLiteral("message ID must not be 0 in a %1").arg(rule.name));
    return std::nullopt;
}

const PayloadCount *countFor(const MessageRule &rule, PayloadType type)
{
    auto it = std::find_if(rule.counts.begin(), rule.counts.end(), [type](const PayloadCount &c) { return c.type == type; });
    return it == rule.counts.end() ? nullptr : &*it;
}

/** Where the index-th payload starts (or, for index == size, where the chain ends); only
 *  computed for an error, so checking a valid message encodes nothing. */
int offsetOf(const IsakmpMessage &message, std::size_t index)
{
    int at = IsakmpHeader::Size;
    for (std::size_t i = 0; i < index && i < message.payloads.size(); ++i)
        at += 4 + int(encodePayloadBody(message.payloads[i]).size());
    return at;
}

std::optional<IsakmpDecodeError> checkCounts(const MessageRule &rule, const IsakmpMessage &m)
{
    for (const PayloadCount &c : rule.counts) {
        int n = 0;
        std::size_t last = 0;
        for (std::size_t i = 0; i < m.payloads.size(); ++i)
            if (payloadType(m.payloads[i]) == c.type) {
                ++n;
                last = i;
            }
        if (n < c.min)
            return IsakmpDecodeError{IsakmpProblem::MissingPayload, Place::payloadOf(std::uint8_t(c.type)).text(),
                                     offsetOf(m, m.payloads.size()),
                                     QStringLiteral("a %1 needs %2, found %3").arg(rule.name).arg(c.min).arg(n)};
        if ((c.max != Any && n > c.max) || (c.pairs && n % 2 != 0))
            return IsakmpDecodeError{IsakmpProblem::UnexpectedPayload, Place::payloadOf(std::uint8_t(c.type)).text(),
                                     offsetOf(m, last),
                                     QStringLiteral("a %1 allows %2, found %3")
                                         .arg(rule.name, c.pairs ? QStringLiteral("none or a pair") : QString::number(c.max))
                                         .arg(n)};
    }
    return std::nullopt;
}

} // namespace

const std::vector<MessageRule> &messageRules()
{
    static const std::vector<MessageRule> rules = buildRules();
    return rules;
}

const MessageRule &messageRule(MessageKind kind)
{
    for (const MessageRule &r : messageRules())
        if (r.kind == kind)
            return r;
    return messageRules().front();
}

std::optional<IsakmpDecodeError> checkMessageRule(MessageKind kind, const IsakmpMessage &message)
{
    const MessageRule &rule = messageRule(kind);
    if (auto e = checkHeader(rule, message.header))
        return e;
    for (std::size_t i = 0; i < message.payloads.size(); ++i) {
        const PayloadType type = payloadType(message.payloads[i]);
        if (!countFor(rule, type))
            return IsakmpDecodeError{IsakmpProblem::UnexpectedPayload, Place::payloadOf(std::uint8_t(type)).text(),
                                     offsetOf(message, i), QStringLiteral("not allowed in a %1").arg(rule.name)};
        if (i < rule.prefix.size() && type != rule.prefix[i])
            return IsakmpDecodeError{IsakmpProblem::UnexpectedPayload, Place::payloadOf(std::uint8_t(type)).text(),
                                     offsetOf(message, i),
                                     QStringLiteral("payload %1 of a %2 must be %3").arg(i + 1).arg(rule.name,
                                                                                               payloadTypeName(rule.prefix[i]))};
    }
    if (auto e = checkCounts(rule, message))
        return e;
    if (!rule.atLeastOneOf.empty()
        && std::none_of(message.payloads.begin(), message.payloads.end(), [&rule](const Payload &p) {
               return std::find(rule.atLeastOneOf.begin(), rule.atLeastOneOf.end(), payloadType(p)) != rule.atLeastOneOf.end();
           }))
        return IsakmpDecodeError{IsakmpProblem::MissingPayload, QStringLiteral("payload chain"), IsakmpHeader::Size,
                                 QStringLiteral("a %1 carries neither NOTIFY nor DELETE").arg(rule.name)};
    return std::nullopt;
}

} // namespace vtd::sim::ike
