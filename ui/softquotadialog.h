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

// Sets the soft quota of one mailbox: the size at which its user is warned.
class SoftQuotaDialog : public QDialog
{
    Q_OBJECT

public:
    SoftQuotaDialog(
        MailboxService *service, const Mailbox &mailbox, const DomainDetails &domain, QWidget *parent = nullptr);

    Mailbox mailbox() const { return m_mailbox; }

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
    MailboxChange change() const;

    MailboxService *m_service = nullptr;
    Mailbox m_mailbox;
    DomainDetails m_details;
    bool m_busy = false;

    QLabel *m_introLabel = nullptr;
    QLabel *m_explanationLabel = nullptr;
    QLabel *m_quotaLabel = nullptr;
    QLabel *m_quotaValueLabel = nullptr;
    QLabel *m_usedLabel = nullptr;
    QLabel *m_usedValueLabel = nullptr;
    QLabel *m_currentLabel = nullptr;
    QLabel *m_currentValueLabel = nullptr;
    QLabel *m_softQuotaLabel = nullptr;
    QSpinBox *m_softQuotaSpinBox = nullptr;
    ErrorLabel *m_softQuotaErrorLabel = nullptr;
    ErrorLabel *m_errorLabel = nullptr;
    QLabel *m_reloadedLabel = nullptr;
    QProgressBar *m_busyProgressBar = nullptr;
    QDialogButtonBox *m_buttonBox = nullptr;
    QPushButton *m_setButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace pecadmin
