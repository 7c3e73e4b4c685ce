#include "app/cli/commands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vpnsim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VTD_VERSION));
    return vtd::cli::run(QCoreApplication::arguments());
}
