#pragma once

#include "core/history.h"
#include "core/result.h"

#include <functional>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pecadmin {

class HistoryTableModel;
class HistoryView;
class MailboxService;

// The history of changes of a domain (View → History), newest first: who changed what and
// when. Filters by mailbox, operation, user and date run in the service; the table loads a
// page at a time as it scrolls; the entries that the filters select are exported to CSV with
// their hashes, or printed to a PDF report for the period that the dates select.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(MailboxService *service, const QString &domain, QWidget *parent = nullptr);

    HistoryTableModel *model() const;
    // The query that the filters make.
    HistoryQuery query() const;

public Q_SLOTS:
    // Asks for the file (FileDialog) and writes every entry that the filters select to it,
    // oldest first. False when no file was chosen.
    bool exportToFile();
    // Asks for the file and writes the report of the entries that the filters select, with
    // the chain's head at this moment, as PDF. False when no file was chosen.
    bool printReport();

Q_SIGNALS:
    // The export ended: written, or refused (the status line says why).
    void exportFinished(bool written);
    // The report ended: written, or refused (the status line says why).
    void reportFinished(bool written);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyFilters();
    // Reads every entry that `query` selects, page after page, and hands them newest first
    // to `done`; stops with an error once more than `maximum` were read.
    void collectEntries(HistoryQuery query, QList<HistoryEntry> newestFirst, int maximum,
        std::function<void(const Result<QList<HistoryEntry>> &)> done);
    void writeReport(const QString &path, const QString &printedBy, const HistoryEntry &head);
    void setBusy(bool busy);

    MailboxService *m_service = nullptr;
    QString m_domain;
    HistoryView *m_view = nullptr;

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
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_reportButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    bool m_exporting = false;
};

} // namespace pecadmin
