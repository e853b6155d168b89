#pragma once

#include "core/mailbox.h"
#include "core/serviceerror.h"

#include <QDialog>
#include <QList>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace pecadmin {

class BulkChange;
class ErrorLabel;
class ValueLabel;
class MailboxService;

// Enables or disables one or more mailboxes with the bulk engine (BulkChange): one after the
// other, going on past a refusal, with progress and a Cancel that stops after the current
// mailbox, and a report of what was done and what failed, with the reasons.
class EnableMailboxesDialog : public QDialog
{
    Q_OBJECT

public:
    EnableMailboxesDialog(
        MailboxService *service, const QList<Mailbox> &mailboxes, bool enable, QWidget *parent = nullptr);
    ~EnableMailboxesDialog() override;

    // The mailboxes the dialog changes: those the rules allow.
    int applicableCount() const;
    bool isFinished() const { return m_finished; }
    bool isRunning() const { return m_busy; }

public Q_SLOTS:
    // While running: stops after the current mailbox. Otherwise closes.
    void reject() override;

Q_SIGNALS:
    void mailboxChanged(const pecadmin::Mailbox &mailbox);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Entry
    {
        Mailbox mailbox;
        std::optional<ServiceError> skipReason; // refused by the rules before anything is sent
        std::optional<ServiceError> failure;
        bool done = false;
        bool notDone = false; // the change stopped before this mailbox
    };

    void retranslateUi();
    void updateList();
    void start();
    void entryFinished(int jobIndex);
    void jobFinished();
    void finish();

    MailboxService *m_service = nullptr;
    QList<Entry> m_entries;
    QList<int> m_sent; // the entry of each mailbox given to the job, in order
    BulkChange *m_job = nullptr;
    bool m_enable = true;
    bool m_busy = false;
    bool m_finished = false;

    QLabel *m_explanationLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QListWidget *m_mailboxesListWidget = nullptr;
    ErrorLabel *m_skippedLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    ValueLabel *m_summaryLabel = nullptr;
    QDialogButtonBox *m_buttonBox = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace pecadmin
