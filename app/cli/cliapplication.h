#pragma once

#include <QCoreApplication>

#include <memory>

namespace pecadmin {

// The application object of pecadmin-cli. The full program makes a QGuiApplication where the
// command line asks for a printed report (audit export --pdf), which lays out text and so needs
// fonts; otherwise, and always in the lean program (which runs the full one for that command),
// a QCoreApplication. The lean program also keeps the arguments to hand them to the full one.
std::unique_ptr<QCoreApplication> createCliApplication(int &argc, char **argv);

} // namespace pecadmin
