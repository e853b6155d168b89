#pragma once

#include "core/domain.h"
#include "core/serviceerror.h"

#include <QDialog>

#include <functional>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace pecadmin {

class TypedConfirmation;

class ErrorLabel;
class ValueLabel;
class MailboxService;

// Removes a domain that holds nothing but its postmaster mailbox, after the user has typed the
// domain's name to confirm, as deleting a mailbox asks for its address. A domain that still holds
// mailboxes is not offered: the dialog says why (rules::checkDomainRemoval).
class RemoveDomainDialog : public QDialog
{
    Q_OBJECT

public:
    RemoveDomainDialog(MailboxService *service, const DomainDetails &details, QWidget *parent = nullptr);

    bool isRunning() const { return m_busy; }

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void domainRemoved(const QString &domain);
    // The server's session expired under the request (ConnectionSession::resumeAfterSignIn).
    void signInNeeded(const std::function<void()> &submitAgain);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void validate();
    void submit();
    void setBusy(bool busy);

    MailboxService *m_service = nullptr;
    DomainDetails m_details;
    std::optional<ServiceError> m_refusal;
    bool m_busy = false;

    ValueLabel *m_warningLabel = nullptr;
    ErrorLabel *m_refusalLabel = nullptr;
    TypedConfirmation *m_confirmation = nullptr;
    ErrorLabel *m_errorLabel = nullptr;
    QProgressBar *m_busyProgressBar = nullptr;
    QDialogButtonBox *m_buttonBox = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace pecadmin
