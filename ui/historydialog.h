#pragma once

#include "core/history.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace pecadmin {

class HistoryTableModel;
class MailboxService;

// The history of changes of a domain (View → History), newest first: who changed what and
// when. Filters by mailbox, operation, user and date run in the service; the table loads a
// page at a time as it scrolls; the entries that the filters select are exported to CSV with
// their hashes.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(MailboxService *service, const QString &domain, QWidget *parent = nullptr);

    HistoryTableModel *model() const { return m_model; }
    // The query that the filters make.
    HistoryQuery query() const;

public Q_SLOTS:
    // Asks for the file (FileDialog) and writes every entry that the filters select to it,
    // oldest first. False when no file was chosen.
    bool exportToFile();

Q_SIGNALS:
    // The export ended: written, or refused (the status line says why).
    void exportFinished(bool written);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyFilters();
    void showStatus();
    void exportPage(const QString &path, HistoryQuery query, const QByteArray &newestFirst);

    MailboxService *m_service = nullptr;
    QString m_domain;
    HistoryTableModel *m_model = nullptr;

    QLabel *m_mailboxLabel = nullptr;
    QLineEdit *m_mailboxEdit = nullptr;
    QLabel *m_operationLabel = nullptr;
    QComboBox *m_operationComboBox = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_userEdit = nullptr;
    QCheckBox *m_sinceCheckBox = nullptr;
    QDateEdit *m_sinceEdit = nullptr;
    QCheckBox *m_untilCheckBox = nullptr;
    QDateEdit *m_untilEdit = nullptr;
    QTableView *m_tableView = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    bool m_exporting = false;
};

} // namespace pecadmin
