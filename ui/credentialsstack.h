#pragma once

#include <QStackedWidget>

class QString;

namespace pecadmin {

class CredentialsPage;

// A dialog's form, then the page that shows a new password once: the form leaves the stack
// when the credentials take its place, so that the dialog fits the shorter page.
class CredentialsStack : public QStackedWidget
{
    Q_OBJECT

public:
    explicit CredentialsStack(QWidget *parent = nullptr);

    QWidget *formPage() const { return m_formPage; }
    CredentialsPage *credentialsPage() const { return m_credentialsPage; }

    // Replaces the form with the credentials page, showing `password` for `address`.
    void showCredentials(const QString &address, const QString &password);

private:
    QWidget *m_formPage = nullptr;
    CredentialsPage *m_credentialsPage = nullptr;
};

} // namespace pecadmin
