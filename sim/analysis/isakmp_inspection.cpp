// The ISAKMP part of inspectPacket(): the message as received, its decrypted payloads (from the
// sender's CipherTrace) and the keys of its IKE SA with their RFC 2409 derivations.
#include "inspection_parts.h"

#include "sim/crypto/bytes.h"
#include "sim/ike/isakmp_decode_tree.h"
#include "sim/ike/isakmp_message.h"
#include "sim/ike/isakmp_names.h"

#include <QStringList>

namespace vtd::sim::analysis::detail {

namespace {

const QString Isakmp = QStringLiteral("ISAKMP");
const QString Keys = QStringLiteral("Keys");

InspectionRow fromTree(const ike::DecodeTreeRow &tree, InspectionBytes bytes, int shift)
{
    const bool error = tree.field == QLatin1String("Error");
    InspectionRow r = makeRow(error ? QStringLiteral("Error") : Isakmp, tree.field, tree.value, bytes,
                              tree.offset + shift, tree.length);
    for (const ike::DecodeTreeRow &child : tree.children)
        r.children.push_back(fromTree(child, bytes, shift));
    return r;
}

QString cookieHex(const ike::Cookie &c)
{
    return QString::fromStdString(crypto::toHex(crypto::BytesView(c.data(), c.size())));
}

QString messageIdText(std::uint32_t mid)
{
    return QStringLiteral("0x%1 (%2)").arg(mid, 8, 16, QLatin1Char('0')).arg(mid);
}

/** The payloads of the plaintext body (offsets in PacketInspection::plaintext: header | body). */
InspectionRow decryptedRow(const ike::IsakmpHeader &header, const CipherTrace &cipher)
{
    const int size = int(cipher.plaintext.size());
    InspectionRow r = makeRow(Isakmp, QStringLiteral("Decrypted payloads"), QString(), InspectionBytes::Plaintext,
                              ike::IsakmpHeader::Size, size);
    ike::DecodedChain partial;
    const auto chain = ike::decodePayloadChain(header.nextPayload, net::viewOf(cipher.plaintext), ike::IsakmpHeader::Size,
                                               255, &partial);
    const ike::DecodedChain &shown = chain ? *chain : partial;
    QStringList names;
    for (std::size_t i = 0; i < shown.payloads.size(); ++i) {
        const ike::PayloadType next = i + 1 < shown.spans.size() ? shown.spans[i + 1].type : ike::PayloadType::None;
        r.children.push_back(fromTree(ike::payloadRow(shown.payloads[i], next, shown.spans[i].offset),
                                      InspectionBytes::Plaintext, 0));
        names << ike::payloadTypeName(ike::payloadType(shown.payloads[i]));
    }
    if (chain && chain->paddingLength > 0) {
        const int at = ike::IsakmpHeader::Size + size - chain->paddingLength;
        r.children.push_back(makeRow(Isakmp, QStringLiteral("Padding"),
                                     hexText(net::viewOf(cipher.plaintext).subspan(std::size_t(size - chain->paddingLength))),
                                     InspectionBytes::Plaintext, at, chain->paddingLength));
    }
    if (!chain)
        r.children.push_back(makeRow(QStringLiteral("Error"), QStringLiteral("Error"), chain.error().description(),
                                     InspectionBytes::Plaintext, chain.error().offset, 0));
    r.value = names.join(QStringLiteral(", "));
    return r;
}

InspectionRow keyRow(const QString &field, const QString &value, const QString &derivation = {})
{
    InspectionRow r = makeRow(Keys, field, value);
    if (!derivation.isEmpty())
        r.children.push_back(makeRow(Keys, QStringLiteral("Derivation"), derivation));
    return r;
}

/** RFC 2409 App. B: Ka is SKEYID_e's leading bytes, or the K1 | K2 ... expansion when too short. */
QString keyDerivation(const KeyTrace &keys)
{
    const QString ka = keys.fields.value(QStringLiteral("enc_key"));
    const int bytes = int(ka.size() / 2);
    if (keys.fields.value(QStringLiteral("skeyid_e")).startsWith(ka))
        return QStringLiteral("Ka = first %1 bytes of SKEYID_e (RFC 2409 Appendix B)").arg(bytes);
    return QStringLiteral("Ka = first %1 bytes of K1 | K2 | ..., K1 = prf(SKEYID_e, 0), K2 = prf(SKEYID_e, K1) "
                          "(RFC 2409 Appendix B: SKEYID_e is too short)").arg(bytes);
}

/** Where the IV came from, told by the trace itself: the first phase-1 IV, the last block of the
 *  same exchange's previous message, or (phase 2, first message) the hash of RFC 2409 App. B. */
QString ivDerivation(const std::vector<TraceEvent> &events, int cipherIndex, const CipherTrace &cipher,
                     const KeyTrace *keys)
{
    const QString iv = cipher.fields.value(QStringLiteral("iv"));
    const int block = int(iv.size() / 2);
    const QString mid = cipher.fields.value(QStringLiteral("message_id"));
    for (int i = cipherIndex - 1; i >= 0; --i) {
        const auto *c = std::get_if<CipherTrace>(&events[std::size_t(i)]);
        if (!c || c->kind != cipher.kind || c->fields.value(QStringLiteral("message_id")) != mid
            || c->fields.value(QStringLiteral("cookie_i")) != cipher.fields.value(QStringLiteral("cookie_i")))
            continue;
        const QByteArray last = c->ciphertext.right(block);
        if (QString::fromLatin1(last.toHex()) == iv)
            return QStringLiteral("IV = last ciphertext block of the previous message of this exchange (RFC 2409 Appendix B)");
    }
    if (mid != QLatin1String("0"))
        return QStringLiteral("IV = hash(last phase-1 CBC block | M-ID), first %1 bytes: first message of this exchange "
                              "(RFC 2409 Appendix B)").arg(block);
    if (keys && keys->fields.value(QStringLiteral("iv1")) == iv)
        return QStringLiteral("IV = hash(g^xi | g^xr), first %1 bytes: first phase-1 IV (RFC 2409 Appendix B)").arg(block);
    return QStringLiteral("IV as the sender used it (the message it chains from is not in the trace)");
}

void addSkeyidRows(InspectionRow &r, const KeyTrace &keys)
{
    const auto f = [&](const char *name) { return keys.fields.value(QLatin1String(name)); };
    r.children.push_back(keyRow(QStringLiteral("Encryption algorithm"), f("encryption").toUpper()));
    r.children.push_back(keyRow(QStringLiteral("Hash algorithm"), f("hash").toUpper(),
                                QStringLiteral("prf = HMAC-%1 (no PRF negotiated: the hash's HMAC, RFC 2409 §4)").arg(f("hash").toUpper())));
    r.children.push_back(keyRow(QStringLiteral("SKEYID"), f("skeyid"),
                                QStringLiteral("SKEYID = prf(pre-shared-key, Ni_b | Nr_b) (RFC 2409 §5)")));
    r.children.push_back(keyRow(QStringLiteral("SKEYID_d"), f("skeyid_d"),
                                QStringLiteral("SKEYID_d = prf(SKEYID, g^xy | CKY-I | CKY-R | 0)")));
    r.children.push_back(keyRow(QStringLiteral("SKEYID_a"), f("skeyid_a"),
                                QStringLiteral("SKEYID_a = prf(SKEYID, SKEYID_d | g^xy | CKY-I | CKY-R | 1)")));
    r.children.push_back(keyRow(QStringLiteral("SKEYID_e"), f("skeyid_e"),
                                QStringLiteral("SKEYID_e = prf(SKEYID, SKEYID_a | g^xy | CKY-I | CKY-R | 2)")));
    r.children.push_back(keyRow(QStringLiteral("Encryption key"), f("enc_key"), keyDerivation(keys)));
}

InspectionRow keysRow(const std::vector<TraceEvent> &events, int eventIndex, const ike::IsakmpHeader &header,
                      int cipherIndex)
{
    const QString cki = cookieHex(header.initiatorCookie), ckr = cookieHex(header.responderCookie);
    const KeyTrace *keys = findKeys(events, eventIndex, QStringLiteral("ike"),
                                    {{QStringLiteral("cookie_i"), cki}, {QStringLiteral("cookie_r"), ckr}});
    InspectionRow r = makeRow(Keys, QStringLiteral("Keys"),
                              keys ? QStringLiteral("IKE SA %1 <-> %2").arg(keys->fields.value(QStringLiteral("local")),
                                                                            keys->fields.value(QStringLiteral("peer")))
                                   : QStringLiteral("no key record for these cookies in the trace"));
    r.children.push_back(keyRow(QStringLiteral("Initiator cookie (CKY-I)"), cki));
    r.children.push_back(keyRow(QStringLiteral("Responder cookie (CKY-R)"), ckr));
    r.children.push_back(keyRow(QStringLiteral("Message ID"), messageIdText(header.messageId),
                                header.messageId == 0 ? QStringLiteral("0: a phase-1 message")
                                                      : QStringLiteral("chosen at random by the exchange's initiator")));
    if (keys)
        addSkeyidRows(r, *keys);
    if (cipherIndex >= 0) {
        const auto &cipher = std::get<CipherTrace>(events[std::size_t(cipherIndex)]);
        r.children.push_back(keyRow(QStringLiteral("IV"), cipher.fields.value(QStringLiteral("iv")),
                                    ivDerivation(events, cipherIndex, cipher, keys)));
        r.children.push_back(keyRow(QStringLiteral("Encrypted by"), cipher.node));
    }
    return r;
}

} // namespace

void appendIsakmpRows(PacketInspection &out, const std::vector<TraceEvent> &events, int eventIndex, int base,
                      int length)
{
    const QByteArray message = out.datagram.mid(base, length);
    InspectionRow root = fromTree(ike::isakmpDecodeTree(net::viewOf(message)), InspectionBytes::Datagram, base);
    root.field = QStringLiteral("Internet Security Association and Key Management Protocol");
    const auto header = ike::IsakmpHeader::decode(net::viewOf(message));
    if (!header || !header->encrypted()) {
        out.rows.push_back(std::move(root));
        return;
    }
    const int cipherIndex = findCipher(events, QStringLiteral("isakmp"), message);
    if (cipherIndex >= 0) {
        const auto &cipher = std::get<CipherTrace>(events[std::size_t(cipherIndex)]);
        out.plaintext = message.left(ike::IsakmpHeader::Size) + cipher.plaintext;
        out.plaintextTitle = QStringLiteral("Decrypted ISAKMP message");
        root.children.push_back(decryptedRow(*header, cipher));
    } else {
        root.children.push_back(makeRow(Isakmp, QStringLiteral("Decrypted payloads"),
                                        QStringLiteral("not available: the trace holds no record of this encryption")));
    }
    out.rows.push_back(std::move(root));
    out.rows.push_back(keysRow(events, eventIndex, *header, cipherIndex));
}

} // namespace vtd::sim::analysis::detail
