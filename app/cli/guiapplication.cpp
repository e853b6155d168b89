#include "cliapplication.h"

#include <QGuiApplication>

#include <cstring>

namespace pecadmin {

namespace {

// Whether the command line asks for a printed report (audit export --pdf).
bool writesReport(int argc, char **argv)
{
    bool audit = false;
    bool pdf = false;
    for (int i = 1; i < argc; ++i) {
        audit = audit || std::strcmp(argv[i], "audit") == 0;
        pdf = pdf || std::strcmp(argv[i], "--pdf") == 0;
    }
    return audit && pdf;
}

} // namespace

std::unique_ptr<QCoreApplication> createCliApplication(int &argc, char **argv)
{
    if (writesReport(argc, argv)) {
        // Fonts on the platform that needs no display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace pecadmin
