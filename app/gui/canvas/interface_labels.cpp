#include "interface_labels.h"

#include <QRegularExpression>
#include <QStringList>

namespace vtd::app {

QString shortInterfaceName(const QString &name)
{
    // PIX names are lower case ("ethernet0", "gb-ethernet1"); IOS names are capitalised and
    // abbreviate to their first two letters ("Ethernet5/1" -> "Et5/1"), as IOS itself accepts.
    static const QRegularExpression pattern(QStringLiteral("^([A-Za-z-]+)(\\d.*)$"));
    const QRegularExpressionMatch match = pattern.match(name);
    if (!match.hasMatch())
        return name;
    const QString type = match.captured(1);
    const QString number = match.captured(2);
    if (type == QLatin1String("ethernet"))
        return u'e' + number;
    if (type == QLatin1String("gb-ethernet"))
        return QStringLiteral("gb") + number;
    if (type.size() > 2 && type.at(0).isUpper())
        return type.left(2) + number;
    return name;
}

QString hostPart(const model::Ipv4Prefix &address)
{
    const int networkOctets = address.length() / 8;
    if (networkOctets == 0 || address.length() == 32)
        return address.address().toString();
    const QStringList octets = address.address().toString().split(u'.');
    return u'.' + octets.mid(networkOctets).join(u'.');
}

} // namespace vtd::app
