#include "mainwindow.h"

#include "appsettings.h"
#include "archivingdialog.h"
#include "bulkchangedialog.h"
#include "connection/connector.h"
#include "connection/profilestore.h"
#include "connectioncontroller.h"
#include "connectionsession.h"
#include "core/languages.h"
#include "core/mailboxservice.h"
#include "core/replica.h"
#include "core/rules.h"
#include "core/whenready.h"
#include "createmailboxdialog.h"
#include "deletemailboxesdialog.h"
#include "dialoglauncher.h"
#include "domainstate.h"
#include "enablemailboxesdialog.h"
#include "exportdialog.h"
#include "filedialog.h"
#include "historydialog.h"
#include "importdialog.h"
#include "journalmodel.h"
#include "journalpane.h"
#include "mailboxdetailspane.h"
#include "mailboxtablemodel.h"
#include "mainwindowview.h"
#include "newdomaindialog.h"
#include "profilesdialog.h"
#include "quotadialog.h"
#include "removedomaindialog.h"
#include "resetpassworddialog.h"
#include "signindialog.h"
#include "softquotadialog.h"
#include "themeicon.h"
#include "welcomepage.h"

#include <QAccessible>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>

namespace pecadmin {

MainWindow::MainWindow(AppSettings &settings, const QString &storePath, QWidget *parent)
    : QMainWindow(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_model = new MailboxTableModel(nullptr, this);
    m_model->setPendingIcons(themeIcon(QStringLiteral("document-send"), QStyle::SP_ArrowUp, style()),
        themeIcon(QStringLiteral("dialog-warning"), QStyle::SP_MessageBoxWarning, style()));
    m_model->setObjectName(QStringLiteral("mailboxModel"));

    m_connection = new ConnectionController(m_settings, this);
    m_domains = new DomainState(m_settings, m_model, this);
    m_dialogs = new DialogLauncher(m_connection->session(), this);
    m_view = new MainWindowView(this, m_model);
    m_view->autoRefreshAction->setChecked(m_connection->autoRefresh());
    rebuildConnectMenu();
    connectActions();
    connectParts();

    retranslateUi();
    m_view->restoreLayout(m_settings);
    updateActions();

    // A store named on the command line, else the profile of the last session, else the local store.
    const QString lastProfile = m_connection->profiles()->lastProfile();
    if (storePath.isEmpty() && m_connection->profiles()->contains(lastProfile)) {
        // A remote profile connects once the window is set up (the keyring is given after construction).
        m_view->pagesStackedWidget->setCurrentWidget(m_view->openingLabel);
        QMetaObject::invokeMethod(
            this, [this, lastProfile] { connectProfile(lastProfile); }, Qt::QueuedConnection);
        return;
    }
    QString path = storePath;
    if (path.isEmpty())
        path = m_settings.storePath();
    if (path.isEmpty())
        path = Connector::defaultStorePath();
    openStore(path);
}

MainWindow::~MainWindow()
{
    // The model must not reach the service while both go away.
    m_model->setService(nullptr);
    m_view->detailsPane->setService(nullptr);
}

// -- the parts, put together -----------------------------------------------------------------

void MainWindow::connectActions()
{
    MainWindowView *v = m_view;
    // The dialogs of the actions on the selected mailboxes: each opened where the policy allows
    // the action now, from the selection and the domain as they are when it is triggered.
    connect(v->newMailboxAction, &QAction::triggered, this, [this] {
        launch(WindowAction::NewMailbox, [this](const Launch &l) {
            m_dialogs->open(new CreateMailboxDialog(l.service, l.details, this))->setWebmailUrl(l.webmailUrl);
        });
    });
    connect(v->deleteAction, &QAction::triggered, this, [this] {
        launch(WindowAction::Delete, [this](const Launch &l) {
            auto *dialog = new DeleteMailboxesDialog(l.service, l.selected, this);
            // One mailbox: the dialog closes once it is deleted; the status bar says what happened.
            connect(dialog, &QDialog::accepted, this, [this, dialog] {
                if (const QString text = dialog->deletedText(); !text.isEmpty())
                    statusBar()->showMessage(text, 15000);
            });
            m_dialogs->open(dialog);
        });
    });
    for (const bool enable : { true, false }) {
        connect(enable ? v->enableAction : v->disableAction, &QAction::triggered, this, [this, enable] {
            launch(enable ? WindowAction::Enable : WindowAction::Disable, [this, enable](const Launch &l) {
                // Only those whose state changes.
                m_dialogs->open(
                    new EnableMailboxesDialog(l.service, ActionsPolicy::toSwitch(l.selected, enable), enable, this));
            });
        });
    }
    connect(v->resetPasswordAction, &QAction::triggered, this, [this] {
        launch(WindowAction::ResetPassword, [this](const Launch &l) {
            m_dialogs
                ->open(new ResetPasswordDialog(
                    l.service, l.selected.constFirst(), rules::limitsToCheck(l.details).domain, this))
                ->setWebmailUrl(l.webmailUrl);
        });
    });
    connect(v->quotaAction, &QAction::triggered, this, [this] {
        launch(WindowAction::Quota, [this](const Launch &l) {
            m_dialogs->open(new QuotaDialog(l.service, l.selected.constFirst(), l.details, this));
        });
    });
    connect(v->softQuotaAction, &QAction::triggered, this, [this] {
        launch(WindowAction::SoftQuota, [this](const Launch &l) {
            m_dialogs->open(new SoftQuotaDialog(l.service, l.selected.constFirst(), l.details, this));
        });
    });
    connect(v->archivingAction, &QAction::triggered, this, [this] {
        launch(WindowAction::Archiving, [this](const Launch &l) {
            m_dialogs->open(new ArchivingDialog(l.service, l.selected.constFirst(), l.details, this));
        });
    });
    connect(v->exportAction, &QAction::triggered, this, [this] {
        launch(WindowAction::Export, [this](const Launch &l) {
            m_dialogs->open(new ExportDialog(l.service, l.details.domain.name, l.details.mailboxCount, this));
        });
    });
    connect(v->historyAction, &QAction::triggered, this, [this] {
        updateActions();
        if (service() && m_view->historyAction->isEnabled())
            m_dialogs->open(new HistoryDialog(service(), m_domains->details().domain.name, this));
    });
    connect(v->exportSelectedAction, &QAction::triggered, this, [this] {
        launch(WindowAction::ExportSelected, [this](const Launch &l) {
            m_dialogs->open(new ExportDialog(l.selected, l.service ? l.service->storeFiles() : QStringList(), this));
        });
    });
    const std::pair<QAction *, WindowAction> bulk[]
        = { { v->bulkQuotaAction, WindowAction::BulkQuota }, { v->bulkSoftQuotaAction, WindowAction::BulkSoftQuota },
              { v->bulkArchivingOnAction, WindowAction::BulkArchivingOn },
              { v->bulkArchivingOffAction, WindowAction::BulkArchivingOff },
              { v->bulkResetPasswordsAction, WindowAction::BulkResetPasswords } };
    const QList<BulkChange::Action> changes = BulkChangeDialog::actions();
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const auto [action, which] = bulk[i];
        const BulkChange::Action change = changes.at(i);
        connect(action, &QAction::triggered, this, [this, which = which, change] {
            launch(which, [this, change](const Launch &l) {
                m_dialogs->open(new BulkChangeDialog(l.service, l.selected, change, l.details, this))
                    ->setWebmailUrl(l.webmailUrl);
            });
        });
    }
    connect(v->importAction, &QAction::triggered, this, &MainWindow::importMailboxes);
    connect(v->newDomainAction, &QAction::triggered, this, [this] {
        launch(WindowAction::NewDomain,
            [this](const Launch &l) { m_dialogs->open(new NewDomainDialog(l.service, this)); });
    });
    connect(v->editDomainAction, &QAction::triggered, this, [this] {
        launch(WindowAction::EditDomain,
            [this](const Launch &l) { m_dialogs->open(new NewDomainDialog(l.service, l.details, this)); });
    });
    connect(v->removeDomainAction, &QAction::triggered, this, [this] {
        launch(WindowAction::RemoveDomain,
            [this](const Launch &l) { m_dialogs->open(new RemoveDomainDialog(l.service, l.details, this)); });
    });
    connect(v->welcomePage, &WelcomePage::addDomainRequested, v->newDomainAction, &QAction::trigger);
    connect(v->welcomePage, &WelcomePage::demoDomainRequested, this, &MainWindow::addDemoDomain);

    connect(v->refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    connect(v->openStoreAction, &QAction::triggered, this, &MainWindow::chooseStoreFile);
    connect(v->chooseFileButton, &QPushButton::clicked, this, &MainWindow::chooseStoreFile);
    connect(v->retryButton, &QPushButton::clicked, m_connection, &ConnectionController::retry);
    connect(v->aboutAction, &QAction::triggered, this, &MainWindow::about);
    connect(v->languageGroup, &QActionGroup::triggered, this,
        [this](QAction *action) { setLanguage(action->data().toString()); });
    connect(v->manageConnectionsAction, &QAction::triggered, this, &MainWindow::manageConnections);
    connect(v->connectMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildConnectMenu);
    connect(v, &MainWindowView::connectRequested, this, &MainWindow::connectProfile);
    connect(v->autoRefreshAction, &QAction::toggled, m_connection, &ConnectionController::setAutoRefresh);
    connect(v->workOfflineAction, &QAction::toggled, m_connection, &ConnectionController::setWorkOffline);

    connect(v->domainComboBox, qOverload<int>(&QComboBox::activated), this, &MainWindow::chooseDomain);
    connect(v->mailboxTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MainWindow::selectionChanged);
}

void MainWindow::connectParts()
{
    // What the dialogs report reaches the domain's state, by the mailbox's identity.
    connect(m_dialogs, &DialogLauncher::mailboxChanged, m_domains, &DomainState::mailboxChanged);
    connect(m_dialogs, &DialogLauncher::mailboxDeleted, m_domains, &DomainState::mailboxDeleted);
    connect(m_dialogs, &DialogLauncher::mailboxCreated, m_domains, &DomainState::mailboxCreated);
    connect(m_dialogs, &DialogLauncher::mailboxesChanged, m_domains, &DomainState::mailboxesChanged);
    connect(
        m_dialogs, &DialogLauncher::domainAdded, this, [this](const Domain &domain) { m_domains->load(domain.name); });
    connect(m_dialogs, &DialogLauncher::domainChanged, this,
        [this](const DomainDetails &details) { m_domains->load(details.domain.name); });
    connect(m_dialogs, &DialogLauncher::domainRemoved, this, [this] { m_domains->load(); });

    connect(m_domains, &DomainState::domainsLoaded, this, &MainWindow::domainsLoaded);
    connect(m_domains, &DomainState::loadFailed, this, [this](const ServiceError &error) {
        if (!m_domains->domains().isEmpty() && m_connection->connectionProblem(error))
            return; // the table stays as it was, marked offline
        showStoreError(error);
    });
    connect(m_domains, &DomainState::detailsChanged, this, [this] {
        m_view->detailsPane->setArchivingAvailable(
            rules::limitsToCheck(m_domains->details()).domain.archivingAvailable);
        updateStatusBar();
        updateActions();
        Q_EMIT domainDetailsChanged();
    });
    // The title names the application and the domain shown (Orca reads it first).
    connect(m_domains, &DomainState::domainsLoaded, this, &MainWindow::updateWindowTitle);
    connect(m_domains, &DomainState::detailsChanged, this, &MainWindow::updateWindowTitle);
    connect(m_domains, &DomainState::errorOccurred, this, &MainWindow::showServiceError);
    connect(m_domains, &DomainState::rowToSelect, this, [this](int row) {
        m_view->mailboxTableView->selectRow(row);
        m_view->mailboxTableView->scrollTo(m_model->index(row, 0));
    });
    connect(m_model, &MailboxTableModel::errorOccurred, this, &MainWindow::showServiceError);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::selectionChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::selectionChanged);

    connect(m_connection, &ConnectionController::aboutToConnect, this, [this] {
        m_domains->setService(nullptr);
        m_view->detailsPane->setService(nullptr);
        m_view->pagesStackedWidget->setCurrentWidget(m_view->openingLabel);
        m_view->connectionLabel->clear();
    });
    connect(m_connection, &ConnectionController::connecting, this, [this] { retranslateUi(); });
    connect(m_connection, &ConnectionController::connected, this, [this] {
        MailboxService *service = m_connection->service().get();
        m_domains->setService(service);
        m_view->detailsPane->setService(service);
        m_view->welcomePage->setCanAddDomains(service->capabilities().addsDomains);
        updateStatusBar();
        m_domains->load();
    });
    connect(m_connection, &ConnectionController::modeChanged, this, [this] {
        // The same domain, read again from the copy or from the server.
        const QString domain = m_domains->currentDomain();
        m_domains->setService(nullptr);
        MailboxService *service = m_connection->service().get();
        m_domains->setService(service);
        m_view->detailsPane->setService(service);
        m_view->welcomePage->setCanAddDomains(service && service->capabilities().addsDomains);
        updateStatusBar();
        if (service)
            m_domains->load(domain);
    });
    connect(m_connection, &ConnectionController::failed, this, &MainWindow::showStoreError);
    connectJournal();
    connect(m_connection, &ConnectionController::onlineChanged, this, &MainWindow::updateStatusBar);
    connect(m_connection, &ConnectionController::signedInAgain, this, [this] {
        statusBar()->showMessage(tr("Signed in again."), 5000);
        refresh();
    });
    connect(m_connection, &ConnectionController::refreshDue, this, &MainWindow::autoRefresh);
    connect(m_connection, &ConnectionController::message, statusBar(), &QStatusBar::showMessage);
}

void MainWindow::connectJournal()
{
    JournalPane *pane = m_view->journalPane;
    // The pane shows the journal of the copy, and sends it to the server while there is one.
    const auto follow = [this, pane] {
        pane->setCopy(m_connection->copy());
        pane->setServer(m_connection->remoteService());
    };
    connect(m_connection, &ConnectionController::copyOpened, this, follow);
    connect(m_connection, &ConnectionController::connected, this, follow);
    connect(m_connection, &ConnectionController::aboutToConnect, this, [pane] {
        pane->setCopy(nullptr);
        pane->setServer(nullptr);
    });
    connect(m_connection, &ConnectionController::modeChanged, this, [this, pane, follow] {
        follow();
        // Back online: what was made offline is sent, in order.
        if (m_connection->isOnline() && pane->model()->rowCount() > 0)
            pane->send();
    });
    connect(m_connection, &ConnectionController::onlineChanged, this, follow);
    // What the dialogs change on the copy becomes entries of the journal.
    for (const auto signal : { &DialogLauncher::mailboxChanged, &DialogLauncher::mailboxCreated })
        connect(m_dialogs, signal, pane, &JournalPane::reload);
    connect(m_dialogs, &DialogLauncher::mailboxDeleted, pane, &JournalPane::reload);
    connect(m_dialogs, &DialogLauncher::mailboxesChanged, pane, &JournalPane::reload);
    connect(pane, &JournalPane::journalRead, this, [this](int, int conflicts) {
        updateStatusBar();
        if (conflicts > 0)
            m_view->journalDock->show();
    });
    // Cancelled, sent or resolved: the table and the details read again.
    connect(pane, &JournalPane::copyChanged, this, &MainWindow::refresh);
    connect(pane, &JournalPane::sent, this, [this](const JournalSummary &summary) {
        if (summary.stoppedBy)
            m_connection->connectionProblem(*summary.stoppedBy);
    });
    connect(pane, &JournalPane::editRequested, this, &MainWindow::editJournalEntry);
}

void MainWindow::editJournalEntry(const JournalEntry &entry)
{
    // Mine was dropped: the normal dialog of the change, on the mailbox as the server has it,
    // starting from my values; where the server no longer has the mailbox, the new mailbox
    // dialog, to create it again.
    if (!service())
        return;
    const DomainDetails details = m_domains->details();
    const QString webmailUrl = profile().webmailUrl.toString();
    if (!entry.theirs) {
        if (entry.kind != JournalEntry::Kind::Change && entry.kind != JournalEntry::Kind::ResetPassword)
            return;
        NewMailbox again;
        again.name = entry.address.section(u'@', 0, 0);
        again.domain = entry.domain();
        again.quotaMb = entry.change.quotaMb.value_or(0);
        again.softQuotaMb = entry.change.softQuotaMb.value_or(0);
        again.archiving = entry.change.archiving.value_or(false);
        auto *dialog = new CreateMailboxDialog(service(), details, this);
        dialog->setWebmailUrl(webmailUrl);
        dialog->setStartingValues(again);
        m_dialogs->open(dialog);
        return;
    }
    const Mailbox mailbox = *entry.theirs;
    if (entry.kind == JournalEntry::Kind::Delete) {
        auto *dialog = new DeleteMailboxesDialog(service(), { mailbox }, this);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            if (const QString text = dialog->deletedText(); !text.isEmpty())
                statusBar()->showMessage(text, 15000);
        });
        m_dialogs->open(dialog);
        return;
    }
    if (entry.kind == JournalEntry::Kind::ResetPassword) {
        m_dialogs->open(new ResetPasswordDialog(service(), mailbox, rules::limitsToCheck(details).domain, this))
            ->setWebmailUrl(webmailUrl);
        return;
    }
    if (entry.kind != JournalEntry::Kind::Change)
        return;
    const MailboxChange &change = entry.change;
    if (change.quotaMb) {
        auto *dialog = new QuotaDialog(service(), mailbox, details, this);
        dialog->setQuotaMb(*change.quotaMb);
        m_dialogs->open(dialog);
    } else if (change.softQuotaMb) {
        auto *dialog = new SoftQuotaDialog(service(), mailbox, details, this);
        dialog->setSoftQuotaMb(*change.softQuotaMb);
        m_dialogs->open(dialog);
    } else if (change.archiving) {
        auto *dialog = new ArchivingDialog(service(), mailbox, details, this);
        dialog->setArchiving(*change.archiving);
        m_dialogs->open(dialog);
    } else if (change.enabled) {
        m_dialogs->open(new EnableMailboxesDialog(service(), { mailbox }, *change.enabled, this));
    }
}

void MainWindow::launch(WindowAction action, const std::function<void(const Launch &)> &open)
{
    updateActions(); // the state as it is now, not as it was last drawn
    if (!service() || !m_view->action(action)->isEnabled())
        return;
    if (m_connection->isOffline()
        && (action == WindowAction::NewDomain || action == WindowAction::EditDomain
            || action == WindowAction::RemoveDomain)) {
        // Offline, the mailboxes' changes go into the journal; the domains' own need the
        // server, and are refused before anything is typed.
        auto *box = new QMessageBox(
            QMessageBox::Information, tr("PEC Admin"), Replica::refuseWhileOffline().message(), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("offlineMessageBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    open({ service(), selectedMailboxes(), m_domains->details(), profile().webmailUrl.toString() });
}

// -- what the window shows ---------------------------------------------------------------------

void MainWindow::retranslateUi()
{
    updateWindowTitle();
    m_view->retranslateUi();
    rebuildConnectMenu();
    updateStatusBar();
    updateActions();
}

void MainWindow::updateWindowTitle()
{
    const QString domain
        = m_view->pagesStackedWidget->currentWidget() == m_view->mailboxesPage ? m_domains->currentDomain() : QString();
    //: The main window's title: the application, then the domain shown
    setWindowTitle(domain.isEmpty() ? tr("PEC Admin") : tr("PEC Admin — %1").arg(domain));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
        selectionChanged();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_view->saveLayout(m_settings);
    QMainWindow::closeEvent(event);
}

void MainWindow::updateStatusBar()
{
    const ConnectionProfile &current = profile();
    MailboxService *service = this->service();
    m_view->autoRefreshAction->setEnabled(m_connection->isShared());
    if (current.name == ProfileStore::localStoreName()) {
        if (service)
            m_view->connectionLabel->setText(tr("Local store: %1").arg(QDir::toNativeSeparators(service->location())));
        m_view->connectionLabel->setToolTip(QString());
    } else if (!current.name.isEmpty()) {
        //: The connection's name and its state in the status bar: "Provider · online"
        m_view->connectionLabel->setText(
            m_connection->isOnline() ? tr("%1 · online").arg(current.name) : tr("%1 · offline").arg(current.name));
        m_view->connectionLabel->setToolTip(QDir::toNativeSeparators(current.displayLocation()));
    }
    updateOfflineBanner();
    // What the user should know about this server.
    const bool haveDetails = m_domains->haveDetails();
    const DomainDetails &details = m_domains->details();
    QStringList notes;
    if (service && !service->capabilities().sortsWholeList)
        notes << tr("Sorting within each page only: the server cannot sort");
    if (haveDetails && !details.limitsKnown)
        notes << tr("Domain limits are checked by the provider");
    if (const int waiting = m_view->journalPane->model()->rowCount(); waiting > 0)
        //: In the status bar: changes made offline still in the journal
        notes << tr("%n change(s) made offline waiting to be sent", nullptr, waiting);
    if (service && m_connection->isShared() && !m_connection->isOnline() && !m_connection->isOffline())
        notes << (m_view->autoRefreshAction->isChecked() ? tr("Offline: trying again every 30 seconds")
                                                         : tr("Offline: refresh to try again"));
    m_view->noteLabel->setText(notes.join(QStringLiteral(" · ")));
    m_view->noteLabel->setVisible(!notes.isEmpty());
    if (!haveDetails || m_view->pagesStackedWidget->currentWidget() != m_view->mailboxesPage) {
        m_view->totalsLabel->clear();
        return;
    }
    if (!details.limitsKnown) {
        //: The domain's mailbox count where its limits are not known
        m_view->totalsLabel->setText(tr("%n mailboxes", nullptr, details.mailboxCount));
        return;
    }
    //: "12 of 200 mailboxes": the domain's mailboxes of its limit; %n is the limit
    const QString count
        = tr("%1 of %n mailboxes", nullptr, details.domain.maxMailboxes).arg(QLocale().toString(details.mailboxCount));
    //: "6 GB of 50 GB allocated": the sum of the quotas of the domain's total space
    const QString space = tr("%1 of %2 allocated")
                              .arg(MailboxTableModel::formatMegabytes(details.allocatedMb),
                                  MailboxTableModel::formatMegabytes(details.domain.totalSpaceMb));
    m_view->totalsLabel->setText(count + QStringLiteral(" · ") + space);
}

void MainWindow::updateOfflineBanner()
{
    const bool offline = m_connection->isOffline();
    {
        const QSignalBlocker blocker(m_view->workOfflineAction);
        m_view->workOfflineAction->setChecked(m_connection->workOffline());
    }
    m_view->workOfflineAction->setEnabled(profile().keepsOfflineCopy());
    m_view->workOfflineAction->setToolTip(profile().keepsOfflineCopy()
            ? QString()
            : tr("This connection keeps no copy for offline work (Manage connections)"));
    // The table's filter of pending mailboxes, while the copy is shown.
    m_view->showComboBox->setVisible(offline);
    if (!offline && m_view->showComboBox->currentIndex() != 0)
        m_view->showComboBox->setCurrentIndex(0);
    if (!offline) {
        m_view->offlineBanner->hide();
        m_view->offlineBanner->clear();
        return;
    }
    const QDateTime copied = m_connection->copiedAt();
    const QString when
        = copied.isValid() ? QLocale().toString(copied.toLocalTime(), QLocale::ShortFormat) : tr("unknown date");
    //: The banner above the table while offline; %1 is the date and time of the copy
    const QString text
        = tr("Offline: showing the copy of %1; changes will be sent when the server is reachable").arg(when);
    if (m_view->offlineBanner->text() != text) {
        m_view->offlineBanner->setText(text);
        m_view->offlineBanner->setAccessibleDescription(text);
    }
    if (!m_view->offlineBanner->isVisible() && isVisible()) {
        m_view->offlineBanner->show();
        // Said once by a screen reader, as it appears.
        QAccessibleEvent alert(m_view->offlineBanner, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
    m_view->offlineBanner->show();
}

void MainWindow::updateActions()
{
    ActionsContext context;
    MailboxService *service = this->service();
    context.haveStore = service != nullptr;
    context.onMailboxes = context.haveStore && m_view->pagesStackedWidget->currentWidget() == m_view->mailboxesPage;
    context.haveDetails = m_domains->haveDetails();
    context.details = m_domains->details();
    if (service)
        context.capabilities = service->capabilities();
    if (context.onMailboxes)
        context.selected = selectedMailboxes();
    m_view->applyActionStates([&context](WindowAction action) { return ActionsPolicy::state(action, context); });
    m_view->historyAction->setEnabled(context.haveDetails && context.capabilities.keepsHistory);
}

void MainWindow::selectionChanged()
{
    m_view->detailsPane->setMailboxes(selectedMailboxes());
    updateActions();
}

QList<Mailbox> MainWindow::selectedMailboxes() const
{
    QList<Mailbox> mailboxes;
    const QModelIndexList rows = m_view->mailboxTableView->selectionModel()->selectedRows();
    mailboxes.reserve(rows.size());
    for (const QModelIndex &index : rows)
        mailboxes.append(m_model->mailboxAt(index.row()));
    std::sort(mailboxes.begin(), mailboxes.end(), [](const Mailbox &a, const Mailbox &b) { return a.name < b.name; });
    return mailboxes;
}

void MainWindow::showStoreError(const ServiceError &error)
{
    QString text = tr("%1 could not be opened:").arg(QDir::toNativeSeparators(m_connection->storePath())) + u'\n'
        + error.message();
    if (!error.detail().isEmpty())
        text += u'\n' + error.detail();
    m_view->errorLabel->setText(text);
    m_view->pagesStackedWidget->setCurrentWidget(m_view->errorPage);
    updateStatusBar();
    updateActions();
    Q_EMIT storeFailed(error);
}

void MainWindow::showServiceError(const ServiceError &error)
{
    if (m_connection->connectionProblem(error))
        return;
    // Not modal: the answer that failed may arrive while the user does something else.
    statusBar()->showMessage(error.message(), 15000);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("PEC Admin"), error.message(), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("serviceErrorMessageBox"));
    if (!error.detail().isEmpty())
        box->setDetailedText(error.detail());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// -- the domains -------------------------------------------------------------------------------

void MainWindow::domainsLoaded(const QString &select)
{
    const QList<Domain> &domains = m_domains->domains();
    QComboBox *comboBox = m_view->domainComboBox;
    {
        const QSignalBlocker blocker(comboBox);
        comboBox->clear();
        for (const Domain &domain : domains)
            comboBox->addItem(domain.name, domain.name);
    }
    if (domains.isEmpty()) {
        m_view->welcomePage->setBusy(false);
        m_view->pagesStackedWidget->setCurrentWidget(m_view->welcomePage);
    } else {
        int index = comboBox->findData(select);
        if (index < 0)
            index = 0;
        {
            const QSignalBlocker blocker(comboBox);
            comboBox->setCurrentIndex(index);
        }
        m_view->pagesStackedWidget->setCurrentWidget(m_view->mailboxesPage);
        chooseDomain(index);
    }
    updateStatusBar();
    updateActions();
    Q_EMIT storeReady();
}

void MainWindow::chooseDomain(int index)
{
    m_domains->choose(m_view->domainComboBox->itemData(index).toString());
}

void MainWindow::refresh()
{
    const QList<Mailbox> selected = selectedMailboxes();
    m_domains->refresh(selected.size() == 1 ? selected.constFirst().address() : QString());
}

void MainWindow::autoRefresh()
{
    // Nothing moves under a dialog or a selection being made.
    if (QApplication::activeModalWidget() || m_model->isLoading())
        return;
    refresh();
}

void MainWindow::addDemoDomain()
{
    if (!service())
        return;
    m_view->welcomePage->setBusy(true);
    whenReady(service()->addDemoDomain(), this, [this](const Result<DomainDetails> &result) {
        m_view->welcomePage->setBusy(false);
        if (!result) {
            showServiceError(result.error());
            return;
        }
        m_domains->load(result.value().domain.name);
    });
}

void MainWindow::importMailboxes()
{
    launch(WindowAction::Import, [this](const Launch &l) {
        const QString path = FileDialog::getOpenFileName(this, tr("Import Mailboxes"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("CSV files (*.csv *.txt);;All files (*)"));
        if (path.isEmpty())
            return;
        auto *dialog = new ImportDialog(l.service, l.details.domain.name, this);
        dialog->setWebmailUrl(l.webmailUrl);
        dialog->loadFile(path);
        m_dialogs->open(dialog);
    });
}

// -- the connection ------------------------------------------------------------------------------

void MainWindow::openStore(const QString &path, bool remember)
{
    m_connection->connectTo(ProfileStore::localStoreProfile(path), remember);
}

void MainWindow::connectProfile(const QString &name)
{
    m_connection->connectProfile(name);
}

QString MainWindow::storePath() const
{
    return m_connection->storePath();
}

MailboxService *MainWindow::service() const
{
    return m_connection->service().get();
}

void MainWindow::setCredentialStore(CredentialStore *credentials)
{
    m_connection->profiles()->setCredentials(credentials);
}

ProfileStore *MainWindow::profileStore() const
{
    return m_connection->profiles();
}

ConnectionSession *MainWindow::connectionSession() const
{
    return m_connection->session();
}

const ConnectionProfile &MainWindow::profile() const
{
    return m_connection->profile();
}

QString MainWindow::currentDomain() const
{
    return m_domains->currentDomain();
}

const DomainDetails &MainWindow::domainDetails() const
{
    return m_domains->details();
}

void MainWindow::rebuildConnectMenu()
{
    m_view->rebuildConnectMenu(profile().name, m_connection->profiles()->profiles());
}

void MainWindow::chooseStoreFile()
{
    const QString current = m_connection->storePath();
    const QString start = current.isEmpty() ? Connector::defaultStorePath() : current;
    auto *dialog = new QFileDialog(
        this, tr("Open a store"), QFileInfo(start).absolutePath(), tr("PEC Admin stores (*.sqlite);;All files (*)"));
    dialog->setObjectName(QStringLiteral("storeFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::AnyFile); // a new name creates a new store
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        if (!file.isEmpty())
            openStore(file, true);
    });
    m_dialogs->open(dialog);
}

void MainWindow::manageConnections()
{
    ProfileStore *profiles = m_connection->profiles();
    auto *dialog = new ProfilesDialog(*profiles, this);
    const QString current = profile().name;
    if (profiles->contains(current))
        dialog->selectProfile(current);
    connect(dialog, &ProfilesDialog::profileSaved, this, [this](const QString &name, const QString &previous) {
        rebuildConnectMenu();
        // The connection shown was changed: connect again with what it says now.
        const QString shown = profile().name;
        if (shown == name || (!previous.isEmpty() && shown == previous))
            connectProfile(name);
    });
    connect(dialog, &ProfilesDialog::profileRemoved, this, [this](const QString &name) {
        rebuildConnectMenu();
        if (profile().name == name)
            connectProfile(QString());
    });
    m_dialogs->open(dialog);
}

// -- the application -----------------------------------------------------------------------------

void MainWindow::setLanguages(Languages *languages)
{
    m_languages = languages;
    m_view->languageMenu->setEnabled(languages != nullptr);
    if (languages) {
        const bool italian = languages->language() == u"it";
        m_view->italianAction->setChecked(italian);
        m_view->englishAction->setChecked(!italian);
    }
}

void MainWindow::setLanguage(const QString &language)
{
    if (!m_languages)
        return;
    m_languages->setLanguage(language);
    m_settings.setLanguage(m_languages->language());
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About PEC Admin"),
        tr("<h3>PEC Admin %1</h3>"
           "<p>Administration of PEC (certified e-mail) domains and mailboxes.</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

} // namespace pecadmin
