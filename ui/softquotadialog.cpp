#include "softquotadialog.h"

#include "errorlabel.h"
#include "mailboxservice.h"
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

SoftQuotaDialog::SoftQuotaDialog(
    MailboxService *service, const Mailbox &mailbox, const DomainDetails &domain, QWidget *parent)
    : QDialog(parent), m_service(service), m_mailbox(mailbox), m_details(domain)
{
    setObjectName(u"softQuotaDialog"_s);
    // Wide enough that explanations wrap into a few lines, not into a narrow column.
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);

    const auto makeLabel = [this](const QString &name) {
        auto *label = new QLabel(this);
        label->setObjectName(name);
        return label;
    };
    m_introLabel = makeLabel(u"introLabel"_s);
    m_introLabel->setWordWrap(true);
    m_explanationLabel = makeLabel(u"explanationLabel"_s);
    m_explanationLabel->setWordWrap(true);
    m_quotaLabel = makeLabel(u"quotaLabel"_s);
    m_quotaValueLabel = makeLabel(u"quotaValueLabel"_s);
    m_usedLabel = makeLabel(u"usedLabel"_s);
    m_usedValueLabel = makeLabel(u"usedValueLabel"_s);
    m_currentLabel = makeLabel(u"currentLabel"_s);
    m_currentValueLabel = makeLabel(u"currentValueLabel"_s);
    m_softQuotaLabel = makeLabel(u"softQuotaLabel"_s);
    m_softQuotaSpinBox = new QSpinBox(this);
    m_softQuotaSpinBox->setObjectName(u"softQuotaSpinBox"_s);
    m_softQuotaSpinBox->setGroupSeparatorShown(true);
    m_softQuotaLabel->setBuddy(m_softQuotaSpinBox);
    m_softQuotaErrorLabel = new ErrorLabel(this);
    m_softQuotaErrorLabel->setObjectName(u"softQuotaErrorLabel"_s);
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
    form->addRow(m_quotaLabel, m_quotaValueLabel);
    form->addRow(m_usedLabel, m_usedValueLabel);
    form->addRow(m_currentLabel, m_currentValueLabel);
    form->addRow(m_softQuotaLabel, m_softQuotaSpinBox);
    form->addRow(static_cast<QWidget *>(nullptr), m_softQuotaErrorLabel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_explanationLabel);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_reloadedLabel);
    layout->addWidget(m_busyProgressBar);
    layout->addWidget(m_buttonBox);

    setTabOrder(m_softQuotaSpinBox, m_setButton);
    setTabOrder(m_setButton, m_cancelButton);

    connect(m_softQuotaSpinBox, &QSpinBox::valueChanged, this, &SoftQuotaDialog::validate);
    connect(m_setButton, &QPushButton::clicked, this, &SoftQuotaDialog::submit);
    connect(m_cancelButton, &QPushButton::clicked, this, &SoftQuotaDialog::reject);

    // Up to the domain's largest quota, so that a value above this mailbox's quota is
    // explained rather than silently cut.
    m_softQuotaSpinBox->setRange(0, int(std::max(m_details.domain.maxMailboxQuotaMb, m_mailbox.quotaMb)));
    m_softQuotaSpinBox->setValue(int(m_mailbox.softQuotaMb));
    retranslateUi();
    m_softQuotaSpinBox->setFocus();
}

void SoftQuotaDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}

void SoftQuotaDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SoftQuotaDialog::retranslateUi()
{
    setWindowTitle(tr("Soft Quota"));
    m_introLabel->setText(tr("The soft quota of the mailbox %1.").arg(m_mailbox.address()));
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
    m_errorLabel->setAccessibleName(tr("Error"));
    m_reloadedLabel->setText(tr("The values above are the current ones: check them and try again."));
    m_reloadedLabel->setAccessibleName(tr("Current values loaded"));
    m_busyProgressBar->setAccessibleName(tr("Setting the soft quota"));
    m_setButton->setText(tr("&Set soft quota"));
    m_setButton->setAccessibleName(tr("Set soft quota"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    m_softQuotaErrorLabel->retranslate();
    m_errorLabel->retranslate();
    showMailbox();
}

void SoftQuotaDialog::showMailbox()
{
    const QLocale locale;
    m_quotaValueLabel->setText(tr("%1 MB").arg(locale.toString(m_mailbox.quotaMb)));
    m_quotaValueLabel->setAccessibleName(tr("Disk quota: %1").arg(m_quotaValueLabel->text()));
    m_usedValueLabel->setText(locale.formattedDataSize(m_mailbox.usedBytes, 1, QLocale::DataSizeTraditionalFormat));
    m_usedValueLabel->setAccessibleName(tr("Used now: %1").arg(m_usedValueLabel->text()));
    m_currentValueLabel->setText(
        m_mailbox.softQuotaMb > 0 ? tr("%1 MB").arg(locale.toString(m_mailbox.softQuotaMb)) : tr("No warning"));
    m_currentValueLabel->setAccessibleName(tr("Current soft quota: %1").arg(m_currentValueLabel->text()));
    validate();
}

MailboxChange SoftQuotaDialog::change() const
{
    MailboxChange change;
    change.address = m_mailbox.address();
    change.version = m_mailbox.version;
    change.softQuotaMb = m_softQuotaSpinBox->value();
    return change;
}

void SoftQuotaDialog::validate()
{
    const auto error = rules::checkChange(m_details, m_mailbox, change());
    m_softQuotaErrorLabel->setError(error);
    m_setButton->setEnabled(!m_busy && !error && m_softQuotaSpinBox->value() != m_mailbox.softQuotaMb);
}

void SoftQuotaDialog::submit()
{
    if (m_busy || rules::checkChange(m_details, m_mailbox, change()))
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

void SoftQuotaDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyProgressBar->setVisible(busy);
    m_softQuotaSpinBox->setEnabled(!busy);
    m_cancelButton->setEnabled(!busy);
    validate();
}

void SoftQuotaDialog::showError(const ServiceError &error)
{
    if (error.code() == ServiceError::Code::Conflict) {
        m_errorLabel->setError(error);
        reloadAfterConflict();
        return;
    }
    setBusy(false);
    if (error.field() == u"softQuota")
        m_softQuotaErrorLabel->setError(error);
    else
        m_errorLabel->setError(error);
}

void SoftQuotaDialog::reloadAfterConflict()
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
