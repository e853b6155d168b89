#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pecadmin {

class Console;

// `pecadmin-cli --scim URL … check`: what a provider runs against its own server before
// pointing postmasters at it. Each trait of RFC 7644 that PEC Admin relies on or adapts to is
// tried on the server (discovery, the mailbox extension, filters, paging across maxResults,
// sorting, PATCH, versions, uniqueness, If-Match), with two mailboxes of its own that it
// creates in a domain and deletes at the end; each gives a line that passes or fails and says
// what PEC Admin does about it. The exit status is 1 where a failure blocks the use of the
// server.
class ScimCheck
{
    Q_DECLARE_TR_FUNCTIONS(pecadmin::ScimCheck)

public:
    struct Line
    {
        QString name; // "discovery", "extension", …: the same in every language
        bool passed = false;
        bool blocking = false; // a failure that stops PEC Admin from working with the server
        QString found; // what the server did, translated
        QString action; // what PEC Admin does about it, translated
    };

    static ExitCode run(const Command &command, Console &console);
};

} // namespace pecadmin
