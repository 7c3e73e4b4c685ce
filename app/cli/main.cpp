#include "app/cli/commands.h"

#include "sim/engine/heap_pages.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    vtd::sim::preferHugePagesForHeap(vtd::sim::DefaultHeapReserve);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vpnsim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VTD_VERSION));
    return vtd::cli::run(QCoreApplication::arguments());
}
