#include "archivingdialog.h"

#include "errorlabel.h"
#include "mailboxservice.h"
#include "rules.h"
#include "whenready.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pecadmin {

ArchivingDialog::ArchivingDialog(
    MailboxService *service, const Mailbox &mailbox, const DomainDetails &domain, QWidget *parent)
    : QDialog(parent), m_service(service), m_mailbox(mailbox), m_details(domain)
{
    setObjectName(u"archivingDialog"_s);
    // Wide enough that explanations wrap into a few lines, not into a narrow column.
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    const bool available = m_details.domain.archivingAvailable;

    m_explanationLabel = new QLabel(this);
    m_explanationLabel->setObjectName(u"explanationLabel"_s);
    m_explanationLabel->setWordWrap(true);
    m_unavailableLabel = new QLabel(this);
    m_unavailableLabel->setObjectName(u"unavailableLabel"_s);
    m_unavailableLabel->setWordWrap(true);
    m_unavailableLabel->setVisible(!available);
    m_currentLabel = new QLabel(this);
    m_currentLabel->setObjectName(u"currentLabel"_s);
    m_currentLabel->setWordWrap(true);
    m_archivingCheckBox = new QCheckBox(this);
    m_archivingCheckBox->setObjectName(u"archivingCheckBox"_s);
    m_archivingCheckBox->setVisible(available);
    m_archivingCheckBox->setEnabled(available);
    m_archivingErrorLabel = new ErrorLabel(this);
    m_archivingErrorLabel->setObjectName(u"archivingErrorLabel"_s);
    m_errorLabel = new ErrorLabel(this);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_reloadedLabel = new QLabel(this);
    m_reloadedLabel->setObjectName(u"reloadedLabel"_s);
    m_reloadedLabel->setWordWrap(true);
    m_reloadedLabel->setVisible(false);
    m_busyProgressBar = new QProgressBar(this);
    m_busyProgressBar->setObjectName(u"busyProgressBar"_s);
    m_busyProgressBar->setRange(0, 0);
    m_busyProgressBar->setTextVisible(false);
    m_busyProgressBar->setMaximumHeight(8);
    m_busyProgressBar->setVisible(false);

    m_buttonBox = new QDialogButtonBox(this);
    m_buttonBox->setObjectName(u"buttonBox"_s);
    // Where there is nothing to save, the button stays out of the button box, hidden.
    m_saveButton = available ? m_buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole) : new QPushButton(this);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_saveButton->setDefault(available);
    m_saveButton->setVisible(available);
    m_cancelButton = m_buttonBox->addButton(available ? QDialogButtonBox::Cancel : QDialogButtonBox::Close);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    if (!available)
        m_cancelButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanationLabel);
    layout->addWidget(m_unavailableLabel);
    layout->addWidget(m_currentLabel);
    layout->addWidget(m_archivingCheckBox);
    layout->addWidget(m_archivingErrorLabel);
    layout->addStretch(1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_reloadedLabel);
    layout->addWidget(m_busyProgressBar);
    layout->addWidget(m_buttonBox);

    setTabOrder(m_archivingCheckBox, m_saveButton);
    setTabOrder(m_saveButton, m_cancelButton);

    connect(m_archivingCheckBox, &QCheckBox::toggled, this, &ArchivingDialog::validate);
    connect(m_saveButton, &QPushButton::clicked, this, &ArchivingDialog::submit);
    connect(m_cancelButton, &QPushButton::clicked, this, &ArchivingDialog::reject);

    m_archivingCheckBox->setChecked(m_mailbox.archiving);
    retranslateUi();
}

void ArchivingDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}

void ArchivingDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ArchivingDialog::retranslateUi()
{
    setWindowTitle(tr("Conservazione Sostitutiva"));
    m_explanationLabel->setText(
        tr("Conservazione sostitutiva is the legal archiving of the receipts and notices of a PEC mailbox: the "
           "provider keeps them, with legal value, for the years that the law requires. The user finds them on "
           "the provider's archiving site, not in the mailbox."));
    m_explanationLabel->setAccessibleName(tr("What conservazione sostitutiva is"));
    m_unavailableLabel->setText(tr("The domain %1 does not include conservazione sostitutiva in its contract, so it "
                                   "cannot be turned on for its mailboxes. Ask the provider to add it to the "
                                   "contract.")
                                    .arg(m_details.domain.name));
    m_unavailableLabel->setAccessibleName(tr("Not available"));
    m_archivingCheckBox->setText(tr("&Keep the receipts of %1 in conservazione sostitutiva").arg(m_mailbox.address()));
    m_archivingCheckBox->setAccessibleName(tr("Conservazione sostitutiva"));
    m_archivingErrorLabel->setAccessibleName(tr("Conservazione sostitutiva error"));
    m_errorLabel->setAccessibleName(tr("Error"));
    m_reloadedLabel->setText(tr("The current state is shown above: check it and try again."));
    m_reloadedLabel->setAccessibleName(tr("Current values loaded"));
    m_busyProgressBar->setAccessibleName(tr("Saving"));
    m_saveButton->setText(tr("&Save"));
    m_saveButton->setAccessibleName(tr("Save"));
    m_cancelButton->setText(m_details.domain.archivingAvailable ? tr("Cancel") : tr("Close"));
    m_cancelButton->setAccessibleName(m_cancelButton->text());
    m_archivingErrorLabel->retranslate();
    m_errorLabel->retranslate();
    showMailbox();
}

void ArchivingDialog::showMailbox()
{
    m_currentLabel->setText(m_mailbox.archiving ? tr("Now: on for %1.").arg(m_mailbox.address())
                                                : tr("Now: off for %1.").arg(m_mailbox.address()));
    m_currentLabel->setAccessibleName(m_currentLabel->text());
    validate();
}

MailboxChange ArchivingDialog::change() const
{
    MailboxChange change;
    change.address = m_mailbox.address();
    change.version = m_mailbox.version;
    change.archiving = m_archivingCheckBox->isChecked();
    return change;
}

void ArchivingDialog::validate()
{
    const bool available = m_details.domain.archivingAvailable;
    const auto error = available ? rules::checkChange(m_details, m_mailbox, change()) : std::nullopt;
    m_archivingErrorLabel->setError(error);
    m_saveButton->setEnabled(available && !m_busy && !error && m_archivingCheckBox->isChecked() != m_mailbox.archiving);
}

void ArchivingDialog::submit()
{
    if (m_busy || !m_saveButton->isEnabled())
        return;
    m_errorLabel->clearError();
    m_reloadedLabel->setVisible(false);
    setBusy(true);
    whenReady(m_service->changeMailbox(change()), this, [this](const Result<Mailbox> &result) {
        if (!result) {
            showError(result.error());
            return;
        }
        setBusy(false);
        m_mailbox = result.value();
        Q_EMIT mailboxChanged(m_mailbox);
        accept();
    });
}

void ArchivingDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyProgressBar->setVisible(busy);
    m_archivingCheckBox->setEnabled(!busy && m_details.domain.archivingAvailable);
    m_cancelButton->setEnabled(!busy);
    validate();
}

void ArchivingDialog::showError(const ServiceError &error)
{
    if (error.code() == ServiceError::Code::Conflict) {
        m_errorLabel->setError(error);
        reloadAfterConflict();
        return;
    }
    setBusy(false);
    if (error.field() == u"archiving")
        m_archivingErrorLabel->setError(error);
    else
        m_errorLabel->setError(error);
}

void ArchivingDialog::reloadAfterConflict()
{
    whenReady(m_service->mailbox(m_mailbox.address()), this, [this](const Result<Mailbox> &result) {
        if (!result) {
            setBusy(false);
            m_errorLabel->setError(result.error());
            return;
        }
        m_mailbox = result.value();
        Q_EMIT mailboxChanged(m_mailbox);
        setBusy(false);
        showMailbox();
        m_reloadedLabel->setVisible(true);
    });
}

} // namespace pecadmin
