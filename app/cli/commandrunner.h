#pragma once

#include "command.h"
#include "core/mailboxservice.h"

#include <QCoreApplication>

namespace pecadmin {

class Console;
class PasswordReader;

// Carries out one parsed command against a service and prints its result, waiting for each
// of the service's answers in turn.
class CommandRunner
{
    Q_DECLARE_TR_FUNCTIONS(pecadmin::CommandRunner)

public:
    CommandRunner(MailboxService &service, Console &console, PasswordReader &passwords);

    // Carries out a command that needs a service: the one its entry in the table names.
    ExitCode run(const Command &command);

    // One function per command, named by the table of commands (commandtable.cpp).
    ExitCode addDomain(const Command &command);
    ExitCode listDomains(const Command &command);
    ExitCode showDomain(const Command &command);
    ExitCode editDomain(const Command &command);
    ExitCode removeDomain(const Command &command);
    ExitCode listMailboxes(const Command &command);
    ExitCode showMailbox(const Command &command);
    ExitCode createMailbox(const Command &command);
    ExitCode resetPassword(const Command &command);
    ExitCode enableMailbox(const Command &command);
    ExitCode disableMailbox(const Command &command);
    ExitCode setQuota(const Command &command);
    ExitCode setSoftQuota(const Command &command);
    ExitCode setArchiving(const Command &command);
    ExitCode deleteMailbox(const Command &command);
    ExitCode addDemoDomain(const Command &command);
    ExitCode importMailboxes(const Command &command);
    ExitCode exportMailboxes(const Command &command);
    ExitCode listHistory(const Command &command);
    ExitCode exportHistory(const Command &command);
    ExitCode verifyHistory(const Command &command);
    ExitCode historyHead(const Command &command);
    ExitCode cutHistory(const Command &command);
    ExitCode purgeDeletedMail(const Command &command);
    ExitCode changeOwnPassword(const Command &command);

private:
    ExitCode refused(const ServiceError &error);
    // Why the file of an export may not be written: the open store, or one that exists without --force.
    std::optional<ServiceError> outputFileRefusal(const Command &command) const;
    ExitCode setEnabled(const Command &command, bool enabled);

    // Applies `change` and prints the mailbox with `doneText` (translated, for a person).
    ExitCode change(const MailboxChange &mailboxChange, const QString &doneText);
    // A generated password or one read from standard input.
    Result<QString> newPassword(
        const Command &command, const Domain &domain, const QString &mailboxName, const QString &address);
    void printGeneratedPassword(const QString &address, const QString &password);
    // The entries that the command's target and filters select, newest first; `limit` 0: all;
    // `upTo`: only entries up to that sequence (0: every one).
    Result<QList<HistoryEntry>> historyEntries(const Command &command, int limit, qint64 upTo = 0);
    // audit export --pdf: the printed report (HistoryReport), as the window writes it
    // (historyreportwriter.cpp; in the lean program, fullprogram.cpp runs the full one).
    ExitCode writeHistoryReport(const Command &command);

    MailboxService &m_service;
    Console &m_console;
    PasswordReader &m_passwords;
};

} // namespace pecadmin
