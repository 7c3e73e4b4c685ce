// Decode-tree rows of the payloads (declared in isakmp_decode_tree.h).
#include "isakmp_decode_tree.h"

#include "isakmp_names.h"
#include "isakmp_vendor_ids.h"

namespace vtd::sim::ike {

namespace {

DecodeTreeRow row(const QString &field, const QString &value, int offset, int length)
{
    return DecodeTreeRow{field, value, offset, length, {}};
}

QString hex(const QByteArray &bytes)
{
    return bytes.isEmpty() ? QStringLiteral("(empty)") : QString::fromLatin1(bytes.toHex());
}

QString named(const QString &name, unsigned value)
{
    return name.startsWith(QLatin1String("UNKNOWN")) ? name : QStringLiteral("%1 (%2)").arg(name).arg(value);
}

QString doiText(Doi doi)
{
    return doi == Doi::Ipsec ? QStringLiteral("1 (IPsec)") : QStringLiteral("%1").arg(std::uint32_t(doi));
}

QString phase1Value(std::uint16_t type, std::uint16_t v)
{
    switch (IkeAttribute(type)) {
    case IkeAttribute::EncryptionAlgorithm: return named(ikeEncryptionName(v), v);
    case IkeAttribute::HashAlgorithm: return named(ikeHashName(v), v);
    case IkeAttribute::AuthenticationMethod: return named(authMethodName(v), v);
    case IkeAttribute::GroupDescription: return named(groupName(v), v);
    case IkeAttribute::LifeType: return named(lifeTypeName(v), v);
    case IkeAttribute::KeyLength: return QStringLiteral("%1 bits").arg(v);
    default: return QString::number(v);
    }
}

QString phase2Value(std::uint16_t type, std::uint16_t v)
{
    switch (IpsecAttribute(type)) {
    case IpsecAttribute::SaLifeType: return named(lifeTypeName(v), v);
    case IpsecAttribute::GroupDescription: return named(groupName(v), v);
    case IpsecAttribute::EncapsulationMode: return named(encapsulationModeName(v), v);
    case IpsecAttribute::AuthenticationAlgorithm: return named(ipsecAuthAlgorithmName(v), v);
    case IpsecAttribute::KeyLength: return QStringLiteral("%1 bits").arg(v);
    default: return QString::number(v);
    }
}

QString ipv4At(const QByteArray &data, int at)
{
    return model::Ipv4Address(net::readU32(net::viewOf(data), std::size_t(at))).toString();
}

bool isTextAttribute(ConfigAttribute type)
{
    switch (type) {
    case ConfigAttribute::ApplicationVersion:
    case ConfigAttribute::XauthUserName:
    case ConfigAttribute::XauthUserPassword:
    case ConfigAttribute::XauthMessage:
    case ConfigAttribute::XauthDomain:
    case ConfigAttribute::UnityBanner:
    case ConfigAttribute::UnityDefDomain:
    case ConfigAttribute::UnitySplitDnsName:
    case ConfigAttribute::UnityDdnsHostname: return true;
    default: return false;
    }
}

/** UNITY_SPLIT_INCLUDE / LOCAL_LAN: 14-byte entries of address, mask, protocol and ports. */
QString splitNetworksText(const QByteArray &v)
{
    if (v.size() % 14 != 0)
        return hex(v);
    QStringList networks;
    for (int at = 0; at < v.size(); at += 14)
        networks << ipv4At(v, at) + QLatin1Char('/') + ipv4At(v, at + 4);
    return networks.join(QStringLiteral(", "));
}

QString configValue(const DataAttribute &a)
{
    const auto type = ConfigAttribute(a.type);
    if (a.basic) {
        if (type == ConfigAttribute::XauthStatus)
            return named(a.basicValue == 1 ? QStringLiteral("OK") : QStringLiteral("FAIL"), a.basicValue);
        return QString::number(a.basicValue);
    }
    const QByteArray &v = a.variableValue;
    if (v.isEmpty())
        return QStringLiteral("(empty)");
    if (isTextAttribute(type))
        return QLatin1Char('"') + QString::fromLatin1(v) + QLatin1Char('"');
    if (a.type >= 1 && a.type <= 6 && a.type != 5 && v.size() == 4)
        return ipv4At(v, 0);
    if (type == ConfigAttribute::InternalIp4Subnet && v.size() == 8)
        return ipv4At(v, 0) + QLatin1Char('/') + ipv4At(v, 4);
    if (type == ConfigAttribute::UnitySplitInclude || type == ConfigAttribute::UnityLocalLan)
        return splitNetworksText(v);
    if (auto n = a.integer(); n && v.size() <= 4)
        return QString::number(*n);
    return hex(v);
}

void addTransformRows(DecodeTreeRow &r, const Transform &t, ProtocolId protocol, bool last, int at)
{
    DecodeTreeRow tr = row(QStringLiteral("Transform %1").arg(t.number), transformIdName(protocol, t.transformId), at,
                           encodedSize(t));
    tr.children.push_back(row(QStringLiteral("Next payload"), last ? QStringLiteral("0 (NONE)") : QStringLiteral("3 (Transform)"), at, 1));
    tr.children.push_back(row(QStringLiteral("Payload length"), QString::number(encodedSize(t)), at + 2, 2));
    tr.children.push_back(row(QStringLiteral("Transform number"), QString::number(t.number), at + 4, 1));
    tr.children.push_back(row(QStringLiteral("Transform ID"), named(transformIdName(protocol, t.transformId), t.transformId), at + 5, 1));
    int a = at + 8;
    for (const DataAttribute &attr : t.attributes) {
        tr.children.push_back(attributeRow(attr, protocol == ProtocolId::Isakmp, a));
        a += attr.encodedSize();
    }
    r.children.push_back(std::move(tr));
}

void addSaRows(DecodeTreeRow &r, const SaPayload &sa, int at)
{
    r.children.push_back(row(QStringLiteral("DOI"), doiText(sa.doi), at, 4));
    r.children.push_back(row(QStringLiteral("Situation"),
                             sa.situation == SituationIdentityOnly ? QStringLiteral("0x00000001 (SIT_IDENTITY_ONLY)")
                                                                   : QStringLiteral("0x%1").arg(sa.situation, 8, 16, QLatin1Char('0')),
                             at + 4, 4));
    int p = at + 8;
    for (std::size_t i = 0; i < sa.proposals.size(); ++i) {
        const Proposal &pr = sa.proposals[i];
        DecodeTreeRow prow = row(QStringLiteral("Proposal %1").arg(pr.number),
                                 QStringLiteral("%1, %2 transform(s)").arg(protocolIdName(pr.protocol)).arg(pr.transforms.size()),
                                 p, encodedSize(pr));
        prow.children.push_back(row(QStringLiteral("Next payload"), i + 1 < sa.proposals.size() ? QStringLiteral("2 (Proposal)") : QStringLiteral("0 (NONE)"), p, 1));
        prow.children.push_back(row(QStringLiteral("Payload length"), QString::number(encodedSize(pr)), p + 2, 2));
        prow.children.push_back(row(QStringLiteral("Proposal number"), QString::number(pr.number), p + 4, 1));
        prow.children.push_back(row(QStringLiteral("Protocol ID"), named(protocolIdName(pr.protocol), unsigned(pr.protocol)), p + 5, 1));
        prow.children.push_back(row(QStringLiteral("SPI size"), QString::number(pr.spi.size()), p + 6, 1));
        prow.children.push_back(row(QStringLiteral("Number of transforms"), QString::number(pr.transforms.size()), p + 7, 1));
        if (!pr.spi.isEmpty())
            prow.children.push_back(row(QStringLiteral("SPI"), QStringLiteral("0x") + hex(pr.spi), p + 8, int(pr.spi.size())));
        int t = p + 8 + int(pr.spi.size());
        for (std::size_t j = 0; j < pr.transforms.size(); ++j) {
            addTransformRows(prow, pr.transforms[j], pr.protocol, j + 1 == pr.transforms.size(), t);
            t += encodedSize(pr.transforms[j]);
        }
        r.children.push_back(std::move(prow));
        p += encodedSize(pr);
    }
}

void addIdRows(DecodeTreeRow &r, const IdPayload &id, int at)
{
    r.children.push_back(row(QStringLiteral("ID type"), named(idTypeName(id.type), unsigned(id.type)), at, 1));
    r.children.push_back(row(QStringLiteral("Protocol ID"), QString::number(id.protocol), at + 1, 1));
    r.children.push_back(row(QStringLiteral("Port"), QString::number(id.port), at + 2, 2));
    r.children.push_back(row(QStringLiteral("Identification data"), id.text(), at + 4, int(id.data.size())));
}

void addNotifyRows(DecodeTreeRow &r, const NotifyPayload &n, int at)
{
    r.children.push_back(row(QStringLiteral("DOI"), doiText(n.doi), at, 4));
    r.children.push_back(row(QStringLiteral("Protocol ID"), named(protocolIdName(n.protocol), unsigned(n.protocol)), at + 4, 1));
    r.children.push_back(row(QStringLiteral("SPI size"), QString::number(n.spi.size()), at + 5, 1));
    r.children.push_back(row(QStringLiteral("Notify message type"), named(notifyTypeName(n.type), unsigned(n.type)), at + 6, 2));
    if (!n.spi.isEmpty())
        r.children.push_back(row(QStringLiteral("SPI"), hex(n.spi), at + 8, int(n.spi.size())));
    if (!n.data.isEmpty()) {
        const auto seq = n.dpdSequence();
        r.children.push_back(row(seq ? QStringLiteral("Sequence number") : QStringLiteral("Notification data"),
                                 seq ? QString::number(*seq) : hex(n.data), at + 8 + int(n.spi.size()), int(n.data.size())));
    }
}

void addDeleteRows(DecodeTreeRow &r, const DeletePayload &d, int at)
{
    r.children.push_back(row(QStringLiteral("DOI"), doiText(d.doi), at, 4));
    r.children.push_back(row(QStringLiteral("Protocol ID"), named(protocolIdName(d.protocol), unsigned(d.protocol)), at + 4, 1));
    r.children.push_back(row(QStringLiteral("SPI size"), QString::number(d.spiSize), at + 5, 1));
    r.children.push_back(row(QStringLiteral("Number of SPIs"), QString::number(d.spis.size()), at + 6, 2));
    int s = at + 8;
    for (std::size_t i = 0; i < d.spis.size(); ++i, s += d.spiSize)
        r.children.push_back(row(QStringLiteral("SPI %1").arg(i + 1), QStringLiteral("0x") + hex(d.spis[i]), s, d.spiSize));
}

void addAttributePayloadRows(DecodeTreeRow &r, const AttributePayload &p, int at)
{
    r.children.push_back(row(QStringLiteral("Type"), named(configTypeName(p.type), unsigned(p.type)), at, 1));
    r.children.push_back(row(QStringLiteral("Identifier"), QString::number(p.identifier), at + 2, 2));
    int a = at + 4;
    for (const DataAttribute &attr : p.attributes) {
        r.children.push_back(configAttributeRow(attr, a));
        a += attr.encodedSize();
    }
}

QString summary(const Payload &p)
{
    if (auto sa = std::get_if<SaPayload>(&p))
        return QStringLiteral("%1 proposal(s)").arg(sa->proposals.size());
    if (auto id = std::get_if<IdPayload>(&p))
        return idTypeName(id->type) + QLatin1Char(' ') + id->text();
    if (auto n = std::get_if<NotifyPayload>(&p))
        return notifyTypeName(n->type);
    if (auto d = std::get_if<DeletePayload>(&p))
        return QStringLiteral("%1, %2 SPI(s)").arg(protocolIdName(d->protocol)).arg(d->spis.size());
    if (auto v = std::get_if<VendorIdPayload>(&p)) {
        const auto known = identifyVendorId(v->data);
        return known ? vendorIdName(*known) : QStringLiteral("unknown vendor");
    }
    if (auto a = std::get_if<AttributePayload>(&p))
        return QStringLiteral("%1, %2 attribute(s)").arg(configTypeName(a->type)).arg(a->attributes.size());
    return QStringLiteral("%1 bytes").arg(encodePayloadBody(p).size());
}

void addBodyRows(DecodeTreeRow &r, const Payload &p, int at, int bodySize)
{
    if (auto sa = std::get_if<SaPayload>(&p))
        addSaRows(r, *sa, at);
    else if (auto id = std::get_if<IdPayload>(&p))
        addIdRows(r, *id, at);
    else if (auto n = std::get_if<NotifyPayload>(&p))
        addNotifyRows(r, *n, at);
    else if (auto d = std::get_if<DeletePayload>(&p))
        addDeleteRows(r, *d, at);
    else if (auto a = std::get_if<AttributePayload>(&p))
        addAttributePayloadRows(r, *a, at);
    else
        r.children.push_back(row(payloadTypeName(payloadType(p)) + QStringLiteral(" data"),
                                 hex(encodePayloadBody(p)), at, bodySize));
}

} // namespace

DecodeTreeRow attributeRow(const DataAttribute &a, bool phase1, int offset)
{
    const QString field = phase1 ? ikeAttributeName(a.type) : ipsecAttributeName(a.type);
    QString value;
    if (a.basic)
        value = phase1 ? phase1Value(a.type, a.basicValue) : phase2Value(a.type, a.basicValue);
    else if (auto n = a.integer())
        value = QString::number(*n);
    else
        value = hex(a.variableValue);
    return row(field, value, offset, a.encodedSize());
}

DecodeTreeRow configAttributeRow(const DataAttribute &a, int offset)
{
    return row(named(configAttributeName(a.type), a.type), configValue(a), offset, a.encodedSize());
}

DecodeTreeRow payloadRow(const Payload &payload, PayloadType next, int offset)
{
    const int bodySize = int(encodePayloadBody(payload).size());
    const PayloadType type = payloadType(payload);
    DecodeTreeRow r = row(payloadTypeName(type) + QStringLiteral(" payload"), summary(payload), offset, 4 + bodySize);
    r.children.push_back(row(QStringLiteral("Next payload"), named(payloadTypeName(next), unsigned(next)), offset, 1));
    r.children.push_back(row(QStringLiteral("Payload length"), QString::number(4 + bodySize), offset + 2, 2));
    addBodyRows(r, payload, offset + 4, bodySize);
    return r;
}

} // namespace vtd::sim::ike
