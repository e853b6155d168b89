#include "quotadialog.h"

#include "errorlabel.h"
#include "mailboxservice.h"
#include "messagebox.h"
#include "rules.h"
#include "whenready.h"

#include <QDialogButtonBox>
#include <QEvent>
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

namespace {

// The limits that the rules check here. Where the backend cannot know the domain's space and
// mailbox limit, limits that never bind: the provider then enforces its own.
DomainDetails checkedLimits(const DomainDetails &details)
{
    if (details.limitsKnown)
        return details;
    DomainDetails open = details;
    open.domain.totalSpaceMb = details.allocatedMb + details.domain.maxMailboxQuotaMb;
    open.domain.maxMailboxes = details.mailboxCount + 1;
    return open;
}

} // namespace

QuotaDialog::QuotaDialog(MailboxService *service, const Mailbox &mailbox, const DomainDetails &domain, QWidget *parent)
    : QDialog(parent), m_service(service), m_mailbox(mailbox), m_details(domain)
{
    setObjectName(u"quotaDialog"_s);
    // Wide enough that explanations wrap into a few lines, not into a narrow column.
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);

    const auto makeLabel = [this](const QString &name) {
        auto *label = new QLabel(this);
        label->setObjectName(name);
        return label;
    };
    m_introLabel = makeLabel(u"introLabel"_s);
    m_introLabel->setWordWrap(true);
    m_usedLabel = makeLabel(u"usedLabel"_s);
    m_usedValueLabel = makeLabel(u"usedValueLabel"_s);
    m_currentLabel = makeLabel(u"currentLabel"_s);
    m_currentValueLabel = makeLabel(u"currentValueLabel"_s);
    m_spaceLeftLabel = makeLabel(u"spaceLeftLabel"_s);
    m_spaceLeftValueLabel = makeLabel(u"spaceLeftValueLabel"_s);
    m_maximumLabel = makeLabel(u"maximumLabel"_s);
    m_maximumValueLabel = makeLabel(u"maximumValueLabel"_s);
    m_quotaLabel = makeLabel(u"quotaLabel"_s);
    m_quotaSpinBox = new QSpinBox(this);
    m_quotaSpinBox->setObjectName(u"quotaSpinBox"_s);
    m_quotaSpinBox->setGroupSeparatorShown(true);
    m_quotaLabel->setBuddy(m_quotaSpinBox);
    m_belowUsageLabel = makeLabel(u"belowUsageLabel"_s);
    m_belowUsageLabel->setWordWrap(true);
    m_belowUsageLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_quotaErrorLabel = new ErrorLabel(this);
    m_quotaErrorLabel->setObjectName(u"quotaErrorLabel"_s);
    m_errorLabel = new ErrorLabel(this);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_reloadedLabel = makeLabel(u"reloadedLabel"_s);
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
    m_setButton = m_buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_setButton->setObjectName(u"setButton"_s);
    m_setButton->setDefault(true);
    m_cancelButton = m_buttonBox->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(u"cancelButton"_s);

    auto *form = new QFormLayout;
    form->addRow(m_usedLabel, m_usedValueLabel);
    form->addRow(m_currentLabel, m_currentValueLabel);
    form->addRow(m_spaceLeftLabel, m_spaceLeftValueLabel);
    form->addRow(m_maximumLabel, m_maximumValueLabel);
    form->addRow(m_quotaLabel, m_quotaSpinBox);
    form->addRow(static_cast<QWidget *>(nullptr), m_belowUsageLabel);
    form->addRow(static_cast<QWidget *>(nullptr), m_quotaErrorLabel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_reloadedLabel);
    layout->addWidget(m_busyProgressBar);
    layout->addWidget(m_buttonBox);

    setTabOrder(m_quotaSpinBox, m_setButton);
    setTabOrder(m_setButton, m_cancelButton);

    connect(m_quotaSpinBox, &QSpinBox::valueChanged, this, &QuotaDialog::validate);
    connect(m_setButton, &QPushButton::clicked, this, &QuotaDialog::submit);
    connect(m_cancelButton, &QPushButton::clicked, this, &QuotaDialog::reject);

    showMailbox();
    m_quotaSpinBox->setValue(int(m_mailbox.quotaMb));
    retranslateUi();
    m_quotaSpinBox->setFocus();
}

qint64 QuotaDialog::maximumQuotaMb() const
{
    return std::min(m_details.domain.maxMailboxQuotaMb, checkedLimits(m_details).freeSpaceMb() + m_mailbox.quotaMb);
}

void QuotaDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}

void QuotaDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void QuotaDialog::retranslateUi()
{
    setWindowTitle(tr("Disk Quota"));
    m_introLabel->setText(tr("The disk quota is the most space that the mailbox %1 may use.").arg(m_mailbox.address()));
    m_usedLabel->setText(tr("Used now:"));
    m_currentLabel->setText(tr("Current quota:"));
    m_spaceLeftLabel->setText(tr("Space left in the domain:"));
    m_maximumLabel->setText(tr("Largest quota possible:"));
    m_quotaLabel->setText(tr("New &quota:"));
    m_quotaSpinBox->setSuffix(tr(" MB"));
    m_quotaSpinBox->setAccessibleName(tr("New disk quota in MB"));
    m_quotaErrorLabel->setAccessibleName(tr("Disk quota error"));
    m_errorLabel->setAccessibleName(tr("Error"));
    m_reloadedLabel->setText(tr("The values above are the current ones: check them and try again."));
    m_reloadedLabel->setAccessibleName(tr("Current values loaded"));
    m_busyProgressBar->setAccessibleName(tr("Setting the disk quota"));
    m_setButton->setText(tr("&Set quota"));
    m_setButton->setAccessibleName(tr("Set quota"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    m_quotaErrorLabel->retranslate();
    m_errorLabel->retranslate();
    showMailbox();
}

void QuotaDialog::showMailbox()
{
    const QLocale locale;
    const auto megabytes = [&locale](qint64 mb) { return tr("%1 MB").arg(locale.toString(mb)); };
    m_usedValueLabel->setText(locale.formattedDataSize(m_mailbox.usedBytes, 1, QLocale::DataSizeTraditionalFormat));
    m_usedValueLabel->setAccessibleName(tr("Used now: %1").arg(m_usedValueLabel->text()));
    m_currentValueLabel->setText(megabytes(m_mailbox.quotaMb));
    m_currentValueLabel->setAccessibleName(tr("Current quota: %1").arg(m_currentValueLabel->text()));
    if (m_details.limitsKnown)
        m_spaceLeftValueLabel->setText(tr("%1 of %2 MB")
                                           .arg(locale.toString(std::max<qint64>(0, m_details.freeSpaceMb())),
                                               locale.toString(m_details.domain.totalSpaceMb)));
    else
        m_spaceLeftValueLabel->setText(tr("Not known here: the provider checks it"));
    m_spaceLeftValueLabel->setAccessibleName(tr("Space left in the domain: %1").arg(m_spaceLeftValueLabel->text()));
    const qint64 maximum = maximumQuotaMb();
    m_maximumValueLabel->setText(megabytes(std::max<qint64>(0, maximum)));
    m_maximumValueLabel->setAccessibleName(tr("Largest quota possible: %1").arg(m_maximumValueLabel->text()));
    const int value = m_quotaSpinBox->value();
    m_quotaSpinBox->setRange(1, int(std::max<qint64>(1, maximum)));
    m_quotaSpinBox->setValue(value);
    validate();
}

void QuotaDialog::validate()
{
    const qint64 quota = m_quotaSpinBox->value();
    MailboxChange change;
    change.address = m_mailbox.address();
    change.version = m_mailbox.version;
    change.quotaMb = quota;
    const auto error = rules::checkChange(checkedLimits(m_details), m_mailbox, change);
    m_quotaErrorLabel->setError(error);
    const bool below = rules::quotaBelowUsage(m_mailbox, quota);
    m_belowUsageLabel->setText(below ? tr("The mailbox already uses more than this: it will not receive mail "
                                          "until the user deletes messages.")
                                     : QString());
    m_belowUsageLabel->setVisible(below);
    m_setButton->setEnabled(!m_busy && !error && quota != m_mailbox.quotaMb);
}

void QuotaDialog::submit()
{
    const qint64 quota = m_quotaSpinBox->value();
    MailboxChange change;
    change.address = m_mailbox.address();
    change.version = m_mailbox.version;
    change.quotaMb = quota;
    if (m_busy || rules::checkChange(checkedLimits(m_details), m_mailbox, change))
        return;
    if (rules::quotaBelowUsage(m_mailbox, quota)) {
        const QLocale locale;
        const auto answer = MessageBox::warning(this, tr("Quota Below Usage"),
            tr("The mailbox %1 already uses %2, more than the new quota of %3 MB. It will not receive mail "
               "until its user deletes messages.\n\nSet the quota to %3 MB anyway?")
                .arg(m_mailbox.address(),
                    locale.formattedDataSize(m_mailbox.usedBytes, 1, QLocale::DataSizeTraditionalFormat),
                    locale.toString(quota)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_errorLabel->clearError();
    m_reloadedLabel->setVisible(false);
    setBusy(true);
    whenReady(m_service->changeMailbox(change), this, [this](const Result<Mailbox> &result) {
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

void QuotaDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyProgressBar->setVisible(busy);
    m_quotaSpinBox->setEnabled(!busy);
    m_cancelButton->setEnabled(!busy);
    validate();
}

void QuotaDialog::showError(const ServiceError &error)
{
    if (error.code() == ServiceError::Code::Conflict) {
        m_errorLabel->setError(error);
        reloadAfterConflict();
        return;
    }
    setBusy(false);
    if (error.field() == u"quota" || error.field() == u"softQuota" || error.code() == ServiceError::Code::QuotaExceeded)
        m_quotaErrorLabel->setError(error);
    else
        m_errorLabel->setError(error);
}

void QuotaDialog::reloadAfterConflict()
{
    whenReady(m_service->mailbox(m_mailbox.address()), this, [this](const Result<Mailbox> &result) {
        if (!result) {
            setBusy(false);
            m_errorLabel->setError(result.error());
            return;
        }
        m_mailbox = result.value();
        Q_EMIT mailboxChanged(m_mailbox);
        whenReady(m_service->domainDetails(m_details.domain.name), this, [this](const Result<DomainDetails> &details) {
            if (details)
                m_details = details.value();
            setBusy(false);
            showMailbox();
            m_reloadedLabel->setVisible(true);
        });
    });
}

} // namespace pecadmin
