#include "softquotadialog.h"

#include "core/limits.h"
#include "core/mailboxservice.h"
#include "core/rules.h"
#include "errorlabel.h"
#include "valuelabel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pecadmin {

SoftQuotaDialog::SoftQuotaDialog(
    MailboxService *service, const Mailbox &mailbox, const DomainDetails &domain, QWidget *parent)
    : MailboxChangeDialog(service, mailbox, domain, parent)
{
    setObjectName(u"softQuotaDialog"_s);

    m_introLabel = newLabel(u"introLabel"_s);
    m_introLabel->setWordWrap(true);
    m_explanationLabel = new ValueLabel(this);
    m_explanationLabel->setObjectName(u"explanationLabel"_s);
    m_explanationLabel->setWordWrap(true);
    m_quotaLabel = newLabel(u"quotaLabel"_s);
    m_quotaValueLabel = newLabel(u"quotaValueLabel"_s);
    m_usedLabel = newLabel(u"usedLabel"_s);
    m_usedValueLabel = newLabel(u"usedValueLabel"_s);
    m_currentLabel = newLabel(u"currentLabel"_s);
    m_currentValueLabel = newLabel(u"currentValueLabel"_s);
    m_softQuotaLabel = newLabel(u"softQuotaLabel"_s);
    m_softQuotaSpinBox = new QSpinBox(this);
    m_softQuotaSpinBox->setObjectName(u"softQuotaSpinBox"_s);
    m_softQuotaSpinBox->setGroupSeparatorShown(true);
    m_softQuotaLabel->setBuddy(m_softQuotaSpinBox);
    m_softQuotaErrorLabel = new ErrorLabel(this);
    m_softQuotaErrorLabel->setObjectName(u"softQuotaErrorLabel"_s);
    createFooter(this, u"setButton"_s);

    // Each caption labels its value, for a screen reader as for the eye.
    m_quotaLabel->setBuddy(m_quotaValueLabel);
    m_usedLabel->setBuddy(m_usedValueLabel);
    m_currentLabel->setBuddy(m_currentValueLabel);
    auto *form = new QFormLayout;
    form->addRow(m_quotaLabel, m_quotaValueLabel);
    form->addRow(m_usedLabel, m_usedValueLabel);
    form->addRow(m_currentLabel, m_currentValueLabel);
    form->addRow(m_softQuotaLabel, m_softQuotaSpinBox);
    form->addRow(static_cast<QWidget *>(nullptr), m_softQuotaErrorLabel);
    m_softQuotaErrorLabel->setField(m_softQuotaSpinBox);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_explanationLabel);
    layout->addLayout(form);
    addFooter(layout);

    setTabOrder(m_softQuotaSpinBox, actionButton());
    setTabOrder(actionButton(), cancelButton());

    connect(m_softQuotaSpinBox, &QSpinBox::valueChanged, this, &SoftQuotaDialog::validate);

    // Up to the domain's largest quota, so that a value above this mailbox's quota is
    // explained rather than silently cut.
    m_softQuotaSpinBox->setRange(
        0, limits::spinBoxValue(std::max(rules::limitsToCheck(domain).domain.maxMailboxQuotaMb, mailbox.quotaMb)));
    m_softQuotaSpinBox->setValue(limits::spinBoxValue(mailbox.softQuotaMb));
    retranslateUi();
    m_softQuotaSpinBox->setFocus();
}

void SoftQuotaDialog::retranslateUi()
{
    setWindowTitle(tr("Soft Quota"));
    m_introLabel->setText(tr("The soft quota of the mailbox %1.").arg(mailbox().address()));
    m_explanationLabel->setText(tr("When the mailbox reaches this size, its user receives a message warning that "
                                   "the mailbox is nearly full, in time to delete or save messages before new mail "
                                   "is refused. It can be at most the disk quota; 0 means no warning."));
    m_explanationLabel->setAccessibleName(tr("What the soft quota is"));
    m_quotaLabel->setText(tr("Disk quota:"));
    m_usedLabel->setText(tr("Used now:"));
    m_currentLabel->setText(tr("Current soft quota:"));
    m_softQuotaLabel->setText(tr("New &soft quota:"));
    m_softQuotaSpinBox->setSuffix(tr(" MB"));
    m_softQuotaSpinBox->setSpecialValueText(tr("No warning"));
    m_softQuotaSpinBox->setAccessibleName(tr("New soft quota in MB"));
    m_softQuotaErrorLabel->setAccessibleName(tr("Soft quota error"));
    errorLabel()->setAccessibleName(tr("Error"));
    reloadedLabel()->setText(tr("The values above are the current ones: check them and try again."));
    reloadedLabel()->setAccessibleName(tr("Current values loaded"));
    busyProgressBar()->setAccessibleName(tr("Setting the soft quota"));
    actionButton()->setText(tr("&Set soft quota"));
    actionButton()->setAccessibleName(tr("Set soft quota"));
    cancelButton()->setText(tr("Cancel"));
    cancelButton()->setAccessibleName(tr("Cancel"));
    m_softQuotaErrorLabel->retranslate();
    errorLabel()->retranslate();
    showMailbox();
}

void SoftQuotaDialog::showMailbox()
{
    const Mailbox shown = mailbox();
    const QLocale locale;
    m_quotaValueLabel->setText(tr("%1 MB").arg(locale.toString(shown.quotaMb)));
    m_quotaValueLabel->setAccessibleName(tr("Disk quota: %1").arg(m_quotaValueLabel->text()));
    m_usedValueLabel->setText(shown.usageKnown()
            ? locale.formattedDataSize(shown.usedBytes, 1, QLocale::DataSizeTraditionalFormat)
            : tr("Not reported by the mail server"));
    m_usedValueLabel->setAccessibleName(tr("Used now: %1").arg(m_usedValueLabel->text()));
    m_currentValueLabel->setText(
        shown.softQuotaMb > 0 ? tr("%1 MB").arg(locale.toString(shown.softQuotaMb)) : tr("No warning"));
    m_currentValueLabel->setAccessibleName(tr("Current soft quota: %1").arg(m_currentValueLabel->text()));
    validate();
}

MailboxChange SoftQuotaDialog::change() const
{
    MailboxChange change;
    change.address = mailbox().address();
    change.version = mailbox().version;
    change.softQuotaMb = m_softQuotaSpinBox->value();
    return change;
}

void SoftQuotaDialog::validate()
{
    const auto error = rules::checkChange(details(), mailbox(), change());
    m_softQuotaErrorLabel->setError(error);
    actionButton()->setEnabled(!isBusy() && !error && m_softQuotaSpinBox->value() != mailbox().softQuotaMb);
}

void SoftQuotaDialog::submit()
{
    if (isBusy() || rules::checkChange(details(), mailbox(), change()))
        return;
    send(service()->changeMailbox(change()));
}

void SoftQuotaDialog::setInputsEnabled(bool enabled)
{
    m_softQuotaSpinBox->setEnabled(enabled);
}

void SoftQuotaDialog::showError(const ServiceError &error)
{
    if (error.field() == u"softQuota")
        m_softQuotaErrorLabel->setError(error);
    else
        MailboxChangeDialog::showError(error);
}

void SoftQuotaDialog::setSoftQuotaMb(qint64 softQuotaMb)
{
    m_softQuotaSpinBox->setValue(limits::spinBoxValue(softQuotaMb));
}

} // namespace pecadmin
