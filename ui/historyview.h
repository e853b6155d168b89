#pragma once

#include "core/history.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace pecadmin {

class HistoryTableModel;
class MailboxService;

// A history of changes, newest first: the table that loads a page at a time as it scrolls,
// and a line that says how many entries are shown, that more load, or why none could be.
// The domain's History dialog and the mailbox's History tab both show their entries here.
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryView(MailboxService *service, QWidget *parent = nullptr);

    HistoryTableModel *model() const { return m_model; }
    QTableView *tableView() const { return m_tableView; }

    // Another connection, or none: the view empties.
    void setService(MailboxService *service);
    // Shows the entries that `query` selects, from the newest; `query.limit` is the page size.
    void setQuery(const HistoryQuery &query);
    // Empties the view without asking for anything.
    void clear();
    // A message on the status line instead of the count, until the next page arrives.
    void showMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showStatus();

    HistoryTableModel *m_model = nullptr;
    QTableView *m_tableView = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace pecadmin
