#pragma once

#include "actionspolicy.h"
#include "core/connectionprofile.h"
#include "core/domain.h"
#include "core/journal.h"
#include "core/mailbox.h"
#include "core/serviceerror.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>

namespace pecadmin {

class AppSettings;
class ConnectionController;
class ConnectionSession;
class CredentialStore;
class DialogLauncher;
class DomainState;
class Languages;
class MailboxService;
class MailboxTableModel;
class MainWindowView;
class ProfileStore;

// The main window: a domain picker, a search field, the domain's mailboxes in a table, the
// selected mailbox's details, and the domain's totals in the status bar. It puts its parts
// together and passes between them what one says to another:
//   MainWindowView        the widgets, actions, menus and their texts (mainwindowview.h)
//   ConnectionController  the connection's life, sign-in and automatic refresh (connectioncontroller.h)
//   DomainState           the domains, the chosen one, its details and mailboxes (domainstate.h)
//   ActionsPolicy         which actions are enabled and why not (actionspolicy.h)
//   DialogLauncher        the action dialogs and what they report (dialoglauncher.h)
//   AppSettings           what is remembered between runs (appsettings.h)
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Opens the store at `storePath`, or where the settings say, or the default one.
    explicit MainWindow(AppSettings &settings, const QString &storePath = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Where View > Language switches the language; without it the menu is disabled.
    void setLanguages(Languages *languages);

    // Opens the store at `path` (asynchronously); `remember`: the next start opens it too.
    void openStore(const QString &path, bool remember = false);
    QString storePath() const;

    MailboxService *service() const;

    // Where the passwords of the connections are remembered; without one (no keyring) they are
    // asked at each connection. Set it before the window is shown.
    void setCredentialStore(CredentialStore *credentials);
    ProfileStore *profileStore() const;
    ConnectionSession *connectionSession() const;
    ConnectionController *connectionController() const { return m_connection; }
    // Connects to the saved profile `name` (empty: the local store) and remembers it.
    void connectProfile(const QString &name);
    // The profile shown now.
    const ConnectionProfile &profile() const;
    MailboxTableModel *mailboxModel() const { return m_model; }
    QString currentDomain() const;
    // The domain totals shown in the status bar, as last read.
    const DomainDetails &domainDetails() const;
    QList<Mailbox> selectedMailboxes() const;

Q_SIGNALS:
    // The store is open and its domains are read (the welcome page or a domain is shown).
    void storeReady();
    void storeFailed(const pecadmin::ServiceError &error);
    void domainDetailsChanged();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // What an action's dialog is made from: the mailboxes selected when it was triggered and
    // the domain as last read.
    struct Launch
    {
        MailboxService *service;
        QList<Mailbox> selected;
        DomainDetails details;
        QString webmailUrl;
    };
    // Runs `open` for `action` where the policy allows it now.
    void launch(WindowAction action, const std::function<void(const Launch &)> &open);
    void connectActions();
    void connectParts();
    void connectJournal();
    void editJournalEntry(const pecadmin::JournalEntry &entry);

    void retranslateUi();
    void updateStatusBar();
    void updateOfflineBanner();
    void updateWindowTitle();
    void updateActions();
    void selectionChanged();
    void showStoreError(const ServiceError &error);
    void showServiceError(const ServiceError &error);
    void domainsLoaded(const QString &select);
    void chooseDomain(int index);
    void refresh();
    void autoRefresh();
    void addDemoDomain();
    void chooseStoreFile();
    void importMailboxes();
    void manageConnections();
    void about();
    void setLanguage(const QString &language);
    void rebuildConnectMenu();

    AppSettings &m_settings;
    QPointer<Languages> m_languages;
    MailboxTableModel *m_model = nullptr;
    MainWindowView *m_view = nullptr;
    ConnectionController *m_connection = nullptr;
    DomainState *m_domains = nullptr;
    DialogLauncher *m_dialogs = nullptr;
};

} // namespace pecadmin
