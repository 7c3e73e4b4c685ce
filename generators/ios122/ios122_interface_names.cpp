#include "ios122_interface_names.h"

#include <QRegularExpression>

namespace vtd::gen::ios122 {

namespace {

struct InterfaceType
{
    const char *name;
    int shortest;   ///< the shortest prefix IOS accepts for it on a router
};

// Router interface types of IOS 12.2 with the abbreviation each accepts ("e" = Ethernet,
// "f"/"fa" = FastEthernet, "po" = Port-channel but "pos" = POS).
constexpr InterfaceType kTypes[] = {
    {"Async", 2}, {"ATM", 2}, {"BRI", 1}, {"BVI", 2}, {"CTunnel", 2}, {"Dialer", 2},
    {"Ethernet", 1}, {"FastEthernet", 1}, {"Fddi", 2}, {"GigabitEthernet", 1},
    {"Group-Async", 2}, {"Hssi", 1}, {"Lex", 3}, {"Loopback", 1}, {"Multilink", 1},
    {"Null", 1}, {"Port-channel", 2}, {"POS", 3}, {"Serial", 1}, {"TenGigabitEthernet", 2},
    {"TokenRing", 2}, {"Tunnel", 2}, {"Virtual-Access", 9}, {"Virtual-Template", 9},
    {"Vlan", 2},
};

std::optional<QString> fullType(const QString &typed)
{
    for (const InterfaceType &t : kTypes) {
        const QString name = QString::fromLatin1(t.name);
        if (typed.size() >= t.shortest && name.startsWith(typed, Qt::CaseInsensitive))
            return name;
    }
    return std::nullopt;
}

} // namespace

std::optional<InterfaceName> resolveInterfaceName(const QString &typeAndNumber)
{
    // type letters (with '-'), optional spaces, then slot/port[/port][.sub][:channel]
    static const QRegularExpression form(QStringLiteral(
        "^([A-Za-z][A-Za-z-]*)\\s*(\\d+(?:/\\d+)*(?:\\.\\d+)?(?::\\d+)?)$"));
    const auto match = form.match(typeAndNumber.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QString typed = match.captured(1);
    const QString number = match.captured(2);
    if (const auto type = fullType(typed))
        return InterfaceName{*type + number, true};
    return InterfaceName{typed + number, false};
}

bool isBareInterfaceType(const QString &word)
{
    static const QRegularExpression letters(QStringLiteral("^[A-Za-z][A-Za-z-]*$"));
    return letters.match(word).hasMatch() && fullType(word).has_value();
}

} // namespace vtd::gen::ios122
