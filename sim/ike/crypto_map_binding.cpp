#include "crypto_map_binding.h"

namespace vtd::sim::ike {

QList<model::TransformSet> resolveTransformSets(const QStringList &names, const QList<model::TransformSet> &all)
{
    QList<model::TransformSet> sets;
    for (const QString &name : names) {
        for (const model::TransformSet &set : all) {
            if (set.name == name)
                sets << set;
        }
    }
    return sets;
}

} // namespace vtd::sim::ike
