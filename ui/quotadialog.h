#pragma once

#include "mailboxchangedialog.h"

class QLabel;
class QSpinBox;

namespace pecadmin {

class ErrorLabel;

// Sets the disk quota of one mailbox, within the domain's limits, and asks again before
// setting it below what the mailbox already uses.
class QuotaDialog : public MailboxChangeDialog
{
    Q_OBJECT

public:
    QuotaDialog(
        MailboxService *service, const Mailbox &mailbox, const DomainDetails &domain, QWidget *parent = nullptr);

    // The largest quota this mailbox can have now.
    qint64 maximumQuotaMb() const;
    // Starts from `quotaMb` rather than the mailbox's quota (a change made again).
    void setQuotaMb(qint64 quotaMb);

protected:
    void retranslateUi() override;
    void validate() override;
    void submit() override;
    void setInputsEnabled(bool enabled) override;
    void showMailbox() override;
    bool reloadsDomainDetails() const override { return true; }
    void showError(const ServiceError &error) override;

private:
    MailboxChange change() const;

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
};

} // namespace pecadmin
