#pragma once

#include "core/domain.h"
#include "core/mailbox.h"
#include "core/result.h"
#include "core/serviceerror.h"

#include <QDialog>
#include <QFuture>

#include <functional>

class QBoxLayout;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace pecadmin {

class ErrorLabel;
class MailboxService;

// The frame of a dialog that changes one mailbox. It sends the change and stays busy until the
// service answers, Cancel included, since the change may be made already; where someone else
// changed the mailbox meanwhile, it reads the mailbox again, shows it and says so. Subclasses
// build the form above the footer that createFooter() makes, check and send their change with
// send(), and show on their fields the errors that belong there.
class MailboxChangeDialog : public QDialog
{
    Q_OBJECT

public:
    Mailbox mailbox() const { return m_mailbox; }

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void mailboxChanged(const pecadmin::Mailbox &mailbox);
    // The server's session expired under the request: once signed in again, `submitAgain`
    // sends the same request with what the form holds (ConnectionSession::resumeAfterSignIn).
    void signInNeeded(const std::function<void()> &submitAgain);

protected:
    MailboxChangeDialog(MailboxService *service, const Mailbox &mailbox, const DomainDetails &details, QWidget *parent);

    // A label of this dialog, named `objectName` for tests and screen readers.
    QLabel *newLabel(const QString &objectName);

    // Makes the widgets below the form, children of `parent`: the general error, the note that
    // the values were read again, the busy bar and the button box, with the action button named
    // `actionName` and Cancel. Without `withAction` the action button stays out of the button
    // box, hidden, and the other button is Close.
    void createFooter(QWidget *parent, const QString &actionName, bool withAction = true);
    // Adds the footer to the end of `layout`, below a stretch.
    void addFooter(QBoxLayout *layout);

    // Sends a change that the service answers with the changed mailbox. Once it is made:
    // mailboxChanged(), then `changed`, or accept() without it.
    void send(const QFuture<Result<Mailbox>> &future, std::function<void()> changed = {});
    void setBusy(bool busy);

    MailboxService *service() const { return m_service; }
    const DomainDetails &details() const { return m_details; }
    bool isBusy() const { return m_busy; }
    ErrorLabel *errorLabel() const { return m_errorLabel; }
    QLabel *reloadedLabel() const { return m_reloadedLabel; }
    QProgressBar *busyProgressBar() const { return m_busyProgressBar; }
    QPushButton *actionButton() const { return m_actionButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }

    void changeEvent(QEvent *event) override;

    virtual void retranslateUi() = 0;
    // Checks the form and enables the action button.
    virtual void validate() = 0;
    // The action button's work: checks, then send().
    virtual void submit() = 0;
    virtual void setInputsEnabled(bool enabled) = 0;
    // Shows the values of the mailbox read again after a conflict.
    virtual void showMailbox() { }
    // Whether a conflict reads the domain's details again too, not only the mailbox.
    virtual bool reloadsDomainDetails() const { return false; }
    // Shows an error other than a conflict: by default, under the form.
    virtual void showError(const ServiceError &error);

private:
    void handleError(const ServiceError &error);
    void reloadAfterConflict();
    void showReloaded();

    MailboxService *m_service = nullptr;
    Mailbox m_mailbox;
    DomainDetails m_details;
    bool m_busy = false;

    ErrorLabel *m_errorLabel = nullptr;
    QLabel *m_reloadedLabel = nullptr;
    QProgressBar *m_busyProgressBar = nullptr;
    QDialogButtonBox *m_buttonBox = nullptr;
    QPushButton *m_actionButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace pecadmin
