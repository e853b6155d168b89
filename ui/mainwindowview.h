#pragma once

#include "actionspolicy.h"
#include "core/connectionprofile.h"
#include "valuelabel.h"

#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMainWindow;
class QMenu;
class QPoint;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolBar;

namespace pecadmin {

class AppSettings;
class JournalPane;
class MailboxDetailsPane;
class MailboxTableModel;
class WelcomePage;

// What the main window shows: its actions, menus and toolbar, its pages (opening, error,
// welcome, a domain's mailboxes), the status bar's labels, and their texts in the current
// language. It holds no state of its own beyond the widgets: the window decides what they say
// and which actions are enabled (ActionsPolicy), and connects what they trigger.
class MainWindowView : public QObject
{
    Q_OBJECT

public:
    MainWindowView(QMainWindow *window, MailboxTableModel *model);

    // Every text again, in the current language (the connect menu excepted: rebuildConnectMenu()).
    void retranslateUi();
    // File > Connect to: the local store, the saved `profiles`, Manage connections; `current` checked.
    void rebuildConnectMenu(const QString &current, const QList<ConnectionProfile> &profiles);
    // The menu of the selected mailboxes at `position` of the table's viewport.
    void showContextMenu(const QPoint &position);
    // The QAction of `action`.
    QAction *action(WindowAction action) const;
    // Enables each action as `stateOf` says; a disabled one says why in its tooltip.
    void applyActionStates(const std::function<ActionState(WindowAction)> &stateOf);

    // The window's geometry, toolbar, splitter and columns as last saved, or the defaults.
    void restoreLayout(const AppSettings &settings);
    void saveLayout(AppSettings &settings) const;

    QMainWindow *window;
    MailboxTableModel *model;

    QStackedWidget *pagesStackedWidget = nullptr;
    QLabel *openingLabel = nullptr;
    QWidget *errorPage = nullptr;
    QLabel *errorTitleLabel = nullptr;
    QLabel *errorLabel = nullptr;
    QPushButton *chooseFileButton = nullptr;
    QPushButton *retryButton = nullptr;
    WelcomePage *welcomePage = nullptr;
    QWidget *mailboxesPage = nullptr;
    QLabel *domainLabel = nullptr;
    QComboBox *domainComboBox = nullptr;
    QLineEdit *searchLineEdit = nullptr;
    // Which mailboxes the table shows: all, or those with changes made offline (while offline).
    QComboBox *showComboBox = nullptr;
    QTimer *searchTimer = nullptr;
    QSplitter *splitter = nullptr;
    QTableView *mailboxTableView = nullptr;
    QLabel *noMatchLabel = nullptr;
    MailboxDetailsPane *detailsPane = nullptr;
    ValueLabel *totalsLabel = nullptr;
    QLabel *loadingLabel = nullptr;
    ValueLabel *connectionLabel = nullptr;
    ValueLabel *noteLabel = nullptr;
    // Above the table while the window shows the copy for offline work.
    QLabel *offlineBanner = nullptr;
    // The journal of changes made offline, in a dock (View > Changes Made Offline).
    QDockWidget *journalDock = nullptr;
    JournalPane *journalPane = nullptr;
    QAction *journalAction = nullptr;

    QMenu *fileMenu = nullptr;
    QMenu *connectMenu = nullptr;
    QMenu *mailboxMenu = nullptr;
    QMenu *bulkMenu = nullptr;
    QMenu *viewMenu = nullptr;
    QMenu *languageMenu = nullptr;
    QMenu *helpMenu = nullptr;
    QToolBar *toolBar = nullptr;
    QActionGroup *languageGroup = nullptr;

    QAction *newMailboxAction = nullptr;
    QAction *deleteAction = nullptr;
    QAction *findAction = nullptr;
    QAction *refreshAction = nullptr;
    QAction *autoRefreshAction = nullptr;
    QAction *workOfflineAction = nullptr; // File > Work offline: the copy, without the server
    QAction *enableAction = nullptr;
    QAction *disableAction = nullptr;
    QAction *resetPasswordAction = nullptr;
    QAction *quotaAction = nullptr;
    QAction *softQuotaAction = nullptr;
    QAction *archivingAction = nullptr;
    QAction *newDomainAction = nullptr;
    QAction *editDomainAction = nullptr;
    QAction *removeDomainAction = nullptr;
    QAction *openStoreAction = nullptr;
    QAction *manageConnectionsAction = nullptr;
    QAction *quitAction = nullptr;
    QAction *aboutAction = nullptr;
    QAction *englishAction = nullptr;
    QAction *italianAction = nullptr;
    QAction *importAction = nullptr;
    QAction *exportAction = nullptr;
    QAction *historyAction = nullptr; // View > History: the domain's history of changes
    QAction *exportSelectedAction = nullptr;
    QAction *bulkQuotaAction = nullptr;
    QAction *bulkSoftQuotaAction = nullptr;
    QAction *bulkArchivingOnAction = nullptr;
    QAction *bulkArchivingOffAction = nullptr;
    QAction *bulkResetPasswordsAction = nullptr;

Q_SIGNALS:
    // File > Connect to > a connection (the local store: its name, ProfileStore::localStoreName()).
    void connectRequested(const QString &name);

private:
    void createActions();
    void createMenus();
    void createPages();
    void createStatusBar();
    void updateNoMatch();
};

} // namespace pecadmin
