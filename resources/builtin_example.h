#pragma once

#include <QByteArray>
#include <QString>

namespace vtd::resources {

/** The built-in example: the seed scenario of Cisco note 16060 as a project file (.vpnd). */
QByteArray builtinExampleProjectFile();
/** Its name as shown to users and used as a file name. */
inline QString builtinExampleName() { return QStringLiteral("seed.vpnd"); }

} // namespace vtd::resources
