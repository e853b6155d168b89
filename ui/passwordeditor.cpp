#include "passwordeditor.h"

#include "core/rules.h"
#include "errorlabel.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pecadmin {

PasswordEditor::PasswordEditor(QWidget *parent) : QWidget(parent)
{
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setObjectName(u"passwordLabel"_s);
    m_passwordLineEdit = new QLineEdit(this);
    m_passwordLineEdit->setObjectName(u"passwordLineEdit"_s);
    m_passwordLineEdit->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_passwordLineEdit);
    m_generateButton = new QPushButton(this);
    m_generateButton->setObjectName(u"generateButton"_s);
    m_generateButton->setAutoDefault(false);
    m_passwordErrorLabel = new ErrorLabel(this);
    m_passwordErrorLabel->setObjectName(u"passwordErrorLabel"_s);

    m_repeatLabel = new QLabel(this);
    m_repeatLabel->setObjectName(u"repeatLabel"_s);
    m_repeatLineEdit = new QLineEdit(this);
    m_repeatLineEdit->setObjectName(u"repeatLineEdit"_s);
    m_repeatLineEdit->setEchoMode(QLineEdit::Password);
    m_repeatLabel->setBuddy(m_repeatLineEdit);
    m_repeatErrorLabel = new ErrorLabel(this);
    m_repeatErrorLabel->setObjectName(u"repeatErrorLabel"_s);

    m_showCheckBox = new QCheckBox(this);
    m_showCheckBox->setObjectName(u"showCheckBox"_s);

    m_checklistTitleLabel = new QLabel(this);
    m_checklistTitleLabel->setObjectName(u"checklistTitleLabel"_s);
    m_checklistTitleLabel->setWordWrap(true);
    m_checklistWidget = new QWidget(this);
    m_checklistWidget->setObjectName(u"checklistWidget"_s);
    m_checklistLayout = new QVBoxLayout(m_checklistWidget);
    m_checklistLayout->setContentsMargins(0, 0, 0, 0);
    m_checklistLayout->setSpacing(2);
    m_checklistTitleLabel->setBuddy(m_checklistWidget);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_passwordLabel, 0, 0);
    grid->addWidget(m_passwordLineEdit, 0, 1);
    grid->addWidget(m_generateButton, 0, 2);
    grid->addWidget(m_passwordErrorLabel, 1, 1, 1, 2);
    grid->addWidget(m_repeatLabel, 2, 0);
    grid->addWidget(m_repeatLineEdit, 2, 1);
    grid->addWidget(m_repeatErrorLabel, 3, 1, 1, 2);
    m_passwordErrorLabel->setField(m_passwordLineEdit);
    m_repeatErrorLabel->setField(m_repeatLineEdit);
    grid->addWidget(m_showCheckBox, 4, 1, 1, 2);
    grid->addWidget(m_checklistTitleLabel, 5, 1, 1, 2);
    grid->addWidget(m_checklistWidget, 6, 1, 1, 2);
    grid->setColumnStretch(1, 1);

    setTabOrder(m_passwordLineEdit, m_generateButton);
    setTabOrder(m_generateButton, m_repeatLineEdit);
    setTabOrder(m_repeatLineEdit, m_showCheckBox);

    connect(m_passwordLineEdit, &QLineEdit::textEdited, this, [this] {
        m_passwordTouched = true;
        updateChecklist();
        updateErrors();
        Q_EMIT changed();
    });
    connect(m_repeatLineEdit, &QLineEdit::textEdited, this, [this] {
        m_repeatTouched = true;
        updateErrors();
        Q_EMIT changed();
    });
    connect(m_showCheckBox, &QCheckBox::toggled, this, [this](bool show) {
        const auto mode = show ? QLineEdit::Normal : QLineEdit::Password;
        m_passwordLineEdit->setEchoMode(mode);
        m_repeatLineEdit->setEchoMode(mode);
    });
    connect(m_generateButton, &QPushButton::clicked, this, &PasswordEditor::generate);

    retranslateUi();
    updateChecklist();
}

void PasswordEditor::setPolicy(const PasswordPolicy &policy)
{
    m_policy = policy;
    retranslateUi();
    updateChecklist();
    updateErrors();
}

void PasswordEditor::setMailboxName(const QString &name)
{
    if (m_mailboxName == name)
        return;
    m_mailboxName = name;
    updateChecklist();
    updateErrors();
}

std::optional<ServiceError> PasswordEditor::error() const
{
    if (auto error = rules::checkPassword(m_policy, m_passwordLineEdit->text(), m_mailboxName))
        return error;
    return rules::checkPasswordsMatch(m_passwordLineEdit->text(), m_repeatLineEdit->text());
}

bool PasswordEditor::isValid() const
{
    return !error();
}

QString PasswordEditor::password() const
{
    return m_passwordLineEdit->text();
}

void PasswordEditor::clear()
{
    m_passwordLineEdit->clear();
    m_repeatLineEdit->clear();
    m_passwordTouched = false;
    m_repeatTouched = false;
    m_showCheckBox->setChecked(false);
    updateChecklist();
    updateErrors();
    Q_EMIT changed();
}

QWidget *PasswordEditor::firstField() const
{
    return m_passwordLineEdit;
}

QWidget *PasswordEditor::lastField() const
{
    return m_showCheckBox;
}

void PasswordEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PasswordEditor::retranslateUi()
{
    m_passwordLabel->setText(tr("&Password:"));
    m_passwordLineEdit->setAccessibleName(tr("Password"));
    m_generateButton->setText(tr("&Generate"));
    m_generateButton->setAccessibleName(tr("Generate a password"));
    m_generateButton->setToolTip(tr("Fill both fields with a random password that meets the domain's policy"));
    m_passwordErrorLabel->setAccessibleName(tr("Password error"));
    m_repeatLabel->setText(tr("&Repeat password:"));
    m_repeatLineEdit->setAccessibleName(tr("Repeat password"));
    m_repeatErrorLabel->setAccessibleName(tr("Repeated password error"));
    m_showCheckBox->setText(tr("&Show passwords"));
    m_showCheckBox->setAccessibleName(tr("Show passwords"));
    m_checklistTitleLabel->setText(m_policy.stated ? tr("The password must have:")
                                                   : tr("The server does not state the domain's password policy: it "
                                                        "checks the password itself."));
    m_checklistWidget->setAccessibleName(tr("Password policy checklist"));
    updateChecklist();
    m_passwordErrorLabel->retranslate();
    m_repeatErrorLabel->retranslate();
}

void PasswordEditor::generate()
{
    const QString password = generatePassword(m_policy, m_mailboxName);
    m_passwordLineEdit->setText(password);
    m_repeatLineEdit->setText(password);
    m_passwordTouched = true;
    m_repeatTouched = true;
    // A generated password is meant to be read and passed on.
    m_showCheckBox->setChecked(true);
    updateChecklist();
    updateErrors();
    Q_EMIT changed();
}

void PasswordEditor::updateChecklist()
{
    const QList<PasswordRuleCheck> checks = passwordChecklist(m_policy, m_passwordLineEdit->text(), m_mailboxName);
    // One label per rule, reused while the rules stay the same.
    while (m_checklistLayout->count() > checks.size()) {
        QLayoutItem *item = m_checklistLayout->takeAt(m_checklistLayout->count() - 1);
        delete item->widget();
        delete item;
    }
    while (m_checklistLayout->count() < checks.size()) {
        auto *label = new QLabel(m_checklistWidget);
        label->setObjectName(u"ruleLabel%1"_s.arg(m_checklistLayout->count()));
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        m_checklistLayout->addWidget(label);
    }
    for (int i = 0; i < checks.size(); ++i) {
        auto *label = qobject_cast<QLabel *>(m_checklistLayout->itemAt(i)->widget());
        const PasswordRuleCheck &check = checks.at(i);
        label->setText((check.satisfied ? u"\u2714  "_s : u"\u2718  "_s) + check.description);
        label->setAccessibleName(
            check.satisfied ? tr("Met: %1").arg(check.description) : tr("Not met: %1").arg(check.description));
        label->setProperty("satisfied", check.satisfied);
        QPalette palette = m_checklistWidget->palette();
        palette.setColor(QPalette::WindowText,
            check.satisfied ? QColor(0x1b, 0x7a, 0x2e) : palette.color(QPalette::PlaceholderText));
        label->setPalette(palette);
    }
}

void PasswordEditor::updateErrors()
{
    const QString password = m_passwordLineEdit->text();
    m_passwordErrorLabel->setError(
        m_passwordTouched ? rules::checkPassword(m_policy, password, m_mailboxName) : std::nullopt);
    // While the repetition is still on its way to the password, nothing is wrong with it yet.
    const QString repeated = m_repeatLineEdit->text();
    const bool onItsWay = repeated.size() < password.size() && password.startsWith(repeated);
    m_repeatErrorLabel->setError(
        m_repeatTouched && !onItsWay ? rules::checkPasswordsMatch(password, repeated) : std::nullopt);
}

} // namespace pecadmin
