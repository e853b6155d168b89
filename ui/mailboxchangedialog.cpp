#include "mailboxchangedialog.h"

#include "core/mailboxservice.h"
#include "core/whenready.h"
#include "errorlabel.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include <utility>

using namespace Qt::StringLiterals;

namespace pecadmin {

MailboxChangeDialog::MailboxChangeDialog(
    MailboxService *service, const Mailbox &mailbox, const DomainDetails &details, QWidget *parent)
    : QDialog(parent), m_service(service), m_mailbox(mailbox), m_details(details)
{
    // Wide enough that explanations wrap into a few lines, not into a narrow column.
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
}

void MailboxChangeDialog::createFooter(QWidget *parent, const QString &actionName, bool withAction)
{
    m_errorLabel = new ErrorLabel(parent);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_reloadedLabel = new QLabel(parent);
    m_reloadedLabel->setObjectName(u"reloadedLabel"_s);
    m_reloadedLabel->setWordWrap(true);
    m_reloadedLabel->setVisible(false);
    m_busyProgressBar = new QProgressBar(parent);
    m_busyProgressBar->setObjectName(u"busyProgressBar"_s);
    m_busyProgressBar->setRange(0, 0);
    m_busyProgressBar->setTextVisible(false);
    m_busyProgressBar->setMaximumHeight(8);
    m_busyProgressBar->setVisible(false);

    m_buttonBox = new QDialogButtonBox(parent);
    m_buttonBox->setObjectName(u"buttonBox"_s);
    // Where there is nothing to do, the button stays out of the button box, hidden.
    m_actionButton
        = withAction ? m_buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole) : new QPushButton(this);
    m_actionButton->setObjectName(actionName);
    m_actionButton->setDefault(withAction);
    m_cancelButton = m_buttonBox->addButton(withAction ? QDialogButtonBox::Cancel : QDialogButtonBox::Close);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    if (!withAction) {
        m_actionButton->setVisible(false);
        m_cancelButton->setDefault(true);
    }

    connect(m_actionButton, &QPushButton::clicked, this, [this] { submit(); });
    connect(m_cancelButton, &QPushButton::clicked, this, &MailboxChangeDialog::reject);
}

void MailboxChangeDialog::addFooter(QBoxLayout *layout)
{
    layout->addStretch(1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_reloadedLabel);
    layout->addWidget(m_busyProgressBar);
    // Qt makes the box a focus proxy of its first button; behind its buttons in the Tab order, it
    // would send Tab from the last button back to the first one, never to the fields.
    m_buttonBox->setFocusProxy(nullptr);
    layout->addWidget(m_buttonBox);
}

void MailboxChangeDialog::reject()
{
    // The change may be made already: the dialog waits for the answer.
    if (m_busy)
        return;
    QDialog::reject();
}

void MailboxChangeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void MailboxChangeDialog::send(const QFuture<Result<Mailbox>> &future, std::function<void()> changed)
{
    m_errorLabel->clearError();
    m_reloadedLabel->setVisible(false);
    setBusy(true);
    whenReady(future, this, [this, changed = std::move(changed)](const Result<Mailbox> &result) {
        if (!result) {
            handleError(result.error());
            return;
        }
        setBusy(false);
        m_mailbox = result.value();
        Q_EMIT mailboxChanged(m_mailbox);
        if (changed)
            changed();
        else
            accept();
    });
}

void MailboxChangeDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyProgressBar->setVisible(busy);
    setInputsEnabled(!busy);
    m_cancelButton->setEnabled(!busy);
    validate();
}

void MailboxChangeDialog::showError(const ServiceError &error)
{
    m_errorLabel->setError(error);
}

void MailboxChangeDialog::handleError(const ServiceError &error)
{
    if (error.code() == ServiceError::Code::Conflict) {
        m_errorLabel->setError(error);
        reloadAfterConflict();
        return;
    }
    setBusy(false);
    showError(error);
    if (error.code() == ServiceError::Code::SessionExpired)
        Q_EMIT signInNeeded([this] { submit(); });
}

void MailboxChangeDialog::reloadAfterConflict()
{
    whenReady(m_service->mailbox(m_mailbox.address()), this, [this](const Result<Mailbox> &result) {
        if (!result) {
            setBusy(false);
            m_errorLabel->setError(result.error());
            return;
        }
        m_mailbox = result.value();
        Q_EMIT mailboxChanged(m_mailbox);
        if (!reloadsDomainDetails()) {
            showReloaded();
            return;
        }
        whenReady(m_service->domainDetails(m_details.domain.name), this, [this](const Result<DomainDetails> &details) {
            if (details)
                m_details = details.value();
            showReloaded();
        });
    });
}

void MailboxChangeDialog::showReloaded()
{
    setBusy(false);
    showMailbox();
    m_reloadedLabel->setVisible(true);
}

QLabel *MailboxChangeDialog::newLabel(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    return label;
}

} // namespace pecadmin
