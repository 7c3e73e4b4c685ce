#pragma once

// IOS interface names: the device accepts an abbreviated type ("e0/0", "fa0/1", "s0/0",
// "gi0/1", "hs9/1/0", "lo0") and a space between type and number, and always prints the full
// form ("Ethernet0/0"). The parser stores, and the writer prints, the full form.

#include <QString>

#include <optional>

namespace vtd::gen::ios122 {

/** What a typed interface name resolved to. */
struct InterfaceName
{
    QString fullName;        ///< "FastEthernet0/1"; the text as written when the type is unknown
    bool knownType = true;
};

/** Resolves "fa0/1", "FastEthernet0/1" or ("Fa", "0/1") to the full name; nullopt when the text
 *  is not an interface name at all (no type, or a number that is not slot/port[.sub][:chan]). */
std::optional<InterfaceName> resolveInterfaceName(const QString &typeAndNumber);

/** True when a word is only an interface type ("Ethernet", "e"), so the number follows as the
 *  next word ("interface Ethernet 0/1"). */
bool isBareInterfaceType(const QString &word);

} // namespace vtd::gen::ios122
