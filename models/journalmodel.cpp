#include "journalmodel.h"

#include "mailboxtablemodel.h"

#include <algorithm>

namespace pecadmin {

JournalModel::JournalModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void JournalModel::setEntries(const QList<JournalEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int JournalModel::rowOfId(qint64 id) const
{
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return int(row);
    }
    return -1;
}

int JournalModel::conflictCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
        [](const JournalEntry &entry) { return entry.state == JournalEntry::State::Conflict; }));
}

void JournalModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JournalModel::stateText(JournalEntry::State state)
{
    switch (state) {
    case JournalEntry::State::Pending:
        //: A change made offline that waits to be sent
        return tr("Pending");
    case JournalEntry::State::Sending:
        //: A change made offline sent to the server, whose answer has not been read yet
        return tr("Sending");
    case JournalEntry::State::Conflict:
        //: A change made offline that the server refused: it waits for a choice
        return tr("Conflict");
    }
    return {};
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case WhenColumn:
            return MailboxTableModel::formatDateTime(entry.when);
        case ChangeColumn:
            return journal::describe(entry);
        case AddressColumn:
            return entry.address;
        case StateColumn:
            return stateText(entry.state);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (entry.state == JournalEntry::State::Conflict && !entry.conflict.isEmpty())
            return entry.conflict;
        if (index.column() == ChangeColumn)
            return journal::describe(entry);
        return {};
    case IdRole:
        return entry.id;
    case ConflictRole:
        return entry.state == JournalEntry::State::Conflict;
    default:
        return {};
    }
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        //: The journal's column: when the change was made
        return tr("When");
    case ChangeColumn:
        //: The journal's column: what the change does
        return tr("Change");
    case AddressColumn:
        return tr("Address");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace pecadmin
