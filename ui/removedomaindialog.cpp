#include "removedomaindialog.h"

#include "core/mailboxservice.h"
#include "core/rules.h"
#include "core/whenready.h"
#include "errorlabel.h"
#include "typedconfirmation.h"
#include "valuelabel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pecadmin {

RemoveDomainDialog::RemoveDomainDialog(MailboxService *service, const DomainDetails &details, QWidget *parent)
    : QDialog(parent), m_service(service), m_details(details), m_refusal(rules::checkDomainRemoval(details))
{
    setObjectName(u"removeDomainDialog"_s);
    // Wide enough that explanations wrap into a few lines, not into a narrow column.
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);

    m_warningLabel = new ValueLabel(this);
    m_warningLabel->setObjectName(u"warningLabel"_s);
    m_warningLabel->setWordWrap(true);
    QFont bold = m_warningLabel->font();
    bold.setBold(true);
    m_warningLabel->setFont(bold);
    m_refusalLabel = new ErrorLabel(this);
    m_refusalLabel->setObjectName(u"refusalLabel"_s);
    m_confirmation = new TypedConfirmation(this);
    // Typed as shown; the case of a domain name does not matter.
    m_confirmation->setExpected(
        m_details.domain.name, [](const QString &typed) { return rules::normalizedDomainName(typed); });
    m_errorLabel = new ErrorLabel(this);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_busyProgressBar = new QProgressBar(this);
    m_busyProgressBar->setObjectName(u"busyProgressBar"_s);
    m_busyProgressBar->setRange(0, 0);
    m_busyProgressBar->setTextVisible(false);
    m_busyProgressBar->setMaximumHeight(8);
    m_busyProgressBar->setVisible(false);

    m_buttonBox = new QDialogButtonBox(this);
    m_buttonBox->setObjectName(u"buttonBox"_s);
    m_removeButton = m_buttonBox->addButton(QString(), QDialogButtonBox::DestructiveRole);
    m_removeButton->setObjectName(u"removeButton"_s);
    m_removeButton->setAutoDefault(false);
    m_cancelButton = m_buttonBox->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    // Enter in the confirmation removes the domain once it is satisfied (the button is enabled
    // only then) and does nothing before; a domain that cannot be removed, Enter closes.
    m_removeButton->setDefault(!m_refusal);
    m_cancelButton->setDefault(bool(m_refusal));
    // Qt makes the box a focus proxy of its first button; Tab reaches each button on its own.
    m_buttonBox->setFocusProxy(nullptr);

    // A domain that cannot be removed shows why, and nothing to type.
    m_refusalLabel->setError(m_refusal);
    m_confirmation->setVisible(!m_refusal);
    m_removeButton->setVisible(!m_refusal);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_warningLabel);
    layout->addWidget(m_refusalLabel);
    layout->addWidget(m_confirmation);
    layout->addWidget(m_errorLabel);
    m_errorLabel->setField(m_confirmation->lineEdit());
    layout->addWidget(m_busyProgressBar);
    layout->addStretch(0);
    layout->addWidget(m_buttonBox);

    setTabOrder(m_confirmation->lineEdit(), m_removeButton);
    setTabOrder(m_removeButton, m_cancelButton);

    connect(m_confirmation, &TypedConfirmation::edited, this, &RemoveDomainDialog::validate);
    connect(m_removeButton, &QPushButton::clicked, this, &RemoveDomainDialog::submit);
    connect(m_cancelButton, &QPushButton::clicked, this, &RemoveDomainDialog::reject);

    retranslateUi();
    if (m_refusal)
        m_cancelButton->setFocus();
    else
        m_confirmation->lineEdit()->setFocus();
}

void RemoveDomainDialog::reject()
{
    // The domain may be removed already: the answer is waited for.
    if (m_busy)
        return;
    QDialog::reject();
}

void RemoveDomainDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RemoveDomainDialog::retranslateUi()
{
    const QString name = m_details.domain.name;
    setWindowTitle(tr("Remove Domain"));
    m_warningLabel->setText(tr("Removing %1 removes the domain and its postmaster mailbox from this store, for ever. "
                               "Its limits and password policy are forgotten.")
                                .arg(name));
    m_warningLabel->setAccessibleName(tr("Warning"));
    m_refusalLabel->setAccessibleName(tr("Why the domain cannot be removed"));
    m_refusalLabel->retranslate();
    m_confirmation->setPrompt(
        tr("To confirm, type the name of the domain, %1:").arg(name), tr("Type the domain name to confirm"));
    m_errorLabel->setAccessibleName(tr("Error"));
    m_errorLabel->retranslate();
    m_busyProgressBar->setAccessibleName(tr("Removing the domain"));
    m_removeButton->setText(tr("&Remove domain"));
    m_removeButton->setAccessibleName(tr("Remove domain"));
    m_cancelButton->setText(m_refusal ? tr("Close") : tr("Cancel"));
    m_cancelButton->setAccessibleName(m_cancelButton->text());
    validate();
}

void RemoveDomainDialog::validate()
{
    m_removeButton->setEnabled(!m_busy && !m_refusal && m_confirmation->isConfirmed());
}

void RemoveDomainDialog::submit()
{
    if (m_busy || m_refusal || !m_confirmation->isConfirmed())
        return;
    m_errorLabel->clearError();
    setBusy(true);
    whenReady(m_service->removeDomain(m_details.domain.name), this, [this](const Outcome &result) {
        setBusy(false);
        if (!result) {
            m_errorLabel->setError(result.error());
            if (result.error().code() == ServiceError::Code::SessionExpired)
                Q_EMIT signInNeeded([this] { submit(); });
            return;
        }
        Q_EMIT domainRemoved(m_details.domain.name);
        accept();
    });
}

void RemoveDomainDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyProgressBar->setVisible(busy);
    m_confirmation->setEnabled(!busy);
    m_cancelButton->setEnabled(!busy);
    validate();
}

} // namespace pecadmin
