#include "app/gui/application.h"

#include "sim/engine/heap_pages.h"

int main(int argc, char *argv[])
{
    vtd::sim::preferHugePagesForHeap(vtd::sim::DefaultHeapReserve);
    return vtd::app::runDesigner(argc, argv);
}
