#pragma once

// Dialect-neutral IKE phase-1 policy (PIX `isakmp policy N ...`, IOS `crypto isakmp policy N`):
// the values one proposal offers. Defaults are the Cisco defaults (rsa-sig, des, sha, group 1, 86400 s).

#include <optional>

namespace vtd::model {

enum class IkeAuthentication { PreShare, RsaSig, RsaEncr };
enum class IkeEncryption { Des, TripleDes, Aes128, Aes192, Aes256 };
enum class IkeHash { Md5, Sha };
/** Diffie-Hellman (Oakley) group by its IKE number. */
enum class DhGroup { Group1 = 1, Group2 = 2, Group5 = 5 };

/** One IKE policy (proposal) with its priority; lower priority numbers are offered first. */
struct IsakmpPolicy
{
    int priority = 0;
    IkeAuthentication authentication = IkeAuthentication::RsaSig;
    IkeEncryption encryption = IkeEncryption::Des;
    IkeHash hash = IkeHash::Sha;
    DhGroup group = DhGroup::Group1;
    int lifetimeSeconds = 86400;
    friend bool operator==(const IsakmpPolicy &, const IsakmpPolicy &) = default;
};

/** True for AES encryption of any key length (PIX 6.3 and later, IOS 12.2(13)T and later). */
inline bool isAes(IkeEncryption e)
{
    return e == IkeEncryption::Aes128 || e == IkeEncryption::Aes192 || e == IkeEncryption::Aes256;
}

} // namespace vtd::model
