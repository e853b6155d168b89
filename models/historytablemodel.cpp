#include "historytablemodel.h"

#include "core/mailboxservice.h"
#include "core/whenready.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace pecadmin {

namespace {

QString valueText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? HistoryTableModel::tr("yes") : HistoryTableModel::tr("no");
    if (value.isDouble())
        return QLocale().toString(value.toInteger());
    if (value.isUndefined() || value.isNull())
        return QStringLiteral("—");
    return value.toVariant().toString();
}

} // namespace

HistoryTableModel::HistoryTableModel(MailboxService *service, QObject *parent)
    : QAbstractTableModel(parent), m_service(service)
{ }

void HistoryTableModel::setService(MailboxService *service)
{
    m_service = service;
    clear();
}

void HistoryTableModel::clear()
{
    beginResetModel();
    m_query = HistoryQuery();
    m_entries.clear();
    m_error.reset();
    m_atEnd = true;
    m_loading = false;
    ++m_generation;
    endResetModel();
}

void HistoryTableModel::setQuery(const HistoryQuery &query)
{
    beginResetModel();
    m_query = query;
    m_query.beforeSequence = 0;
    m_entries.clear();
    m_error.reset();
    m_atEnd = false;
    m_loading = false;
    ++m_generation;
    endResetModel();
    load();
}

void HistoryTableModel::load()
{
    if (!m_service || m_loading || m_atEnd)
        return;
    m_loading = true;
    HistoryQuery page = m_query;
    page.beforeSequence = m_entries.isEmpty() ? 0 : m_entries.constLast().sequence;
    const int generation = m_generation;
    whenReady(m_service->history(page), this, [this, generation](const Result<HistoryPage> &result) {
        if (generation != m_generation)
            return; // an answer to an older query
        m_loading = false;
        if (!result) {
            m_error = result.error();
            m_atEnd = true;
            Q_EMIT pageLoaded();
            return;
        }
        m_error.reset();
        m_atEnd = !result.value().hasMore;
        // Only entries older than those shown: a page asked for twice adds nothing twice.
        QList<HistoryEntry> entries;
        const qint64 oldest = m_entries.isEmpty() ? 0 : m_entries.constLast().sequence;
        for (const HistoryEntry &entry : result.value().entries) {
            if (oldest == 0 || entry.sequence < oldest)
                entries.append(entry);
        }
        if (!entries.isEmpty()) {
            beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + entries.size()) - 1);
            m_entries += entries;
            endInsertRows();
        }
        Q_EMIT pageLoaded();
    });
}

QString HistoryTableModel::operationText(const QString &operation)
{
    if (operation == history::domainAdded)
        return tr("Domain added");
    if (operation == history::domainChanged)
        return tr("Domain changed");
    if (operation == history::domainRemoved)
        return tr("Domain removed");
    if (operation == history::mailboxCreated)
        return tr("Mailbox created");
    if (operation == history::mailboxChanged)
        return tr("Mailbox changed");
    if (operation == history::passwordReset)
        return tr("Password reset");
    if (operation == history::mailboxDeleted)
        return tr("Mailbox deleted");
    if (operation == history::job)
        return tr("Import or bulk change");
    if (operation == history::cut)
        return tr("Older entries removed");
    return operation;
}

QString HistoryTableModel::changeText(const HistoryEntry &entry)
{
    const QJsonObject before = QJsonDocument::fromJson(entry.before.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(entry.after.toUtf8()).object();
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    keys.sort();
    QStringList parts;
    for (const QString &key : keys) {
        if (before.contains(key) && after.contains(key))
            parts.append(tr("%1: %2 → %3").arg(key, valueText(before.value(key)), valueText(after.value(key))));
        else
            parts.append(tr("%1: %2").arg(key, valueText(after.contains(key) ? after.value(key) : before.value(key))));
    }
    return parts.join(QStringLiteral("; "));
}

void HistoryTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int HistoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry &entry = m_entries.at(index.row());
    if (role == EntryRole)
        return QVariant::fromValue(entry);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case TimeColumn:
        return QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat);
    case ActorColumn:
        return entry.actor;
    case OperationColumn:
        return operationText(entry.operation);
    case SubjectColumn:
        return entry.mailbox.isEmpty() ? entry.domain : entry.mailbox;
    case ChangeColumn:
        return changeText(entry);
    case ResultColumn:
        return entry.result;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Who");
    case OperationColumn:
        return tr("Operation");
    case SubjectColumn:
        return tr("Mailbox or domain");
    case ChangeColumn:
        return tr("Change");
    case ResultColumn:
        return tr("Result");
    case ColumnCount:
        break;
    }
    return {};
}

bool HistoryTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_service && !m_atEnd && !m_loading;
}

void HistoryTableModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        load();
}

} // namespace pecadmin
