#include "vpnclient_profile.h"

namespace vtd::model {

namespace {

bool sameKey(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

/** The line break the file uses (that of its first line with one), "\r\n" for an empty file. */
QString dominantEol(const QList<PcfLine> &lines)
{
    for (const PcfLine &line : lines) {
        if (!line.eol.isEmpty())
            return line.eol;
    }
    return QStringLiteral("\r\n");
}

} // namespace

int VpnClientProfile::indexOf(const QString &key, const QString &section) const
{
    bool inSection = false;
    for (int i = 0; i < lines.size(); ++i) {
        const PcfLine &line = lines.at(i);
        if (line.kind == PcfLine::Kind::Section)
            inSection = sameKey(line.key, section);
        else if (inSection && line.kind == PcfLine::Kind::Entry && sameKey(line.key, key))
            return i;
    }
    return -1;
}

std::optional<QString> VpnClientProfile::value(const QString &key, const QString &section) const
{
    const int index = indexOf(key, section);
    if (index < 0)
        return std::nullopt;
    return lines.at(index).value;
}

void VpnClientProfile::setValue(const QString &key, const QString &value, const QString &section)
{
    if (const int index = indexOf(key, section); index >= 0) {
        lines[index].value = value;
        return;
    }
    const QString eol = dominantEol(lines);
    int sectionStart = -1;
    int insertAt = -1;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).kind == PcfLine::Kind::Section) {
            if (sectionStart >= 0)
                break;
            if (sameKey(lines.at(i).key, section))
                sectionStart = i;
        } else if (sectionStart >= 0 && lines.at(i).kind == PcfLine::Kind::Entry) {
            insertAt = i + 1; // after the section's last entry, before trailing blank lines
        }
    }
    if (!lines.isEmpty() && lines.last().eol.isEmpty())
        lines.last().eol = eol;
    if (sectionStart < 0) {
        lines.append(PcfLine{PcfLine::Kind::Section, section, {}, {}, eol});
        insertAt = int(lines.size());
    } else if (insertAt < 0) {
        insertAt = sectionStart + 1;
    }
    lines.insert(insertAt, PcfLine{PcfLine::Kind::Entry, key, value, {}, eol});
}

QString VpnClientProfile::description() const
{
    return value(QStringLiteral("Description")).value_or(QString());
}

QString VpnClientProfile::host() const
{
    return value(QStringLiteral("Host")).value_or(QString()).trimmed();
}

QString VpnClientProfile::groupName() const
{
    return value(QStringLiteral("GroupName")).value_or(QString()).trimmed();
}

QString VpnClientProfile::groupPassword() const
{
    return value(QStringLiteral("GroupPwd")).value_or(QString());
}

QString VpnClientProfile::encryptedGroupPassword() const
{
    return value(QStringLiteral("enc_GroupPwd")).value_or(QString());
}

std::optional<int> VpnClientProfile::authType() const
{
    bool ok = false;
    const int type = value(QStringLiteral("AuthType")).value_or(QString()).trimmed().toInt(&ok);
    return ok ? std::optional<int>(type) : std::nullopt;
}

bool VpnClientProfile::enableNat() const
{
    return value(QStringLiteral("EnableNat")).value_or(QString()).trimmed() == QLatin1String("1");
}

} // namespace vtd::model
