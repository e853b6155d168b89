#pragma once

#include "command.h"

#include <QCoreApplication>

namespace pecadmin {

class Console;

// journal list, send, cancel ID, cancel-all and resolve ID --mine|--theirs: the changes made offline on the copy of a
// saved connection (docs/OFFLINE.md). Only send reaches the server.
class JournalCommands
{
    Q_DECLARE_TR_FUNCTIONS(pecadmin::JournalCommands)

public:
    static ExitCode run(const Command &command, Console &console);
};

} // namespace pecadmin
