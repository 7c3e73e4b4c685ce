// The ESP part of inspectPacket(): header, IV, ciphertext and ICV as on the wire, then the
// payload decrypted with the keys of its SA (the run's KeyTrace "esp" for that SPI), so that an
// altered or replayed copy shows its bad ICV too, and the keys with their KEYMAT derivation.
#include "inspection_parts.h"

#include "sim/esp/esp_describe.h"
#include "sim/esp/esp_sa.h"
#include "sim/esp/esp_wire.h"

#include <optional>

namespace vtd::sim::analysis::detail {

namespace {

const QString Esp = QStringLiteral("ESP");
const QString Keys = QStringLiteral("Keys");

std::optional<crypto::EncryptionAlgorithm> cipherNamed(const QString &name)
{
    if (name == QLatin1String("des"))
        return crypto::EncryptionAlgorithm::Des;
    if (name == QLatin1String("3des"))
        return crypto::EncryptionAlgorithm::TripleDes;
    if (name == QLatin1String("aes-128"))
        return crypto::EncryptionAlgorithm::Aes128;
    if (name == QLatin1String("aes-192"))
        return crypto::EncryptionAlgorithm::Aes192;
    if (name == QLatin1String("aes-256"))
        return crypto::EncryptionAlgorithm::Aes256;
    return std::nullopt;
}

crypto::Bytes bytesOf(const KeyTrace &keys, const char *field)
{
    return crypto::fromHex(keys.fields.value(QLatin1String(field)).toStdString()).value_or(crypto::Bytes());
}

/** An SA keyed from the trace, only to describe the packet (describeEsp changes nothing). */
std::optional<esp::EspSa> saFromKeys(const KeyTrace &keys, std::uint32_t spi)
{
    esp::EspSaConfig config;
    config.spi = spi;
    config.direction = esp::EspDirection::Inbound;
    config.transform.encryption = cipherNamed(keys.fields.value(QStringLiteral("encryption")));
    const QString auth = keys.fields.value(QStringLiteral("authentication"));
    config.transform.authentication = auth == QLatin1String("md5")    ? std::optional(crypto::HashAlgorithm::Md5)
                                      : auth == QLatin1String("sha1") ? std::optional(crypto::HashAlgorithm::Sha1)
                                                                      : std::nullopt;
    config.encryptionKey = bytesOf(keys, "enc_key");
    config.authenticationKey = bytesOf(keys, "auth_key");
    auto sa = esp::EspSa::create(std::move(config));
    if (!sa)
        return std::nullopt;
    return std::move(sa).value();
}

InspectionRow decryptedRow(PacketInspection &out, const esp::EspDescription &d)
{
    out.plaintext = d.inner + net::toByteArray(d.padding);
    out.plaintext.append(char(d.padLength));
    out.plaintext.append(char(d.nextHeader));
    out.plaintextTitle = QStringLiteral("Decrypted ESP payload");
    const int size = int(out.plaintext.size());
    const InspectionBytes p = InspectionBytes::Plaintext;
    InspectionRow r = makeRow(Esp, QStringLiteral("Decrypted payload"),
                              QStringLiteral("%1 bytes, next header %2").arg(size).arg(d.nextHeader), p, 0, size);
    if (d.nextHeader == esp::NextHeaderIpv4)
        appendIpRows(r.children, net::viewOf(d.inner), p, QStringLiteral("Inner "));
    else
        r.children.push_back(makeRow(Esp, QStringLiteral("Payload data"), QStringLiteral("%1 bytes").arg(d.inner.size()), p, 0,
                                     int(d.inner.size())));
    r.children.push_back(makeRow(Esp, QStringLiteral("Padding"), hexText(d.padding), p, int(d.inner.size()),
                                 int(d.padding.size())));
    r.children.push_back(makeRow(Esp, QStringLiteral("Pad length"), QString::number(d.padLength), p, size - 2, 1));
    r.children.push_back(makeRow(Esp, QStringLiteral("Next header"),
                                 d.nextHeader == esp::NextHeaderIpv4 ? QStringLiteral("4 (IPv4)") : QString::number(d.nextHeader),
                                 p, size - 1, 1));
    return r;
}

void addCipherRows(InspectionRow &root, PacketInspection &out, const esp::EspDescription &d, int base, int length)
{
    const InspectionBytes w = InspectionBytes::Datagram;
    const int ivAt = base + int(esp::EspHeader::Length);
    if (!d.iv.empty())
        root.children.push_back(makeRow(Esp, QStringLiteral("IV"), hexText(d.iv), w, ivAt, int(d.iv.size())));
    root.children.push_back(makeRow(Esp, QStringLiteral("Encrypted data"), QStringLiteral("%1 bytes").arg(d.ciphertext.size()), w,
                                    ivAt + int(d.iv.size()), int(d.ciphertext.size())));
    if (!d.icv.empty()) {
        root.children.push_back(makeRow(Esp, QStringLiteral("ICV"), hexText(d.icv), w, base + length - int(d.icv.size()),
                                        int(d.icv.size())));
        root.children.push_back(makeRow(Esp, QStringLiteral("ICV check"),
                                        d.icvOk.value_or(false) ? QStringLiteral("good")
                                                                : QStringLiteral("bad: altered in transit, or not keyed as its SA"),
                                        w, base + length - int(d.icv.size()), int(d.icv.size())));
    }
    if (d.decrypted)
        root.children.push_back(decryptedRow(out, d));
    if (d.problem)
        root.children.push_back(makeRow(QStringLiteral("Error"), QStringLiteral("Error"),
                                        QStringLiteral("%1 (%2)").arg(esp::errorText(*d.problem), esp::errorCode(*d.problem))));
}

InspectionRow keyRow(const QString &field, const QString &value, const QString &derivation = {})
{
    InspectionRow r = makeRow(Keys, field, value);
    if (!derivation.isEmpty())
        r.children.push_back(makeRow(Keys, QStringLiteral("Derivation"), derivation));
    return r;
}

InspectionRow keysRow(const KeyTrace &keys, const esp::EspDescription &d, const QString &encryptedBy)
{
    const auto f = [&](const char *name) { return keys.fields.value(QLatin1String(name)); };
    InspectionRow r = makeRow(Keys, QStringLiteral("Keys"),
                              QStringLiteral("IPsec SA %1 > %2, %3").arg(f("src"), f("dst"), d.transform));
    r.children.push_back(keyRow(QStringLiteral("SPI"), QStringLiteral("0x") + f("spi"),
                                QStringLiteral("chosen by the SA's receiver, sent in its Quick Mode SA proposal")));
    const bool mid = !f("message_id").isEmpty();
    r.children.push_back(keyRow(QStringLiteral("Quick Mode message ID"),
                                mid ? QStringLiteral("0x%1 (%2)").arg(f("message_id").toUInt(), 8, 16, QLatin1Char('0')).arg(f("message_id"))
                                    : QStringLiteral("unknown")));
    r.children.push_back(keyRow(QStringLiteral("KEYMAT"), f("derivation") + QStringLiteral(" (RFC 2409 §5.5)")));
    r.children.push_back(keyRow(QStringLiteral("Encryption algorithm"), f("encryption").toUpper()));
    r.children.push_back(keyRow(QStringLiteral("Encryption key"), f("enc_key"),
                                QStringLiteral("first %1 bytes of KEYMAT").arg(f("enc_key").size() / 2)));
    r.children.push_back(keyRow(QStringLiteral("Authentication algorithm"),
                                f("authentication") == QLatin1String("none") ? QStringLiteral("none")
                                                                             : QStringLiteral("HMAC-%1-96").arg(f("authentication").toUpper())));
    r.children.push_back(keyRow(QStringLiteral("Authentication key"), f("auth_key"),
                                QStringLiteral("next %1 bytes of KEYMAT").arg(f("auth_key").size() / 2)));
    if (!d.iv.empty())
        r.children.push_back(keyRow(QStringLiteral("IV"), hexText(d.iv),
                                    QStringLiteral("carried in the packet: a random block the sender chose (RFC 2405 §5)")));
    if (!encryptedBy.isEmpty())
        r.children.push_back(keyRow(QStringLiteral("Encrypted by"), encryptedBy));
    return r;
}

} // namespace

void appendEspRows(PacketInspection &out, const std::vector<TraceEvent> &events, int eventIndex, int base, int length,
                   const QString &destination)
{
    const QByteArray payload = out.datagram.mid(base, length);
    InspectionRow root = makeRow(Esp, QStringLiteral("Encapsulating Security Payload"), QString(),
                                 InspectionBytes::Datagram, base, length);
    const auto header = esp::readEspHeader(net::viewOf(payload));
    if (!header) {
        root.children.push_back(makeRow(QStringLiteral("Error"), QStringLiteral("Error"),
                                        QStringLiteral("%1 (%2)").arg(esp::errorText(esp::EspError::Malformed),
                                                                      esp::errorCode(esp::EspError::Malformed)),
                                        InspectionBytes::Datagram, base, 0));
        out.rows.push_back(std::move(root));
        return;
    }
    const QString spi = QStringLiteral("%1").arg(header->spi, 8, 16, QLatin1Char('0'));
    root.value = QStringLiteral("SPI 0x%1, sequence %2").arg(spi).arg(header->sequence);
    root.children.push_back(makeRow(Esp, QStringLiteral("SPI"), QStringLiteral("0x") + spi, InspectionBytes::Datagram, base, 4));
    root.children.push_back(makeRow(Esp, QStringLiteral("Sequence number"), QString::number(header->sequence),
                                    InspectionBytes::Datagram, base + 4, 4));
    const KeyTrace *keys = findKeys(events, eventIndex, QStringLiteral("esp"),
                                    {{QStringLiteral("spi"), spi}, {QStringLiteral("dst"), destination}});
    const std::optional<esp::EspSa> sa = keys ? saFromKeys(*keys, header->spi) : std::nullopt;
    if (!sa) {
        root.children.push_back(makeRow(Esp, QStringLiteral("Encrypted data"), QStringLiteral("%1 bytes").arg(length - 8),
                                        InspectionBytes::Datagram, base + 8, length - 8));
        root.children.push_back(makeRow(Esp, QStringLiteral("Decrypted payload"),
                                        QStringLiteral("not available: the trace holds no keys for SPI 0x%1").arg(spi)));
        out.rows.push_back(std::move(root));
        return;
    }
    const esp::EspDescription d = esp::describeEsp(net::viewOf(payload), &*sa);
    addCipherRows(root, out, d, base, length);
    out.rows.push_back(std::move(root));
    const int cipherIndex = findCipher(events, QStringLiteral("esp"), payload);
    out.rows.push_back(keysRow(*keys, d, cipherIndex >= 0 ? std::get<CipherTrace>(events[std::size_t(cipherIndex)]).node
                                                          : QString()));
}

} // namespace vtd::sim::analysis::detail
