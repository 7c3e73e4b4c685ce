#include "esp_describe.h"

#include "esp_sa.h"
#include "esp_wire.h"

namespace vtd::sim::esp {

namespace {

QString hexText(crypto::BytesView bytes)
{
    return bytes.empty() ? QStringLiteral("none") : QString::fromStdString(crypto::toHex(bytes));
}

void describeWithSa(EspDescription &out, crypto::BytesView esp, const EspSa &sa)
{
    out.haveSa = true;
    out.transform = sa.transform().ciscoName();
    out.encryptionKey = sa.config().encryptionKey;
    out.authenticationKey = sa.config().authenticationKey;
    const auto layout = splitEsp(sa.transform(), esp);
    if (!layout) {
        out.problem = layout.error();
        return;
    }
    out.iv = crypto::toBytes(layout->iv);
    out.ciphertext = crypto::toBytes(layout->ciphertext);
    out.icv = crypto::toBytes(layout->icv);
    const EspKeys keys{sa.transform(), sa.cipher(), sa.hmac()};
    if (sa.hmac()) {
        out.icvOk = verifyIcv(keys, *layout);
        if (!*out.icvOk)
            out.problem = EspError::AuthFailure;
    }
    const auto plain = openEsp(keys, *layout);
    if (!plain) {
        out.problem = out.problem.value_or(plain.error());
        return;
    }
    out.decrypted = true;
    out.padding = crypto::toBytes(plain->padding());
    out.padLength = plain->padLength;
    out.nextHeader = plain->nextHeader;
    out.inner = net::toByteArray(plain->payload());
    if (plain->nextHeader != NextHeaderIpv4)
        out.problem = out.problem.value_or(EspError::BadInnerPacket);
}

} // namespace

EspDescription describeEsp(crypto::BytesView espPayload, const EspSa *sa)
{
    EspDescription out;
    const auto header = readEspHeader(espPayload);
    if (!header) {
        out.problem = EspError::Malformed;
        return out;
    }
    out.headerPresent = true;
    out.spi = header->spi;
    out.sequence = header->sequence;
    if (sa && sa->spi() == header->spi)
        describeWithSa(out, espPayload, *sa);
    else if (sa)
        out.problem = EspError::NoSa;
    return out;
}

std::vector<net::PacketField> EspDescription::fields() const
{
    std::vector<net::PacketField> rows;
    const QString layer = QStringLiteral("ESP");
    if (!headerPresent) {
        rows.push_back({QStringLiteral("Error"), errorCode(EspError::Malformed), errorText(EspError::Malformed)});
        return rows;
    }
    rows.push_back({layer, QStringLiteral("SPI"), QStringLiteral("0x%1").arg(spi, 8, 16, QLatin1Char('0'))});
    rows.push_back({layer, QStringLiteral("Sequence"), QString::number(sequence)});
    if (haveSa) {
        rows.push_back({layer, QStringLiteral("Transform"), transform});
        rows.push_back({layer, QStringLiteral("Encryption key"), hexText(encryptionKey)});
        rows.push_back({layer, QStringLiteral("Authentication key"), hexText(authenticationKey)});
        rows.push_back({layer, QStringLiteral("IV"), hexText(iv)});
        rows.push_back({layer, QStringLiteral("ICV"), hexText(icv)});
        if (icvOk)
            rows.push_back({layer, QStringLiteral("ICV check"), *icvOk ? QStringLiteral("good") : QStringLiteral("bad")});
    }
    if (decrypted) {
        rows.push_back({layer, QStringLiteral("Padding"), hexText(padding)});
        rows.push_back({layer, QStringLiteral("Pad length"), QString::number(padLength)});
        rows.push_back({layer, QStringLiteral("Next header"), QString::number(nextHeader)});
    }
    if (problem)
        rows.push_back({QStringLiteral("Error"), errorCode(*problem), errorText(*problem)});
    if (decrypted && nextHeader == NextHeaderIpv4) {
        for (net::PacketField row : net::decodePacketFields(net::viewOf(inner))) {
            row.layer = QStringLiteral("Inner ") + row.layer;
            rows.push_back(row);
        }
    }
    return rows;
}

} // namespace vtd::sim::esp
