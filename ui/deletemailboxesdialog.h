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

class TypedConfirmation;

class BulkChange;
class ErrorLabel;
class ValueLabel;
class MailboxService;

// Deletes one or more mailboxes with everything in them, after the user has typed the
// address (one mailbox) or the number of mailboxes (several) to confirm. The deletions go
// through the bulk engine (BulkChange): one after the other, going on past a refusal, with
// progress and, for several, a Cancel that stops after the current mailbox.
class DeleteMailboxesDialog : public QDialog
{
    Q_OBJECT

public:
    DeleteMailboxesDialog(MailboxService *service, const QList<Mailbox> &mailboxes, QWidget *parent = nullptr);
    ~DeleteMailboxesDialog() override;

    // The mailboxes the rules allow to delete.
    int deletableCount() const;
    // What the user must type to confirm.
    QString confirmationText() const;
    bool isFinished() const { return m_finished; }
    // Once a single mailbox is deleted (the dialog closes): what happened, for the status bar,
    // its mail included; empty otherwise.
    QString deletedText() const;
    bool isRunning() const { return m_busy; }

public Q_SLOTS:
    // While deleting several: stops after the current mailbox. Otherwise closes.
    void reject() override;

Q_SIGNALS:
    void mailboxDeleted(const QString &address);
    // A mailbox read again after a conflict: it changed meanwhile and was not deleted.
    void mailboxChanged(const pecadmin::Mailbox &mailbox);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Entry
    {
        Mailbox mailbox;
        std::optional<ServiceError> skipReason;
        std::optional<ServiceError> failure;
        bool done = false;
        bool notDone = false; // the deletion stopped before this mailbox
    };

    void retranslateUi();
    void updateList();
    void validate();
    void start();
    void entryFinished(int jobIndex);
    void jobFinished();
    void finish();
    bool isSingle() const;

    MailboxService *m_service = nullptr;
    QList<Entry> m_entries;
    QList<int> m_sent; // the entry of each mailbox given to the job, in order
    BulkChange *m_job = nullptr;
    bool m_busy = false;
    bool m_finished = false;

    QLabel *m_warningLabel = nullptr;
    QLabel *m_suggestionLabel = nullptr;
    QListWidget *m_mailboxesListWidget = nullptr;
    ErrorLabel *m_refusalLabel = nullptr;
    TypedConfirmation *m_confirmation = nullptr;
    ErrorLabel *m_errorLabel = nullptr;
    QLabel *m_reloadedLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    ValueLabel *m_summaryLabel = nullptr;
    QDialogButtonBox *m_buttonBox = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace pecadmin
