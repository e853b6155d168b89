#include "credentialspage.h"

#include "credentiallettersbar.h"
#include "valuelabel.h"

#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pecadmin {

CredentialsPage::CredentialsPage(QWidget *parent) : QWidget(parent)
{
    m_titleLabel = new ValueLabel(this);
    m_titleLabel->setObjectName(u"credentialsTitleLabel"_s);
    m_titleLabel->setWordWrap(true);
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_addressLabel = new QLabel(this);
    m_addressLabel->setObjectName(u"credentialsAddressLabel"_s);
    m_addressLineEdit = new QLineEdit(this);
    m_addressLineEdit->setObjectName(u"credentialsAddressLineEdit"_s);
    m_addressLineEdit->setReadOnly(true);
    m_addressLineEdit->setFont(fixed);
    m_addressLabel->setBuddy(m_addressLineEdit);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setObjectName(u"credentialsPasswordLabel"_s);
    m_passwordLineEdit = new QLineEdit(this);
    m_passwordLineEdit->setObjectName(u"credentialsPasswordLineEdit"_s);
    m_passwordLineEdit->setReadOnly(true);
    QFont larger = fixed;
    larger.setPointSizeF(fixed.pointSizeF() * 1.25);
    m_passwordLineEdit->setFont(larger);
    m_passwordLabel->setBuddy(m_passwordLineEdit);

    m_copyButton = new QPushButton(this);
    m_copyButton->setObjectName(u"copyButton"_s);
    m_copyButton->setAutoDefault(false);
    m_copiedLabel = new QLabel(this);
    m_copiedLabel->setObjectName(u"copiedLabel"_s);
    m_copiedLabel->setVisible(false);

    m_reminderLabel = new ValueLabel(this);
    m_reminderLabel->setObjectName(u"reminderLabel"_s);
    m_reminderLabel->setWordWrap(true);

    m_lettersBar = new CredentialLettersBar(this);
    m_lettersBar->setObjectName(u"lettersBar"_s);

    m_closeButton = new QPushButton(this);
    m_closeButton->setObjectName(u"closeButton"_s);
    m_closeButton->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(m_addressLabel, m_addressLineEdit);
    form->addRow(m_passwordLabel, m_passwordLineEdit);
    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copyButton);
    copyRow->addWidget(m_copiedLabel);
    copyRow->addStretch(1);
    form->addRow(copyRow);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addLayout(form);
    layout->addWidget(m_reminderLabel);
    layout->addWidget(m_lettersBar);
    layout->addStretch(1);
    layout->addLayout(buttons);

    setTabOrder(m_addressLineEdit, m_passwordLineEdit);
    setTabOrder(m_passwordLineEdit, m_copyButton);
    setTabOrder(m_copyButton, m_closeButton);

    connect(m_copyButton, &QPushButton::clicked, this, &CredentialsPage::copy);
    connect(m_closeButton, &QPushButton::clicked, this, &CredentialsPage::closeRequested);

    retranslateUi();
}

void CredentialsPage::setCredentials(const QString &address, const QString &password)
{
    m_addressLineEdit->setText(address);
    m_passwordLineEdit->setText(password);
    m_copiedLabel->setVisible(false);
    m_lettersBar->setCredentials({ { address, password } });
    // Wide enough for the whole address and password in the fixed font.
    const QFontMetrics metrics = m_passwordLineEdit->fontMetrics();
    m_passwordLineEdit->setMinimumWidth(metrics.horizontalAdvance(password) + 24);
    m_addressLineEdit->setMinimumWidth(metrics.horizontalAdvance(address) + 24);
}

void CredentialsPage::clear()
{
    m_passwordLineEdit->clear();
    m_copiedLabel->setVisible(false);
    m_lettersBar->clear();
}

void CredentialsPage::setWebmailUrl(const QString &url)
{
    m_lettersBar->setWebmailUrl(url);
}

void CredentialsPage::setStoreFiles(const QStringList &files)
{
    m_lettersBar->setStoreFiles(files);
}

QString CredentialsPage::address() const
{
    return m_addressLineEdit->text();
}

void CredentialsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CredentialsPage::retranslateUi()
{
    m_titleLabel->setText(tr("Write down the credentials and pass them on to the user now: the password is "
                             "shown only this once."));
    m_titleLabel->setAccessibleName(tr("Credentials shown once"));
    m_addressLabel->setText(tr("&Address:"));
    m_addressLineEdit->setAccessibleName(tr("Mailbox address"));
    m_passwordLabel->setText(tr("&Password:"));
    m_passwordLineEdit->setAccessibleName(tr("New password"));
    m_copyButton->setText(tr("&Copy address and password"));
    m_copyButton->setAccessibleName(tr("Copy address and password"));
    m_copiedLabel->setText(tr("Copied to the clipboard."));
    m_copiedLabel->setAccessibleName(tr("Copied"));
    m_reminderLabel->setText(tr("The user must change this password at the first access to the mailbox."));
    m_reminderLabel->setAccessibleName(tr("Reminder"));
    m_closeButton->setText(tr("Close"));
    m_closeButton->setAccessibleName(tr("Close"));
}

void CredentialsPage::copy()
{
    const QString text = tr("Address: %1\nPassword: %2").arg(m_addressLineEdit->text(), m_passwordLineEdit->text());
    QGuiApplication::clipboard()->setText(text);
    m_copiedLabel->setVisible(true);
}

} // namespace pecadmin
