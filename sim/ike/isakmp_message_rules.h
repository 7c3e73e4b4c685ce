#pragma once

#include "isakmp_decode_error.h"
#include "isakmp_message.h"

#include <QString>

#include <optional>
#include <vector>

namespace vtd::sim::ike {

/** The messages of the IKEv1 exchanges this simulation runs (RFC 2409 §5, §5.5, §5.7, the
 *  Mode Config draft), each with its own payload rule. */
enum class MessageKind {
    MainMode1, MainMode2, MainMode3, MainMode4, MainMode5, MainMode6,
    Aggressive1, Aggressive2, Aggressive3,
    Quick1, Quick2, Quick3,
    InformationalProtected, ///< HDR*, HASH(1), N/D
    InformationalClear,     ///< HDR, N (before any IKE SA, e.g. NO-PROPOSAL-CHOSEN)
    Transaction,            ///< HDR*, HASH, ATTR
};

/** How many payloads of one type a message may carry. */
struct PayloadCount
{
    PayloadType type = PayloadType::None;
    int min = 0;
    int max = 0;           ///< -1: any number
    bool pairs = false;    ///< the count must be even (Quick Mode IDci/IDcr)
};

enum class BodyEncryption { Clear, Encrypted, Either };
enum class MessageIdRule { Zero, NonZero, Any };

/** What one message of an exchange must and may contain. Payload types not listed are refused. */
struct MessageRule
{
    MessageKind kind;
    QString name;                  ///< "Main Mode message 1"
    ExchangeType exchange;
    BodyEncryption encryption;
    MessageIdRule messageId;
    std::vector<PayloadType> prefix; ///< payloads that must open the chain, in this order
    std::vector<PayloadCount> counts;
    std::vector<PayloadType> atLeastOneOf; ///< e.g. Informational: a NOTIFY or a DELETE
};

/** The rule table, one row per MessageKind. */
const std::vector<MessageRule> &messageRules();
const MessageRule &messageRule(MessageKind kind);

/** Checks a decoded message against its rule: exchange type, E flag, message ID, the payloads
 *  that open the chain, and each payload type's count. Offsets of payload faults are the
 *  payloads' places in the message. */
std::optional<IsakmpDecodeError> checkMessageRule(MessageKind kind, const IsakmpMessage &message);

} // namespace vtd::sim::ike
