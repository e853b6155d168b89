#pragma once

#include "core/domain.h"
#include "core/mailbox.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace pecadmin {

// The exit status of the command-line tool.
enum class ExitCode {
    Success = 0,
    Refused = 1, // the service refused the operation, or the store could not be used
    UsageError = 2, // the command line itself is wrong: nothing was attempted
    Conflicts = 3, // journal send: changes made offline were refused by the server and wait for a choice
};

// One invocation of the command-line tool, as the parser understood it.
struct Command
{
    enum class Action {
        Help,
        DomainAdd,
        DomainList,
        DomainShow,
        DomainEdit,
        DomainRemove,
        List,
        Show,
        Create,
        Password,
        Enable,
        Disable,
        Quota,
        SoftQuota,
        Archiving,
        Delete,
        Demo,
        Import,
        Export,
        Check,
        AuditList,
        AuditExport,
        AuditVerify,
        AuditHead,
        AuditCut,
        MailServerPurge,
        MailServerChangePassword,
        JournalList,
        JournalSend,
        JournalCancel,
        JournalCancelAll,
        JournalResolve,
        Version,
        Completion,
        ManPage,
    };

    // The options that say which store or server to use; empty: not given.
    struct ConnectionOptions
    {
        QString pgHost;
        QString pgPort;
        QString pgDatabase;
        QString pgUser;
        QString pgSslMode;
        QString profile;
        QString scimUrl;
        QString user;
        QStringList domains; // --domain, once for each domain of a SCIM server
        QString tokenVariable; // --token-env: the environment variable that holds a bearer token
        QString caFile; // --ca: a PEM file of a certification authority to trust
        bool postgreSqlGiven = false; // one of the --pg-* options
        bool connectionGiven = false; // --profile, --scim or --user
        bool offline = false; // --offline: the copy of --profile kept for offline work
    };

    Action action = Action::Help;
    QString storePath; // empty: the default store
    ConnectionOptions connection;
    bool json = false;

    // help COMMAND, or COMMAND --help: the words of the command whose help is asked for.
    QStringList helpTopic;

    // The domain name (domain show, list) or mailbox address the command acts on, as typed;
    // the shell of `completion`, the program of `manpage`.
    QString target;

    // domain add
    Domain domain;

    // The password policy described on the command line (domain add, domain edit): a preset
    // (domain add: Poste's by default; domain edit: the domain's own), then the rules given,
    // which make it a custom policy.
    struct PolicyOptions
    {
        std::optional<PasswordPolicy::Preset> preset;
        std::optional<int> minLength;
        std::optional<int> maxLength;
        std::optional<QStringList> requiredClasses; // "lower", "upper", "digit", "symbol"
        std::optional<QString> allowedSymbols;
        std::optional<bool> forbidMailboxName;

        bool changesRules() const
        {
            return minLength || maxLength || requiredClasses || allowedSymbols || forbidMailboxName;
        }
        // `base`, or the preset given, with the rules given.
        PasswordPolicy appliedTo(const PasswordPolicy &base) const;
    };
    PolicyOptions policy;

    // domain edit: what changes; the rest stays as it is.
    struct DomainChange
    {
        std::optional<qint64> totalSpaceMb;
        std::optional<int> maxMailboxes;
        std::optional<qint64> maxMailboxQuotaMb;
        std::optional<bool> archivingAvailable;
        std::optional<QString> language;

        bool isEmpty() const
        {
            return !totalSpaceMb && !maxMailboxes && !maxMailboxQuotaMb && !archivingAvailable && !language;
        }
        Domain appliedTo(const Domain &domain) const;
    };
    DomainChange domainChange;

    // list
    QString filter;
    int offset = 0;
    std::optional<int> limit; // none: every mailbox from `offset` on
    MailboxColumn sortColumn = MailboxColumn::Address;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;

    // create (both optional), quota and soft-quota (the one that the command sets)
    std::optional<qint64> quotaMb;
    std::optional<qint64> softQuotaMb;
    // create --archiving; archiving on|off
    bool archiving = false;
    // create, password
    bool generatePassword = false;
    // delete --yes, domain remove --yes
    bool confirmed = false;

    // import (the CSV file read) and export (the file written; empty: standard output)
    QString filePath;
    // import --dry-run: show the preview, change nothing
    bool dryRun = false;
    // import --skip-invalid: create the ready rows even when others are refused
    bool skipInvalid = false;
    // export, audit export --force: replace an existing file
    bool force = false;
    // export --semicolon, --language it|en
    bool semicolon = false;
    QString exportLanguage = QStringLiteral("en");

    // audit list and export (target: a domain or an address; empty: everything), audit cut
    QDateTime since; // included
    QDateTime until; // excluded
    QString actor;
    QString operation;
    // audit export --pdf: the printed report in place of the CSV
    bool pdf = false;
    // journal resolve ID --mine | --theirs
    bool keepMine = false;
    bool keepTheirs = false;
    // mailserver purge --doveadm PROGRAM --dovecot-config FILE
    QString doveadm;
    QString dovecotConfig;
    // audit verify --head SEQUENCE:HASH, a head kept elsewhere
    qint64 headSequence = 0;
    QByteArray headHash;
};

} // namespace pecadmin
