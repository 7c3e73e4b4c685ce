#pragma once

#include "sim/engine/trace_sink.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

namespace vtd::sim::exporting {

/** Collects the keys of a run (KeyTrace records) as Wireshark's key tables, so that
 *  `WIRESHARK_CONFIG_DIR=DIR tshark -r run.pcap` decrypts every ISAKMP message and ESP packet:
 *  `ikev1_decryption_table` (initiator cookie, phase-1 key exactly as fed to the cipher),
 *  `esp_sa` (the eight quoted fields of Wireshark 4.0 per SA and direction, with its own
 *  algorithm names) and `preferences` (ESP decryption and authentication checking on).
 *  Both ends of an SA report the same keys; each appears once. */
class WiresharkKeys : public TraceSink
{
public:
    void onKeys(const KeyTrace &keys) override;

    QByteArray ikev1DecryptionTable() const;
    QByteArray espSaTable() const;
    static QByteArray preferences();

    /** Writes the three files into `directory` (created if needed), owner-only: they hold
     *  secrets. Returns an English error, or empty. */
    QString write(const QString &directory) const;

private:
    QList<QByteArray> m_ike;
    QList<QByteArray> m_esp;
    QSet<QString> m_seenIke;
    QSet<QString> m_seenEsp;
};

/** Wireshark 4.0's names for the ESP algorithms ("TripleDES-CBC [RFC2451]", "HMAC-SHA-1-96 [RFC2404]"). */
QString wiresharkEncryptionName(const QString &encryption);
QString wiresharkAuthenticationName(const QString &authentication);

} // namespace vtd::sim::exporting
