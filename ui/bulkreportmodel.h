#pragma once

#include "bulk/bulkreport.h"
#include "credentialletters.h"

#include <QAbstractTableModel>

namespace pecadmin {

// The report of a bulk operation as a table: the file's row (for an import), the address,
// what happened and why, and the password generated for the mailbox, shown this once.
class BulkReportModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RowColumn, AddressColumn, PasswordColumn, ResultColumn, ColumnCount };
    // The entry's outcome (BulkReportEntry::Outcome as an int).
    static constexpr int OutcomeRole = Qt::UserRole + 1;

    explicit BulkReportModel(QObject *parent = nullptr);
    ~BulkReportModel() override;

    // `doneText`: what a done entry reads ("created", "changed").
    void setReport(const BulkReport &report, const QString &doneText);
    void setDoneText(const QString &doneText);
    // Overwrites the passwords held.
    void clearPasswords();

    bool hasPasswords() const;
    // The addresses and passwords of the entries that have one.
    QList<Credential> credentials() const;
    const BulkReport &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Headers call tr(): a language switch re-reads them.
    void retranslate();

private:
    BulkReport m_report;
    QString m_doneText;
};

} // namespace pecadmin
