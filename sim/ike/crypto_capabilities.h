#pragma once

#include "isakmp_types.h"

#include <QString>

namespace vtd::model {
struct Node;
}

namespace vtd::sim::ike {

/** What a device's software and licence let it negotiate, so that a 3DES proposal to a PIX
 *  without the VPN-3DES licence fails as it does on the box, and AES or group 5 only work from
 *  PIX 6.3 on (PIX 6.2 and IOS 12.2 mainline know neither). */
struct CryptoCapabilities
{
    bool des = true;
    bool tripleDes = false;
    bool aes = false;
    bool group5 = false;

    /** From the node's kind, software version and licence flags. VPN Client PCs and hosts can
     *  do everything the Cisco VPN Client 3.6 proposes. */
    static CryptoCapabilities of(const model::Node &node);

    bool supports(IkeEncryption encryption) const;
    bool supports(EspTransform transform) const;
    bool supports(DhGroup group) const;
    /** Why `supports` said no, for diagnostics ("not licensed (VPN-3DES)", "needs PIX 6.3"). */
    QString refusal(IkeEncryption encryption) const;
    QString refusal(EspTransform transform) const;
    QString refusal(DhGroup group) const;

    /** Set by of(): which software said no to AES and group 5 ("PIX 6.2", "IOS 12.2"). */
    QString software;
};

} // namespace vtd::sim::ike
