#include "createmailboxdialog.h"

#include "core/limits.h"
#include "core/mailboxservice.h"
#include "core/rules.h"
#include "core/whenready.h"
#include "credentialspage.h"
#include "credentialsstack.h"
#include "errorlabel.h"
#include "growtofit.h"
#include "passwordeditor.h"
#include "valuelabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pecadmin {

CreateMailboxDialog::CreateMailboxDialog(MailboxService *service, const DomainDetails &domain, QWidget *parent)
    : QDialog(parent), m_service(service), m_details(domain)
{
    setObjectName(u"createMailboxDialog"_s);
    // Wide enough that explanations wrap into a few lines, not into a narrow column.
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);

    m_stackedWidget = new CredentialsStack(this);
    if (m_service)
        m_stackedWidget->credentialsPage()->setStoreFiles(m_service->storeFiles());
    QWidget *formPage = m_stackedWidget->formPage();

    m_introLabel = new QLabel(formPage);
    m_introLabel->setObjectName(u"introLabel"_s);
    m_introLabel->setWordWrap(true);

    m_nameLabel = new QLabel(formPage);
    m_nameLabel->setObjectName(u"nameLabel"_s);
    m_nameLineEdit = new QLineEdit(formPage);
    m_nameLineEdit->setObjectName(u"nameLineEdit"_s);
    m_nameLineEdit->setMaxLength(rules::maxMailboxNameLength + 16);
    m_nameLabel->setBuddy(m_nameLineEdit);
    m_domainLabel = new ValueLabel(formPage);
    m_domainLabel->setObjectName(u"domainLabel"_s);
    m_domainLabel->setTextFormat(Qt::PlainText);
    m_nameErrorLabel = new ErrorLabel(formPage);
    m_nameErrorLabel->setObjectName(u"nameErrorLabel"_s);

    m_passwordGroupBox = new QGroupBox(formPage);
    m_passwordGroupBox->setObjectName(u"passwordGroupBox"_s);
    m_passwordEditor = new PasswordEditor(m_passwordGroupBox);
    m_passwordEditor->setObjectName(u"passwordEditor"_s);

    m_spaceGroupBox = new QGroupBox(formPage);
    m_spaceGroupBox->setObjectName(u"spaceGroupBox"_s);
    m_quotaLabel = new QLabel(formPage);
    m_quotaLabel->setObjectName(u"quotaLabel"_s);
    m_quotaSpinBox = new QSpinBox(formPage);
    m_quotaSpinBox->setObjectName(u"quotaSpinBox"_s);
    m_quotaSpinBox->setGroupSeparatorShown(true);
    m_quotaLabel->setBuddy(m_quotaSpinBox);
    m_quotaHintLabel = new ValueLabel(formPage);
    m_quotaHintLabel->setObjectName(u"quotaHintLabel"_s);
    m_quotaHintLabel->setWordWrap(true);
    m_quotaHintLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_quotaErrorLabel = new ErrorLabel(formPage);
    m_quotaErrorLabel->setObjectName(u"quotaErrorLabel"_s);

    m_softQuotaLabel = new QLabel(formPage);
    m_softQuotaLabel->setObjectName(u"softQuotaLabel"_s);
    m_softQuotaSpinBox = new QSpinBox(formPage);
    m_softQuotaSpinBox->setObjectName(u"softQuotaSpinBox"_s);
    m_softQuotaSpinBox->setGroupSeparatorShown(true);
    m_softQuotaLabel->setBuddy(m_softQuotaSpinBox);
    m_softQuotaErrorLabel = new ErrorLabel(formPage);
    m_softQuotaErrorLabel->setObjectName(u"softQuotaErrorLabel"_s);

    m_archivingCheckBox = new QCheckBox(formPage);
    m_archivingCheckBox->setObjectName(u"archivingCheckBox"_s);

    m_errorLabel = new ErrorLabel(formPage);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_busyProgressBar = new QProgressBar(formPage);
    m_busyProgressBar->setObjectName(u"busyProgressBar"_s);
    m_busyProgressBar->setRange(0, 0);
    m_busyProgressBar->setTextVisible(false);
    m_busyProgressBar->setMaximumHeight(8);
    m_busyProgressBar->setVisible(false);

    m_buttonBox = new QDialogButtonBox(formPage);
    m_buttonBox->setObjectName(u"buttonBox"_s);
    m_createButton = m_buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(u"createButton"_s);
    m_createButton->setDefault(true);
    m_cancelButton = m_buttonBox->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(u"cancelButton"_s);

    auto *nameRow = new QHBoxLayout;
    nameRow->setSpacing(2);
    nameRow->addWidget(m_nameLineEdit, 1);
    nameRow->addWidget(m_domainLabel);

    auto *nameForm = new QFormLayout;
    nameForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    nameForm->addRow(m_nameLabel, nameRow);
    nameForm->addRow(static_cast<QWidget *>(nullptr), m_nameErrorLabel);

    auto *passwordLayout = new QVBoxLayout(m_passwordGroupBox);
    passwordLayout->addWidget(m_passwordEditor);

    auto *spaceForm = new QFormLayout(m_spaceGroupBox);
    spaceForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    spaceForm->addRow(m_quotaLabel, m_quotaSpinBox);
    spaceForm->addRow(static_cast<QWidget *>(nullptr), m_quotaHintLabel);
    spaceForm->addRow(static_cast<QWidget *>(nullptr), m_quotaErrorLabel);
    spaceForm->addRow(m_softQuotaLabel, m_softQuotaSpinBox);
    spaceForm->addRow(static_cast<QWidget *>(nullptr), m_softQuotaErrorLabel);
    m_nameErrorLabel->setField(m_nameLineEdit);
    m_quotaErrorLabel->setField(m_quotaSpinBox);
    m_softQuotaErrorLabel->setField(m_softQuotaSpinBox);
    spaceForm->addRow(static_cast<QWidget *>(nullptr), m_archivingCheckBox);

    auto *formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_introLabel);
    formLayout->addLayout(nameForm);
    formLayout->addWidget(m_passwordGroupBox);
    formLayout->addWidget(m_spaceGroupBox);
    formLayout->addStretch(1);
    formLayout->addWidget(m_errorLabel);
    formLayout->addWidget(m_busyProgressBar);
    // Qt makes the box a focus proxy of its first button; behind its buttons in the Tab order, it
    // would send Tab from the last button back to the first one, never to the fields.
    m_buttonBox->setFocusProxy(nullptr);
    formLayout->addWidget(m_buttonBox);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stackedWidget);
    growToFit(this);

    setTabOrder(m_nameLineEdit, m_passwordEditor->firstField());
    setTabOrder(m_passwordEditor->lastField(), m_quotaSpinBox);
    setTabOrder(m_quotaSpinBox, m_softQuotaSpinBox);
    setTabOrder(m_softQuotaSpinBox, m_archivingCheckBox);
    setTabOrder(m_archivingCheckBox, m_createButton);
    setTabOrder(m_createButton, m_cancelButton);

    connect(m_nameLineEdit, &QLineEdit::textEdited, this, [this] {
        m_nameTouched = true;
        m_passwordEditor->setMailboxName(rules::normalizedMailboxName(m_nameLineEdit->text()));
        validate();
    });
    connect(m_passwordEditor, &PasswordEditor::changed, this, &CreateMailboxDialog::validate);
    connect(m_quotaSpinBox, &QSpinBox::valueChanged, this, &CreateMailboxDialog::validate);
    connect(m_softQuotaSpinBox, &QSpinBox::valueChanged, this, &CreateMailboxDialog::validate);
    connect(m_createButton, &QPushButton::clicked, this, &CreateMailboxDialog::submit);
    connect(m_cancelButton, &QPushButton::clicked, this, &CreateMailboxDialog::reject);
    connect(m_stackedWidget->credentialsPage(), &CredentialsPage::closeRequested, this, &CreateMailboxDialog::accept);

    applyDomain();
    m_quotaSpinBox->setValue(limits::spinBoxValue(rules::defaultQuotaMb(m_details)));
    retranslateUi();
}

qint64 CreateMailboxDialog::quotaCap() const
{
    const DomainDetails limits = rules::limitsToCheck(m_details);
    return std::min(limits.domain.maxMailboxQuotaMb, limits.freeSpaceMb());
}

void CreateMailboxDialog::applyDomain()
{
    // Where the server does not state the domain's limits, only it checks them.
    const Domain checked = rules::limitsToCheck(m_details).domain;
    m_passwordEditor->setPolicy(checked.passwordPolicy);
    m_domainLabel->setText(u'@' + m_details.domain.name);
    m_quotaSpinBox->setRange(1, limits::spinBoxValue(std::max<qint64>(1, quotaCap())));
    m_softQuotaSpinBox->setRange(0, limits::spinBoxValue(std::max<qint64>(1, checked.maxMailboxQuotaMb)));
    m_archivingCheckBox->setVisible(checked.archivingAvailable);
    m_archivingCheckBox->setEnabled(checked.archivingAvailable);
    if (!checked.archivingAvailable)
        m_archivingCheckBox->setChecked(false);
}

NewMailbox CreateMailboxDialog::newMailbox() const
{
    NewMailbox mailbox;
    mailbox.name = rules::normalizedMailboxName(m_nameLineEdit->text());
    mailbox.domain = m_details.domain.name;
    mailbox.password = m_passwordEditor->password();
    mailbox.quotaMb = m_quotaSpinBox->value();
    mailbox.softQuotaMb = m_softQuotaSpinBox->value();
    mailbox.archiving = rules::limitsToCheck(m_details).domain.archivingAvailable && m_archivingCheckBox->isChecked();
    return mailbox;
}

void CreateMailboxDialog::setStartingValues(const NewMailbox &mailbox)
{
    m_nameLineEdit->setText(mailbox.name);
    m_nameTouched = !mailbox.name.isEmpty();
    if (mailbox.quotaMb > 0)
        m_quotaSpinBox->setValue(limits::spinBoxValue(mailbox.quotaMb));
    m_softQuotaSpinBox->setValue(limits::spinBoxValue(mailbox.softQuotaMb));
    if (m_archivingCheckBox->isEnabled())
        m_archivingCheckBox->setChecked(mailbox.archiving);
    validate();
}

void CreateMailboxDialog::reject()
{
    // The mailbox may exist already: its password must still be shown.
    if (m_busy)
        return;
    QDialog::reject();
}

void CreateMailboxDialog::done(int result)
{
    m_passwordEditor->clear();
    m_stackedWidget->credentialsPage()->clear();
    QDialog::done(result);
}

void CreateMailboxDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CreateMailboxDialog::retranslateUi()
{
    setWindowTitle(tr("Create Mailbox"));
    m_introLabel->setText(tr("Create a mailbox in the domain %1. You will see its password once, to pass it on "
                             "to the user.")
                              .arg(m_details.domain.name));
    m_nameLabel->setText(tr("&Name:"));
    m_passwordGroupBox->setTitle(tr("Password"));
    m_spaceGroupBox->setTitle(tr("Disk space"));
    m_nameLineEdit->setAccessibleName(tr("Mailbox name"));
    m_nameLineEdit->setPlaceholderText(tr("mario.rossi"));
    m_domainLabel->setAccessibleName(tr("Domain"));
    m_nameErrorLabel->setAccessibleName(tr("Mailbox name error"));
    m_quotaLabel->setText(tr("Disk &quota:"));
    m_quotaSpinBox->setSuffix(tr(" MB"));
    m_quotaSpinBox->setAccessibleName(tr("Disk quota in MB"));
    const QLocale locale;
    if (m_details.limitsKnown)
        m_quotaHintLabel->setText(tr("At most %1 MB: %2 MB per mailbox, and the domain has %3 MB left to allocate.")
                                      .arg(locale.toString(std::max<qint64>(0, quotaCap())),
                                          locale.toString(m_details.domain.maxMailboxQuotaMb),
                                          locale.toString(std::max<qint64>(0, m_details.freeSpaceMb()))));
    else
        m_quotaHintLabel->setText(
            tr("The server does not state the domain's limits: it checks the quota and the space left itself."));
    m_quotaHintLabel->setAccessibleName(tr("Disk quota limits"));
    m_quotaErrorLabel->setAccessibleName(tr("Disk quota error"));
    m_softQuotaLabel->setText(tr("&Soft quota:"));
    m_softQuotaSpinBox->setSuffix(tr(" MB"));
    m_softQuotaSpinBox->setSpecialValueText(tr("No warning"));
    m_softQuotaSpinBox->setAccessibleName(tr("Soft quota in MB"));
    m_softQuotaSpinBox->setToolTip(tr("The size at which the user receives a warning message; 0 for no warning"));
    m_softQuotaErrorLabel->setAccessibleName(tr("Soft quota error"));
    m_archivingCheckBox->setText(tr("Keep receipts in conservazione sostitutiva (legal &archiving)"));
    m_archivingCheckBox->setAccessibleName(tr("Conservazione sostitutiva"));
    m_errorLabel->setAccessibleName(tr("Error"));
    m_busyProgressBar->setAccessibleName(tr("Creating the mailbox"));
    m_createButton->setText(tr("C&reate mailbox"));
    m_createButton->setAccessibleName(tr("Create mailbox"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    m_stackedWidget->setAccessibleName(tr("Create mailbox"));
    for (ErrorLabel *label : { m_nameErrorLabel, m_quotaErrorLabel, m_softQuotaErrorLabel, m_errorLabel })
        label->retranslate();
    validate();
}

void CreateMailboxDialog::validate()
{
    const NewMailbox mailbox = newMailbox();
    m_nameErrorLabel->setError(m_nameTouched ? rules::checkNewMailboxName(mailbox.name) : std::nullopt);
    const DomainDetails limits = rules::limitsToCheck(m_details);
    m_quotaErrorLabel->setError(rules::checkQuota(limits.domain, mailbox.quotaMb, limits.allocatedMb));
    m_softQuotaErrorLabel->setError(rules::checkSoftQuota(mailbox.softQuotaMb, mailbox.quotaMb));
    // What no field can fix: the domain is full.
    if (limits.freeMailboxes() <= 0) {
        NewMailbox probe = mailbox;
        probe.name = u"x"_s;
        probe.password = generatePassword(limits.domain.passwordPolicy, probe.name);
        probe.quotaMb = 1;
        probe.softQuotaMb = 0;
        if (const auto error = rules::checkNewMailbox(limits, probe);
            error && error->code() == ServiceError::Code::MailboxLimitReached)
            m_errorLabel->setError(error);
    }
    const bool valid = !rules::checkNewMailbox(limits, mailbox) && m_passwordEditor->isValid();
    m_createButton->setEnabled(!m_busy && valid);
}

void CreateMailboxDialog::submit()
{
    const NewMailbox mailbox = newMailbox();
    if (m_busy || rules::checkNewMailbox(rules::limitsToCheck(m_details), mailbox) || !m_passwordEditor->isValid())
        return;
    m_errorLabel->clearError();
    setBusy(true);
    whenReady(
        m_service->createMailbox(mailbox), this, [this, password = mailbox.password](const Result<Mailbox> &result) {
            setBusy(false);
            if (!result) {
                showError(result.error());
                if (result.error().code() == ServiceError::Code::SessionExpired)
                    Q_EMIT signInNeeded([this] { submit(); });
                return;
            }
            const Mailbox &created = result.value();
            Q_EMIT mailboxCreated(created);
            m_passwordEditor->clear();
            m_stackedWidget->showCredentials(created.address(), password);
        });
}

void CreateMailboxDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyProgressBar->setVisible(busy);
    for (QWidget *widget : { static_cast<QWidget *>(m_nameLineEdit), static_cast<QWidget *>(m_passwordEditor),
             static_cast<QWidget *>(m_quotaSpinBox), static_cast<QWidget *>(m_softQuotaSpinBox),
             static_cast<QWidget *>(m_cancelButton) })
        widget->setEnabled(!busy);
    m_archivingCheckBox->setEnabled(!busy && rules::limitsToCheck(m_details).domain.archivingAvailable);
    validate();
}

void CreateMailboxDialog::showError(const ServiceError &error)
{
    using Code = ServiceError::Code;
    const QString field = error.field();
    if (field == u"name" || error.code() == Code::AlreadyExists) {
        m_nameErrorLabel->setError(error);
        m_nameLineEdit->setFocus();
    } else if (field == u"quota" || error.code() == Code::QuotaExceeded) {
        m_quotaErrorLabel->setError(error);
        m_quotaSpinBox->setFocus();
    } else if (field == u"softQuota") {
        m_softQuotaErrorLabel->setError(error);
    } else {
        m_errorLabel->setError(error);
    }
    // The domain may have changed meanwhile: its limits are read again.
    if (error.code() == Code::QuotaExceeded || error.code() == Code::MailboxLimitReached)
        refreshDomain();
}

void CreateMailboxDialog::refreshDomain()
{
    whenReady(m_service->domainDetails(m_details.domain.name), this, [this](const Result<DomainDetails> &result) {
        if (!result)
            return;
        m_details = result.value();
        const int quota = m_quotaSpinBox->value();
        applyDomain();
        m_quotaSpinBox->setValue(quota);
        retranslateUi();
    });
}

void CreateMailboxDialog::setWebmailUrl(const QString &url)
{
    m_stackedWidget->credentialsPage()->setWebmailUrl(url);
}

} // namespace pecadmin
