#include "project_link_reader.h"

namespace vtd::model {

namespace {
QString key(const char *name) { return QString::fromLatin1(name); }
} // namespace

ProjectLinkReader::ProjectLinkReader(const Project &project, JsonDiagnosticSink &sink)
    : m_project(project), m_sink(sink)
{}

std::optional<Link> ProjectLinkReader::read(const QJsonValue &value, const QString &path)
{
    if (!value.isObject()) {
        m_sink.error(key("project.wrong-type"), path, {{key("expected"), key("object")}});
        return std::nullopt;
    }
    JsonObjectReader reader(value.toObject(), path, m_sink);
    const auto a = readEnd(reader, key("a"));
    const auto b = readEnd(reader, key("b"));
    reader.warnAboutUnreadFields();
    if (!a || !b || !checkPair(*a, *b, path))
        return std::nullopt;
    // Both ends are checked before either takes its interface, so one error is reported once.
    const bool aFree = claimInterface(*a);
    const bool bFree = claimInterface(*b);
    if (!aFree || !bFree)
        return std::nullopt;
    return Link{LinkId{}, a->endpoint, b->endpoint};
}

std::optional<ProjectLinkReader::End> ProjectLinkReader::readEnd(JsonObjectReader &link,
                                                                 const QString &side)
{
    auto end = link.object(side);
    if (!end)
        return std::nullopt;
    const auto name = end->string(key("node"));
    const auto interface = end->string(key("interface"), JsonObjectReader::Optional);
    end->warnAboutUnreadFields();
    if (!name)
        return std::nullopt;
    const Node *node = m_project.nodeByName(*name);
    if (!node) {
        m_sink.error(key("project.unknown-node"), end->pathOf(key("node")),
                     {{key("value"), *name}});
        return std::nullopt;
    }
    if (!checkInterface(*end, *node, interface))
        return std::nullopt;
    return End{Endpoint{node->id, interface.value_or(QString())}, node, end->path()};
}

bool ProjectLinkReader::checkInterface(JsonObjectReader &end, const Node &node,
                                       const std::optional<QString> &interface)
{
    if (node.hardwareModel.isEmpty())
        return false;   // the node itself is invalid (already reported): its ports are unknown
    const QString path = end.pathOf(key("interface"));
    if (node.kind == NodeKind::LanSegment) {
        if (interface)   // (a wrong type is reported by the reader)
            m_sink.error(key("project.segment-interface"), path,
                         {{key("node"), node.name}, {key("value"), *interface}});
        return !end.contains(key("interface"));
    }
    if (!end.contains(key("interface"))) {
        m_sink.error(key("project.interface-needed"), path, {{key("node"), node.name}});
        return false;
    }
    if (!interface)
        return false;   // wrong type, reported by the reader
    if (!m_project.interfacesOf(node).contains(*interface)) {
        m_sink.error(key("project.missing-interface"), path,
                     {{key("node"), node.name}, {key("value"), *interface}});
        return false;
    }
    return true;
}

bool ProjectLinkReader::checkPair(const End &a, const End &b, const QString &path)
{
    if (a.node->id == b.node->id) {
        m_sink.error(key("project.self-link"), path, {{key("node"), a.node->name}});
        return false;
    }
    if (a.node->kind == NodeKind::LanSegment && b.node->kind == NodeKind::LanSegment) {
        m_sink.error(key("project.segment-link"), path,
                     {{key("node"), a.node->name}, {key("other"), b.node->name}});
        return false;
    }
    return true;
}

bool ProjectLinkReader::claimInterface(const End &end)
{
    if (end.node->kind == NodeKind::LanSegment)
        return true;   // a segment takes any number of cables
    const QPair<std::uint32_t, QString> port(end.node->id.value, end.endpoint.interface);
    const auto first = m_taken.constFind(port);
    if (first != m_taken.constEnd()) {
        m_sink.error(key("project.interface-in-use"), jsonMemberPath(end.path, key("interface")),
                     {{key("node"), end.node->name},
                      {key("value"), end.endpoint.interface},
                      {key("first"), *first}});
        return false;
    }
    m_taken.insert(port, end.path);
    return true;
}

} // namespace vtd::model
