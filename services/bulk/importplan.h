#pragma once

#include "bulk/mailboxcsv.h"
#include "core/domain.h"
#include "core/mailbox.h"
#include "core/serviceerror.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace pecadmin {

// One row of an import as it will be carried out.
struct ImportRow
{
    enum class Status {
        Ready, // valid: the mailbox will be created
        Exists, // the domain has this mailbox already: the row will be skipped
        Invalid, // breaks a rule: the row will not be imported (see error)
    };

    int row = 0; // the spreadsheet's row number
    QString writtenName; // the name as the file writes it
    Status status = Status::Ready;
    std::optional<ServiceError> error; // for Invalid
    // The mailbox to create, with the domain's defaults where the file leaves a cell empty.
    // The password is the file's, or one generated with the domain's policy.
    NewMailbox mailbox;
    bool passwordGenerated = false;

    QString address() const;
};

// The preview of an import: every row of a file checked against the domain as it is now, with
// the quotas and the mailbox count added up row by row against what the domain has left.
// Nothing here reaches a service: the caller gives the domain's details and the names of the
// mailboxes that exist (see ImportPlanner).
struct ImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(pecadmin::ImportPlan)

public:
    static ImportPlan build(
        const MailboxCsvFile &file, const DomainDetails &details, const QSet<QString> &existingNames);

    // The normalized names that the rows of `file` write, each once, for looking them up.
    static QStringList names(const MailboxCsvFile &file, const QString &domain);

    DomainDetails details;
    QList<ImportRow> rows;
    QStringList warnings; // translated: ignored columns, defaults that apply

    int count(ImportRow::Status status) const;
    // The sum of the quotas of the rows that are ready.
    qint64 plannedQuotaMb() const;
    // What the preview shows for a row: "ready", "exists, will be skipped" or the error.
    static QString resultText(const ImportRow &row);
    // Overwrites every password held by the plan.
    void clearPasswords();
};

} // namespace pecadmin
