#include "signindialog.h"

#include "errorlabel.h"
#include "spokenname.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pecadmin {

SignInDialog::SignInDialog(const ConnectionProfile &profile, Reason reason, QWidget *parent)
    : QDialog(parent), m_profile(profile), m_reason(reason)
{
    setObjectName(u"signInDialog"_s);
    auto *layout = new QVBoxLayout(this);
    m_reasonLabel = new QLabel(this);
    m_reasonLabel->setObjectName(u"reasonLabel"_s);
    m_reasonLabel->setWordWrap(true);
    layout->addWidget(m_reasonLabel);

    auto *form = new QFormLayout;
    m_usernameLabel = new QLabel(this);
    m_usernameLabel->setObjectName(u"usernameLabel"_s);
    m_usernameLineEdit = new QLineEdit(this);
    m_usernameLineEdit->setObjectName(u"usernameLineEdit"_s);
    m_usernameLineEdit->setText(profile.user);
    m_usernameLabel->setBuddy(m_usernameLineEdit);
    form->addRow(m_usernameLabel, m_usernameLineEdit);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setObjectName(u"passwordLabel"_s);
    m_passwordLineEdit = new QLineEdit(this);
    m_passwordLineEdit->setObjectName(u"passwordLineEdit"_s);
    m_passwordLineEdit->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_passwordLineEdit);
    form->addRow(m_passwordLabel, m_passwordLineEdit);
    m_rememberCheckBox = new QCheckBox(this);
    m_rememberCheckBox->setObjectName(u"rememberCheckBox"_s);
    m_rememberCheckBox->setChecked(profile.rememberSecret);
    form->addRow(static_cast<QWidget *>(nullptr), m_rememberCheckBox);
    m_keyringLabel = new QLabel(this);
    m_keyringLabel->setObjectName(u"keyringLabel"_s);
    m_keyringLabel->setWordWrap(true);
    m_keyringLabel->hide();
    form->addRow(static_cast<QWidget *>(nullptr), m_keyringLabel);
    layout->addLayout(form);

    if (!profile.needsUser()) {
        m_usernameLabel->hide();
        m_usernameLineEdit->hide();
    }

    m_errorLabel = new ErrorLabel(this);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    layout->addWidget(m_errorLabel);
    m_busyProgressBar = new QProgressBar(this);
    m_busyProgressBar->setObjectName(u"busyProgressBar"_s);
    m_busyProgressBar->setRange(0, 0);
    m_busyProgressBar->setTextVisible(false);
    m_busyProgressBar->setMaximumHeight(8);
    m_busyProgressBar->hide();
    layout->addWidget(m_busyProgressBar);
    layout->addStretch(1);

    m_buttonBox = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttonBox->setObjectName(u"buttonBox"_s);
    m_buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    m_signInButton = m_buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(u"signInButton"_s);
    m_signInButton->setDefault(true);
    // Qt makes the box a focus proxy of its first button; behind its buttons in the Tab order, it
    // would send Tab from the last button back to the first one, never to the fields.
    m_buttonBox->setFocusProxy(nullptr);
    layout->addWidget(m_buttonBox);

    connect(m_buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (!m_signInButton->isEnabled())
            return;
        m_errorLabel->clearError();
        Q_EMIT signInRequested();
    });
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_usernameLineEdit, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_passwordLineEdit, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);

    retranslateUi();
    updateButtons();
    setMinimumWidth(420);
    if (m_usernameLineEdit->isVisible() || (profile.needsUser() && profile.user.isEmpty()))
        m_usernameLineEdit->setFocus();
    if (!profile.needsUser() || !profile.user.isEmpty())
        m_passwordLineEdit->setFocus();
}

void SignInDialog::setKeyringAvailable(bool available)
{
    m_keyringAvailable = available;
    m_rememberCheckBox->setEnabled(available);
    if (!available)
        m_rememberCheckBox->setChecked(false);
    m_keyringLabel->setVisible(!available);
}

void SignInDialog::setUsername(const QString &username)
{
    m_usernameLineEdit->setText(username);
}

QString SignInDialog::username() const
{
    return m_profile.needsUser() ? m_usernameLineEdit->text().trimmed() : QString();
}

QString SignInDialog::secret() const
{
    return m_passwordLineEdit->text();
}

bool SignInDialog::remember() const
{
    return m_keyringAvailable && m_rememberCheckBox->isChecked();
}

void SignInDialog::showError(const ServiceError &error)
{
    setBusy(false);
    m_errorLabel->setError(error);
    m_passwordLineEdit->setFocus();
    m_passwordLineEdit->selectAll();
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyProgressBar->setVisible(busy);
    m_usernameLineEdit->setReadOnly(busy);
    m_passwordLineEdit->setReadOnly(busy);
    updateButtons();
}

void SignInDialog::updateButtons()
{
    const bool complete = !m_passwordLineEdit->text().isEmpty() && (!m_profile.needsUser() || !username().isEmpty());
    m_signInButton->setEnabled(complete && !m_busy);
}

void SignInDialog::retranslateUi()
{
    setWindowTitle(tr("Sign in"));
    const QString name = m_profile.name.toHtmlEscaped();
    const QString where = m_profile.displayLocation().toHtmlEscaped();
    switch (m_reason) {
    case Reason::FirstSignIn:
        m_reasonLabel->setText(tr("<b>Sign in to %1</b><br>%2").arg(name, where));
        break;
    case Reason::SessionExpired:
        m_reasonLabel->setText(
            tr("<b>Session expired: sign in again</b><br>The server %1 no longer accepts the session of %2. "
               "What you were doing continues once you are signed in.")
                .arg(where, name));
        break;
    case Reason::Refused:
        m_reasonLabel->setText(tr("<b>Sign in to %1</b><br>%2<br>The saved password was refused.").arg(name, where));
        break;
    }
    m_usernameLabel->setText(tr("&Username:"));
    const bool token
        = m_profile.kind == ConnectionProfile::Kind::Scim && m_profile.auth == ConnectionProfile::ScimAuth::Bearer;
    m_passwordLabel->setText(token ? tr("&Token:") : tr("&Password:"));
    m_usernameLineEdit->setAccessibleName(tr("Username"));
    m_passwordLineEdit->setAccessibleName(token ? tr("Token") : tr("Password"));
    setButtonText(m_rememberCheckBox, tr("&Remember in the system keyring"));
    m_keyringLabel->setText(
        tr("The system keyring does not answer: the password cannot be remembered and is asked each time."));
    setButtonText(m_signInButton, tr("&Sign in"));
    setButtonText(m_buttonBox->button(QDialogButtonBox::Cancel), tr("Cancel"));
    m_errorLabel->setAccessibleName(tr("Error"));
    m_busyProgressBar->setAccessibleName(tr("Signing in"));
    m_errorLabel->retranslate();
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace pecadmin
