#pragma once

#include <QByteArray>

namespace vtd::sim::ike {

/** The Cisco-private Vendor ID that PIX and IOS send each other in MM3/MM4 and that makes the
 *  receiver log "speaking to another IOS box!" (seed). Its real bytes are not published
 *  [unverified]: this simulation uses the first 16 bytes of MD5("CISCO-IOS-BOX"), so that the
 *  simulated boxes recognise each other the way the real ones do. */
QByteArray ciscoIosBoxVendorId();
bool isCiscoIosBoxVendorId(const QByteArray &vendorId);

} // namespace vtd::sim::ike
