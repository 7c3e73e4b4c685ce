#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace vtd::model {

/** One line of a .pcf file, kept with its own spelling and line break so a profile the user
 *  imported is written back byte for byte. */
struct PcfLine
{
    enum class Kind {
        Section, ///< "[main]": name holds "main"
        Entry,   ///< "Key=Value": key as written (spaces included), value everything after '='
        Other    ///< blank line, ";comment" or anything else: text holds it verbatim
    };
    Kind kind = Kind::Other;
    QString key;   ///< Section: the name between the brackets; Entry: the key as written
    QString value; ///< Entry only
    QString text;  ///< Other only
    QString eol = QStringLiteral("\r\n"); ///< "\r\n", "\n", or "" for a last line without one

    friend bool operator==(const PcfLine &, const PcfLine &) = default;
};

/** A Cisco VPN Client 3.x connection profile (.pcf): the ordered lines of the INI file, with
 *  typed access to the keys the designer and the simulator use. Keys are matched without case,
 *  as the client does; everything else stays where it was. */
struct VpnClientProfile
{
    QList<PcfLine> lines;
    bool byteOrderMark = false; ///< the file started with a UTF-8 BOM

    /** Index of the first entry `key` in `section` (case-insensitive), -1 when absent. */
    int indexOf(const QString &key, const QString &section = QStringLiteral("main")) const;
    /** The value of `key` in `section`, nullopt when the key is absent. */
    std::optional<QString> value(const QString &key,
                                 const QString &section = QStringLiteral("main")) const;
    /** Replaces the value in place, or appends the key at the end of the section (creating the
     *  section at the end of the file when it is missing). */
    void setValue(const QString &key, const QString &value,
                  const QString &section = QStringLiteral("main"));

    // Typed views of the [main] keys the designer uses.
    QString description() const;
    QString host() const;              ///< concentrator address or name
    QString groupName() const;
    QString groupPassword() const;     ///< GroupPwd as written ("" when only enc_GroupPwd is set)
    QString encryptedGroupPassword() const; ///< enc_GroupPwd, kept verbatim, never decrypted
    std::optional<int> authType() const;    ///< 1 = group pre-shared key, 3 = certificate
    bool enableNat() const;            ///< EnableNat=1: transparent tunnelling (IPsec over UDP)

    void setDescription(const QString &text) { setValue(QStringLiteral("Description"), text); }
    void setHost(const QString &host) { setValue(QStringLiteral("Host"), host); }
    void setGroupName(const QString &name) { setValue(QStringLiteral("GroupName"), name); }
    void setGroupPassword(const QString &password) { setValue(QStringLiteral("GroupPwd"), password); }
    void setAuthType(int type) { setValue(QStringLiteral("AuthType"), QString::number(type)); }
    void setEnableNat(bool on) { setValue(QStringLiteral("EnableNat"), on ? QStringLiteral("1") : QStringLiteral("0")); }

    friend bool operator==(const VpnClientProfile &, const VpnClientProfile &) = default;
};

} // namespace vtd::model
