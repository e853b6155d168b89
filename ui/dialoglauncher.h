#pragma once

#include "core/domain.h"
#include "core/mailbox.h"

#include <QDialog>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <type_traits>

namespace pecadmin {

class ConnectionSession;

// Opens the window's dialogs, one way for all: window-modal with open(), deleted when closed,
// held by a QPointer until then. What a dialog reports is forwarded from the signals it has
// (mailboxChanged, mailboxDeleted, mailboxCreated, mailboxesChanged, domainAdded, domainChanged,
// domainRemoved), each naming
// the mailbox by itself or its address, never by a row of the table, which may have moved
// meanwhile. A dialog whose request the expired session refused (signInNeeded) has it
// submitted again by the ConnectionSession after the sign-in.
class DialogLauncher : public QObject
{
    Q_OBJECT

public:
    DialogLauncher(ConnectionSession *session, QObject *parent);

    template<typename Dialog> Dialog *open(Dialog *dialog)
    {
        if constexpr (Has<Dialog, MailboxChanged>::value)
            connect(dialog, &Dialog::mailboxChanged, this, &DialogLauncher::mailboxChanged);
        if constexpr (Has<Dialog, MailboxDeleted>::value)
            connect(dialog, &Dialog::mailboxDeleted, this, &DialogLauncher::mailboxDeleted);
        if constexpr (Has<Dialog, MailboxCreated>::value)
            connect(dialog, &Dialog::mailboxCreated, this, &DialogLauncher::mailboxCreated);
        if constexpr (Has<Dialog, MailboxesChanged>::value)
            connect(dialog, &Dialog::mailboxesChanged, this, &DialogLauncher::mailboxesChanged);
        if constexpr (Has<Dialog, DomainAdded>::value)
            connect(dialog, &Dialog::domainAdded, this, &DialogLauncher::domainAdded);
        if constexpr (Has<Dialog, DomainChanged>::value)
            connect(dialog, &Dialog::domainChanged, this, &DialogLauncher::domainChanged);
        if constexpr (Has<Dialog, DomainRemoved>::value)
            connect(dialog, &Dialog::domainRemoved, this, &DialogLauncher::domainRemoved);
        if constexpr (Has<Dialog, SignInNeeded>::value) {
            connect(dialog, &Dialog::signInNeeded, this,
                [this, dialog](const std::function<void()> &submitAgain) { resumeAfterSignIn(dialog, submitAgain); });
        }
        show(dialog);
        return dialog;
    }

    // The dialogs open now, in the order they were opened.
    QList<QDialog *> openDialogs() const;

Q_SIGNALS:
    void mailboxChanged(const pecadmin::Mailbox &mailbox);
    void mailboxDeleted(const QString &address);
    void mailboxCreated(const pecadmin::Mailbox &mailbox);
    void mailboxesChanged();
    void domainAdded(const pecadmin::Domain &domain);
    void domainChanged(const pecadmin::DomainDetails &details);
    void domainRemoved(const QString &domain);

private:
    // Which signals a dialog has.
    template<typename D> using MailboxChanged = decltype(&D::mailboxChanged);
    template<typename D> using MailboxDeleted = decltype(&D::mailboxDeleted);
    template<typename D> using MailboxCreated = decltype(&D::mailboxCreated);
    template<typename D> using MailboxesChanged = decltype(&D::mailboxesChanged);
    template<typename D> using DomainAdded = decltype(&D::domainAdded);
    template<typename D> using DomainChanged = decltype(&D::domainChanged);
    template<typename D> using DomainRemoved = decltype(&D::domainRemoved);
    template<typename D> using SignInNeeded = decltype(&D::signInNeeded);
    template<typename D, template<typename> class Signal, typename = void> struct Has : std::false_type
    {
    };
    template<typename D, template<typename> class Signal> struct Has<D, Signal, std::void_t<Signal<D>>> : std::true_type
    {
    };

    void show(QDialog *dialog);
    void resumeAfterSignIn(QDialog *dialog, const std::function<void()> &submitAgain);

    ConnectionSession *m_session;
    QList<QPointer<QDialog>> m_open;
};

} // namespace pecadmin
