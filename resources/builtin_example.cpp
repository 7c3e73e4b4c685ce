#include "builtin_example.h"

#include <QFile>

namespace vtd::resources {

QByteArray builtinExampleProjectFile()
{
    QFile file(QStringLiteral(":/examples/seed.vpnd"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("built-in example missing from the resources");   // a broken build, not user input
    return file.readAll();
}

} // namespace vtd::resources
