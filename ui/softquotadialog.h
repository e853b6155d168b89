#pragma once

#include "mailboxchangedialog.h"

class QLabel;
class QSpinBox;

namespace pecadmin {

class ErrorLabel;

// Sets the soft quota of one mailbox: the size at which its user is warned.
class SoftQuotaDialog : public MailboxChangeDialog
{
    Q_OBJECT

public:
    SoftQuotaDialog(
        MailboxService *service, const Mailbox &mailbox, const DomainDetails &domain, QWidget *parent = nullptr);

    // Starts from `softQuotaMb` rather than the mailbox's threshold (a change made again).
    void setSoftQuotaMb(qint64 softQuotaMb);

protected:
    void retranslateUi() override;
    void validate() override;
    void submit() override;
    void setInputsEnabled(bool enabled) override;
    void showMailbox() override;
    void showError(const ServiceError &error) override;

private:
    MailboxChange change() const;

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
};

} // namespace pecadmin
