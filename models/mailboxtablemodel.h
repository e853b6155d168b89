#pragma once

#include "core/limits.h"
#include "core/mailbox.h"
#include "core/mailboxservice.h"
#include "core/serviceerror.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

namespace pecadmin {

// The mailboxes of one domain, a page at a time. Filtering and sorting run in the service;
// the model holds only the pages loaded so far and asks for the next one when a view
// scrolls to the end (canFetchMore/fetchMore). An answer to an older query is dropped.
class MailboxTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        AddressColumn,
        StatusColumn,
        UsageColumn,
        SoftQuotaColumn,
        ArchivingColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // the raw value a column orders by
        MailboxRole, // the whole Mailbox
        UsageFractionRole, // used / quota, as a double (may exceed 1)
        SoftQuotaFractionRole, // soft quota / quota, as a double; 0 without a soft quota
        AddressRole, // "name@domain"
        PendingRole, // bool: changes made offline wait to be sent (or one is in conflict)
        ConflictRole, // bool: the server refused a change made offline; it waits for a choice
    };

    explicit MailboxTableModel(MailboxService *service, QObject *parent = nullptr);

    // The service to read from; resets the model.
    void setService(MailboxService *service);
    // The icons of the address of a mailbox with changes made offline waiting to be sent, and of
    // one whose change the server refused (the view's style provides them).
    void setPendingIcons(const QIcon &pending, const QIcon &conflict);
    MailboxService *service() const { return m_service; }

    // The domain whose mailboxes are shown; resets and loads the first page.
    void setDomain(const QString &domain);
    QString domain() const { return m_domain; }
    // A substring of the mailbox name; resets and loads the first page.
    void setFilter(const QString &filter);
    QString filter() const { return m_filter; }
    // Only the mailboxes with changes made offline waiting to be sent (or in conflict); resets
    // and loads the first page. Nothing where the service keeps no journal.
    void setPendingOnly(bool pendingOnly);
    bool pendingOnly() const { return m_pendingOnly; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int pageSize);
    // Drops what is loaded and loads the first page again, with the same query.
    void reload();

    bool isLoading() const { return m_loading; }
    // Whether every mailbox matching the query is loaded.
    bool atEnd() const { return m_atEnd; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    static MailboxColumn serviceColumn(int column);

    Mailbox mailboxAt(int row) const { return m_mailboxes.at(row); }
    // The row of the mailbox with `address`, or -1 when it is not loaded.
    int rowOfAddress(const QString &address) const;
    // Replaces the loaded mailbox with the same address; nothing when it is not loaded.
    void updateMailbox(const Mailbox &mailbox);
    void removeMailbox(const QString &address);

    // Called on QEvent::LanguageChange: headers and display texts follow the new language.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

    // "120 MB", "1 GB": a size in the current locale, without needless decimals.
    static QString formatSize(qint64 bytes);
    static QString formatMegabytes(qint64 megabytes) { return formatSize(limits::bytesFromMb(megabytes)); }
    // A date and time in the short format of the current locale, with the year in four digits
    // in every language (Italian's short format has two).
    static QString formatDateTime(const QDateTime &dateTime);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void errorOccurred(const pecadmin::ServiceError &error);
    // A page of the current query arrived (possibly empty).
    void pageLoaded();

private:
    void resetAndLoad();
    void addPage(quint64 generation, const Result<MailboxPage> &result);
    void setLoading(bool loading);
    QString displayText(const Mailbox &mailbox, int column) const;
    QString toolTip(const Mailbox &mailbox, int column) const;

    MailboxService *m_service = nullptr;
    QString m_domain;
    QString m_filter;
    bool m_pendingOnly = false;
    int m_sortColumn = AddressColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_pageSize = 200;

    QList<Mailbox> m_mailboxes;
    bool m_loading = false;
    bool m_atEnd = true;
    quint64 m_generation = 0;
    QIcon m_pendingIcon;
    QIcon m_conflictIcon;
};

} // namespace pecadmin
