#include "pcf_writer.h"

#include "generators/secrets.h"

namespace vtd::gen {

namespace {

using model::PcfLine;

/** The [main] keys that hold a cleartext secret. */
bool isSecretKey(const QString &key)
{
    const QString k = key.trimmed();
    return k.compare(u"GroupPwd", Qt::CaseInsensitive) == 0
           || k.compare(u"UserPassword", Qt::CaseInsensitive) == 0;
}

} // namespace

QString writePcf(const model::VpnClientProfile &profile, const PcfWriteOptions &options)
{
    QString text;
    if (profile.byteOrderMark)
        text += QChar(0xFEFF);
    QString section;
    for (const PcfLine &line : profile.lines) {
        switch (line.kind) {
        case PcfLine::Kind::Section:
            section = line.key.trimmed();
            text += u'[' + line.key + u']';
            break;
        case PcfLine::Kind::Entry: {
            const bool mask = options.maskSecrets && !line.value.isEmpty() && isSecretKey(line.key)
                              && section.compare(u"main", Qt::CaseInsensitive) == 0;
            text += line.key + u'=' + (mask ? maskedSecret() : line.value);
            break;
        }
        case PcfLine::Kind::Other:
            text += line.text;
            break;
        }
        text += line.eol;
    }
    return text;
}

int pcfLineOf(const model::VpnClientProfile &profile, const QString &key)
{
    return profile.indexOf(key) + 1;
}

bool pcfGroupPasswordKnown(const model::VpnClientProfile &profile)
{
    const QString password = profile.groupPassword();
    return !password.isEmpty() && password.trimmed() != maskedSecret();
}

void restorePcfSecrets(model::VpnClientProfile &edited, const model::VpnClientProfile &known)
{
    for (const QString &key : {QStringLiteral("GroupPwd"), QStringLiteral("UserPassword")}) {
        const auto value = edited.value(key);
        const auto stored = known.value(key);
        if (value && value->trimmed() == maskedSecret() && stored && stored->trimmed() != maskedSecret())
            edited.setValue(key, *stored);
    }
}

model::VpnClientProfile defaultVpnClientProfile(const QString &host, const QString &groupName,
                                                const QString &groupPassword)
{
    // The keys and order a VPN Client 3.x writes for a new group-authenticated entry.
    const QList<std::pair<const char *, QString>> entries = {
        {"Description", QString()}, {"Host", host}, {"AuthType", QStringLiteral("1")},
        {"GroupName", groupName}, {"GroupPwd", groupPassword}, {"enc_GroupPwd", QString()},
        {"EnableISPConnect", QStringLiteral("0")}, {"ISPConnectType", QStringLiteral("0")},
        {"ISPConnect", QString()}, {"ISPCommand", QString()}, {"Username", QString()},
        {"SaveUserPassword", QStringLiteral("0")}, {"UserPassword", QString()},
        {"enc_UserPassword", QString()}, {"NTDomain", QString()}, {"EnableBackup", QStringLiteral("0")},
        {"BackupServer", QString()}, {"EnableMSLogon", QStringLiteral("1")},
        {"MSLogonType", QStringLiteral("0")}, {"EnableNat", QStringLiteral("0")},
        {"TunnelingMode", QStringLiteral("0")}, {"TcpTunnelingPort", QStringLiteral("10000")},
        {"CertStore", QStringLiteral("0")}, {"CertName", QString()}, {"CertPath", QString()},
        {"CertSubjectName", QString()}, {"CertSerialHash", QStringLiteral("00000000000000000000000000000000")},
        {"SendCertChain", QStringLiteral("0")}, {"PeerTimeout", QStringLiteral("90")},
        {"EnableLocalLAN", QStringLiteral("0")},
    };
    model::VpnClientProfile profile;
    profile.lines.append(PcfLine{PcfLine::Kind::Section, QStringLiteral("main"), {}, {}, QStringLiteral("\r\n")});
    for (const auto &[key, value] : entries)
        profile.lines.append(PcfLine{PcfLine::Kind::Entry, QString::fromLatin1(key), value, {}, QStringLiteral("\r\n")});
    return profile;
}

} // namespace vtd::gen
