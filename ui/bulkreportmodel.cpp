#include "bulkreportmodel.h"

#include <QColor>
#include <QFontDatabase>

namespace pecadmin {

BulkReportModel::BulkReportModel(QObject *parent) : QAbstractTableModel(parent)
{ }

BulkReportModel::~BulkReportModel()
{
    m_report.clearPasswords();
}

void BulkReportModel::setReport(const BulkReport &report, const QString &doneText)
{
    beginResetModel();
    m_report.clearPasswords();
    m_report = report;
    m_doneText = doneText;
    endResetModel();
}

void BulkReportModel::setDoneText(const QString &doneText)
{
    m_doneText = doneText;
    if (!m_report.entries.isEmpty())
        Q_EMIT dataChanged(index(0, ResultColumn), index(rowCount() - 1, ResultColumn));
}

void BulkReportModel::clearPasswords()
{
    m_report.clearPasswords();
    if (!m_report.entries.isEmpty())
        Q_EMIT dataChanged(index(0, PasswordColumn), index(rowCount() - 1, PasswordColumn));
}

bool BulkReportModel::hasPasswords() const
{
    return std::any_of(m_report.entries.cbegin(), m_report.entries.cend(),
        [](const BulkReportEntry &entry) { return !entry.password.isEmpty(); });
}

QList<Credential> BulkReportModel::credentials() const
{
    QList<Credential> list;
    for (const BulkReportEntry &entry : m_report.entries) {
        if (!entry.password.isEmpty())
            list.append({ entry.address, entry.password });
    }
    return list;
}

int BulkReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.entries.size());
}

int BulkReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkReportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const BulkReportEntry &entry = m_report.entries.at(index.row());
    if (role == OutcomeRole)
        return int(entry.outcome);
    if (role == Qt::FontRole && index.column() == PasswordColumn)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (role == Qt::ForegroundRole && index.column() == ResultColumn
        && entry.outcome == BulkReportEntry::Outcome::Failed)
        return QColor(0xb0, 0x00, 0x20);
    if (role == Qt::TextAlignmentRole && index.column() == RowColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case RowColumn:
        return entry.row;
    case AddressColumn:
        return entry.address;
    case ResultColumn:
        return BulkReport::outcomeText(entry, m_doneText);
    case PasswordColumn:
        return entry.password;
    default:
        return {};
    }
}

QVariant BulkReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn:
        //: The row of the spreadsheet file, or the position in the list
        return tr("Row");
    case AddressColumn:
        return tr("Mailbox");
    case ResultColumn:
        return tr("Result");
    case PasswordColumn:
        return tr("Password");
    default:
        return {};
    }
}

void BulkReportModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_report.entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace pecadmin
