#pragma once

#include "core/journal.h"

#include <QAbstractTableModel>
#include <QList>

namespace pecadmin {

// The journal of changes made offline (core/journal.h), one row an entry, in the order they
// will be sent: when, what, the address, and whether it waits or is in conflict.
class JournalModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, ChangeColumn, AddressColumn, StateColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64: the entry's id
        ConflictRole, // bool: the server refused it; it waits for a choice
    };

    explicit JournalModel(QObject *parent = nullptr);

    // Replaces every entry.
    void setEntries(const QList<JournalEntry> &entries);
    const QList<JournalEntry> &entries() const { return m_entries; }
    JournalEntry entryAt(int row) const { return m_entries.at(row); }
    // The row of the entry `id`, or -1.
    int rowOfId(qint64 id) const;
    int conflictCount() const;

    // Called on QEvent::LanguageChange.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Pending", "Conflict", "Sending", for a person.
    static QString stateText(JournalEntry::State state);

private:
    QList<JournalEntry> m_entries;
};

} // namespace pecadmin
