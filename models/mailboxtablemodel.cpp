#include "mailboxtablemodel.h"
#include "core/whenready.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace pecadmin {

MailboxTableModel::MailboxTableModel(MailboxService *service, QObject *parent)
    : QAbstractTableModel(parent), m_service(service)
{ }

void MailboxTableModel::setService(MailboxService *service)
{
    m_service = service;
    resetAndLoad();
}

void MailboxTableModel::setDomain(const QString &domain)
{
    m_domain = domain;
    resetAndLoad();
}

void MailboxTableModel::setFilter(const QString &filter)
{
    const QString trimmed = filter.trimmed();
    if (trimmed == m_filter)
        return;
    m_filter = trimmed;
    resetAndLoad();
}

void MailboxTableModel::setPendingOnly(bool pendingOnly)
{
    if (pendingOnly == m_pendingOnly)
        return;
    m_pendingOnly = pendingOnly;
    resetAndLoad();
}

void MailboxTableModel::setPageSize(int pageSize)
{
    m_pageSize = qMax(1, pageSize);
}

void MailboxTableModel::reload()
{
    resetAndLoad();
}

void MailboxTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    resetAndLoad();
}

MailboxColumn MailboxTableModel::serviceColumn(int column)
{
    switch (column) {
    case StatusColumn:
        return MailboxColumn::Status;
    case UsageColumn:
        return MailboxColumn::Usage;
    case SoftQuotaColumn:
        return MailboxColumn::SoftQuota;
    case ArchivingColumn:
        return MailboxColumn::Archiving;
    case CreatedColumn:
        return MailboxColumn::Created;
    default:
        return MailboxColumn::Address;
    }
}

void MailboxTableModel::resetAndLoad()
{
    ++m_generation; // every answer still on its way belongs to an older query now
    const bool wasLoading = m_loading;
    beginResetModel();
    m_mailboxes.clear();
    // A service without a journal has no mailbox with changes waiting.
    m_atEnd = m_service == nullptr || m_domain.isEmpty() || (m_pendingOnly && !m_service->capabilities().keepsJournal);
    m_loading = false; // before the reset ends: a view may ask for the first page right then
    endResetModel();
    if (canFetchMore({}))
        fetchMore({});
    if (wasLoading && !m_loading)
        Q_EMIT loadingChanged(false);
}

void MailboxTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

bool MailboxTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_loading && !m_atEnd;
}

void MailboxTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;

    MailboxQuery query;
    query.domain = m_domain;
    query.filter = m_filter;
    query.pendingOnly = m_pendingOnly;
    query.sortColumn = serviceColumn(m_sortColumn);
    query.sortOrder = m_sortOrder;
    query.limit = m_pageSize;
    if (!m_mailboxes.isEmpty())
        query.after = m_mailboxes.constLast();

    const quint64 generation = m_generation;
    setLoading(true);
    whenReady(m_service->mailboxes(query), this,
        [this, generation](const Result<MailboxPage> &result) { addPage(generation, result); });
}

void MailboxTableModel::addPage(quint64 generation, const Result<MailboxPage> &result)
{
    if (generation != m_generation)
        return; // the answer to a query that was replaced meanwhile
    if (!result) {
        m_atEnd = true; // no retry loop from a view; reload() starts again
        setLoading(false);
        Q_EMIT errorOccurred(result.error());
        return;
    }
    // Still loading while the rows go in: a view that reacts to the insertion cannot start
    // the next page from a list that does not have this one yet.
    const MailboxPage &page = result.value();
    if (!page.mailboxes.isEmpty()) {
        const int first = int(m_mailboxes.size());
        beginInsertRows({}, first, first + int(page.mailboxes.size()) - 1);
        m_mailboxes.append(page.mailboxes);
        endInsertRows();
    }
    if (generation != m_generation)
        return; // the insertion made someone start another query
    m_atEnd = !page.hasMore;
    setLoading(false);
    Q_EMIT pageLoaded();
}

int MailboxTableModel::rowOfAddress(const QString &address) const
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return -1;
    const QStringView name = QStringView(address).left(at);
    const QStringView domain = QStringView(address).mid(at + 1);
    for (int row = 0; row < m_mailboxes.size(); ++row) {
        const Mailbox &mailbox = m_mailboxes.at(row);
        if (mailbox.name.compare(name, Qt::CaseInsensitive) == 0
            && mailbox.domain.compare(domain, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

void MailboxTableModel::updateMailbox(const Mailbox &mailbox)
{
    const int row = rowOfAddress(mailbox.address());
    if (row < 0)
        return;
    m_mailboxes[row] = mailbox;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void MailboxTableModel::removeMailbox(const QString &address)
{
    const int row = rowOfAddress(address);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_mailboxes.removeAt(row);
    endRemoveRows();
}

void MailboxTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_mailboxes.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
            { Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole });
}

int MailboxTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_mailboxes.size());
}

int MailboxTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MailboxTableModel::formatDateTime(const QDateTime &dateTime)
{
    const QLocale locale;
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return locale.toString(dateTime.toLocalTime(), format);
}

QString MailboxTableModel::formatSize(qint64 bytes)
{
    // One decimal where it says something ("1.5 GB"), none where it would be zero ("1 GB", "502 MB").
    qint64 unit = 1;
    const qint64 magnitude
        = bytes == std::numeric_limits<qint64>::min() ? std::numeric_limits<qint64>::max() : qAbs(bytes);
    while (unit * 1024 <= magnitude && unit < (qint64(1) << 50))
        unit *= 1024;
    const long tenths = std::lround(double(bytes) / double(unit) * 10.0);
    const int precision = tenths % 10 == 0 ? 0 : 1;
    return QLocale().formattedDataSize(bytes, precision, QLocale::DataSizeTraditionalFormat);
}

QString MailboxTableModel::displayText(const Mailbox &mailbox, int column) const
{
    switch (column) {
    case AddressColumn:
        return mailbox.address();
    case StatusColumn:
        return mailbox.enabled ? tr("Enabled") : tr("Disabled");
    case UsageColumn:
        if (!mailbox.usageKnown()) {
            //: The mail server has not said how much of the quota ("1 GB") the mailbox uses
            return tr("? of %1").arg(formatMegabytes(mailbox.quotaMb));
        }
        //: Disk space used of the quota: "120 MB of 1 GB"
        return tr("%1 of %2").arg(formatSize(mailbox.usedBytes), formatMegabytes(mailbox.quotaMb));
    case SoftQuotaColumn:
        return mailbox.softQuotaMb > 0 ? formatMegabytes(mailbox.softQuotaMb) : tr("None", "soft quota");
    case ArchivingColumn:
        return mailbox.archiving ? tr("Yes", "archiving") : tr("No", "archiving");
    case CreatedColumn:
        return formatDateTime(mailbox.created);
    }
    return {};
}

void MailboxTableModel::setPendingIcons(const QIcon &pending, const QIcon &conflict)
{
    m_pendingIcon = pending;
    m_conflictIcon = conflict;
    if (!m_mailboxes.isEmpty())
        Q_EMIT dataChanged(
            index(0, AddressColumn), index(int(m_mailboxes.size()) - 1, AddressColumn), { Qt::DecorationRole });
}

QString MailboxTableModel::toolTip(const Mailbox &mailbox, int column) const
{
    switch (column) {
    case AddressColumn: {
        const QString text = mailbox.isPostmaster()
            ? tr("%1: the postmaster mailbox of the domain").arg(mailbox.address())
            : mailbox.address();
        if (mailbox.inConflict)
            return text + u'\n'
                + tr("The server refused a change made offline to this mailbox: it waits for your choice in the "
                     "journal of changes.");
        if (mailbox.pending)
            return text + u'\n' + tr("Changed offline: the change will be sent when the server is reachable.");
        return text;
    }
    case StatusColumn:
        return mailbox.enabled ? tr("Enabled: the mailbox receives and sends mail")
                               : tr("Disabled: the mailbox keeps its content but cannot be accessed, "
                                    "cannot send, and mail sent to it is not delivered");
    case UsageColumn: {
        if (!mailbox.usageKnown()) {
            return tr("A quota of %1; the mail server has not reported how much of it is used")
                .arg(formatMegabytes(mailbox.quotaMb));
        }
        const int percent = limits::percent(mailbox.usedBytes, limits::bytesFromMb(mailbox.quotaMb));
        return tr("%1 used of a %2 quota (%3%)")
            .arg(formatSize(mailbox.usedBytes), formatMegabytes(mailbox.quotaMb), QLocale().toString(percent));
    }
    case SoftQuotaColumn:
        return mailbox.softQuotaMb > 0
            ? tr("The user is warned when the mailbox uses more than %1").arg(formatMegabytes(mailbox.softQuotaMb))
            : tr("No warning threshold");
    case ArchivingColumn:
        return mailbox.archiving ? tr("Legal archiving (conservazione sostitutiva) is on")
                                 : tr("Legal archiving (conservazione sostitutiva) is off");
    case CreatedColumn:
        return QLocale().toString(mailbox.created.toLocalTime(), QLocale::LongFormat);
    }
    return {};
}

QVariant MailboxTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_mailboxes.size())
        return {};
    const Mailbox &mailbox = m_mailboxes.at(index.row());
    const int column = index.column();
    const double quotaBytes = double(mailbox.quotaMb) * 1024.0 * 1024.0;

    switch (role) {
    case Qt::DisplayRole:
        return displayText(mailbox, column);
    case Qt::ToolTipRole:
        return toolTip(mailbox, column);
    case Qt::AccessibleTextRole:
        if (column == AddressColumn && (mailbox.pending || mailbox.inConflict))
            return toolTip(mailbox, column);
        return column == UsageColumn ? toolTip(mailbox, column) : displayText(mailbox, column);
    case Qt::DecorationRole:
        if (column != AddressColumn)
            return {};
        if (mailbox.inConflict)
            return m_conflictIcon;
        if (mailbox.pending)
            return m_pendingIcon;
        return {};
    case PendingRole:
        return mailbox.pending || mailbox.inConflict;
    case ConflictRole:
        return mailbox.inConflict;
    case Qt::TextAlignmentRole:
        if (column == SoftQuotaColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        return sortKey(mailbox, serviceColumn(column), m_sortOrder);
    case MailboxRole:
        return QVariant::fromValue(mailbox);
    case UsageFractionRole:
        if (!mailbox.usageKnown())
            return {}; // no bar: nothing is known to draw
        return quotaBytes > 0 ? double(mailbox.usedBytes) / quotaBytes : 0.0;
    case SoftQuotaFractionRole:
        return mailbox.quotaMb > 0 ? double(mailbox.softQuotaMb) / double(mailbox.quotaMb) : 0.0;
    case AddressRole:
        return mailbox.address();
    default:
        return {};
    }
}

QVariant MailboxTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case AddressColumn:
        return tr("Address");
    case StatusColumn:
        return tr("Status");
    case UsageColumn:
        return role == Qt::ToolTipRole ? tr("Disk space used of the quota") : tr("Usage");
    case SoftQuotaColumn:
        return tr("Soft quota");
    case ArchivingColumn:
        return role == Qt::ToolTipRole ? tr("Legal archiving (conservazione sostitutiva)") : tr("Archiving");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

QHash<int, QByteArray> MailboxTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(MailboxRole, "mailbox");
    names.insert(UsageFractionRole, "usageFraction");
    names.insert(SoftQuotaFractionRole, "softQuotaFraction");
    names.insert(AddressRole, "address");
    return names;
}

} // namespace pecadmin
