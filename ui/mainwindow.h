#pragma once

#include "core/connectionprofile.h"
#include "core/domain.h"
#include "core/mailbox.h"
#include "core/serviceerror.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolBar;

namespace pecadmin {

class AppSettings;
class ConnectionSession;
class CredentialStore;
class ProfileStore;
class Languages;
class LocalMailboxService;
class MailboxDetailsPane;
class MailboxService;
class MailboxTableModel;
class WelcomePage;

// The main window: a domain picker, a search field, the domain's mailboxes in a table, the
// selected mailbox's details, and the domain's totals in the status bar.
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
    QString storePath() const { return m_storePath; }

    MailboxService *service() const;

    // Where the passwords of the connections are remembered; without one (no keyring) they are
    // asked at each connection. Set it before the window is shown.
    void setCredentialStore(CredentialStore *credentials);
    ProfileStore *profileStore() const { return m_profiles; }
    ConnectionSession *connectionSession() const { return m_session; }
    // Connects to the saved profile `name` (empty: the local store) and remembers it.
    void connectProfile(const QString &name);
    // The profile shown now.
    const ConnectionProfile &profile() const;
    MailboxTableModel *mailboxModel() const { return m_model; }
    QString currentDomain() const;
    // The domain totals shown in the status bar, as last read.
    const DomainDetails &domainDetails() const { return m_details; }
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
    // The webmail address of the profile shown now, for credential letters; empty if none.
    QString webmailUrl() const;
    void createActions();
    void createMenus();
    void createPages();
    void retranslateUi();
    void restoreSettings();
    void saveSettings();

    void showStoreError(const ServiceError &error);
    void loadDomains(const QString &select = {});
    void chooseDomain(int index);
    void refreshDomainDetails();
    void updateStatusBar();
    void updateActions();
    void selectionChanged();
    void showContextMenu(const QPoint &position);

    void addDemoDomain();
    void newDomain();
    void newMailbox();
    void deleteMailboxes();
    void setMailboxesEnabled(bool enable);
    void resetPassword();
    void editQuota();
    void editSoftQuota();
    void editArchiving();
    void chooseStoreFile();
    void refresh();
    void about();
    void setLanguage(const QString &language);

    void mailboxChanged(const Mailbox &mailbox);
    void mailboxDeleted(const QString &address);
    void mailboxCreated(const Mailbox &mailbox);
    void domainAdded(const Domain &domain);
    void showServiceError(const ServiceError &error);

    // Connection profiles, sign-in, and the automatic refresh of shared stores.
    void createConnectionActions();
    void retranslateConnectionActions();
    void connectTo(const ConnectionProfile &profile, bool remember);
    void sessionConnected();
    void rebuildConnectMenu();
    void manageConnections();
    void updateAutoRefresh();
    void autoRefresh();
    // A failed request that leaves the data shown: the server is offline or the session expired.
    bool connectionProblem(const ServiceError &error);

    // Import, export and changes of several mailboxes at once.
    void createBulkActions();
    void retranslateBulkActions();
    void updateBulkActions(const QList<Mailbox> &selected, bool haveDomain);
    void importMailboxes();
    void exportMailboxes();
    void exportSelectedMailboxes();
    void changeSelectedMailboxes(int action);
    void bulkChangeFinished();

    AppSettings &m_settings;
    QPointer<Languages> m_languages;
    std::shared_ptr<MailboxService> m_service;
    ProfileStore *m_profiles = nullptr;
    ConnectionSession *m_session = nullptr;
    bool m_rememberConnection = false;
    QString m_storePath;
    quint64 m_openGeneration = 0;
    QList<Domain> m_domains;
    DomainDetails m_details;
    bool m_haveDetails = false;
    QString m_pendingSelection; // the address to select once the model shows it

    MailboxTableModel *m_model = nullptr;

    QStackedWidget *m_pagesStackedWidget = nullptr;
    QLabel *m_openingLabel = nullptr;
    QWidget *m_errorPage = nullptr;
    QLabel *m_errorTitleLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_chooseFileButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    WelcomePage *m_welcomePage = nullptr;
    QWidget *m_mailboxesPage = nullptr;
    QLabel *m_domainLabel = nullptr;
    QComboBox *m_domainComboBox = nullptr;
    QLineEdit *m_searchLineEdit = nullptr;
    QTimer *m_searchTimer = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_mailboxTableView = nullptr;
    MailboxDetailsPane *m_detailsPane = nullptr;
    QLabel *m_totalsLabel = nullptr;
    QLabel *m_loadingLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_noteLabel = nullptr;
    QMenu *m_connectMenu = nullptr;
    QAction *m_manageConnectionsAction = nullptr;
    QAction *m_autoRefreshAction = nullptr;
    QTimer *m_autoRefreshTimer = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_mailboxMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QActionGroup *m_languageGroup = nullptr;

    QAction *m_newMailboxAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_enableAction = nullptr;
    QAction *m_disableAction = nullptr;
    QAction *m_resetPasswordAction = nullptr;
    QAction *m_quotaAction = nullptr;
    QAction *m_softQuotaAction = nullptr;
    QAction *m_archivingAction = nullptr;
    QAction *m_newDomainAction = nullptr;
    QAction *m_openStoreAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_italianAction = nullptr;

    QMenu *m_bulkMenu = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportSelectedAction = nullptr;
    QList<QAction *> m_bulkChangeActions; // one for each BulkChangeDialog::actions()
};

} // namespace pecadmin
