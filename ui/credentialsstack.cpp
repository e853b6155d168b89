#include "credentialsstack.h"

#include "credentialspage.h"

#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace pecadmin {

CredentialsStack::CredentialsStack(QWidget *parent) : QStackedWidget(parent)
{
    setObjectName(u"stackedWidget"_s);
    m_formPage = new QWidget(this);
    m_formPage->setObjectName(u"formPage"_s);
    m_credentialsPage = new CredentialsPage(this);
    m_credentialsPage->setObjectName(u"credentialsPage"_s);
    addWidget(m_formPage);
    addWidget(m_credentialsPage);
}

void CredentialsStack::showCredentials(const QString &address, const QString &password)
{
    m_credentialsPage->setCredentials(address, password);
    setCurrentWidget(m_credentialsPage);
    removeWidget(m_formPage);
    m_formPage->hide();
    m_credentialsPage->closeButton()->setFocus();
    // Once the new page is laid out.
    QTimer::singleShot(0, window(), &QWidget::adjustSize);
}

} // namespace pecadmin
