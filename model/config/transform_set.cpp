#include "transform_set.h"

#include <algorithm>

namespace vtd::model {

bool isAhTransform(IpsecTransform t)
{
    return t == IpsecTransform::AhMd5Hmac || t == IpsecTransform::AhShaHmac;
}

bool isEspAuthentication(IpsecTransform t)
{
    return t == IpsecTransform::EspMd5Hmac || t == IpsecTransform::EspShaHmac;
}

bool isEspEncryption(IpsecTransform t)
{
    return !isAhTransform(t) && !isEspAuthentication(t);
}

bool isAesTransform(IpsecTransform t)
{
    return t == IpsecTransform::EspAes128 || t == IpsecTransform::EspAes192
        || t == IpsecTransform::EspAes256;
}

namespace {

std::optional<IpsecTransform> firstOf(const QList<IpsecTransform> &list, bool (*pred)(IpsecTransform))
{
    const auto it = std::ranges::find_if(list, pred);
    if (it == list.end())
        return std::nullopt;
    return *it;
}

} // namespace

std::optional<IpsecTransform> TransformSet::ah() const
{
    return firstOf(transforms, isAhTransform);
}

std::optional<IpsecTransform> TransformSet::espEncryption() const
{
    return firstOf(transforms, isEspEncryption);
}

std::optional<IpsecTransform> TransformSet::espAuthentication() const
{
    return firstOf(transforms, isEspAuthentication);
}

} // namespace vtd::model
