#pragma once

#include "domain.h"
#include "mailbox.h"
#include "serviceerror.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace pecadmin {

class ErrorLabel;
class MailboxService;

// Sets the disk quota of one mailbox, within the domain's limits, and asks again before
// setting it below what the mailbox already uses.
class QuotaDialog : public QDialog
{
    Q_OBJECT

public:
    QuotaDialog(
        MailboxService *service, const Mailbox &mailbox, const DomainDetails &domain, QWidget *parent = nullptr);

    Mailbox mailbox() const { return m_mailbox; }
    // The largest quota this mailbox can have now.
    qint64 maximumQuotaMb() const;

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void mailboxChanged(const pecadmin::Mailbox &mailbox);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showMailbox();
    void validate();
    void submit();
    void setBusy(bool busy);
    void showError(const ServiceError &error);
    void reloadAfterConflict();

    MailboxService *m_service = nullptr;
    Mailbox m_mailbox;
    DomainDetails m_details;
    bool m_busy = false;
    bool m_reloaded = false;

    QLabel *m_introLabel = nullptr;
    QLabel *m_usedLabel = nullptr;
    QLabel *m_usedValueLabel = nullptr;
    QLabel *m_currentLabel = nullptr;
    QLabel *m_currentValueLabel = nullptr;
    QLabel *m_spaceLeftLabel = nullptr;
    QLabel *m_spaceLeftValueLabel = nullptr;
    QLabel *m_maximumLabel = nullptr;
    QLabel *m_maximumValueLabel = nullptr;
    QLabel *m_quotaLabel = nullptr;
    QSpinBox *m_quotaSpinBox = nullptr;
    QLabel *m_belowUsageLabel = nullptr;
    ErrorLabel *m_quotaErrorLabel = nullptr;
    ErrorLabel *m_errorLabel = nullptr;
    QLabel *m_reloadedLabel = nullptr;
    QProgressBar *m_busyProgressBar = nullptr;
    QDialogButtonBox *m_buttonBox = nullptr;
    QPushButton *m_setButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace pecadmin
