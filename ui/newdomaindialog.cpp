#include "newdomaindialog.h"

#include "core/mailboxservice.h"
#include "core/rules.h"
#include "core/whenready.h"
#include "credentialletters.h"
#include "errorlabel.h"
#include "valuelabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
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

namespace {

constexpr int gigabyteIndex = 1;

} // namespace

NewDomainDialog::NewDomainDialog(MailboxService *service, QWidget *parent) : QDialog(parent), m_service(service)
{
    setObjectName(u"newDomainDialog"_s);
    build();
}

NewDomainDialog::NewDomainDialog(MailboxService *service, const DomainDetails &current, QWidget *parent)
    : QDialog(parent), m_service(service), m_editing(true), m_current(current)
{
    setObjectName(u"editDomainDialog"_s);
    build();
    const Domain &domain = current.domain;
    m_nameLineEdit->setText(domain.name);
    m_nameLineEdit->setReadOnly(true);
    // In GB where the space is a whole number of them, as the form offers by default.
    const bool wholeGb = domain.totalSpaceMb % 1024 == 0;
    m_spaceUnitComboBox->setCurrentIndex(wholeGb ? gigabyteIndex : 0);
    m_spaceSpinBox->setValue(
        int(std::min<qint64>(wholeGb ? domain.totalSpaceMb / 1024 : domain.totalSpaceMb, m_spaceSpinBox->maximum())));
    m_maxMailboxesSpinBox->setValue(domain.maxMailboxes);
    m_maxQuotaSpinBox->setValue(int(std::min<qint64>(domain.maxMailboxQuotaMb, m_maxQuotaSpinBox->maximum())));
    m_archivingCheckBox->setChecked(domain.archivingAvailable);
    // A language the program does not offer (set by hand in the store) selects none: the rules
    // then ask for one.
    m_languageComboBox->setCurrentIndex(m_languageComboBox->findData(domain.language));
    m_presetComboBox->setCurrentIndex(m_presetComboBox->findData(int(domain.passwordPolicy.preset)));
    if (domain.passwordPolicy.preset == PasswordPolicy::Preset::Custom)
        setPolicyFields(domain.passwordPolicy);
    m_usageLabel->setVisible(true);
    retranslateUi();
    presetChanged();
    m_spaceSpinBox->setFocus();
}

void NewDomainDialog::setPolicyFields(const PasswordPolicy &policy)
{
    m_minLengthSpinBox->setValue(policy.minLength);
    m_maxLengthSpinBox->setValue(policy.maxLength);
    m_lowercaseCheckBox->setChecked(policy.requireLowercase);
    m_uppercaseCheckBox->setChecked(policy.requireUppercase);
    m_digitCheckBox->setChecked(policy.requireDigit);
    m_symbolCheckBox->setChecked(policy.requireSymbol);
    m_symbolsLineEdit->setText(policy.allowedSymbols);
    m_forbidNameCheckBox->setChecked(policy.forbidMailboxName);
}

void NewDomainDialog::build()
{
    // Wide enough that explanations wrap into a few lines, not into a narrow column.
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);

    m_introLabel = new QLabel(this);
    m_introLabel->setObjectName(u"introLabel"_s);
    m_introLabel->setWordWrap(true);

    m_nameLabel = new QLabel(this);
    m_nameLabel->setObjectName(u"nameLabel"_s);
    m_nameLineEdit = new QLineEdit(this);
    m_nameLineEdit->setObjectName(u"nameLineEdit"_s);
    m_nameLineEdit->setPlaceholderText(u"pec.example.it"_s);
    m_nameLabel->setBuddy(m_nameLineEdit);
    m_nameErrorLabel = new ErrorLabel(this);
    m_nameErrorLabel->setObjectName(u"nameErrorLabel"_s);

    m_spaceLabel = new QLabel(this);
    m_spaceLabel->setObjectName(u"spaceLabel"_s);
    m_spaceSpinBox = new QSpinBox(this);
    m_spaceSpinBox->setObjectName(u"spaceSpinBox"_s);
    m_spaceSpinBox->setRange(1, 10'000'000);
    m_spaceSpinBox->setValue(10);
    m_spaceSpinBox->setGroupSeparatorShown(true);
    m_spaceLabel->setBuddy(m_spaceSpinBox);
    m_spaceUnitComboBox = new QComboBox(this);
    m_spaceUnitComboBox->setObjectName(u"spaceUnitComboBox"_s);
    m_spaceUnitComboBox->addItem(QString(), 1);
    m_spaceUnitComboBox->addItem(QString(), 1024);
    m_spaceUnitComboBox->setCurrentIndex(gigabyteIndex);
    m_spaceErrorLabel = new ErrorLabel(this);
    m_spaceErrorLabel->setObjectName(u"spaceErrorLabel"_s);

    m_maxMailboxesLabel = new QLabel(this);
    m_maxMailboxesLabel->setObjectName(u"maxMailboxesLabel"_s);
    m_maxMailboxesSpinBox = new QSpinBox(this);
    m_maxMailboxesSpinBox->setObjectName(u"maxMailboxesSpinBox"_s);
    m_maxMailboxesSpinBox->setRange(1, 10'000'000);
    m_maxMailboxesSpinBox->setValue(10);
    m_maxMailboxesSpinBox->setGroupSeparatorShown(true);
    m_maxMailboxesLabel->setBuddy(m_maxMailboxesSpinBox);
    m_maxMailboxesErrorLabel = new ErrorLabel(this);
    m_maxMailboxesErrorLabel->setObjectName(u"maxMailboxesErrorLabel"_s);

    m_maxQuotaLabel = new QLabel(this);
    m_maxQuotaLabel->setObjectName(u"maxQuotaLabel"_s);
    m_maxQuotaSpinBox = new QSpinBox(this);
    m_maxQuotaSpinBox->setObjectName(u"maxQuotaSpinBox"_s);
    m_maxQuotaSpinBox->setRange(1, 10'000'000);
    m_maxQuotaSpinBox->setValue(int(Domain().maxMailboxQuotaMb));
    m_maxQuotaSpinBox->setGroupSeparatorShown(true);
    m_maxQuotaLabel->setBuddy(m_maxQuotaSpinBox);
    m_maxQuotaErrorLabel = new ErrorLabel(this);
    m_maxQuotaErrorLabel->setObjectName(u"maxQuotaErrorLabel"_s);

    // What the domain's mailboxes use now, below which its limits cannot go (changing only).
    m_usageLabel = new ValueLabel(this);
    m_usageLabel->setObjectName(u"usageLabel"_s);
    m_usageLabel->setWordWrap(true);
    m_usageLabel->setTextFormat(Qt::PlainText);
    m_usageLabel->setVisible(false);

    m_presetLabel = new QLabel(this);
    m_presetLabel->setObjectName(u"presetLabel"_s);
    m_presetComboBox = new QComboBox(this);
    m_presetComboBox->setObjectName(u"presetComboBox"_s);
    m_presetComboBox->addItem(QString(), int(PasswordPolicy::Preset::Poste));
    m_presetComboBox->addItem(QString(), int(PasswordPolicy::Preset::Aruba));
    m_presetComboBox->addItem(QString(), int(PasswordPolicy::Preset::Custom));
    m_presetLabel->setBuddy(m_presetComboBox);
    m_presetRulesLabel = new ValueLabel(this);
    m_presetRulesLabel->setObjectName(u"presetRulesLabel"_s);
    m_presetRulesLabel->setWordWrap(true);
    m_presetRulesLabel->setTextFormat(Qt::PlainText);

    m_customGroupBox = new QGroupBox(this);
    m_customGroupBox->setObjectName(u"customGroupBox"_s);
    m_minLengthLabel = new QLabel(m_customGroupBox);
    m_minLengthLabel->setObjectName(u"minLengthLabel"_s);
    m_minLengthSpinBox = new QSpinBox(m_customGroupBox);
    m_minLengthSpinBox->setObjectName(u"minLengthSpinBox"_s);
    m_minLengthSpinBox->setRange(1, 128);
    m_minLengthLabel->setBuddy(m_minLengthSpinBox);
    m_maxLengthLabel = new QLabel(m_customGroupBox);
    m_maxLengthLabel->setObjectName(u"maxLengthLabel"_s);
    m_maxLengthSpinBox = new QSpinBox(m_customGroupBox);
    m_maxLengthSpinBox->setObjectName(u"maxLengthSpinBox"_s);
    m_maxLengthSpinBox->setRange(1, 256);
    m_maxLengthLabel->setBuddy(m_maxLengthSpinBox);
    m_lowercaseCheckBox = new QCheckBox(m_customGroupBox);
    m_lowercaseCheckBox->setObjectName(u"lowercaseCheckBox"_s);
    m_uppercaseCheckBox = new QCheckBox(m_customGroupBox);
    m_uppercaseCheckBox->setObjectName(u"uppercaseCheckBox"_s);
    m_digitCheckBox = new QCheckBox(m_customGroupBox);
    m_digitCheckBox->setObjectName(u"digitCheckBox"_s);
    m_symbolCheckBox = new QCheckBox(m_customGroupBox);
    m_symbolCheckBox->setObjectName(u"symbolCheckBox"_s);
    m_symbolsLabel = new QLabel(m_customGroupBox);
    m_symbolsLabel->setObjectName(u"symbolsLabel"_s);
    m_symbolsLineEdit = new QLineEdit(m_customGroupBox);
    m_symbolsLineEdit->setObjectName(u"symbolsLineEdit"_s);
    m_symbolsLabel->setBuddy(m_symbolsLineEdit);
    m_forbidNameCheckBox = new QCheckBox(m_customGroupBox);
    m_forbidNameCheckBox->setObjectName(u"forbidNameCheckBox"_s);
    setPolicyFields(PasswordPolicy::custom());
    auto *customLayout = new QVBoxLayout(m_customGroupBox);
    auto *classesLayout = new QGridLayout;
    classesLayout->addWidget(m_minLengthLabel, 0, 0);
    classesLayout->addWidget(m_minLengthSpinBox, 0, 1);
    classesLayout->addWidget(m_maxLengthLabel, 0, 2);
    classesLayout->addWidget(m_maxLengthSpinBox, 0, 3);
    classesLayout->addWidget(m_lowercaseCheckBox, 1, 0, 1, 2);
    classesLayout->addWidget(m_uppercaseCheckBox, 1, 2, 1, 2);
    classesLayout->addWidget(m_digitCheckBox, 2, 0, 1, 2);
    classesLayout->addWidget(m_symbolCheckBox, 2, 2, 1, 2);
    classesLayout->setColumnStretch(4, 1);
    customLayout->addLayout(classesLayout);
    auto *symbolsLayout = new QHBoxLayout;
    symbolsLayout->addWidget(m_symbolsLabel);
    symbolsLayout->addWidget(m_symbolsLineEdit, 1);
    customLayout->addLayout(symbolsLayout);
    customLayout->addWidget(m_forbidNameCheckBox);
    m_policyErrorLabel = new ErrorLabel(this);
    m_policyErrorLabel->setObjectName(u"policyErrorLabel"_s);

    m_archivingCheckBox = new QCheckBox(this);
    m_archivingCheckBox->setObjectName(u"archivingCheckBox"_s);
    m_archivingErrorLabel = new ErrorLabel(this);
    m_archivingErrorLabel->setObjectName(u"archivingErrorLabel"_s);

    // The language of the mail server's messages to the domain's users, each named in itself.
    m_languageLabel = new QLabel(this);
    m_languageLabel->setObjectName(u"languageLabel"_s);
    m_languageComboBox = new QComboBox(this);
    m_languageComboBox->setObjectName(u"languageComboBox"_s);
    for (const QString &language : rules::domainLanguages())
        m_languageComboBox->addItem(CredentialLetters::languageName(language), language);
    m_languageComboBox->setCurrentIndex(m_languageComboBox->findData(Domain().language));
    m_languageLabel->setBuddy(m_languageComboBox);
    m_languageErrorLabel = new ErrorLabel(this);
    m_languageErrorLabel->setObjectName(u"languageErrorLabel"_s);

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
    m_addButton = m_buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_addButton->setObjectName(u"addButton"_s);
    m_addButton->setDefault(true);
    m_cancelButton = m_buttonBox->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(u"cancelButton"_s);

    auto *spaceRow = new QHBoxLayout;
    spaceRow->addWidget(m_spaceSpinBox, 1);
    spaceRow->addWidget(m_spaceUnitComboBox);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_nameLabel, m_nameLineEdit);
    form->addRow(static_cast<QWidget *>(nullptr), m_nameErrorLabel);
    form->addRow(m_spaceLabel, spaceRow);
    form->addRow(static_cast<QWidget *>(nullptr), m_spaceErrorLabel);
    form->addRow(m_maxMailboxesLabel, m_maxMailboxesSpinBox);
    form->addRow(static_cast<QWidget *>(nullptr), m_maxMailboxesErrorLabel);
    form->addRow(m_maxQuotaLabel, m_maxQuotaSpinBox);
    form->addRow(static_cast<QWidget *>(nullptr), m_maxQuotaErrorLabel);
    m_nameErrorLabel->setField(m_nameLineEdit);
    m_spaceErrorLabel->setField(m_spaceSpinBox);
    m_maxMailboxesErrorLabel->setField(m_maxMailboxesSpinBox);
    m_maxQuotaErrorLabel->setField(m_maxQuotaSpinBox);
    form->addRow(m_presetLabel, m_presetComboBox);
    form->addRow(static_cast<QWidget *>(nullptr), m_presetRulesLabel);
    form->addRow(static_cast<QWidget *>(nullptr), m_customGroupBox);
    form->addRow(static_cast<QWidget *>(nullptr), m_policyErrorLabel);
    form->addRow(static_cast<QWidget *>(nullptr), m_archivingCheckBox);
    form->addRow(static_cast<QWidget *>(nullptr), m_archivingErrorLabel);
    // A short caption, so that the column of captions keeps its width; the tool tip and the name
    // read to a screen reader say it in full.
    form->addRow(m_languageLabel, m_languageComboBox);
    form->addRow(static_cast<QWidget *>(nullptr), m_languageErrorLabel);
    m_languageErrorLabel->setField(m_languageComboBox);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_usageLabel);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_busyProgressBar);
    // Qt makes the box a focus proxy of its first button; behind its buttons in the Tab order, it
    // would send Tab from the last button back to the first one, never to the fields.
    m_buttonBox->setFocusProxy(nullptr);
    layout->addWidget(m_buttonBox);

    setTabOrder(m_nameLineEdit, m_spaceSpinBox);
    setTabOrder(m_spaceSpinBox, m_spaceUnitComboBox);
    setTabOrder(m_spaceUnitComboBox, m_maxMailboxesSpinBox);
    setTabOrder(m_maxMailboxesSpinBox, m_maxQuotaSpinBox);
    setTabOrder(m_maxQuotaSpinBox, m_presetComboBox);
    setTabOrder(m_presetComboBox, m_minLengthSpinBox);
    setTabOrder(m_minLengthSpinBox, m_maxLengthSpinBox);
    setTabOrder(m_maxLengthSpinBox, m_lowercaseCheckBox);
    setTabOrder(m_lowercaseCheckBox, m_uppercaseCheckBox);
    setTabOrder(m_uppercaseCheckBox, m_digitCheckBox);
    setTabOrder(m_digitCheckBox, m_symbolCheckBox);
    setTabOrder(m_symbolCheckBox, m_symbolsLineEdit);
    setTabOrder(m_symbolsLineEdit, m_forbidNameCheckBox);
    setTabOrder(m_forbidNameCheckBox, m_archivingCheckBox);
    setTabOrder(m_archivingCheckBox, m_languageComboBox);
    setTabOrder(m_languageComboBox, m_addButton);
    setTabOrder(m_addButton, m_cancelButton);

    connect(m_nameLineEdit, &QLineEdit::textEdited, this, [this] {
        m_nameTouched = true;
        validate();
    });
    for (QSpinBox *spinBox :
        { m_spaceSpinBox, m_maxMailboxesSpinBox, m_maxQuotaSpinBox, m_minLengthSpinBox, m_maxLengthSpinBox })
        connect(spinBox, &QSpinBox::valueChanged, this, &NewDomainDialog::validate);
    connect(m_spaceUnitComboBox, &QComboBox::currentIndexChanged, this, &NewDomainDialog::validate);
    connect(m_presetComboBox, &QComboBox::currentIndexChanged, this, &NewDomainDialog::presetChanged);
    connect(m_languageComboBox, &QComboBox::currentIndexChanged, this, &NewDomainDialog::validate);
    for (QCheckBox *checkBox : { m_lowercaseCheckBox, m_uppercaseCheckBox, m_digitCheckBox, m_symbolCheckBox,
             m_forbidNameCheckBox, m_archivingCheckBox })
        connect(checkBox, &QCheckBox::toggled, this, &NewDomainDialog::validate);
    connect(m_symbolsLineEdit, &QLineEdit::textEdited, this, &NewDomainDialog::validate);
    connect(m_addButton, &QPushButton::clicked, this, &NewDomainDialog::submit);
    connect(m_cancelButton, &QPushButton::clicked, this, &NewDomainDialog::reject);

    retranslateUi();
    presetChanged();
}

PasswordPolicy NewDomainDialog::policy() const
{
    const auto preset = PasswordPolicy::Preset(m_presetComboBox->currentData().toInt());
    if (preset != PasswordPolicy::Preset::Custom)
        return PasswordPolicy::forPreset(preset);
    PasswordPolicy policy = PasswordPolicy::custom();
    policy.minLength = m_minLengthSpinBox->value();
    policy.maxLength = m_maxLengthSpinBox->value();
    policy.requireLowercase = m_lowercaseCheckBox->isChecked();
    policy.requireUppercase = m_uppercaseCheckBox->isChecked();
    policy.requireDigit = m_digitCheckBox->isChecked();
    policy.requireSymbol = m_symbolCheckBox->isChecked();
    policy.allowedSymbols = m_symbolsLineEdit->text();
    policy.forbidMailboxName = m_forbidNameCheckBox->isChecked();
    return policy;
}

Domain NewDomainDialog::domain() const
{
    Domain domain = m_current.domain;
    domain.name = rules::normalizedDomainName(m_nameLineEdit->text());
    domain.totalSpaceMb = qint64(m_spaceSpinBox->value()) * m_spaceUnitComboBox->currentData().toLongLong();
    domain.maxMailboxes = m_maxMailboxesSpinBox->value();
    domain.maxMailboxQuotaMb = m_maxQuotaSpinBox->value();
    domain.archivingAvailable = m_archivingCheckBox->isChecked();
    domain.passwordPolicy = policy();
    domain.language = m_languageComboBox->currentData().toString();
    return domain;
}

void NewDomainDialog::reject()
{
    // The domain may be written already: the answer is waited for.
    if (m_busy)
        return;
    QDialog::reject();
}

void NewDomainDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void NewDomainDialog::retranslateUi()
{
    if (m_editing) {
        setWindowTitle(tr("Edit Domain"));
        m_introLabel->setText(tr("Change the limits of %1 when its contract with the provider changes. They "
                                 "cannot go below what its mailboxes already use; a new password policy applies to "
                                 "the passwords set from now on.")
                                  .arg(m_current.domain.name));
        const QLocale locale;
        m_usageLabel->setText(
            tr("Its mailboxes use now: %n mailbox(es), postmaster included; %1 MB of disk quota; "
               "the largest quota of one is %2 MB.",
                nullptr, m_current.mailboxCount)
                .arg(locale.toString(m_current.allocatedMb), locale.toString(m_current.largestQuotaMb)));
        m_usageLabel->setAccessibleName(tr("What the mailboxes use"));
    } else {
        setWindowTitle(tr("Add Domain"));
        m_introLabel->setText(tr("Add a PEC domain that you administer, with the limits of its contract with the "
                                 "provider."));
    }
    m_nameLabel->setText(tr("&Domain name:"));
    m_nameLineEdit->setAccessibleName(tr("Domain name"));
    m_nameErrorLabel->setAccessibleName(tr("Domain name error"));
    m_spaceLabel->setText(tr("&Total space:"));
    m_spaceSpinBox->setAccessibleName(tr("Total space"));
    m_spaceUnitComboBox->setItemText(0, tr("MB"));
    m_spaceUnitComboBox->setItemText(1, tr("GB"));
    m_spaceUnitComboBox->setAccessibleName(tr("Unit of the total space"));
    m_spaceErrorLabel->setAccessibleName(tr("Total space error"));
    m_maxMailboxesLabel->setText(tr("&Mailbox limit:"));
    m_maxMailboxesSpinBox->setAccessibleName(tr("Mailbox limit"));
    m_maxMailboxesSpinBox->setToolTip(tr("How many mailboxes the domain may hold, the postmaster's included"));
    m_maxMailboxesErrorLabel->setAccessibleName(tr("Mailbox limit error"));
    m_maxQuotaLabel->setText(tr("Lar&gest quota:"));
    m_maxQuotaSpinBox->setSuffix(u' ' + tr("MB"));
    m_maxQuotaSpinBox->setAccessibleName(tr("Largest disk quota of a mailbox, in MB"));
    m_maxQuotaSpinBox->setToolTip(tr("The largest disk quota that one mailbox may have"));
    m_maxQuotaErrorLabel->setAccessibleName(tr("Largest quota error"));
    m_presetLabel->setText(tr("&Provider:"));
    m_presetComboBox->setItemText(0, tr("Poste Italiane"));
    m_presetComboBox->setItemText(1, tr("Aruba"));
    m_presetComboBox->setItemText(2, tr("Custom rules"));
    m_presetComboBox->setAccessibleName(tr("Provider preset"));
    m_presetRulesLabel->setAccessibleName(tr("Provider rules"));
    m_customGroupBox->setTitle(tr("Password rules"));
    m_customGroupBox->setAccessibleName(tr("Custom password rules"));
    m_minLengthLabel->setText(tr("Mi&nimum length:"));
    m_minLengthSpinBox->setAccessibleName(tr("Minimum password length"));
    m_maxLengthLabel->setText(tr("Ma&ximum length:"));
    m_maxLengthSpinBox->setAccessibleName(tr("Maximum password length"));
    m_lowercaseCheckBox->setText(tr("A &lower-case letter"));
    m_lowercaseCheckBox->setAccessibleName(tr("Require a lower-case letter"));
    m_uppercaseCheckBox->setText(tr("An &upper-case letter"));
    m_uppercaseCheckBox->setAccessibleName(tr("Require an upper-case letter"));
    m_digitCheckBox->setText(tr("A d&igit"));
    m_digitCheckBox->setAccessibleName(tr("Require a digit"));
    m_symbolCheckBox->setText(tr("A s&ymbol"));
    m_symbolCheckBox->setAccessibleName(tr("Require a symbol"));
    m_symbolsLabel->setText(tr("Allowed sym&bols:"));
    m_symbolsLineEdit->setAccessibleName(tr("Symbols allowed besides letters and digits"));
    m_symbolsLineEdit->setPlaceholderText(tr("none: letters and digits only"));
    m_symbolsLineEdit->setToolTip(tr("The symbols a password may contain besides letters and digits, such as !#$%"));
    m_forbidNameCheckBox->setText(tr("Must not contain the mailbox nam&e"));
    m_forbidNameCheckBox->setAccessibleName(tr("A password must not contain the mailbox name"));
    m_policyErrorLabel->setAccessibleName(tr("Password rules error"));
    m_archivingCheckBox->setText(tr("The contract includes &conservazione sostitutiva (legal archiving)"));
    m_archivingCheckBox->setAccessibleName(tr("Conservazione sostitutiva available"));
    m_archivingErrorLabel->setAccessibleName(tr("Conservazione sostitutiva error"));
    m_languageLabel->setText(tr("Messages &in:"));
    m_languageComboBox->setAccessibleName(tr("Language of the messages to users"));
    m_languageComboBox->setToolTip(
        tr("The language of the messages that the mail server sends the domain's users, such as the soft-quota "
           "alarm"));
    m_languageErrorLabel->setAccessibleName(tr("Language error"));
    m_errorLabel->setAccessibleName(tr("Error"));
    m_busyProgressBar->setAccessibleName(m_editing ? tr("Changing the domain") : tr("Adding the domain"));
    m_addButton->setText(m_editing ? tr("&Save changes") : tr("&Add domain"));
    m_addButton->setAccessibleName(m_editing ? tr("Save changes") : tr("Add domain"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    for (ErrorLabel *label : { m_nameErrorLabel, m_spaceErrorLabel, m_maxMailboxesErrorLabel, m_maxQuotaErrorLabel,
             m_policyErrorLabel, m_archivingErrorLabel, m_languageErrorLabel, m_errorLabel })
        label->retranslate();
    validate();
}

void NewDomainDialog::presetChanged()
{
    const bool custom
        = PasswordPolicy::Preset(m_presetComboBox->currentData().toInt()) == PasswordPolicy::Preset::Custom;
    m_customGroupBox->setVisible(custom);
    // A custom policy's rules are the fields of its group; a provider's are listed.
    m_presetRulesLabel->setVisible(!custom);
    validate();
}

void NewDomainDialog::validate()
{
    const Domain current = domain();

    QString rulesText = tr("Passwords must have:");
    for (const PasswordRuleCheck &check : passwordChecklist(current.passwordPolicy, QString()))
        rulesText += u"\n\u2022 "_s + check.description;
    m_presetRulesLabel->setText(rulesText);

    const std::optional<ServiceError> error
        = m_editing ? rules::checkDomainChange(m_current, current) : rules::checkDomain(current);
    const QString field = error ? error->field() : QString();
    m_nameErrorLabel->setError(field == u"domain" && m_nameTouched ? error : std::nullopt);
    m_spaceErrorLabel->setError(field == u"space" ? error : std::nullopt);
    m_maxMailboxesErrorLabel->setError(field == u"maxMailboxes" ? error : std::nullopt);
    m_maxQuotaErrorLabel->setError(field == u"maxQuota" ? error : std::nullopt);
    m_policyErrorLabel->setError(field == u"passwordPolicy" ? error : std::nullopt);
    m_archivingErrorLabel->setError(field == u"archiving" ? error : std::nullopt);
    m_languageErrorLabel->setError(field == u"language" ? error : std::nullopt);
    m_addButton->setEnabled(!m_busy && !error);
    tieErrorsToFields();
}

void NewDomainDialog::tieErrorsToFields()
{
    // A screen reader reads a field's error with the field.
    const std::pair<QWidget *, ErrorLabel *> pairs[]
        = { { m_nameLineEdit, m_nameErrorLabel }, { m_spaceSpinBox, m_spaceErrorLabel },
              { m_maxMailboxesSpinBox, m_maxMailboxesErrorLabel }, { m_maxQuotaSpinBox, m_maxQuotaErrorLabel },
              { m_customGroupBox, m_policyErrorLabel }, { m_presetComboBox, m_policyErrorLabel },
              { m_archivingCheckBox, m_archivingErrorLabel }, { m_languageComboBox, m_languageErrorLabel } };
    for (const auto &[field, label] : pairs)
        field->setAccessibleDescription(label->text());
    m_symbolsLineEdit->setAccessibleDescription(m_policyErrorLabel->text());
}

std::optional<ServiceError> NewDomainDialog::formError() const
{
    return m_editing ? rules::checkDomainChange(m_current, domain()) : rules::checkDomain(domain());
}

void NewDomainDialog::submit()
{
    if (m_busy || formError())
        return;
    m_errorLabel->clearError();
    setBusy(true);
    if (m_editing) {
        whenReady(m_service->changeDomain(domain()), this, [this](const Result<DomainDetails> &result) {
            setBusy(false);
            if (!result) {
                showError(result.error());
                if (result.error().code() == ServiceError::Code::SessionExpired)
                    Q_EMIT signInNeeded([this] { submit(); });
                return;
            }
            Q_EMIT domainChanged(result.value());
            accept();
        });
        return;
    }
    whenReady(m_service->addDomain(domain()), this, [this](const Result<Domain> &result) {
        setBusy(false);
        if (!result) {
            showError(result.error());
            if (result.error().code() == ServiceError::Code::SessionExpired)
                Q_EMIT signInNeeded([this] { submit(); });
            return;
        }
        Q_EMIT domainAdded(result.value());
        accept();
    });
}

void NewDomainDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyProgressBar->setVisible(busy);
    for (QWidget *widget : { static_cast<QWidget *>(m_nameLineEdit), static_cast<QWidget *>(m_spaceSpinBox),
             static_cast<QWidget *>(m_spaceUnitComboBox), static_cast<QWidget *>(m_maxMailboxesSpinBox),
             static_cast<QWidget *>(m_maxQuotaSpinBox), static_cast<QWidget *>(m_presetComboBox),
             static_cast<QWidget *>(m_customGroupBox), static_cast<QWidget *>(m_archivingCheckBox),
             static_cast<QWidget *>(m_languageComboBox), static_cast<QWidget *>(m_cancelButton) })
        widget->setEnabled(!busy);
    validate();
}

void NewDomainDialog::showError(const ServiceError &error)
{
    // A limit refused by the store (the mailboxes grew meanwhile): under its field.
    const std::pair<const char16_t *, ErrorLabel *> fields[]
        = { { u"space", m_spaceErrorLabel }, { u"maxMailboxes", m_maxMailboxesErrorLabel },
              { u"maxQuota", m_maxQuotaErrorLabel }, { u"passwordPolicy", m_policyErrorLabel },
              { u"archiving", m_archivingErrorLabel }, { u"language", m_languageErrorLabel } };
    for (const auto &[field, label] : fields) {
        if (error.field() == QStringView(field)) {
            label->setError(error);
            tieErrorsToFields();
            return;
        }
    }
    if (error.code() == ServiceError::Code::AlreadyExists || error.field() == u"domain") {
        m_nameErrorLabel->setError(error);
        tieErrorsToFields();
        m_nameLineEdit->setFocus();
        return;
    }
    m_errorLabel->setError(error);
}

} // namespace pecadmin
