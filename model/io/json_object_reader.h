#pragma once

#include "model/diagnostic.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QPointF>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace vtd::model {

/** Collects the diagnostics of one document read, each naming its place as a JSON path. */
class JsonDiagnosticSink
{
public:
    explicit JsonDiagnosticSink(QString fileName) : m_fileName(std::move(fileName)) {}

    void error(const QString &code, const QString &path, QMap<QString, QString> params = {});
    void warning(const QString &code, const QString &path, QMap<QString, QString> params = {});
    /** A diagnostic that is not about a place in the document (parse errors, wrong format). */
    void add(Diagnostic diagnostic);

    const QString &fileName() const { return m_fileName; }
    const Diagnostics &diagnostics() const { return m_diagnostics; }

private:
    void report(Severity severity, const QString &code, const QString &path,
                QMap<QString, QString> params);

    QString m_fileName;
    Diagnostics m_diagnostics;
};

/** JSON paths as diagnostics print them: nodes[3].host.address, mac_addresses["Ethernet5/0"]. */
QString jsonMemberPath(const QString &path, const QString &key);
QString jsonElementPath(const QString &path, qsizetype index);
/** A value as compact JSON text: "abc" (with quotes), 2, [1,2]. */
QString jsonCompactText(const QJsonValue &value);
/** How a value goes into a message: a string as it is (templates quote it), else compact JSON. */
QString jsonValueText(const QJsonValue &value);

/** Reads the fields of one JSON object with type checks. Every problem goes to the sink with the
 *  field's path; a getter returns nullopt when the field is absent or unusable. It remembers which
 *  fields were read, so fields nobody asked for can be reported instead of silently dropped. */
class JsonObjectReader
{
public:
    enum Presence { Required, Optional };

    JsonObjectReader(QJsonObject object, QString path, JsonDiagnosticSink &sink);

    const QString &path() const { return m_path; }
    QString pathOf(const QString &key) const { return jsonMemberPath(m_path, key); }
    JsonDiagnosticSink &sink() const { return *m_sink; }
    bool contains(const QString &key) const { return m_object.contains(key); }
    /** Field names, for objects whose keys are data (interface -> MAC). */
    QStringList keys() const { return m_object.keys(); }
    /** The raw value (Undefined when absent), for fields checked by hand. */
    QJsonValue value(const QString &key);

    std::optional<QString> string(const QString &key, Presence presence = Required);
    std::optional<double> number(const QString &key, Presence presence = Required);
    std::optional<bool> boolean(const QString &key, Presence presence = Required);
    std::optional<QJsonArray> array(const QString &key, Presence presence = Required);
    std::optional<JsonObjectReader> object(const QString &key, Presence presence = Required);
    /** An array of strings. */
    std::optional<QStringList> strings(const QString &key, Presence presence = Required);
    /** A text stored as an array of its lines (see text_lines.h). */
    std::optional<QString> lines(const QString &key, Presence presence = Required);
    /** {"x": number, "y": number}. */
    std::optional<QPointF> point(const QString &key, Presence presence = Required);

    /** A project.unknown-field warning for each field no getter asked for. */
    void warnAboutUnreadFields() const;

private:
    std::optional<QJsonValue> field(const QString &key, Presence presence, QJsonValue::Type type,
                                    const char *expected);

    QJsonObject m_object;
    QString m_path;
    JsonDiagnosticSink *m_sink;
    QSet<QString> m_read;
};

} // namespace vtd::model
