#pragma once

namespace pecadmin::test {

// Turns on QStandardPaths' test mode in a home folder of this process's own, made at the first
// call and removed when the process ends. Test mode keeps its files under ~/.qttest, named after
// the test: without a home of its own, the English and Italian runs of one test, run side by
// side, would write the same offline copy, and a file left by another checkout's build (a newer
// store) would be refused by this one. Child processes (the command line) inherit the home.
void enableTestMode();

} // namespace pecadmin::test
