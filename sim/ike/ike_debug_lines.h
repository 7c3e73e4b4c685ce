#pragma once

// The text of PIX 6.2 `debug crypto isakmp` / `debug crypto ipsec` messages, one function per
// message, as the seed shows them (reference output-formats.md §8). Lines that the devices do
// not end with a newline are marked in their comment: the caller uses IkeDebug::text for them.

#include "isakmp_payloads.h"

#include "model/ipv4.h"

#include <QString>

#include <cstdint>

namespace vtd::sim::ike::debug_lines {

QString processBlock(model::Ipv4Address src, model::Ipv4Address dest);
QString addedPeer(model::Ipv4Address peer, int totalPeers);
QString peerRefIncremented(const QString &layer, model::Ipv4Address peer, int refs, int totalPeers);
QString exchangeLabel(ExchangeType exchange);                    ///< "OAK_MM exchange"
QString processingPayload(const QString &payload, std::uint32_t messageId); ///< "processing SA payload. message ID = 0"
QString checkingTransform(int transform, int priority);
QString attsAcceptable(bool acceptable, int nextPayload);        ///< phase 1 wording
QString doingPreShared(IdType ownIdType);
QString ownIdPayload(const IdPayload &id, int nextPayload);      ///< the "ID payload" block, several lines
QString totalPayloadLength(const IdPayload &id);
QString vendorIdLines(const QByteArray &vendorId);              ///< "processing vendor id payload" [+ meaning]
QString returnStatus();                                         ///< "return status is IKMP_NO_ERROR"
QString beginningMainMode();
QString saAuthenticated();
QString beginningQuickMode(std::uint32_t messageId);            ///< no newline on the PIX
QString sendingInitialContact();
QString unexpectedSource(model::Ipv4Address actual, model::Ipv4Address expected);
QString retransmitting(int count, model::Ipv4Address peer);
QString retransmitGiveUp(model::Ipv4Address peer);
QString malformed(model::Ipv4Address peer);
QString noPreSharedKey(model::Ipv4Address peer);
QString hashMismatch(model::Ipv4Address peer);
QString noProposalChosen(model::Ipv4Address peer);

/** A 15-wide right-aligned address, as the PIX prints them in SA blocks. */
QString padded(model::Ipv4Address address);

} // namespace vtd::sim::ike::debug_lines
