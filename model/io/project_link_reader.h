#pragma once

#include "json_object_reader.h"

#include "model/project.h"

#include <QMap>
#include <QPair>

namespace vtd::model {

/** Reads the elements of "links" against the nodes already read, and remembers which
 *  interfaces are taken, since an interface takes at most one cable. */
class ProjectLinkReader
{
public:
    ProjectLinkReader(const Project &project, JsonDiagnosticSink &sink);

    /** The link (without an id) when it is valid; nullopt after reporting why not. */
    std::optional<Link> read(const QJsonValue &value, const QString &path);

private:
    /** One end as read: the endpoint and the node it names. */
    struct End
    {
        Endpoint endpoint;
        const Node *node = nullptr;
        QString path;   ///< "links[2].a"
    };

    std::optional<End> readEnd(JsonObjectReader &link, const QString &side);
    bool checkInterface(JsonObjectReader &end, const Node &node,
                        const std::optional<QString> &interface);
    bool checkPair(const End &a, const End &b, const QString &path);
    bool claimInterface(const End &end);

    const Project &m_project;
    JsonDiagnosticSink &m_sink;
    /** (node, interface) -> the endpoint path that took it first. */
    QMap<QPair<std::uint32_t, QString>, QString> m_taken;
};

} // namespace vtd::model
