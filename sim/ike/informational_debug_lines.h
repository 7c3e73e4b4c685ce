#pragma once

// Debug and syslog lines of Informational exchanges (DELETE, DPD) and SA ends, in the PIX 6.x
// style. The seed shows none of them: every template here is marked unverified in
// docs/reference/output-formats-unverified.md.

#include "ipsec_debug_lines.h"

#include "model/ipv4.h"

#include <QString>

#include <cstdint>

namespace vtd::sim::ike::debug_lines {

QString processingDelete(std::uint32_t messageId, int spiSize); ///< "processing DELETE payload. message ID = .., spi size = .."
QString deletingIkeSa(model::Ipv4Address src, model::Ipv4Address dst);  ///< "ISAKMP (0): deleting SA: src .., dst .."
/** The key engine told to drop one SA pair by the SPI the peer named. */
QString deleteSaWithSpi(std::uint32_t spi, model::Ipv4Address peer);
QString sendingDelete(int protocol, int spiSize, std::uint32_t messageId);
QString sendingNotify(int type, int protocol);                   ///< "ISAKMP (0): sending NOTIFY message 36136 protocol 1"
QString receivedDpd(bool ack, model::Ipv4Address peer);          ///< "received DPD_R_U_THERE[_ACK] from peer .."
QString peerDead(model::Ipv4Address peer, int tries);
QString peerRefDecremented(const QString &layer, model::Ipv4Address peer, int refs, int totalPeers);
QString deletedPeer(model::Ipv4Address peer, int totalPeers);
QString ipsecSaExpired(std::uint32_t spi, model::Ipv4Address peer, bool replaced);
QString saDeletedSyslog(const KeyEngineMessage &sa);             ///< 602302 "deleting SA, (sa) sa_dest= .."

} // namespace vtd::sim::ike::debug_lines
