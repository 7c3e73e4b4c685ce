#include "ios_aaa_commands.h"

namespace vtd::model {

const IosClientGroupKey *IosClientGroup::key() const
{
    const IosClientGroupKey *found = nullptr;
    for (const IosClientGroupCommand &c : commands) {
        if (const auto *k = std::get_if<IosClientGroupKey>(&c))
            found = k;
    }
    return found;
}

QStringList IosClientGroup::setting(IosClientGroupSetting::Kind kind) const
{
    QStringList values;
    for (const IosClientGroupCommand &c : commands) {
        if (const auto *s = std::get_if<IosClientGroupSetting>(&c); s && s->kind == kind)
            values = s->values;
    }
    return values;
}

} // namespace vtd::model
