#include "quotadialog.h"

#include "core/limits.h"
#include "core/mailboxservice.h"
#include "core/rules.h"
#include "errorlabel.h"
#include "messagebox.h"

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

QuotaDialog::QuotaDialog(MailboxService *service, const Mailbox &mailbox, const DomainDetails &domain, QWidget *parent)
    : MailboxChangeDialog(service, mailbox, domain, parent)
{
    setObjectName(u"quotaDialog"_s);

    m_introLabel = newLabel(u"introLabel"_s);
    m_introLabel->setWordWrap(true);
    m_usedLabel = newLabel(u"usedLabel"_s);
    m_usedValueLabel = newLabel(u"usedValueLabel"_s);
    m_currentLabel = newLabel(u"currentLabel"_s);
    m_currentValueLabel = newLabel(u"currentValueLabel"_s);
    m_spaceLeftLabel = newLabel(u"spaceLeftLabel"_s);
    m_spaceLeftValueLabel = newLabel(u"spaceLeftValueLabel"_s);
    m_maximumLabel = newLabel(u"maximumLabel"_s);
    m_maximumValueLabel = newLabel(u"maximumValueLabel"_s);
    m_quotaLabel = newLabel(u"quotaLabel"_s);
    m_quotaSpinBox = new QSpinBox(this);
    m_quotaSpinBox->setObjectName(u"quotaSpinBox"_s);
    m_quotaSpinBox->setGroupSeparatorShown(true);
    m_quotaLabel->setBuddy(m_quotaSpinBox);
    m_belowUsageLabel = newLabel(u"belowUsageLabel"_s);
    m_belowUsageLabel->setWordWrap(true);
    m_belowUsageLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_quotaErrorLabel = new ErrorLabel(this);
    m_quotaErrorLabel->setObjectName(u"quotaErrorLabel"_s);
    createFooter(this, u"setButton"_s);

    // Each caption labels its value, for a screen reader as for the eye.
    m_usedLabel->setBuddy(m_usedValueLabel);
    m_currentLabel->setBuddy(m_currentValueLabel);
    m_spaceLeftLabel->setBuddy(m_spaceLeftValueLabel);
    m_maximumLabel->setBuddy(m_maximumValueLabel);
    auto *form = new QFormLayout;
    form->addRow(m_usedLabel, m_usedValueLabel);
    form->addRow(m_currentLabel, m_currentValueLabel);
    form->addRow(m_spaceLeftLabel, m_spaceLeftValueLabel);
    form->addRow(m_maximumLabel, m_maximumValueLabel);
    form->addRow(m_quotaLabel, m_quotaSpinBox);
    form->addRow(static_cast<QWidget *>(nullptr), m_belowUsageLabel);
    form->addRow(static_cast<QWidget *>(nullptr), m_quotaErrorLabel);
    m_quotaErrorLabel->setField(m_quotaSpinBox);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addLayout(form);
    addFooter(layout);

    setTabOrder(m_quotaSpinBox, actionButton());
    setTabOrder(actionButton(), cancelButton());

    connect(m_quotaSpinBox, &QSpinBox::valueChanged, this, &QuotaDialog::validate);

    showMailbox();
    m_quotaSpinBox->setValue(limits::spinBoxValue(mailbox.quotaMb));
    retranslateUi();
    m_quotaSpinBox->setFocus();
}

qint64 QuotaDialog::maximumQuotaMb() const
{
    const DomainDetails limits = rules::limitsToCheck(details());
    return std::min(limits.domain.maxMailboxQuotaMb, limits.freeSpaceMb() + mailbox().quotaMb);
}

void QuotaDialog::retranslateUi()
{
    setWindowTitle(tr("Disk Quota"));
    m_introLabel->setText(tr("The disk quota is the most space that the mailbox %1 may use.").arg(mailbox().address()));
    m_usedLabel->setText(tr("Used now:"));
    m_currentLabel->setText(tr("Current quota:"));
    m_spaceLeftLabel->setText(tr("Space left in the domain:"));
    m_maximumLabel->setText(tr("Largest quota possible:"));
    m_quotaLabel->setText(tr("New &quota:"));
    m_quotaSpinBox->setSuffix(tr(" MB"));
    m_quotaSpinBox->setAccessibleName(tr("New disk quota in MB"));
    m_quotaErrorLabel->setAccessibleName(tr("Disk quota error"));
    errorLabel()->setAccessibleName(tr("Error"));
    reloadedLabel()->setText(tr("The values above are the current ones: check them and try again."));
    reloadedLabel()->setAccessibleName(tr("Current values loaded"));
    busyProgressBar()->setAccessibleName(tr("Setting the disk quota"));
    actionButton()->setText(tr("&Set quota"));
    actionButton()->setAccessibleName(tr("Set quota"));
    cancelButton()->setText(tr("Cancel"));
    cancelButton()->setAccessibleName(tr("Cancel"));
    m_quotaErrorLabel->retranslate();
    errorLabel()->retranslate();
    showMailbox();
}

void QuotaDialog::showMailbox()
{
    const Mailbox shown = mailbox();
    const DomainDetails &domain = details();
    const QLocale locale;
    const auto megabytes = [&locale](qint64 mb) { return tr("%1 MB").arg(locale.toString(mb)); };
    m_usedValueLabel->setText(shown.usageKnown()
            ? locale.formattedDataSize(shown.usedBytes, 1, QLocale::DataSizeTraditionalFormat)
            : tr("Not reported by the mail server"));
    m_usedValueLabel->setAccessibleName(tr("Used now: %1").arg(m_usedValueLabel->text()));
    m_currentValueLabel->setText(megabytes(shown.quotaMb));
    m_currentValueLabel->setAccessibleName(tr("Current quota: %1").arg(m_currentValueLabel->text()));
    if (domain.limitsKnown)
        m_spaceLeftValueLabel->setText(tr("%1 of %2 MB")
                                           .arg(locale.toString(std::max<qint64>(0, domain.freeSpaceMb())),
                                               locale.toString(domain.domain.totalSpaceMb)));
    else
        m_spaceLeftValueLabel->setText(tr("Not known here: the provider checks it"));
    m_spaceLeftValueLabel->setAccessibleName(tr("Space left in the domain: %1").arg(m_spaceLeftValueLabel->text()));
    const qint64 maximum = maximumQuotaMb();
    if (domain.limitsKnown)
        m_maximumValueLabel->setText(megabytes(std::max<qint64>(0, maximum)));
    else
        m_maximumValueLabel->setText(tr("Not known here: the provider checks it"));
    m_maximumValueLabel->setAccessibleName(tr("Largest quota possible: %1").arg(m_maximumValueLabel->text()));
    const int value = m_quotaSpinBox->value();
    m_quotaSpinBox->setRange(1, limits::spinBoxValue(std::max<qint64>(1, maximum)));
    m_quotaSpinBox->setValue(value);
    validate();
}

MailboxChange QuotaDialog::change() const
{
    MailboxChange change;
    change.address = mailbox().address();
    change.version = mailbox().version;
    change.quotaMb = m_quotaSpinBox->value();
    return change;
}

void QuotaDialog::validate()
{
    const Mailbox current = mailbox();
    const qint64 quota = m_quotaSpinBox->value();
    const auto error = rules::checkChange(rules::limitsToCheck(details()), current, change());
    m_quotaErrorLabel->setError(error);
    const bool below = rules::quotaBelowUsage(current, quota);
    m_belowUsageLabel->setText(below ? tr("The mailbox already uses more than this: it will not receive mail "
                                          "until the user deletes messages.")
                                     : QString());
    m_belowUsageLabel->setVisible(below);
    actionButton()->setEnabled(!isBusy() && !error && quota != current.quotaMb);
}

void QuotaDialog::submit()
{
    const Mailbox current = mailbox();
    const MailboxChange quotaChange = change();
    const qint64 quota = quotaChange.quotaMb.value();
    if (isBusy() || rules::checkChange(rules::limitsToCheck(details()), current, quotaChange))
        return;
    if (rules::quotaBelowUsage(current, quota)) {
        const QLocale locale;
        const auto answer = MessageBox::warning(this, tr("Quota Below Usage"),
            tr("The mailbox %1 already uses %2, more than the new quota of %3 MB. It will not receive mail "
               "until its user deletes messages.\n\nSet the quota to %3 MB anyway?")
                .arg(current.address(),
                    locale.formattedDataSize(current.usedBytes, 1, QLocale::DataSizeTraditionalFormat),
                    locale.toString(quota)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    send(service()->changeMailbox(quotaChange));
}

void QuotaDialog::setInputsEnabled(bool enabled)
{
    m_quotaSpinBox->setEnabled(enabled);
}

void QuotaDialog::showError(const ServiceError &error)
{
    if (error.field() == u"quota" || error.field() == u"softQuota" || error.code() == ServiceError::Code::QuotaExceeded)
        m_quotaErrorLabel->setError(error);
    else
        MailboxChangeDialog::showError(error);
}

void QuotaDialog::setQuotaMb(qint64 quotaMb)
{
    m_quotaSpinBox->setValue(limits::spinBoxValue(quotaMb));
}

} // namespace pecadmin
