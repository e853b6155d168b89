#pragma once

#include "core/domain.h"
#include "core/mailbox.h"
#include "core/serviceerror.h"

#include <QList>
#include <QObject>

namespace pecadmin {

class AppSettings;
class MailboxService;
class MailboxTableModel;

// The domains of the connected service as the window last read them: their list, the domain
// chosen (remembered for the next start), its details and totals, and its mailboxes in the
// table's model. The answers of the dialogs reach the model here, by the mailbox's address.
class DomainState : public QObject
{
    Q_OBJECT

public:
    DomainState(AppSettings &settings, MailboxTableModel *model, QObject *parent = nullptr);

    // Forgets everything read: another service is being connected (`service` null meanwhile).
    void setService(MailboxService *service);
    MailboxService *service() const { return m_service; }

    // Reads the list of domains; `select` (or the domain chosen last time) is chosen next.
    void load(const QString &select = {});
    // Shows the mailboxes and details of `domain`; the same domain is read again.
    void choose(const QString &domain);
    // Reads the chosen domain's details again.
    void refreshDetails();
    // Reads the domains and the chosen domain again, keeping a single selected `address`.
    void refresh(const QString &selectedAddress = {});

    const QList<Domain> &domains() const { return m_domains; }
    QString currentDomain() const;
    bool haveDetails() const { return m_haveDetails; }
    const DomainDetails &details() const { return m_details; }

    // What the dialogs say they did.
    void mailboxChanged(const Mailbox &mailbox);
    void mailboxDeleted(const QString &address);
    void mailboxCreated(const Mailbox &mailbox);
    void mailboxesChanged();

Q_SIGNALS:
    // The domains are read: the window shows them (none: the welcome page) and chooses `select`.
    void domainsLoaded(const QString &select);
    // The list of domains could not be read.
    void loadFailed(const pecadmin::ServiceError &error);
    void detailsChanged();
    // A request other than the list failed.
    void errorOccurred(const pecadmin::ServiceError &error);
    // The row of the mailbox to select once it is shown (after a creation or a refresh).
    void rowToSelect(int row);

private:
    void pageLoaded();

    AppSettings &m_settings;
    MailboxTableModel *m_model;
    MailboxService *m_service = nullptr;
    quint64 m_generation = 0;
    QList<Domain> m_domains;
    DomainDetails m_details;
    bool m_haveDetails = false;
    QString m_pendingSelection; // the address to select once the model shows it
};

} // namespace pecadmin
