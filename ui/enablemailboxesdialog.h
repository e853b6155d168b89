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

class ErrorLabel;
class MailboxService;

// Enables or disables one or more mailboxes, one after the other, and reports what was done
// and what failed, with the reasons.
class EnableMailboxesDialog : public QDialog
{
    Q_OBJECT

public:
    EnableMailboxesDialog(
        MailboxService *service, const QList<Mailbox> &mailboxes, bool enable, QWidget *parent = nullptr);

    // The mailboxes the dialog changes: those the rules allow.
    int applicableCount() const;
    bool isFinished() const { return m_finished; }

public Q_SLOTS:
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
    };

    void retranslateUi();
    void updateList();
    void start();
    void applyNext();
    void finish();

    MailboxService *m_service = nullptr;
    QList<Entry> m_entries;
    bool m_enable = true;
    bool m_busy = false;
    bool m_finished = false;
    int m_next = 0;

    QLabel *m_explanationLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QListWidget *m_mailboxesListWidget = nullptr;
    ErrorLabel *m_skippedLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QDialogButtonBox *m_buttonBox = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace pecadmin
