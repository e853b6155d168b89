#include "credentiallettersbar.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace pecadmin {

CredentialLettersBar::CredentialLettersBar(QWidget *parent) : QWidget(parent)
{
    m_languageLabel = new QLabel(this);
    m_languageLabel->setObjectName(u"letterLanguageLabel"_s);
    m_letterLanguageComboBox = new QComboBox(this);
    m_letterLanguageComboBox->setObjectName(u"letterLanguageComboBox"_s);
    for (const QString &language : CredentialLetters::languages())
        m_letterLanguageComboBox->addItem(CredentialLetters::languageName(language), language);
    m_languageLabel->setBuddy(m_letterLanguageComboBox);
    m_saveLettersButton = new QPushButton(this);
    m_saveLettersButton->setObjectName(u"saveLettersButton"_s);
    m_saveLettersButton->setAutoDefault(false);
    m_printLettersButton = new QPushButton(this);
    m_printLettersButton->setObjectName(u"printLettersButton"_s);
    m_printLettersButton->setAutoDefault(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_languageLabel);
    layout->addWidget(m_letterLanguageComboBox);
    layout->addStretch(1);
    layout->addWidget(m_saveLettersButton);
    layout->addWidget(m_printLettersButton);

    setLanguage(CredentialLetters::defaultLanguage());
    connect(
        m_letterLanguageComboBox, &QComboBox::currentIndexChanged, this, [this] { m_letters.setLanguage(language()); });
    connect(m_saveLettersButton, &QPushButton::clicked, this, &CredentialLettersBar::saveAsPdf);
    connect(m_printLettersButton, &QPushButton::clicked, this, &CredentialLettersBar::print);
    retranslateUi();
    setVisible(false);
}

void CredentialLettersBar::setCredentials(QList<Credential> credentials)
{
    const QString url = m_letters.webmailUrl();
    m_letters.clear();
    m_letters = CredentialLetters(std::move(credentials));
    m_letters.setLanguage(language());
    m_letters.setWebmailUrl(url);
    retranslateUi();
    setVisible(!m_letters.isEmpty());
}

void CredentialLettersBar::setWebmailUrl(const QString &url)
{
    m_letters.setWebmailUrl(url);
}

void CredentialLettersBar::clear()
{
    m_letters.clear();
    setVisible(false);
}

QString CredentialLettersBar::language() const
{
    return m_letterLanguageComboBox->currentData().toString();
}

void CredentialLettersBar::setLanguage(const QString &language)
{
    const int index = m_letterLanguageComboBox->findData(language);
    if (index >= 0)
        m_letterLanguageComboBox->setCurrentIndex(index);
    m_letters.setLanguage(this->language());
}

bool CredentialLettersBar::saveAsPdf()
{
    return m_letters.saveAsPdf(window(), m_storeFiles);
}

bool CredentialLettersBar::print()
{
    return m_letters.print(window());
}

void CredentialLettersBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CredentialLettersBar::retranslateUi()
{
    const int count = std::max(m_letters.count(), 1);
    m_languageLabel->setText(tr("Credential &letters in:"));
    m_letterLanguageComboBox->setAccessibleName(tr("Language of the credential letters"));
    m_saveLettersButton->setText(tr("Save %n letter(s) as P&DF…", nullptr, count));
    m_saveLettersButton->setAccessibleName(m_saveLettersButton->text().remove(u'&').remove(u'…'));
    m_printLettersButton->setText(tr("P&rint %n letter(s)…", nullptr, count));
    m_printLettersButton->setAccessibleName(m_printLettersButton->text().remove(u'&').remove(u'…'));
}

} // namespace pecadmin
