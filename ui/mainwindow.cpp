#include "mainwindow.h"

#include "appsettings.h"
#include "archivingdialog.h"
#include "bulkchangedialog.h"
#include "connection/connector.h"
#include "connection/profilestore.h"
#include "connectionsession.h"
#include "core/credentialstore.h"
#include "core/languages.h"
#include "core/whenready.h"
#include "createmailboxdialog.h"
#include "deletemailboxesdialog.h"
#include "enablemailboxesdialog.h"
#include "exportdialog.h"
#include "filedialog.h"
#include "importdialog.h"
#include "mailboxdetailspane.h"
#include "mailboxtablemodel.h"
#include "newdomaindialog.h"
#include "profilesdialog.h"
#include "quotadialog.h"
#include "resetpassworddialog.h"
#include "signindialog.h"
#include "softquotadialog.h"
#include "usagebardelegate.h"
#include "welcomepage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace pecadmin {

namespace {

QIcon themeIcon(const QString &name, QStyle::StandardPixmap fallback, const QStyle *style)
{
    return QIcon::fromTheme(name, style->standardIcon(fallback));
}

// Opens `dialog` window-modal; it deletes itself when closed.
template<typename Dialog> Dialog *openDialog(Dialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace

MainWindow::MainWindow(AppSettings &settings, const QString &storePath, QWidget *parent)
    : QMainWindow(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_model = new MailboxTableModel(nullptr, this);
    m_model->setObjectName(QStringLiteral("mailboxModel"));

    m_profiles = new ProfileStore(m_settings.settings(), nullptr, this);
    m_session = new ConnectionSession(*m_profiles, this);

    createActions();
    createBulkActions();
    createMenus();
    createPages();
    createConnectionActions();

    m_totalsLabel = new QLabel(this);
    m_totalsLabel->setObjectName(QStringLiteral("totalsLabel"));
    m_loadingLabel = new QLabel(this);
    m_loadingLabel->setObjectName(QStringLiteral("loadingLabel"));
    m_loadingLabel->hide();
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_totalsLabel, 1);
    m_noteLabel = new QLabel(this);
    m_noteLabel->setObjectName(QStringLiteral("noteLabel"));
    m_noteLabel->hide();
    statusBar()->addPermanentWidget(m_loadingLabel);
    statusBar()->addPermanentWidget(m_noteLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);

    connect(m_model, &MailboxTableModel::loadingChanged, m_loadingLabel, &QWidget::setVisible);
    connect(m_model, &MailboxTableModel::errorOccurred, this, &MainWindow::showServiceError);
    connect(m_model, &MailboxTableModel::pageLoaded, this, [this] {
        if (m_pendingSelection.isEmpty())
            return;
        const int row = m_model->rowOfAddress(m_pendingSelection);
        if (row < 0)
            return;
        m_pendingSelection.clear();
        m_mailboxTableView->selectRow(row);
        m_mailboxTableView->scrollTo(m_model->index(row, 0));
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::selectionChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::selectionChanged);

    retranslateUi();
    restoreSettings();
    updateActions();

    // A store named on the command line, else the profile of the last session, else the local store.
    const QString lastProfile = m_profiles->lastProfile();
    if (storePath.isEmpty() && m_profiles->contains(lastProfile)) {
        // A remote profile connects once the window is set up (the keyring is given after construction).
        m_pagesStackedWidget->setCurrentWidget(m_openingLabel);
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
}

void MainWindow::setLanguages(Languages *languages)
{
    m_languages = languages;
    m_languageMenu->setEnabled(languages != nullptr);
    if (languages) {
        const bool italian = languages->language() == u"it";
        m_italianAction->setChecked(italian);
        m_englishAction->setChecked(!italian);
    }
}

MailboxService *MainWindow::service() const
{
    return m_service.get();
}

QString MainWindow::currentDomain() const
{
    return m_model->domain();
}

// -- building -------------------------------------------------------------------------------

void MainWindow::createActions()
{
    const QStyle *st = style();
    auto make = [this](const QString &objectName, const QIcon &icon) {
        auto *action = new QAction(icon, QString(), this);
        action->setObjectName(objectName);
        return action;
    };

    m_newMailboxAction
        = make(QStringLiteral("newMailboxAction"), themeIcon(QStringLiteral("contact-new"), QStyle::SP_FileIcon, st));
    m_newMailboxAction->setShortcut(QKeySequence::New);
    m_deleteAction
        = make(QStringLiteral("deleteAction"), themeIcon(QStringLiteral("edit-delete"), QStyle::SP_TrashIcon, st));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_findAction = make(
        QStringLiteral("findAction"), themeIcon(QStringLiteral("edit-find"), QStyle::SP_FileDialogContentsView, st));
    m_findAction->setShortcut(QKeySequence::Find);
    m_refreshAction = make(
        QStringLiteral("refreshAction"), themeIcon(QStringLiteral("view-refresh"), QStyle::SP_BrowserReload, st));
    QList<QKeySequence> refreshKeys = QKeySequence::keyBindings(QKeySequence::Refresh);
    if (!refreshKeys.contains(QKeySequence(Qt::Key_F5)))
        refreshKeys.append(QKeySequence(Qt::Key_F5));
    m_refreshAction->setShortcuts(refreshKeys);
    m_enableAction = make(
        QStringLiteral("enableAction"), themeIcon(QStringLiteral("mail-mark-read"), QStyle::SP_DialogApplyButton, st));
    m_disableAction = make(QStringLiteral("disableAction"),
        themeIcon(QStringLiteral("action-unavailable"), QStyle::SP_DialogCancelButton, st));
    m_resetPasswordAction = make(QStringLiteral("resetPasswordAction"),
        themeIcon(QStringLiteral("dialog-password"), QStyle::SP_DialogResetButton, st));
    m_quotaAction
        = make(QStringLiteral("quotaAction"), themeIcon(QStringLiteral("drive-harddisk"), QStyle::SP_DriveHDIcon, st));
    m_softQuotaAction = make(QStringLiteral("softQuotaAction"),
        themeIcon(QStringLiteral("dialog-warning"), QStyle::SP_MessageBoxWarning, st));
    m_archivingAction = make(
        QStringLiteral("archivingAction"), themeIcon(QStringLiteral("document-save"), QStyle::SP_DialogSaveButton, st));
    m_newDomainAction = make(
        QStringLiteral("newDomainAction"), themeIcon(QStringLiteral("folder-new"), QStyle::SP_FileDialogNewFolder, st));
    m_openStoreAction = make(
        QStringLiteral("openStoreAction"), themeIcon(QStringLiteral("document-open"), QStyle::SP_DialogOpenButton, st));
    m_openStoreAction->setShortcut(QKeySequence::Open);
    m_quitAction = make(
        QStringLiteral("quitAction"), themeIcon(QStringLiteral("application-exit"), QStyle::SP_DialogCloseButton, st));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_aboutAction = make(
        QStringLiteral("aboutAction"), themeIcon(QStringLiteral("help-about"), QStyle::SP_MessageBoxInformation, st));
    m_aboutAction->setMenuRole(QAction::AboutRole);

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    // Each language is named in itself, so that it is found whatever the current one.
    m_englishAction = new QAction(QStringLiteral("English"), m_languageGroup);
    m_englishAction->setObjectName(QStringLiteral("englishAction"));
    m_englishAction->setCheckable(true);
    m_englishAction->setData(QStringLiteral("en"));
    m_italianAction = new QAction(QStringLiteral("Italiano"), m_languageGroup);
    m_italianAction->setObjectName(QStringLiteral("italianAction"));
    m_italianAction->setCheckable(true);
    m_italianAction->setData(QStringLiteral("it"));
    m_englishAction->setChecked(true);

    connect(m_newMailboxAction, &QAction::triggered, this, &MainWindow::newMailbox);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteMailboxes);
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (m_pagesStackedWidget->currentWidget() != m_mailboxesPage)
            return;
        m_searchLineEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchLineEdit->selectAll();
    });
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_enableAction, &QAction::triggered, this, [this] { setMailboxesEnabled(true); });
    connect(m_disableAction, &QAction::triggered, this, [this] { setMailboxesEnabled(false); });
    connect(m_resetPasswordAction, &QAction::triggered, this, &MainWindow::resetPassword);
    connect(m_quotaAction, &QAction::triggered, this, &MainWindow::editQuota);
    connect(m_softQuotaAction, &QAction::triggered, this, &MainWindow::editSoftQuota);
    connect(m_archivingAction, &QAction::triggered, this, &MainWindow::editArchiving);
    connect(m_newDomainAction, &QAction::triggered, this, &MainWindow::newDomain);
    connect(m_openStoreAction, &QAction::triggered, this, &MainWindow::chooseStoreFile);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    connect(m_languageGroup, &QActionGroup::triggered, this,
        [this](QAction *action) { setLanguage(action->data().toString()); });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_newDomainAction);
    m_fileMenu->addAction(m_openStoreAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_exportSelectedAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_mailboxMenu = menuBar()->addMenu(QString());
    m_mailboxMenu->setObjectName(QStringLiteral("mailboxMenu"));
    m_mailboxMenu->addAction(m_newMailboxAction);
    m_mailboxMenu->addSeparator();
    m_mailboxMenu->addAction(m_enableAction);
    m_mailboxMenu->addAction(m_disableAction);
    m_mailboxMenu->addAction(m_resetPasswordAction);
    m_mailboxMenu->addSeparator();
    m_mailboxMenu->addAction(m_quotaAction);
    m_mailboxMenu->addAction(m_softQuotaAction);
    m_mailboxMenu->addAction(m_archivingAction);
    m_mailboxMenu->addSeparator();
    m_mailboxMenu->addMenu(m_bulkMenu);
    m_mailboxMenu->addSeparator();
    m_mailboxMenu->addAction(m_deleteAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_findAction);
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addAction(m_englishAction);
    m_languageMenu->addAction(m_italianAction);
    m_languageMenu->setEnabled(false);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    m_toolBar->addAction(m_newMailboxAction);
    m_toolBar->addAction(m_enableAction);
    m_toolBar->addAction(m_disableAction);
    m_toolBar->addAction(m_resetPasswordAction);
    m_toolBar->addAction(m_quotaAction);
    m_toolBar->addAction(m_deleteAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_refreshAction);
}

void MainWindow::createPages()
{
    m_pagesStackedWidget = new QStackedWidget(this);
    m_pagesStackedWidget->setObjectName(QStringLiteral("pagesStackedWidget"));
    setCentralWidget(m_pagesStackedWidget);

    m_openingLabel = new QLabel(m_pagesStackedWidget);
    m_openingLabel->setObjectName(QStringLiteral("openingLabel"));
    m_openingLabel->setAlignment(Qt::AlignCenter);
    m_pagesStackedWidget->addWidget(m_openingLabel);

    // The store could not be opened: why, and a way out.
    m_errorPage = new QWidget(m_pagesStackedWidget);
    m_errorPage->setObjectName(QStringLiteral("errorPage"));
    auto *errorLayout = new QVBoxLayout(m_errorPage);
    errorLayout->addStretch(1);
    m_errorTitleLabel = new QLabel(m_errorPage);
    m_errorTitleLabel->setObjectName(QStringLiteral("errorTitleLabel"));
    m_errorTitleLabel->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_errorTitleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_errorTitleLabel->setFont(titleFont);
    errorLayout->addWidget(m_errorTitleLabel);
    m_errorLabel = new QLabel(m_errorPage);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setAlignment(Qt::AlignCenter);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    errorLayout->addWidget(m_errorLabel);
    auto *errorButtons = new QHBoxLayout;
    errorButtons->addStretch(1);
    m_chooseFileButton = new QPushButton(m_errorPage);
    m_chooseFileButton->setObjectName(QStringLiteral("chooseFileButton"));
    m_retryButton = new QPushButton(m_errorPage);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    errorButtons->addWidget(m_chooseFileButton);
    errorButtons->addWidget(m_retryButton);
    errorButtons->addStretch(1);
    errorLayout->addLayout(errorButtons);
    errorLayout->addStretch(2);
    m_pagesStackedWidget->addWidget(m_errorPage);
    connect(m_chooseFileButton, &QPushButton::clicked, this, &MainWindow::chooseStoreFile);
    connect(m_retryButton, &QPushButton::clicked, this, [this] { connectTo(m_session->profile(), false); });

    m_welcomePage = new WelcomePage(m_pagesStackedWidget);
    m_pagesStackedWidget->addWidget(m_welcomePage);
    connect(m_welcomePage, &WelcomePage::addDomainRequested, this, &MainWindow::newDomain);
    connect(m_welcomePage, &WelcomePage::demoDomainRequested, this, &MainWindow::addDemoDomain);

    // The mailboxes of a domain.
    m_mailboxesPage = new QWidget(m_pagesStackedWidget);
    m_mailboxesPage->setObjectName(QStringLiteral("mailboxesPage"));
    auto *pageLayout = new QVBoxLayout(m_mailboxesPage);
    auto *filterLayout = new QHBoxLayout;
    m_domainLabel = new QLabel(m_mailboxesPage);
    m_domainLabel->setObjectName(QStringLiteral("domainLabel"));
    m_domainComboBox = new QComboBox(m_mailboxesPage);
    m_domainComboBox->setObjectName(QStringLiteral("domainComboBox"));
    m_domainComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_domainComboBox->setMinimumContentsLength(18);
    m_domainLabel->setBuddy(m_domainComboBox);
    m_searchLineEdit = new QLineEdit(m_mailboxesPage);
    m_searchLineEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchLineEdit->setClearButtonEnabled(true);
    m_searchLineEdit->addAction(
        themeIcon(QStringLiteral("edit-find"), QStyle::SP_FileDialogContentsView, style()), QLineEdit::LeadingPosition);
    filterLayout->addWidget(m_domainLabel);
    filterLayout->addWidget(m_domainComboBox);
    filterLayout->addSpacing(12);
    filterLayout->addWidget(m_searchLineEdit, 1);
    pageLayout->addLayout(filterLayout);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setObjectName(QStringLiteral("searchTimer"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_searchLineEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { m_model->setFilter(m_searchLineEdit->text()); });
    connect(m_domainComboBox, qOverload<int>(&QComboBox::activated), this, &MainWindow::chooseDomain);

    m_splitter = new QSplitter(Qt::Horizontal, m_mailboxesPage);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mailboxTableView = new QTableView(m_splitter);
    m_mailboxTableView->setObjectName(QStringLiteral("mailboxTableView"));
    m_mailboxTableView->setModel(m_model);
    m_mailboxTableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_mailboxTableView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_mailboxTableView->setAlternatingRowColors(true);
    m_mailboxTableView->setShowGrid(false);
    m_mailboxTableView->setWordWrap(false);
    m_mailboxTableView->setSortingEnabled(true);
    m_mailboxTableView->sortByColumn(MailboxTableModel::AddressColumn, Qt::AscendingOrder);
    m_mailboxTableView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_mailboxTableView->setItemDelegateForColumn(
        MailboxTableModel::UsageColumn, new UsageBarDelegate(m_mailboxTableView));
    QHeaderView *rows = m_mailboxTableView->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);
    rows->hide();
    QHeaderView *columns = m_mailboxTableView->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(true);
    // Default widths that hold typical values and, in every language, the header's own text.
    const int charWidth = fontMetrics().averageCharWidth();
    const int padding = charWidth * 3;
    const int statusWidth
        = std::max(
              fontMetrics().horizontalAdvance(QCoreApplication::translate("pecadmin::MailboxTableModel", "Enabled")),
              fontMetrics().horizontalAdvance(QCoreApplication::translate("pecadmin::MailboxTableModel", "Disabled")))
        + padding;
    const std::pair<int, int> widths[] = { { MailboxTableModel::AddressColumn, charWidth * 36 },
        { MailboxTableModel::StatusColumn, statusWidth }, { MailboxTableModel::UsageColumn, charWidth * 26 },
        { MailboxTableModel::SoftQuotaColumn, charWidth * 12 },
        { MailboxTableModel::ArchivingColumn, charWidth * 12 } };
    for (const auto &[column, width] : widths)
        columns->resizeSection(column, std::max(width, columns->sectionSizeHint(column)));
    m_splitter->addWidget(m_mailboxTableView);

    m_detailsPane = new MailboxDetailsPane(m_splitter);
    m_splitter->addWidget(m_detailsPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(0, false);
    pageLayout->addWidget(m_splitter, 1);
    m_pagesStackedWidget->addWidget(m_mailboxesPage);

    connect(m_mailboxTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MainWindow::selectionChanged);
    connect(m_mailboxTableView, &QWidget::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_mailboxTableView, &QAbstractItemView::doubleClicked, this, [this] {
        if (m_quotaAction->isEnabled())
            m_quotaAction->trigger();
    });
}

void MainWindow::retranslateUi()
{
    setWindowTitle(m_storePath.isEmpty() ? QString() : QFileInfo(m_storePath).fileName());
    m_fileMenu->setTitle(tr("&File"));
    m_mailboxMenu->setTitle(tr("&Mailbox"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));

    m_newMailboxAction->setText(tr("&New mailbox…"));
    m_newMailboxAction->setStatusTip(tr("Create a mailbox in this domain"));
    m_deleteAction->setText(tr("&Delete…"));
    m_findAction->setText(tr("&Find"));
    m_findAction->setStatusTip(tr("Search the mailboxes by name"));
    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setStatusTip(tr("Read the domain's mailboxes again"));
    m_enableAction->setText(tr("&Enable…"));
    m_disableAction->setText(tr("D&isable…"));
    m_resetPasswordAction->setText(tr("Reset &password…"));
    m_quotaAction->setText(tr("Disk &quota…"));
    m_softQuotaAction->setText(tr("&Soft quota…"));
    m_archivingAction->setText(tr("&Archiving…"));
    m_newDomainAction->setText(tr("New &domain…"));
    m_newDomainAction->setStatusTip(tr("Add a PEC domain to this store"));
    m_openStoreAction->setText(tr("&Open store…"));
    m_openStoreAction->setStatusTip(tr("Open another local store file"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About PEC Admin"));

    m_openingLabel->setText(tr("Opening the store…"));
    m_errorTitleLabel->setText(tr("The store cannot be opened"));
    m_chooseFileButton->setText(tr("Choose another file…"));
    m_retryButton->setText(tr("Try again"));
    m_domainLabel->setText(tr("&Domain:"));
    m_domainComboBox->setAccessibleName(tr("Domain"));
    m_domainComboBox->setToolTip(tr("The domain whose mailboxes are shown"));
    m_searchLineEdit->setPlaceholderText(
        tr("Search mailboxes (%1)").arg(m_findAction->shortcut().toString(QKeySequence::NativeText)));
    m_searchLineEdit->setAccessibleName(tr("Search mailboxes"));
    m_mailboxTableView->setAccessibleName(tr("Mailboxes"));
    m_detailsPane->setAccessibleName(tr("Mailbox details"));
    m_loadingLabel->setText(tr("Loading…"));
    m_totalsLabel->setAccessibleName(tr("Domain totals"));
    m_connectionLabel->setAccessibleName(tr("Connection"));
    retranslateBulkActions();
    retranslateConnectionActions();

    updateStatusBar();
    updateActions();
}

// -- settings ---------------------------------------------------------------------------------

void MainWindow::restoreSettings()
{
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1240, 720);
    restoreState(m_settings.windowState());
    const QByteArray splitter = m_settings.splitterState();
    if (splitter.isEmpty() || !m_splitter->restoreState(splitter))
        m_splitter->setSizes({ 920, 320 });
    const QByteArray header = m_settings.headerState();
    if (!header.isEmpty())
        m_mailboxTableView->horizontalHeader()->restoreState(header);
}

void MainWindow::saveSettings()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setSplitterState(m_splitter->saveState());
    m_settings.setHeaderState(m_mailboxTableView->horizontalHeader()->saveState());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
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

// -- the store and its domains ------------------------------------------------------------

void MainWindow::openStore(const QString &path, bool remember)
{
    connectTo(ProfileStore::localStoreProfile(path), remember);
}

void MainWindow::showStoreError(const ServiceError &error)
{
    QString text = tr("%1 could not be opened:").arg(QDir::toNativeSeparators(m_storePath)) + u'\n' + error.message();
    if (!error.detail().isEmpty())
        text += u'\n' + error.detail();
    m_errorLabel->setText(text);
    m_pagesStackedWidget->setCurrentWidget(m_errorPage);
    updateActions();
    Q_EMIT storeFailed(error);
}

void MainWindow::loadDomains(const QString &select)
{
    if (!m_service)
        return;
    const quint64 generation = m_openGeneration;
    whenReady(m_service->domains(), this, [this, generation, select](const Result<QList<Domain>> &result) {
        if (generation != m_openGeneration)
            return;
        if (!result) {
            if (!m_domains.isEmpty() && connectionProblem(result.error()))
                return; // the table stays as it was, marked offline
            showStoreError(result.error());
            return;
        }
        m_session->setOnline(true);
        m_domains = result.value();
        const QSignalBlocker blocker(m_domainComboBox);
        m_domainComboBox->clear();
        for (const Domain &domain : std::as_const(m_domains))
            m_domainComboBox->addItem(domain.name, domain.name);

        if (m_domains.isEmpty()) {
            m_model->setDomain(QString());
            m_haveDetails = false;
            m_welcomePage->setBusy(false);
            m_pagesStackedWidget->setCurrentWidget(m_welcomePage);
        } else {
            int index = m_domainComboBox->findData(select.isEmpty() ? m_settings.lastDomain() : select);
            if (index < 0)
                index = 0;
            m_domainComboBox->setCurrentIndex(index);
            m_pagesStackedWidget->setCurrentWidget(m_mailboxesPage);
            chooseDomain(index);
        }
        updateStatusBar();
        updateActions();
        Q_EMIT storeReady();
    });
}

void MainWindow::chooseDomain(int index)
{
    const QString domain = m_domainComboBox->itemData(index).toString();
    if (domain.isEmpty())
        return;
    m_settings.setLastDomain(domain);
    m_haveDetails = false;
    m_details = DomainDetails();
    if (domain != m_model->domain())
        m_model->setDomain(domain);
    else
        m_model->reload();
    refreshDomainDetails();
}

void MainWindow::refreshDomainDetails()
{
    const QString domain = m_model->domain();
    if (!m_service || domain.isEmpty())
        return;
    whenReady(m_service->domainDetails(domain), this, [this, domain](const Result<DomainDetails> &result) {
        if (domain != m_model->domain())
            return;
        if (!result) {
            showServiceError(result.error());
            return;
        }
        m_details = result.value();
        m_haveDetails = true;
        m_detailsPane->setArchivingAvailable(m_details.domain.archivingAvailable);
        updateStatusBar();
        updateActions();
        Q_EMIT domainDetailsChanged();
    });
}

void MainWindow::updateStatusBar()
{
    const ConnectionProfile &current = m_session->profile();
    if (current.name == ProfileStore::localStoreName()) {
        if (m_service)
            m_connectionLabel->setText(tr("Local store: %1").arg(QDir::toNativeSeparators(m_service->location())));
        m_connectionLabel->setToolTip(QString());
    } else if (!current.name.isEmpty()) {
        //: The connection's name and its state in the status bar: "Provider · online"
        m_connectionLabel->setText(
            m_session->isOnline() ? tr("%1 · online").arg(current.name) : tr("%1 · offline").arg(current.name));
        m_connectionLabel->setToolTip(QDir::toNativeSeparators(current.displayLocation()));
    }
    // What the user should know about this server.
    QStringList notes;
    if (m_service && !m_service->capabilities().sortsWholeList)
        notes << tr("Sorting within each page only: the server cannot sort");
    if (m_haveDetails && !m_details.limitsKnown)
        notes << tr("Domain limits are checked by the provider");
    if (m_service && current.isShared() && !m_session->isOnline())
        notes << (m_autoRefreshAction->isChecked() ? tr("Offline: trying again every 30 seconds")
                                                   : tr("Offline: refresh to try again"));
    m_noteLabel->setText(notes.join(QStringLiteral(" · ")));
    m_noteLabel->setVisible(!notes.isEmpty());
    if (!m_haveDetails || m_pagesStackedWidget->currentWidget() != m_mailboxesPage) {
        m_totalsLabel->clear();
        return;
    }
    if (!m_details.limitsKnown) {
        //: The domain's mailbox count where its limits are not known
        m_totalsLabel->setText(tr("%n mailboxes", nullptr, m_details.mailboxCount));
        return;
    }
    //: "12 of 200 mailboxes": the domain's mailboxes of its limit; %n is the limit
    const QString count = tr("%1 of %n mailboxes", nullptr, m_details.domain.maxMailboxes)
                              .arg(QLocale().toString(m_details.mailboxCount));
    //: "6 GB of 50 GB allocated": the sum of the quotas of the domain's total space
    const QString space = tr("%1 of %2 allocated")
                              .arg(MailboxTableModel::formatMegabytes(m_details.allocatedMb),
                                  MailboxTableModel::formatMegabytes(m_details.domain.totalSpaceMb));
    m_totalsLabel->setText(count + QStringLiteral(" · ") + space);
}

// -- selection and actions -------------------------------------------------------------------

QList<Mailbox> MainWindow::selectedMailboxes() const
{
    QList<Mailbox> mailboxes;
    const QModelIndexList rows = m_mailboxTableView->selectionModel()->selectedRows();
    mailboxes.reserve(rows.size());
    for (const QModelIndex &index : rows)
        mailboxes.append(m_model->mailboxAt(index.row()));
    std::sort(mailboxes.begin(), mailboxes.end(), [](const Mailbox &a, const Mailbox &b) { return a.name < b.name; });
    return mailboxes;
}

void MainWindow::selectionChanged()
{
    m_detailsPane->setMailboxes(selectedMailboxes());
    updateActions();
}

void MainWindow::updateActions()
{
    const bool haveStore = m_service != nullptr;
    const bool onMailboxes = haveStore && m_pagesStackedWidget->currentWidget() == m_mailboxesPage;
    const bool haveDomain = onMailboxes && m_haveDetails;
    const QList<Mailbox> selected = onMailboxes ? selectedMailboxes() : QList<Mailbox>();
    const bool single = selected.size() == 1;
    const bool postmaster = std::any_of(
        selected.cbegin(), selected.cend(), [](const Mailbox &mailbox) { return mailbox.isPostmaster(); });
    const bool anyDisabled
        = std::any_of(selected.cbegin(), selected.cend(), [](const Mailbox &mailbox) { return !mailbox.enabled; });
    const bool anyEnabled
        = std::any_of(selected.cbegin(), selected.cend(), [](const Mailbox &mailbox) { return mailbox.enabled; });

    const QString postmasterReason = tr("Not possible on the postmaster mailbox");
    auto set = [](QAction *action, bool enabled, const QString &why = {}) {
        action->setEnabled(enabled);
        // A disabled action says why in its tooltip; an enabled one shows its name.
        action->setToolTip(enabled || why.isEmpty() ? action->text().remove(u'&').remove(u'…')
                                                    : action->text().remove(u'&').remove(u'…') + u'\n' + why);
    };

    set(m_newMailboxAction, haveDomain);
    set(m_deleteAction, !selected.isEmpty() && !postmaster && haveDomain,
        postmaster ? tr("The postmaster mailbox cannot be deleted") : QString());
    set(m_enableAction, anyDisabled && haveDomain);
    set(m_disableAction, anyEnabled && !postmaster && haveDomain,
        postmaster ? tr("The postmaster mailbox cannot be disabled") : QString());
    set(m_resetPasswordAction, single && !postmaster && haveDomain,
        postmaster ? tr("The postmaster's password is changed at the provider, not here")
                   : (selected.size() > 1 ? tr("Select one mailbox") : QString()));
    set(m_quotaAction, single && haveDomain, selected.size() > 1 ? tr("Select one mailbox") : QString());
    set(m_softQuotaAction, single && haveDomain, selected.size() > 1 ? tr("Select one mailbox") : QString());
    const bool archivingAvailable = m_haveDetails && m_details.domain.archivingAvailable;
    set(m_archivingAction, single && haveDomain && archivingAvailable,
        m_haveDetails && !archivingAvailable ? tr("This domain has no legal archiving (conservazione sostitutiva)")
                                             : (selected.size() > 1 ? tr("Select one mailbox") : QString()));
    set(m_findAction, onMailboxes);
    set(m_refreshAction, haveStore);
    set(m_newDomainAction, haveStore && m_service->capabilities().addsDomains);
    updateBulkActions(selected, haveDomain);
}

void MainWindow::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_mailboxTableView->indexAt(position);
    if (!index.isValid())
        return;
    if (!m_mailboxTableView->selectionModel()->isRowSelected(index.row(), {}))
        m_mailboxTableView->selectRow(index.row());
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("mailboxContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_enableAction);
    menu->addAction(m_disableAction);
    menu->addAction(m_resetPasswordAction);
    menu->addSeparator();
    menu->addAction(m_quotaAction);
    menu->addAction(m_softQuotaAction);
    menu->addAction(m_archivingAction);
    if (m_bulkMenu->isEnabled())
        menu->addMenu(m_bulkMenu);
    menu->addSeparator();
    menu->addAction(m_exportSelectedAction);
    menu->addSeparator();
    menu->addAction(m_deleteAction);
    menu->popup(m_mailboxTableView->viewport()->mapToGlobal(position));
}

void MainWindow::addDemoDomain()
{
    if (!m_service)
        return;
    m_welcomePage->setBusy(true);
    whenReady(m_service->addDemoDomain(), this, [this](const Result<DomainDetails> &result) {
        m_welcomePage->setBusy(false);
        if (!result) {
            showServiceError(result.error());
            return;
        }
        loadDomains(result.value().domain.name);
    });
}

void MainWindow::newDomain()
{
    if (!m_service)
        return;
    auto *dialog = new NewDomainDialog(m_service.get(), this);
    connect(dialog, &NewDomainDialog::domainAdded, this, &MainWindow::domainAdded);
    openDialog(dialog);
}

void MainWindow::newMailbox()
{
    if (!m_service || !m_haveDetails)
        return;
    auto *dialog = new CreateMailboxDialog(m_service.get(), m_details, this);
    dialog->setWebmailUrl(webmailUrl());
    connect(dialog, &CreateMailboxDialog::mailboxCreated, this, &MainWindow::mailboxCreated);
    openDialog(dialog);
}

void MainWindow::deleteMailboxes()
{
    const QList<Mailbox> selected = selectedMailboxes();
    if (!m_service || selected.isEmpty() || !m_deleteAction->isEnabled())
        return;
    auto *dialog = new DeleteMailboxesDialog(m_service.get(), selected, this);
    connect(dialog, &DeleteMailboxesDialog::mailboxDeleted, this, &MainWindow::mailboxDeleted);
    openDialog(dialog);
}

void MainWindow::setMailboxesEnabled(bool enable)
{
    QList<Mailbox> selected = selectedMailboxes();
    // Only those whose state changes.
    selected.removeIf([enable](const Mailbox &mailbox) { return mailbox.enabled == enable; });
    if (!m_service || selected.isEmpty())
        return;
    auto *dialog = new EnableMailboxesDialog(m_service.get(), selected, enable, this);
    connect(dialog, &EnableMailboxesDialog::mailboxChanged, this, &MainWindow::mailboxChanged);
    openDialog(dialog);
}

void MainWindow::resetPassword()
{
    const QList<Mailbox> selected = selectedMailboxes();
    if (!m_service || selected.size() != 1 || !m_haveDetails)
        return;
    auto *dialog = new ResetPasswordDialog(m_service.get(), selected.constFirst(), m_details.domain, this);
    dialog->setWebmailUrl(webmailUrl());
    connect(dialog, &ResetPasswordDialog::mailboxChanged, this, &MainWindow::mailboxChanged);
    openDialog(dialog);
}

void MainWindow::editQuota()
{
    const QList<Mailbox> selected = selectedMailboxes();
    if (!m_service || selected.size() != 1 || !m_haveDetails)
        return;
    auto *dialog = new QuotaDialog(m_service.get(), selected.constFirst(), m_details, this);
    connect(dialog, &QuotaDialog::mailboxChanged, this, &MainWindow::mailboxChanged);
    openDialog(dialog);
}

void MainWindow::editSoftQuota()
{
    const QList<Mailbox> selected = selectedMailboxes();
    if (!m_service || selected.size() != 1 || !m_haveDetails)
        return;
    auto *dialog = new SoftQuotaDialog(m_service.get(), selected.constFirst(), m_details, this);
    connect(dialog, &SoftQuotaDialog::mailboxChanged, this, &MainWindow::mailboxChanged);
    openDialog(dialog);
}

void MainWindow::editArchiving()
{
    const QList<Mailbox> selected = selectedMailboxes();
    if (!m_service || selected.size() != 1 || !m_haveDetails || !m_details.domain.archivingAvailable)
        return;
    auto *dialog = new ArchivingDialog(m_service.get(), selected.constFirst(), m_details, this);
    connect(dialog, &ArchivingDialog::mailboxChanged, this, &MainWindow::mailboxChanged);
    openDialog(dialog);
}

void MainWindow::chooseStoreFile()
{
    const QString start = m_storePath.isEmpty() ? Connector::defaultStorePath() : m_storePath;
    auto *dialog = new QFileDialog(
        this, tr("Open a store"), QFileInfo(start).absolutePath(), tr("PEC Admin stores (*.sqlite);;All files (*)"));
    dialog->setObjectName(QStringLiteral("storeFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::AnyFile); // a new name creates a new store
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        if (!file.isEmpty())
            openStore(file, true);
    });
    dialog->open();
}

void MainWindow::refresh()
{
    if (!m_service)
        return;
    if (m_domains.isEmpty() || m_model->domain().isEmpty()) {
        loadDomains();
        return;
    }
    const QList<Mailbox> selected = selectedMailboxes();
    if (selected.size() == 1)
        m_pendingSelection = selected.constFirst().address();
    loadDomains(m_model->domain()); // domains added elsewhere appear, the current one reloads
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About PEC Admin"),
        tr("<h3>PEC Admin %1</h3>"
           "<p>Administration of PEC (certified e-mail) domains and mailboxes.</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::setLanguage(const QString &language)
{
    if (!m_languages)
        return;
    m_languages->setLanguage(language);
    m_settings.setLanguage(m_languages->language());
}

// -- answers of the dialogs ---------------------------------------------------------------

void MainWindow::mailboxChanged(const Mailbox &mailbox)
{
    m_model->updateMailbox(mailbox);
    refreshDomainDetails();
}

void MainWindow::mailboxDeleted(const QString &address)
{
    m_model->removeMailbox(address);
    refreshDomainDetails();
}

void MainWindow::mailboxCreated(const Mailbox &mailbox)
{
    // The new mailbox takes its place in the service's order: read the list again.
    m_pendingSelection = mailbox.address();
    m_model->reload();
    refreshDomainDetails();
}

void MainWindow::domainAdded(const Domain &domain)
{
    loadDomains(domain.name);
}

void MainWindow::showServiceError(const ServiceError &error)
{
    if (connectionProblem(error))
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

// -- import, export and changes of several mailboxes ------------------------------------------

void MainWindow::createBulkActions()
{
    m_importAction
        = new QAction(themeIcon(QStringLiteral("document-import"), QStyle::SP_ArrowDown, style()), QString(), this);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_exportAction
        = new QAction(themeIcon(QStringLiteral("document-export"), QStyle::SP_ArrowUp, style()), QString(), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportSelectedAction = new QAction(this);
    m_exportSelectedAction->setObjectName(QStringLiteral("exportSelectedAction"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importMailboxes);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportMailboxes);
    connect(m_exportSelectedAction, &QAction::triggered, this, &MainWindow::exportSelectedMailboxes);

    m_bulkMenu = new QMenu(this);
    m_bulkMenu->setObjectName(QStringLiteral("bulkMenu"));
    static const char *const names[] = { "bulkQuotaAction", "bulkSoftQuotaAction", "bulkArchivingOnAction",
        "bulkArchivingOffAction", "bulkResetPasswordsAction" };
    const QList<BulkChange::Action> actions = BulkChangeDialog::actions();
    for (qsizetype i = 0; i < actions.size(); ++i) {
        auto *action = new QAction(this);
        action->setObjectName(QString::fromLatin1(names[i]));
        const int which = int(actions.at(i));
        connect(action, &QAction::triggered, this, [this, which] { changeSelectedMailboxes(which); });
        m_bulkChangeActions.append(action);
        m_bulkMenu->addAction(action);
    }
}

void MainWindow::retranslateBulkActions()
{
    m_importAction->setText(tr("&Import mailboxes…"));
    m_importAction->setStatusTip(tr("Create mailboxes from a CSV file made with a spreadsheet"));
    m_exportAction->setText(tr("&Export mailboxes…"));
    m_exportAction->setStatusTip(tr("Write every mailbox of this domain to a CSV file"));
    m_exportSelectedAction->setText(tr("Export &selected…"));
    m_exportSelectedAction->setStatusTip(tr("Write the selected mailboxes to a CSV file"));
    m_bulkMenu->setTitle(tr("Change se&lected mailboxes"));
    const QStringList texts = { tr("Set disk &quota…"), tr("Set &soft quota…"), tr("Turn archiving &on…"),
        tr("Turn archiving o&ff…"), tr("&Reset passwords…") };
    for (qsizetype i = 0; i < m_bulkChangeActions.size() && i < texts.size(); ++i)
        m_bulkChangeActions.at(i)->setText(texts.at(i));
}

void MainWindow::updateBulkActions(const QList<Mailbox> &selected, bool haveDomain)
{
    m_importAction->setEnabled(haveDomain);
    m_exportAction->setEnabled(haveDomain);
    m_exportSelectedAction->setEnabled(haveDomain && !selected.isEmpty());
    // Several mailboxes: one mailbox has its own dialogs.
    m_bulkMenu->setEnabled(haveDomain && selected.size() > 1);
    const bool archivingAvailable = m_haveDetails && m_details.domain.archivingAvailable;
    const QList<BulkChange::Action> actions = BulkChangeDialog::actions();
    for (qsizetype i = 0; i < m_bulkChangeActions.size(); ++i) {
        const BulkChange::Action action = actions.at(i);
        const bool archiving = action == BulkChange::Action::ArchivingOn || action == BulkChange::Action::ArchivingOff;
        m_bulkChangeActions.at(i)->setEnabled(m_bulkMenu->isEnabled() && (!archiving || archivingAvailable));
    }
}

void MainWindow::importMailboxes()
{
    if (!m_service || !m_haveDetails)
        return;
    const QString path = FileDialog::getOpenFileName(this, tr("Import Mailboxes"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    auto *dialog = new ImportDialog(m_service.get(), m_model->domain(), this);
    dialog->setWebmailUrl(webmailUrl());
    connect(dialog, &ImportDialog::mailboxesChanged, this, &MainWindow::bulkChangeFinished);
    dialog->loadFile(path);
    openDialog(dialog);
}

void MainWindow::exportMailboxes()
{
    if (!m_service || !m_haveDetails)
        return;
    openDialog(new ExportDialog(m_service.get(), m_model->domain(), m_details.mailboxCount, this));
}

void MainWindow::exportSelectedMailboxes()
{
    const QList<Mailbox> selected = selectedMailboxes();
    if (selected.isEmpty())
        return;
    openDialog(new ExportDialog(selected, this));
}

void MainWindow::changeSelectedMailboxes(int action)
{
    const QList<Mailbox> selected = selectedMailboxes();
    if (!m_service || selected.size() < 2 || !m_haveDetails)
        return;
    auto *dialog = new BulkChangeDialog(m_service.get(), selected, BulkChange::Action(action), m_details, this);
    dialog->setWebmailUrl(webmailUrl());
    connect(dialog, &BulkChangeDialog::mailboxesChanged, this, &MainWindow::bulkChangeFinished);
    openDialog(dialog);
}

void MainWindow::bulkChangeFinished()
{
    // Many mailboxes changed: read the list and the totals again.
    m_model->reload();
    refreshDomainDetails();
}

// -- connection profiles, sign-in and automatic refresh --------------------------------------

void MainWindow::setCredentialStore(CredentialStore *credentials)
{
    m_profiles->setCredentials(credentials);
}

const ConnectionProfile &MainWindow::profile() const
{
    return m_session->profile();
}

QString MainWindow::webmailUrl() const
{
    return m_session->profile().webmailUrl.toString();
}

void MainWindow::createConnectionActions()
{
    m_connectMenu = new QMenu(this);
    m_connectMenu->setObjectName(QStringLiteral("connectMenu"));
    m_fileMenu->insertMenu(m_openStoreAction, m_connectMenu);
    m_manageConnectionsAction = new QAction(this);
    m_manageConnectionsAction->setObjectName(QStringLiteral("manageConnectionsAction"));
    connect(m_manageConnectionsAction, &QAction::triggered, this, &MainWindow::manageConnections);
    connect(m_connectMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildConnectMenu);
    rebuildConnectMenu();

    // View > Refresh automatically, next to Refresh.
    m_autoRefreshAction = new QAction(this);
    m_autoRefreshAction->setObjectName(QStringLiteral("autoRefreshAction"));
    m_autoRefreshAction->setCheckable(true);
    m_autoRefreshAction->setChecked(m_settings.settings().value(QStringLiteral("View/autoRefresh"), true).toBool());
    const QList<QAction *> viewActions = m_viewMenu->actions();
    const qsizetype refreshAt = viewActions.indexOf(m_refreshAction);
    if (refreshAt >= 0 && refreshAt + 1 < viewActions.size())
        m_viewMenu->insertAction(viewActions.at(refreshAt + 1), m_autoRefreshAction);
    else
        m_viewMenu->addAction(m_autoRefreshAction);
    connect(m_autoRefreshAction, &QAction::toggled, this, [this](bool on) {
        m_settings.settings().setValue(QStringLiteral("View/autoRefresh"), on);
        updateAutoRefresh();
        updateStatusBar();
    });
    m_autoRefreshTimer = new QTimer(this);
    m_autoRefreshTimer->setObjectName(QStringLiteral("autoRefreshTimer"));
    m_autoRefreshTimer->setInterval(30000);
    connect(m_autoRefreshTimer, &QTimer::timeout, this, &MainWindow::autoRefresh);

    connect(m_session, &ConnectionSession::connected, this, &MainWindow::sessionConnected);
    connect(m_session, &ConnectionSession::failed, this, [this](const ServiceError &error) {
        showStoreError(error);
        updateAutoRefresh(); // a server that cannot be reached is tried again
        updateStatusBar();
    });
    connect(m_session, &ConnectionSession::onlineChanged, this, [this] { updateStatusBar(); });
    connect(m_session, &ConnectionSession::signedInAgain, this, [this] {
        statusBar()->showMessage(tr("Signed in again."), 5000);
        refresh();
    });
    connect(m_session, &ConnectionSession::keyringUnavailable, this,
        [this] { statusBar()->showMessage(CredentialStore::unavailableError().message(), 15000); });
}

void MainWindow::retranslateConnectionActions()
{
    m_connectMenu->setTitle(tr("&Connect to"));
    m_manageConnectionsAction->setText(tr("&Manage connections…"));
    m_manageConnectionsAction->setStatusTip(tr("Add, change or remove the stores and servers to connect to"));
    m_autoRefreshAction->setText(tr("Refresh &automatically"));
    m_autoRefreshAction->setStatusTip(tr("Read a shared store or a server again every 30 seconds"));
    rebuildConnectMenu();
}

void MainWindow::rebuildConnectMenu()
{
    m_connectMenu->clear();
    auto *group = new QActionGroup(m_connectMenu);
    const QString current = m_session->profile().name;
    auto add = [&](const QString &name, const QString &text, const QString &tip) {
        QAction *action = m_connectMenu->addAction(text);
        action->setObjectName(QStringLiteral("connectAction:") + name);
        action->setCheckable(true);
        action->setChecked(name == current);
        action->setStatusTip(tip);
        action->setActionGroup(group);
        connect(action, &QAction::triggered, this, [this, name] { connectProfile(name); });
    };
    add(ProfileStore::localStoreName(), tr("Local store"), QDir::toNativeSeparators(Connector::defaultStorePath()));
    const QList<ConnectionProfile> profiles = m_profiles->profiles();
    if (!profiles.isEmpty())
        m_connectMenu->addSeparator();
    for (const ConnectionProfile &profile : profiles)
        add(profile.name, QString(profile.name).replace(u'&', QStringLiteral("&&")),
            QDir::toNativeSeparators(profile.displayLocation()));
    m_connectMenu->addSeparator();
    m_connectMenu->addAction(m_manageConnectionsAction);
}

void MainWindow::connectProfile(const QString &name)
{
    if (name.isEmpty() || name == ProfileStore::localStoreName()) {
        QString path = m_settings.storePath();
        if (path.isEmpty())
            path = Connector::defaultStorePath();
        connectTo(ProfileStore::localStoreProfile(path), true);
        return;
    }
    const std::optional<ConnectionProfile> profile = m_profiles->profile(name);
    if (profile)
        connectTo(*profile, true);
}

void MainWindow::connectTo(const ConnectionProfile &profile, bool remember)
{
    ++m_openGeneration;
    m_storePath = profile.kind == ConnectionProfile::Kind::SqliteFile ? profile.path : profile.displayLocation();
    m_rememberConnection = remember;
    m_model->setService(nullptr);
    m_service.reset();
    m_domains.clear();
    m_haveDetails = false;
    m_details = DomainDetails();
    m_pagesStackedWidget->setCurrentWidget(m_openingLabel);
    m_connectionLabel->clear();
    m_autoRefreshTimer->stop();
    m_session->open(profile);
    retranslateUi();
    if (profile.name != ProfileStore::localStoreName())
        setWindowTitle(profile.name);
}

void MainWindow::sessionConnected()
{
    const ConnectionProfile &profile = m_session->profile();
    m_service = m_session->service();
    if (m_rememberConnection) {
        if (profile.name == ProfileStore::localStoreName())
            m_settings.setStorePath(profile.path);
        m_profiles->setLastProfile(profile.name);
    }
    m_model->setService(m_service.get());
    m_welcomePage->setCanAddDomains(m_service->capabilities().addsDomains);
    updateStatusBar();
    updateAutoRefresh();
    loadDomains();
}

void MainWindow::manageConnections()
{
    auto *dialog = new ProfilesDialog(*m_profiles, this);
    const QString current = m_session->profile().name;
    if (m_profiles->contains(current))
        dialog->selectProfile(current);
    connect(dialog, &ProfilesDialog::profileSaved, this, [this](const QString &name, const QString &previous) {
        rebuildConnectMenu();
        // The connection shown was changed: connect again with what it says now.
        const QString shown = m_session->profile().name;
        if (shown == name || (!previous.isEmpty() && shown == previous))
            connectProfile(name);
    });
    connect(dialog, &ProfilesDialog::profileRemoved, this, [this](const QString &name) {
        rebuildConnectMenu();
        if (m_session->profile().name == name)
            connectProfile(QString());
    });
    openDialog(dialog);
}

void MainWindow::updateAutoRefresh()
{
    const bool shared = m_session->profile().isShared();
    m_autoRefreshAction->setEnabled(shared);
    if (shared && m_autoRefreshAction->isChecked()) {
        if (!m_autoRefreshTimer->isActive())
            m_autoRefreshTimer->start();
    } else {
        m_autoRefreshTimer->stop();
    }
}

void MainWindow::autoRefresh()
{
    if (m_session->isSigningIn() || m_session->isConnecting())
        return;
    if (!m_service) {
        m_session->reconnect(); // the server could not be reached: try again
        return;
    }
    // Nothing moves under a dialog or a selection being made.
    if (QApplication::activeModalWidget() || m_model->isLoading())
        return;
    refresh();
}

bool MainWindow::connectionProblem(const ServiceError &error)
{
    if (error.code() == ServiceError::Code::SessionExpired) {
        m_session->sessionExpired();
        return true;
    }
    if (error.code() == ServiceError::Code::Network && m_session->profile().isShared()) {
        m_session->setOnline(false);
        statusBar()->showMessage(error.message(), 15000);
        updateStatusBar();
        return true;
    }
    return false;
}

} // namespace pecadmin
