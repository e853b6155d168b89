#pragma once

#include "domain.h"
#include "mailbox.h"
#include "serviceerror.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace pecadmin {

class ErrorLabel;
class MailboxService;

// Turns conservazione sostitutiva (legal archiving of receipts) on or off for one mailbox,
// where the domain's contract includes it.
class ArchivingDialog : public QDialog
{
    Q_OBJECT

public:
    ArchivingDialog(
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

    QLabel *m_explanationLabel = nullptr;
    QLabel *m_unavailableLabel = nullptr;
    QLabel *m_currentLabel = nullptr;
    QCheckBox *m_archivingCheckBox = nullptr;
    ErrorLabel *m_archivingErrorLabel = nullptr;
    ErrorLabel *m_errorLabel = nullptr;
    QLabel *m_reloadedLabel = nullptr;
    QProgressBar *m_busyProgressBar = nullptr;
    QDialogButtonBox *m_buttonBox = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace pecadmin
