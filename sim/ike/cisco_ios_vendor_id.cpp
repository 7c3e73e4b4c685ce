#include "cisco_ios_vendor_id.h"

#include "sim/crypto/hash.h"
#include "sim/net/byte_order.h"

namespace vtd::sim::ike {

QByteArray ciscoIosBoxVendorId()
{
    static const QByteArray id = [] {
        const auto digest = crypto::hash(crypto::HashAlgorithm::Md5, crypto::bytesOf("CISCO-IOS-BOX"));
        return digest ? net::toByteArray(*digest) : QByteArray();
    }();
    return id;
}

bool isCiscoIosBoxVendorId(const QByteArray &vendorId)
{
    return vendorId == ciscoIosBoxVendorId();
}

} // namespace vtd::sim::ike
