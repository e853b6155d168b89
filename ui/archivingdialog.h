#pragma once

#include "mailboxchangedialog.h"

class QCheckBox;
class QLabel;

namespace pecadmin {

class ErrorLabel;

// Turns conservazione sostitutiva (legal archiving of receipts) on or off for one mailbox,
// where the domain's contract includes it.
class ArchivingDialog : public MailboxChangeDialog
{
    Q_OBJECT

public:
    ArchivingDialog(
        MailboxService *service, const Mailbox &mailbox, const DomainDetails &domain, QWidget *parent = nullptr);

    // Starts from `on` rather than the mailbox's setting (a change made again).
    void setArchiving(bool on);

protected:
    void retranslateUi() override;
    void validate() override;
    void submit() override;
    void setInputsEnabled(bool enabled) override;
    void showMailbox() override;
    void showError(const ServiceError &error) override;

private:
    MailboxChange change() const;

    QLabel *m_explanationLabel = nullptr;
    QLabel *m_unavailableLabel = nullptr;
    QLabel *m_currentLabel = nullptr;
    QCheckBox *m_archivingCheckBox = nullptr;
    ErrorLabel *m_archivingErrorLabel = nullptr;
};

} // namespace pecadmin
