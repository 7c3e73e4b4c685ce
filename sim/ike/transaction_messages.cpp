#include "transaction_messages.h"

#include "cipher_trace.h"

#include "sim/net/byte_order.h"

namespace vtd::sim::ike {

crypto::Bytes &transactionIv(IkeSa &sa, std::uint32_t mid)
{
    auto found = sa.transactionIvs.find(mid);
    if (found != sa.transactionIvs.end())
        return found->second;
    const auto first = sa.keys->phase2Iv(sa.lastPhase1Block, mid);
    return sa.transactionIvs[mid] = first ? *first : crypto::Bytes();
}

QByteArray sealTransaction(devices::SimNode &node, IkeSa &sa, std::uint32_t mid, const AttributePayload &attributes)
{
    const QByteArray covered = encodePayloadChain(std::vector<Payload>{attributes});
    const auto hash = sa.keys->transactionHash(mid, net::viewOf(covered));
    IsakmpMessage message;
    message.header = {sa.cookieI, sa.cookieR, PayloadType::None, IsakmpHeader::Version, ExchangeType::Transaction,
                      header_flag::Encryption, mid, IsakmpHeader::Size};
    message.payloads = {HashPayload{hash ? net::toByteArray(*hash) : QByteArray()}, attributes};
    return encryptAndTrace(node, message, *sa.keys, transactionIv(sa, mid));
}

std::variant<AttributePayload, TransactionError> openTransaction(IkeSa &sa, const EncryptedMessage &received)
{
    const std::uint32_t mid = received.header.messageId;
    auto decrypted = decryptMessage(received, *sa.keys, transactionIv(sa, mid));
    if (std::holds_alternative<QString>(decrypted))
        return TransactionError::Undecryptable;
    const DecryptedMessage &message = std::get<DecryptedMessage>(decrypted);
    const HashPayload *hash = findPayload<HashPayload>(message.message.payloads);
    const AttributePayload *attributes = findPayload<AttributePayload>(message.message.payloads);
    const auto expected = sa.keys->transactionHash(mid, net::viewOf(payloadsAfterFirst(message.plaintext, message.chain)));
    if (!hash || !attributes || !expected || !crypto::constantTimeEqual(*expected, net::viewOf(hash->data)))
        return TransactionError::BadHash;
    return *attributes;
}

} // namespace vtd::sim::ike
