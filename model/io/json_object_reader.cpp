#include "json_object_reader.h"

#include "text_lines.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace vtd::model {

void JsonDiagnosticSink::error(const QString &code, const QString &path,
                               QMap<QString, QString> params)
{
    report(Severity::Error, code, path, std::move(params));
}

void JsonDiagnosticSink::warning(const QString &code, const QString &path,
                                 QMap<QString, QString> params)
{
    report(Severity::Warning, code, path, std::move(params));
}

void JsonDiagnosticSink::add(Diagnostic diagnostic)
{
    diagnostic.file = m_fileName;
    m_diagnostics << std::move(diagnostic);
}

void JsonDiagnosticSink::report(Severity severity, const QString &code, const QString &path,
                                QMap<QString, QString> params)
{
    Diagnostic d;
    d.severity = severity;
    d.code = code;
    d.params = std::move(params);
    d.params.insert(QStringLiteral("path"), path);
    add(std::move(d));
}

QString jsonMemberPath(const QString &path, const QString &key)
{
    // Keys that are not plain identifiers (interface names such as "Ethernet5/0") are quoted,
    // so a path always reads back unambiguously.
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (identifier.match(key).hasMatch())
        return path.isEmpty() ? key : path + u'.' + key;
    QString quoted = key;
    quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return path + QStringLiteral("[\"") + quoted + QStringLiteral("\"]");
}

QString jsonElementPath(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString jsonCompactText(const QJsonValue &value)
{
    // Wrap in an array to serialise any value compactly, then strip the brackets.
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString jsonValueText(const QJsonValue &value)
{
    return value.isString() ? value.toString() : jsonCompactText(value);
}

JsonObjectReader::JsonObjectReader(QJsonObject object, QString path, JsonDiagnosticSink &sink)
    : m_object(std::move(object)), m_path(std::move(path)), m_sink(&sink)
{}

QJsonValue JsonObjectReader::value(const QString &key)
{
    m_read.insert(key);
    return m_object.value(key);
}

std::optional<QJsonValue> JsonObjectReader::field(const QString &key, Presence presence,
                                                  QJsonValue::Type type, const char *expected)
{
    m_read.insert(key);
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        if (presence == Required)
            m_sink->error(QStringLiteral("project.missing-field"), pathOf(key));
        return std::nullopt;
    }
    if (it->type() != type) {
        m_sink->error(QStringLiteral("project.wrong-type"), pathOf(key),
                      {{QStringLiteral("expected"), QString::fromLatin1(expected)}});
        return std::nullopt;
    }
    return *it;
}

std::optional<QString> JsonObjectReader::string(const QString &key, Presence presence)
{
    const auto value = field(key, presence, QJsonValue::String, "string");
    return value ? std::optional(value->toString()) : std::nullopt;
}

std::optional<double> JsonObjectReader::number(const QString &key, Presence presence)
{
    const auto value = field(key, presence, QJsonValue::Double, "number");
    return value ? std::optional(value->toDouble()) : std::nullopt;
}

std::optional<bool> JsonObjectReader::boolean(const QString &key, Presence presence)
{
    const auto value = field(key, presence, QJsonValue::Bool, "true or false");
    return value ? std::optional(value->toBool()) : std::nullopt;
}

std::optional<QJsonArray> JsonObjectReader::array(const QString &key, Presence presence)
{
    const auto value = field(key, presence, QJsonValue::Array, "array");
    return value ? std::optional(value->toArray()) : std::nullopt;
}

std::optional<JsonObjectReader> JsonObjectReader::object(const QString &key, Presence presence)
{
    const auto value = field(key, presence, QJsonValue::Object, "object");
    if (!value)
        return std::nullopt;
    return JsonObjectReader(value->toObject(), pathOf(key), *m_sink);
}

std::optional<QStringList> JsonObjectReader::strings(const QString &key, Presence presence)
{
    const auto items = array(key, presence);
    if (!items)
        return std::nullopt;
    QStringList result;
    bool ok = true;
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QJsonValue item = items->at(i);
        if (!item.isString()) {
            m_sink->error(QStringLiteral("project.wrong-type"),
                          jsonElementPath(pathOf(key), i),
                          {{QStringLiteral("expected"), QStringLiteral("string")}});
            ok = false;
            continue;
        }
        result << item.toString();
    }
    return ok ? std::optional(result) : std::nullopt;
}

std::optional<QString> JsonObjectReader::lines(const QString &key, Presence presence)
{
    const auto list = strings(key, presence);
    return list ? std::optional(linesToText(*list)) : std::nullopt;
}

std::optional<QPointF> JsonObjectReader::point(const QString &key, Presence presence)
{
    auto coordinates = object(key, presence);
    if (!coordinates)
        return std::nullopt;
    const auto x = coordinates->number(QStringLiteral("x"));
    const auto y = coordinates->number(QStringLiteral("y"));
    coordinates->warnAboutUnreadFields();
    if (!x || !y)
        return std::nullopt;
    return QPointF(*x, *y);
}

void JsonObjectReader::warnAboutUnreadFields() const
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_read.contains(it.key()))
            m_sink->warning(QStringLiteral("project.unknown-field"), pathOf(it.key()));
    }
}

} // namespace vtd::model
