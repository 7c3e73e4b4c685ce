#include "cipher_trace.h"

#include "isakmp_crypt.h"

#include "sim/devices/sim_node.h"
#include "sim/engine/simulator.h"
#include "sim/engine/trace_event.h"
#include "sim/esp/esp_describe.h"
#include "sim/esp/esp_sa.h"
#include "sim/net/packet.h"

namespace vtd::sim::ike {

namespace {

QString hexOf(crypto::BytesView bytes)
{
    return QString::fromStdString(crypto::toHex(bytes));
}

QString hexOf(const Cookie &cookie)
{
    return hexOf(crypto::BytesView(cookie.data(), cookie.size()));
}

/** Lower-case names, as the KeyTrace records spell them: "des", "3des", "aes-128", "sha1". */
QString cipherName(crypto::EncryptionAlgorithm cipher)
{
    return QString::fromLatin1(crypto::algorithmName(cipher)).toLower();
}

QString hashName(crypto::HashAlgorithm hash)
{
    return hash == crypto::HashAlgorithm::Md5 ? QStringLiteral("md5") : QStringLiteral("sha1");
}

void report(devices::SimNode &node, const QString &kind, const QByteArray &ciphertext, const QByteArray &plaintext,
          QMap<QString, QString> fields)
{
    Simulator &sim = node.simulator();
    sim.trace().onCipher(CipherTrace{sim.now(), node.name(), kind, ciphertext, plaintext, std::move(fields)});
}

} // namespace

QByteArray encryptAndTrace(devices::SimNode &node, const IsakmpMessage &message, const KeymatV1 &keys,
                           crypto::Bytes &iv)
{
    if (!node.simulator().isTracing())
        return encryptMessage(message, keys, iv);
    const crypto::Bytes ivUsed = iv;
    QByteArray plaintext;
    const QByteArray sent = encryptMessage(message, keys, iv, &plaintext);
    const IsakmpHeader &h = message.header;
    report(node, QStringLiteral("isakmp"), sent, plaintext,
         {{QStringLiteral("cookie_i"), hexOf(h.initiatorCookie)},
          {QStringLiteral("cookie_r"), hexOf(h.responderCookie)},
          {QStringLiteral("message_id"), QString::number(h.messageId)},
          {QStringLiteral("encryption"), cipherName(keys.suite().encryption)},
          {QStringLiteral("iv"), hexOf(ivUsed)},
          {QStringLiteral("enc_key"), hexOf(keys.encryptionKey())}});
    return sent;
}

void traceEspEncryption(devices::SimNode &node, const esp::EspSa &sa, const net::Packet &outer)
{
    if (!node.simulator().isTracing())
        return;
    const esp::EspDescription d = esp::describeEsp(outer.payload(), &sa);
    if (!d.decrypted)
        return; // our own packet on our own SA: cannot happen with a sealed payload
    QByteArray plaintext = d.inner;
    plaintext.append(net::toByteArray(d.padding));
    plaintext.append(char(d.padLength));
    plaintext.append(char(d.nextHeader));
    const esp::EspTransform &t = sa.transform();
    report(node, QStringLiteral("esp"), net::toByteArray(outer.payload()), plaintext,
         {{QStringLiteral("spi"), QStringLiteral("%1").arg(d.spi, 8, 16, QLatin1Char('0'))},
          {QStringLiteral("sequence"), QString::number(d.sequence)},
          {QStringLiteral("encryption"), t.encryption ? cipherName(*t.encryption) : QStringLiteral("null")},
          {QStringLiteral("iv"), hexOf(d.iv)},
          {QStringLiteral("enc_key"), hexOf(d.encryptionKey)},
          {QStringLiteral("authentication"), t.authentication ? hashName(*t.authentication) : QStringLiteral("none")},
          {QStringLiteral("auth_key"), hexOf(d.authenticationKey)},
          {QStringLiteral("icv"), hexOf(d.icv)}});
}

} // namespace vtd::sim::ike
