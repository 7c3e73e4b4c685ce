#include "app/gui/application.h"

int main(int argc, char *argv[])
{
    return vtd::app::runDesigner(argc, argv);
}
