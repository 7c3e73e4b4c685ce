#include "pix62_order.h"

#include "pix62_checks.h"
#include "pix62_order_keys.h"

#include <algorithm>
#include <numeric>

namespace vtd::gen::pix62 {

using namespace model;

namespace {

/** Keys of all statements; untyped lines and comments inherit the key of the line before. */
QList<OrderKey> statementKeys(const PixConfig &config, const OrderContext &context)
{
    QList<OrderKey> keys;
    OrderKey previous{};
    for (const PixCommand &s : config.statements) {
        const auto key = orderKey(s, context);
        if (key)
            previous = *key;
        keys << previous;
    }
    return keys;
}

} // namespace

QList<qsizetype> canonicalOrder(const PixConfig &config)
{
    const OrderContext context(config);
    const QList<OrderKey> keys = statementKeys(config, context);
    QList<qsizetype> order(config.statements.size());
    std::iota(order.begin(), order.end(), 0);
    std::ranges::stable_sort(order, [&keys](qsizetype a, qsizetype b) { return keys.at(a) < keys.at(b); });
    return order;
}

void sortCanonical(PixConfig &config)
{
    QList<PixCommand> sorted;
    for (const qsizetype i : canonicalOrder(config))
        sorted << config.statements.at(i);
    config.statements = sorted;
}

qsizetype insertCanonical(PixConfig &config, const PixCommand &command)
{
    PixConfig probe = config;
    probe.statements << command;
    const OrderContext context(probe);
    const QList<OrderKey> keys = statementKeys(probe, context);
    const auto key = orderKey(command, context);
    qsizetype at = config.statements.size();
    if (key) {
        at = 0;
        for (qsizetype i = 0; i < config.statements.size(); ++i) {
            if (!(*key < keys.at(i)))
                at = i + 1;
        }
    }
    config.statements.insert(at, command);
    return at;
}

} // namespace vtd::gen::pix62
