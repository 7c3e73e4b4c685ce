#include "isakmp_vendor_ids.h"

namespace vtd::sim::ike {

namespace {

struct VendorEntry
{
    KnownVendorId id;
    const char *hex;
    const char *name;
};

constexpr VendorEntry Vendors[] = {
    {KnownVendorId::CiscoUnity, "12f5f28c457168a9702d9fe274cc0100", "Cisco Unity"},
    {KnownVendorId::DeadPeerDetection, "afcad71368a1f1c96b8696fc77570100", "Dead Peer Detection v1.0"},
    {KnownVendorId::Xauth, "09002689dfd6b712", "XAUTH"},
    {KnownVendorId::CiscoFragmentation, "4048b7d56ebce88525e7de7f00d6c2d380000000", "Cisco Fragmentation"},
    {KnownVendorId::CiscoVpn3000, "1f07f70eaa6514d3b0fa96542a500100", "Cisco VPN Concentrator"},
    {KnownVendorId::NatTraversalRfc3947, "4a131c81070358455c5728f20e95452f", "RFC 3947 NAT-T"},
    {KnownVendorId::NatTraversalDraft02, "90cb80913ebb696e086381b5ec427b1f", "draft-ietf-ipsec-nat-t-ike-02"},
    {KnownVendorId::NatTraversalDraft03, "7d9419a65310ca6f2c179d9215529d56", "draft-ietf-ipsec-nat-t-ike-03"},
};

const VendorEntry &entry(KnownVendorId id)
{
    for (const VendorEntry &e : Vendors)
        if (e.id == id)
            return e;
    return Vendors[0];
}

} // namespace

QByteArray vendorIdBytes(KnownVendorId id)
{
    return QByteArray::fromHex(entry(id).hex);
}

std::optional<KnownVendorId> identifyVendorId(const QByteArray &data)
{
    for (const VendorEntry &e : Vendors)
        if (data == QByteArray::fromHex(e.hex))
            return e.id;
    return std::nullopt;
}

QString vendorIdName(KnownVendorId id)
{
    return QString::fromLatin1(entry(id).name);
}

} // namespace vtd::sim::ike
