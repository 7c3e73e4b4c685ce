#include "ordered_json.h"

namespace vtd::sim {

namespace {

/** Levels below this one are written on a single line. */
constexpr int MultiLineLevels = 2;

void writeString(QByteArray &out, const QString &text)
{
    out += '"';
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (std::uint8_t(c) < 0x20)
                out += "\\u00" + QByteArray::number(int(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    out += '"';
}

void newline(QByteArray &out, int level)
{
    out += '\n';
    out += QByteArray(level * 2, ' ');
}

} // namespace

OrderedJson &OrderedJson::append(OrderedJson value)
{
    if (std::holds_alternative<std::monostate>(m_value))
        m_value = Array{};
    if (auto *array = std::get_if<Array>(&m_value))
        array->push_back(std::move(value));
    return *this;
}

OrderedJson &OrderedJson::insert(const QString &key, OrderedJson value)
{
    if (std::holds_alternative<std::monostate>(m_value))
        m_value = Object{};
    if (auto *object = std::get_if<Object>(&m_value))
        object->emplace_back(key, std::move(value));
    return *this;
}

QByteArray OrderedJson::toJson() const
{
    QByteArray out;
    write(out, 0);
    out += '\n';
    return out;
}

void OrderedJson::write(QByteArray &out, int level) const
{
    const bool multiLine = level < MultiLineLevels;
    if (const auto *array = std::get_if<Array>(&m_value)) {
        out += '[';
        for (std::size_t i = 0; i < array->size(); ++i) {
            out += i == 0 ? "" : (multiLine ? "," : ", ");
            if (multiLine)
                newline(out, level + 1);
            (*array)[i].write(out, level + 1);
        }
        if (multiLine && !array->empty())
            newline(out, level);
        out += ']';
    } else if (const auto *object = std::get_if<Object>(&m_value)) {
        out += '{';
        for (std::size_t i = 0; i < object->size(); ++i) {
            out += i == 0 ? "" : (multiLine ? "," : ", ");
            if (multiLine)
                newline(out, level + 1);
            writeString(out, (*object)[i].first);
            out += ": ";
            (*object)[i].second.write(out, level + 1);
        }
        if (multiLine && !object->empty())
            newline(out, level);
        out += '}';
    } else if (const auto *text = std::get_if<QString>(&m_value)) {
        writeString(out, *text);
    } else if (const auto *flag = std::get_if<bool>(&m_value)) {
        out += *flag ? "true" : "false";
    } else if (const auto *number = std::get_if<std::int64_t>(&m_value)) {
        out += QByteArray::number(qlonglong(*number));
    } else if (const auto *unsignedNumber = std::get_if<std::uint64_t>(&m_value)) {
        out += QByteArray::number(qulonglong(*unsignedNumber));
    } else {
        out += "null";
    }
}

} // namespace vtd::sim
