#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <utility>
#include <variant>
#include <vector>

namespace vtd::sim {

/** A JSON value whose objects keep their keys in insertion order, and that holds integers only
 *  (no floating point), because the run summary's contract fixes its key order and its integer
 *  milliseconds, which QJsonObject (sorted keys, doubles) cannot promise. */
class OrderedJson
{
public:
    using Array = std::vector<OrderedJson>;
    using Object = std::vector<std::pair<QString, OrderedJson>>;

    OrderedJson() = default;  ///< null
    OrderedJson(bool value) : m_value(value) {}
    OrderedJson(int value) : m_value(std::int64_t(value)) {}
    OrderedJson(std::int64_t value) : m_value(value) {}
    OrderedJson(std::uint64_t value) : m_value(value) {}
    OrderedJson(const QString &value) : m_value(value) {}
    OrderedJson(const char *value) : m_value(QString::fromUtf8(value)) {}

    static OrderedJson array() { OrderedJson v; v.m_value = Array{}; return v; }
    static OrderedJson object() { OrderedJson v; v.m_value = Object{}; return v; }

    /** Appends to an array (a null value becomes an array first). */
    OrderedJson &append(OrderedJson value);
    /** Adds a key to an object (a null value becomes an object first); keys are not merged. */
    OrderedJson &insert(const QString &key, OrderedJson value);

    /** The top two levels one member per line, deeper values on one line each, as in the
     *  contract's example; UTF-8; ends with a newline. */
    QByteArray toJson() const;

private:
    void write(QByteArray &out, int level) const;

    std::variant<std::monostate, bool, std::int64_t, std::uint64_t, QString, Array, Object> m_value;
};

} // namespace vtd::sim
