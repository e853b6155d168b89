#include "archivingdialog.h"

#include "core/mailboxservice.h"
#include "core/rules.h"
#include "errorlabel.h"
#include "valuelabel.h"

#include <QCheckBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pecadmin {

ArchivingDialog::ArchivingDialog(
    MailboxService *service, const Mailbox &mailbox, const DomainDetails &domain, QWidget *parent)
    : MailboxChangeDialog(service, mailbox, domain, parent)
{
    setObjectName(u"archivingDialog"_s);
    const bool available = rules::limitsToCheck(domain).domain.archivingAvailable;

    m_explanationLabel = new ValueLabel(this);
    m_explanationLabel->setObjectName(u"explanationLabel"_s);
    m_explanationLabel->setWordWrap(true);
    m_unavailableLabel = new ValueLabel(this);
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
    // Where there is nothing to save, only a Close button.
    createFooter(this, u"saveButton"_s, available);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanationLabel);
    layout->addWidget(m_unavailableLabel);
    layout->addWidget(m_currentLabel);
    layout->addWidget(m_archivingCheckBox);
    layout->addWidget(m_archivingErrorLabel);
    m_archivingErrorLabel->setField(m_archivingCheckBox);
    addFooter(layout);

    setTabOrder(m_archivingCheckBox, actionButton());
    setTabOrder(actionButton(), cancelButton());

    connect(m_archivingCheckBox, &QCheckBox::toggled, this, &ArchivingDialog::validate);

    m_archivingCheckBox->setChecked(mailbox.archiving);
    retranslateUi();
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
                                    .arg(details().domain.name));
    m_unavailableLabel->setAccessibleName(tr("Not available"));
    m_archivingCheckBox->setText(tr("&Keep the receipts of %1 in conservazione sostitutiva").arg(mailbox().address()));
    m_archivingCheckBox->setAccessibleName(tr("Conservazione sostitutiva"));
    m_archivingErrorLabel->setAccessibleName(tr("Conservazione sostitutiva error"));
    errorLabel()->setAccessibleName(tr("Error"));
    reloadedLabel()->setText(tr("The current state is shown above: check it and try again."));
    reloadedLabel()->setAccessibleName(tr("Current values loaded"));
    busyProgressBar()->setAccessibleName(tr("Saving"));
    actionButton()->setText(tr("&Save"));
    actionButton()->setAccessibleName(tr("Save"));
    cancelButton()->setText(rules::limitsToCheck(details()).domain.archivingAvailable ? tr("Cancel") : tr("Close"));
    cancelButton()->setAccessibleName(cancelButton()->text());
    m_archivingErrorLabel->retranslate();
    errorLabel()->retranslate();
    showMailbox();
}

void ArchivingDialog::showMailbox()
{
    const Mailbox shown = mailbox();
    m_currentLabel->setText(
        shown.archiving ? tr("Now: on for %1.").arg(shown.address()) : tr("Now: off for %1.").arg(shown.address()));
    m_currentLabel->setAccessibleName(m_currentLabel->text());
    validate();
}

MailboxChange ArchivingDialog::change() const
{
    MailboxChange change;
    change.address = mailbox().address();
    change.version = mailbox().version;
    change.archiving = m_archivingCheckBox->isChecked();
    return change;
}

void ArchivingDialog::validate()
{
    const bool available = rules::limitsToCheck(details()).domain.archivingAvailable;
    const auto error = available ? rules::checkChange(details(), mailbox(), change()) : std::nullopt;
    m_archivingErrorLabel->setError(error);
    actionButton()->setEnabled(
        available && !isBusy() && !error && m_archivingCheckBox->isChecked() != mailbox().archiving);
}

void ArchivingDialog::submit()
{
    if (isBusy() || !actionButton()->isEnabled())
        return;
    send(service()->changeMailbox(change()));
}

void ArchivingDialog::setInputsEnabled(bool enabled)
{
    m_archivingCheckBox->setEnabled(enabled && rules::limitsToCheck(details()).domain.archivingAvailable);
}

void ArchivingDialog::showError(const ServiceError &error)
{
    if (error.field() == u"archiving")
        m_archivingErrorLabel->setError(error);
    else
        MailboxChangeDialog::showError(error);
}

void ArchivingDialog::setArchiving(bool on)
{
    m_archivingCheckBox->setChecked(on);
}

} // namespace pecadmin
