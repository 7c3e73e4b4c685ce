#pragma once

#include "json_object_reader.h"

#include "model/project.h"

namespace vtd::model {

/** Reads and checks one element of "nodes" (everything but name uniqueness, which needs the
 *  other nodes). The result is partial when the sink got errors; its hardwareModel is set only
 *  when kind and hardware were both valid, so links can tell whether its ports are known. */
Node readProjectNode(const QJsonValue &value, const QString &path, JsonDiagnosticSink &sink);

/** "0002.b945.9ff1": three groups of four lower-case hex digits, as Cisco prints MACs. */
bool isCiscoMacAddress(const QString &text);

} // namespace vtd::model
