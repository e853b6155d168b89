#pragma once

#include "core/history.h"
#include "core/mailboxservice.h"
#include "core/serviceerror.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

#include <optional>

namespace pecadmin {

class MailboxService;

// The history of changes of a domain or a mailbox, newest first, a page at a time: the
// filters run in the service, the model holds the pages loaded so far and asks for the next
// one when a view scrolls to the end (canFetchMore/fetchMore). An answer to an older query is
// dropped.
class HistoryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, ActorColumn, OperationColumn, SubjectColumn, ChangeColumn, ResultColumn, ColumnCount };
    enum Role { EntryRole = Qt::UserRole + 1 };

    explicit HistoryTableModel(MailboxService *service, QObject *parent = nullptr);

    // Another connection (or none): the model empties; setQuery() loads again.
    void setService(MailboxService *service);
    MailboxService *service() const { return m_service; }
    // Empties the model without asking the service for anything.
    void clear();

    // The query (its limit is the page size); resets and loads the first page.
    void setQuery(const HistoryQuery &query);
    const HistoryQuery &query() const { return m_query; }

    bool isLoading() const { return m_loading; }
    bool atEnd() const { return m_atEnd; }
    const std::optional<ServiceError> &error() const { return m_error; }
    HistoryEntry entryAt(int row) const { return m_entries.at(row); }

    // What a person reads of an operation ("Mailbox created"), in the current language.
    static QString operationText(const QString &operation);
    // The fields before and after, as "quota_mb: 512 → 1024; enabled: yes → no".
    static QString changeText(const HistoryEntry &entry);

    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // A page arrived (or failed: error() says why).
    void pageLoaded();

private:
    void load();

    QPointer<MailboxService> m_service;
    HistoryQuery m_query;
    QList<HistoryEntry> m_entries;
    std::optional<ServiceError> m_error;
    bool m_loading = false;
    bool m_atEnd = true;
    int m_generation = 0;
};

} // namespace pecadmin
