#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace pecadmin {

// What a store without any domain shows: add a domain, or open the demo domain.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // While the demo domain is being written, both buttons wait.
    void setBusy(bool busy);
    // A store that keeps its own domains offers both; a provider's server neither.
    void setCanAddDomains(bool canAdd);

Q_SIGNALS:
    void addDomainRequested();
    void demoDomainRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_titleLabel = nullptr;
    QLabel *m_textLabel = nullptr;
    QPushButton *m_addDomainButton = nullptr;
    QPushButton *m_demoDomainButton = nullptr;
    bool m_busy = false;
    bool m_canAdd = true;
};

} // namespace pecadmin
