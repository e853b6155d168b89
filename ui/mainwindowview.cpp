#include "mainwindowview.h"

#include "appsettings.h"
#include "connection/connector.h"
#include "connection/profilestore.h"
#include "journalpane.h"
#include "mailboxdetailspane.h"
#include "mailboxtablemodel.h"
#include "themeicon.h"
#include "usagebardelegate.h"
#include "valuelabel.h"
#include "welcomepage.h"

#include <QAccessible>
#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace pecadmin {

namespace { } // namespace

MainWindowView::MainWindowView(QMainWindow *window, MailboxTableModel *model)
    : QObject(window), window(window), model(model)
{
    createActions();
    createMenus();
    createPages();
    createStatusBar();
}

void MainWindowView::createActions()
{
    const QStyle *st = window->style();
    auto make = [this](const QString &objectName, const QIcon &icon) {
        auto *action = new QAction(icon, QString(), window);
        action->setObjectName(objectName);
        return action;
    };

    newMailboxAction
        = make(QStringLiteral("newMailboxAction"), themeIcon(QStringLiteral("contact-new"), QStyle::SP_FileIcon, st));
    newMailboxAction->setShortcut(QKeySequence::New);
    deleteAction
        = make(QStringLiteral("deleteAction"), themeIcon(QStringLiteral("edit-delete"), QStyle::SP_TrashIcon, st));
    deleteAction->setShortcut(QKeySequence::Delete);
    findAction = make(
        QStringLiteral("findAction"), themeIcon(QStringLiteral("edit-find"), QStyle::SP_FileDialogContentsView, st));
    findAction->setShortcut(QKeySequence::Find);
    refreshAction = make(
        QStringLiteral("refreshAction"), themeIcon(QStringLiteral("view-refresh"), QStyle::SP_BrowserReload, st));
    QList<QKeySequence> refreshKeys = QKeySequence::keyBindings(QKeySequence::Refresh);
    if (!refreshKeys.contains(QKeySequence(Qt::Key_F5)))
        refreshKeys.append(QKeySequence(Qt::Key_F5));
    refreshAction->setShortcuts(refreshKeys);
    enableAction = make(
        QStringLiteral("enableAction"), themeIcon(QStringLiteral("mail-mark-read"), QStyle::SP_DialogApplyButton, st));
    disableAction = make(QStringLiteral("disableAction"),
        themeIcon(QStringLiteral("action-unavailable"), QStyle::SP_DialogCancelButton, st));
    resetPasswordAction = make(QStringLiteral("resetPasswordAction"),
        themeIcon(QStringLiteral("dialog-password"), QStyle::SP_DialogResetButton, st));
    quotaAction
        = make(QStringLiteral("quotaAction"), themeIcon(QStringLiteral("drive-harddisk"), QStyle::SP_DriveHDIcon, st));
    softQuotaAction = make(QStringLiteral("softQuotaAction"),
        themeIcon(QStringLiteral("dialog-warning"), QStyle::SP_MessageBoxWarning, st));
    archivingAction = make(
        QStringLiteral("archivingAction"), themeIcon(QStringLiteral("document-save"), QStyle::SP_DialogSaveButton, st));
    newDomainAction = make(
        QStringLiteral("newDomainAction"), themeIcon(QStringLiteral("folder-new"), QStyle::SP_FileDialogNewFolder, st));
    editDomainAction = make(QStringLiteral("editDomainAction"),
        themeIcon(QStringLiteral("document-properties"), QStyle::SP_FileDialogDetailedView, st));
    removeDomainAction = make(
        QStringLiteral("removeDomainAction"), themeIcon(QStringLiteral("edit-delete"), QStyle::SP_TrashIcon, st));
    openStoreAction = make(
        QStringLiteral("openStoreAction"), themeIcon(QStringLiteral("document-open"), QStyle::SP_DialogOpenButton, st));
    openStoreAction->setShortcut(QKeySequence::Open);
    quitAction = make(
        QStringLiteral("quitAction"), themeIcon(QStringLiteral("application-exit"), QStyle::SP_DialogCloseButton, st));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    aboutAction = make(
        QStringLiteral("aboutAction"), themeIcon(QStringLiteral("help-about"), QStyle::SP_MessageBoxInformation, st));
    aboutAction->setMenuRole(QAction::AboutRole);

    languageGroup = new QActionGroup(window);
    languageGroup->setExclusive(true);
    // Each language is named in itself, so that it is found whatever the current one.
    englishAction = new QAction(QStringLiteral("English"), languageGroup);
    englishAction->setObjectName(QStringLiteral("englishAction"));
    englishAction->setCheckable(true);
    englishAction->setData(QStringLiteral("en"));
    italianAction = new QAction(QStringLiteral("Italiano"), languageGroup);
    italianAction->setObjectName(QStringLiteral("italianAction"));
    italianAction->setCheckable(true);
    italianAction->setData(QStringLiteral("it"));
    englishAction->setChecked(true);

    connect(findAction, &QAction::triggered, this, [this] {
        if (pagesStackedWidget->currentWidget() != mailboxesPage)
            return;
        searchLineEdit->setFocus(Qt::ShortcutFocusReason);
        searchLineEdit->selectAll();
    });
    connect(quitAction, &QAction::triggered, window, &QWidget::close);

    importAction
        = new QAction(themeIcon(QStringLiteral("document-import"), QStyle::SP_ArrowDown, st), QString(), window);
    importAction->setObjectName(QStringLiteral("importAction"));
    exportAction = new QAction(themeIcon(QStringLiteral("document-export"), QStyle::SP_ArrowUp, st), QString(), window);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportSelectedAction = new QAction(window);
    exportSelectedAction->setObjectName(QStringLiteral("exportSelectedAction"));

    // Mailbox > Change selected mailboxes, in the order of BulkChangeDialog::actions().
    bulkMenu = new QMenu(window);
    bulkMenu->setObjectName(QStringLiteral("bulkMenu"));
    auto makeBulk = [this](const QString &objectName) {
        auto *action = new QAction(window);
        action->setObjectName(objectName);
        bulkMenu->addAction(action);
        return action;
    };
    bulkQuotaAction = makeBulk(QStringLiteral("bulkQuotaAction"));
    bulkSoftQuotaAction = makeBulk(QStringLiteral("bulkSoftQuotaAction"));
    bulkArchivingOnAction = makeBulk(QStringLiteral("bulkArchivingOnAction"));
    bulkArchivingOffAction = makeBulk(QStringLiteral("bulkArchivingOffAction"));
    bulkResetPasswordsAction = makeBulk(QStringLiteral("bulkResetPasswordsAction"));

    // View > Refresh automatically, next to Refresh; its state is the window's to remember.
    autoRefreshAction = new QAction(window);
    autoRefreshAction->setObjectName(QStringLiteral("autoRefreshAction"));
    autoRefreshAction->setCheckable(true);
    workOfflineAction = new QAction(window);
    workOfflineAction->setObjectName(QStringLiteral("workOfflineAction"));
    workOfflineAction->setCheckable(true);
    manageConnectionsAction = new QAction(window);
    manageConnectionsAction->setObjectName(QStringLiteral("manageConnectionsAction"));
    historyAction = new QAction(window);
    historyAction->setObjectName(QStringLiteral("historyAction"));
}

void MainWindowView::createMenus()
{
    QMenuBar *menuBar = window->menuBar();
    fileMenu = menuBar->addMenu(QString());
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(newDomainAction);
    fileMenu->addAction(editDomainAction);
    fileMenu->addAction(removeDomainAction);
    connectMenu = new QMenu(window);
    connectMenu->setObjectName(QStringLiteral("connectMenu"));
    fileMenu->addMenu(connectMenu);
    fileMenu->addAction(openStoreAction);
    fileMenu->addAction(workOfflineAction);
    fileMenu->addSeparator();
    fileMenu->addAction(importAction);
    fileMenu->addAction(exportAction);
    fileMenu->addAction(exportSelectedAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);

    mailboxMenu = menuBar->addMenu(QString());
    mailboxMenu->setObjectName(QStringLiteral("mailboxMenu"));
    mailboxMenu->addAction(newMailboxAction);
    mailboxMenu->addSeparator();
    mailboxMenu->addAction(enableAction);
    mailboxMenu->addAction(disableAction);
    mailboxMenu->addAction(resetPasswordAction);
    mailboxMenu->addSeparator();
    mailboxMenu->addAction(quotaAction);
    mailboxMenu->addAction(softQuotaAction);
    mailboxMenu->addAction(archivingAction);
    mailboxMenu->addSeparator();
    mailboxMenu->addMenu(bulkMenu);
    mailboxMenu->addSeparator();
    mailboxMenu->addAction(deleteAction);

    viewMenu = menuBar->addMenu(QString());
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    viewMenu->addAction(findAction);
    viewMenu->addAction(refreshAction);
    viewMenu->addAction(autoRefreshAction);
    viewMenu->addAction(historyAction);
    viewMenu->addSeparator();
    languageMenu = viewMenu->addMenu(QString());
    languageMenu->setObjectName(QStringLiteral("languageMenu"));
    languageMenu->addAction(englishAction);
    languageMenu->addAction(italianAction);
    languageMenu->setEnabled(false);

    helpMenu = menuBar->addMenu(QString());
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    helpMenu->addAction(aboutAction);

    toolBar = window->addToolBar(QString());
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addAction(newMailboxAction);
    toolBar->addAction(enableAction);
    toolBar->addAction(disableAction);
    toolBar->addAction(resetPasswordAction);
    toolBar->addAction(quotaAction);
    toolBar->addAction(deleteAction);
    toolBar->addSeparator();
    toolBar->addAction(refreshAction);
}

void MainWindowView::createPages()
{
    pagesStackedWidget = new QStackedWidget(window);
    pagesStackedWidget->setObjectName(QStringLiteral("pagesStackedWidget"));
    window->setCentralWidget(pagesStackedWidget);

    openingLabel = new QLabel(pagesStackedWidget);
    openingLabel->setObjectName(QStringLiteral("openingLabel"));
    openingLabel->setAlignment(Qt::AlignCenter);
    pagesStackedWidget->addWidget(openingLabel);

    // The store could not be opened: why, and a way out.
    errorPage = new QWidget(pagesStackedWidget);
    errorPage->setObjectName(QStringLiteral("errorPage"));
    auto *errorLayout = new QVBoxLayout(errorPage);
    errorLayout->addStretch(1);
    errorTitleLabel = new QLabel(errorPage);
    errorTitleLabel->setObjectName(QStringLiteral("errorTitleLabel"));
    errorTitleLabel->setAlignment(Qt::AlignCenter);
    QFont titleFont = errorTitleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    errorTitleLabel->setFont(titleFont);
    errorLayout->addWidget(errorTitleLabel);
    errorLabel = new QLabel(errorPage);
    errorLabel->setObjectName(QStringLiteral("errorLabel"));
    errorLabel->setAlignment(Qt::AlignCenter);
    errorLabel->setWordWrap(true);
    errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    errorLayout->addWidget(errorLabel);
    auto *errorButtons = new QHBoxLayout;
    errorButtons->addStretch(1);
    chooseFileButton = new QPushButton(errorPage);
    chooseFileButton->setObjectName(QStringLiteral("chooseFileButton"));
    retryButton = new QPushButton(errorPage);
    retryButton->setObjectName(QStringLiteral("retryButton"));
    errorButtons->addWidget(chooseFileButton);
    errorButtons->addWidget(retryButton);
    errorButtons->addStretch(1);
    errorLayout->addLayout(errorButtons);
    errorLayout->addStretch(2);
    pagesStackedWidget->addWidget(errorPage);

    welcomePage = new WelcomePage(pagesStackedWidget);
    pagesStackedWidget->addWidget(welcomePage);

    // The mailboxes of a domain.
    mailboxesPage = new QWidget(pagesStackedWidget);
    mailboxesPage->setObjectName(QStringLiteral("mailboxesPage"));
    auto *pageLayout = new QVBoxLayout(mailboxesPage);
    offlineBanner = new QLabel(mailboxesPage);
    offlineBanner->setObjectName(QStringLiteral("offlineBanner"));
    offlineBanner->setWordWrap(true);
    offlineBanner->setFrameShape(QFrame::StyledPanel);
    offlineBanner->setMargin(6);
    offlineBanner->setAutoFillBackground(true);
    offlineBanner->setBackgroundRole(QPalette::ToolTipBase);
    offlineBanner->setForegroundRole(QPalette::ToolTipText);
    // Read by a screen reader as it appears; selectable, so that Tab reaches it.
    offlineBanner->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    offlineBanner->setFocusPolicy(Qt::StrongFocus);
    offlineBanner->hide();
    pageLayout->addWidget(offlineBanner);
    auto *filterLayout = new QHBoxLayout;
    domainLabel = new QLabel(mailboxesPage);
    domainLabel->setObjectName(QStringLiteral("domainLabel"));
    domainComboBox = new QComboBox(mailboxesPage);
    domainComboBox->setObjectName(QStringLiteral("domainComboBox"));
    domainComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    domainComboBox->setMinimumContentsLength(18);
    domainLabel->setBuddy(domainComboBox);
    // The domain's own actions, from the picker too.
    domainComboBox->setContextMenuPolicy(Qt::ActionsContextMenu);
    domainComboBox->addAction(editDomainAction);
    domainComboBox->addAction(removeDomainAction);
    searchLineEdit = new QLineEdit(mailboxesPage);
    searchLineEdit->setObjectName(QStringLiteral("searchLineEdit"));
    searchLineEdit->setClearButtonEnabled(true);
    searchLineEdit
        ->addAction(themeIcon(QStringLiteral("edit-find"), QStyle::SP_FileDialogContentsView, window->style()),
            QLineEdit::LeadingPosition)
        ->setObjectName(QStringLiteral("searchIconAction"));
    filterLayout->addWidget(domainLabel);
    filterLayout->addWidget(domainComboBox);
    filterLayout->addSpacing(12);
    filterLayout->addWidget(searchLineEdit, 1);
    showComboBox = new QComboBox(mailboxesPage);
    showComboBox->setObjectName(QStringLiteral("showComboBox"));
    showComboBox->addItem(QString(), false);
    showComboBox->addItem(QString(), true);
    showComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    showComboBox->hide(); // while offline only: the server keeps no journal
    filterLayout->addWidget(showComboBox);
    pageLayout->addLayout(filterLayout);
    // A search that matches nothing says so, rather than leaving an empty table.
    noMatchLabel = new QLabel(mailboxesPage);
    noMatchLabel->setObjectName(QStringLiteral("noMatchLabel"));
    noMatchLabel->setWordWrap(true);
    noMatchLabel->setTextFormat(Qt::PlainText);
    noMatchLabel->hide();
    pageLayout->addWidget(noMatchLabel);

    searchTimer = new QTimer(window);
    searchTimer->setObjectName(QStringLiteral("searchTimer"));
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(150);
    connect(searchLineEdit, &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
    connect(searchTimer, &QTimer::timeout, this, [this] { model->setFilter(searchLineEdit->text()); });
    connect(showComboBox, qOverload<int>(&QComboBox::currentIndexChanged), this,
        [this](int index) { model->setPendingOnly(showComboBox->itemData(index).toBool()); });

    splitter = new QSplitter(Qt::Horizontal, mailboxesPage);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    mailboxTableView = new QTableView(splitter);
    mailboxTableView->setObjectName(QStringLiteral("mailboxTableView"));
    mailboxTableView->setModel(model);
    // Tab leaves the table for the next widget (arrows move between cells): no keyboard trap.
    mailboxTableView->setTabKeyNavigation(false);
    mailboxTableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mailboxTableView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mailboxTableView->setAlternatingRowColors(true);
    mailboxTableView->setShowGrid(false);
    mailboxTableView->setWordWrap(false);
    mailboxTableView->setSortingEnabled(true);
    mailboxTableView->sortByColumn(MailboxTableModel::AddressColumn, Qt::AscendingOrder);
    mailboxTableView->setContextMenuPolicy(Qt::CustomContextMenu);
    mailboxTableView->setItemDelegateForColumn(MailboxTableModel::UsageColumn, new UsageBarDelegate(mailboxTableView));
    QHeaderView *rows = mailboxTableView->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(window->fontMetrics().height() + 10);
    rows->hide();
    QHeaderView *columns = mailboxTableView->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(true);
    // Default widths that hold typical values and, in every language, the header's own text.
    const int charWidth = window->fontMetrics().averageCharWidth();
    const int padding = charWidth * 3;
    const int statusWidth = std::max(window->fontMetrics().horizontalAdvance(
                                         QCoreApplication::translate("pecadmin::MailboxTableModel", "Enabled")),
                                window->fontMetrics().horizontalAdvance(
                                    QCoreApplication::translate("pecadmin::MailboxTableModel", "Disabled")))
        + padding;
    const std::pair<int, int> widths[] = { { MailboxTableModel::AddressColumn, charWidth * 36 },
        { MailboxTableModel::StatusColumn, statusWidth }, { MailboxTableModel::UsageColumn, charWidth * 26 },
        { MailboxTableModel::SoftQuotaColumn, charWidth * 12 },
        { MailboxTableModel::ArchivingColumn, charWidth * 12 } };
    for (const auto &[column, width] : widths)
        columns->resizeSection(column, std::max(width, columns->sectionSizeHint(column)));
    splitter->addWidget(mailboxTableView);

    detailsPane = new MailboxDetailsPane(splitter);
    splitter->addWidget(detailsPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    pageLayout->addWidget(splitter, 1);
    pagesStackedWidget->addWidget(mailboxesPage);

    journalDock = new QDockWidget(window);
    journalDock->setObjectName(QStringLiteral("journalDock"));
    journalDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    journalPane = new JournalPane(journalDock);
    journalDock->setWidget(journalPane);
    window->addDockWidget(Qt::BottomDockWidgetArea, journalDock);
    journalDock->hide();
    journalAction = journalDock->toggleViewAction();
    journalAction->setObjectName(QStringLiteral("journalAction"));
    viewMenu->insertAction(historyAction, journalAction);

    // A header whose text grows with a language switch at run time widens to show it whole.
    connect(model, &QAbstractItemModel::headerDataChanged, this, [this] {
        QHeaderView *header = mailboxTableView->horizontalHeader();
        for (int column = 0; column < header->count() - 1; ++column) {
            if (header->sectionSize(column) < header->sectionSizeHint(column))
                header->resizeSection(column, header->sectionSizeHint(column));
        }
    });
    connect(model, &MailboxTableModel::loadingChanged, this, &MainWindowView::updateNoMatch);
    connect(model, &QAbstractItemModel::modelReset, this, &MainWindowView::updateNoMatch);
    connect(model, &QAbstractItemModel::rowsInserted, this, &MainWindowView::updateNoMatch);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindowView::updateNoMatch);
    connect(mailboxTableView, &QWidget::customContextMenuRequested, this, &MainWindowView::showContextMenu);
    connect(mailboxTableView, &QAbstractItemView::doubleClicked, this, [this] {
        if (quotaAction->isEnabled())
            quotaAction->trigger();
    });
}

void MainWindowView::createStatusBar()
{
    totalsLabel = new ValueLabel(window);
    totalsLabel->setObjectName(QStringLiteral("totalsLabel"));
    loadingLabel = new QLabel(window);
    loadingLabel->setObjectName(QStringLiteral("loadingLabel"));
    loadingLabel->hide();
    connectionLabel = new ValueLabel(window);
    connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    connectionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    window->statusBar()->addWidget(totalsLabel, 1);
    noteLabel = new ValueLabel(window);
    noteLabel->setObjectName(QStringLiteral("noteLabel"));
    noteLabel->hide();
    window->statusBar()->addPermanentWidget(loadingLabel);
    window->statusBar()->addPermanentWidget(noteLabel);
    window->statusBar()->addPermanentWidget(connectionLabel);
    connect(model, &MailboxTableModel::loadingChanged, loadingLabel, &QWidget::setVisible);
}

void MainWindowView::updateNoMatch()
{
    const QString filter = model->filter();
    const bool none = !filter.isEmpty() && !model->isLoading() && model->rowCount() == 0;
    const QString text = none ? tr("No mailbox matches “%1”.").arg(filter) : QString();
    const bool changed = text != noMatchLabel->text();
    noMatchLabel->setText(text);
    noMatchLabel->setVisible(none);
    if (changed && none) {
        QAccessibleEvent alert(noMatchLabel, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

QAction *MainWindowView::action(WindowAction which) const
{
    switch (which) {
    case WindowAction::NewMailbox:
        return newMailboxAction;
    case WindowAction::Delete:
        return deleteAction;
    case WindowAction::Enable:
        return enableAction;
    case WindowAction::Disable:
        return disableAction;
    case WindowAction::ResetPassword:
        return resetPasswordAction;
    case WindowAction::Quota:
        return quotaAction;
    case WindowAction::SoftQuota:
        return softQuotaAction;
    case WindowAction::Archiving:
        return archivingAction;
    case WindowAction::Find:
        return findAction;
    case WindowAction::Refresh:
        return refreshAction;
    case WindowAction::NewDomain:
        return newDomainAction;
    case WindowAction::EditDomain:
        return editDomainAction;
    case WindowAction::RemoveDomain:
        return removeDomainAction;
    case WindowAction::Import:
        return importAction;
    case WindowAction::Export:
        return exportAction;
    case WindowAction::ExportSelected:
        return exportSelectedAction;
    case WindowAction::BulkChange:
        return bulkMenu->menuAction();
    case WindowAction::BulkQuota:
        return bulkQuotaAction;
    case WindowAction::BulkSoftQuota:
        return bulkSoftQuotaAction;
    case WindowAction::BulkArchivingOn:
        return bulkArchivingOnAction;
    case WindowAction::BulkArchivingOff:
        return bulkArchivingOffAction;
    case WindowAction::BulkResetPasswords:
        return bulkResetPasswordsAction;
    }
    return nullptr;
}

void MainWindowView::applyActionStates(const std::function<ActionState(WindowAction)> &stateOf)
{
    static constexpr WindowAction withReasons[] = { WindowAction::NewMailbox, WindowAction::Delete,
        WindowAction::Enable, WindowAction::Disable, WindowAction::ResetPassword, WindowAction::Quota,
        WindowAction::SoftQuota, WindowAction::Archiving, WindowAction::Find, WindowAction::Refresh,
        WindowAction::NewDomain, WindowAction::EditDomain, WindowAction::RemoveDomain };
    for (const WindowAction which : withReasons) {
        const ActionState state = stateOf(which);
        QAction *action = this->action(which);
        action->setEnabled(state.enabled);
        // A disabled action says why in its tooltip; an enabled one shows its name.
        const QString name = action->text().remove(u'&').remove(u'…');
        action->setToolTip(state.enabled || state.reason.isEmpty() ? name : name + u'\n' + state.reason);
    }
    static constexpr WindowAction others[] = { WindowAction::Import, WindowAction::Export, WindowAction::ExportSelected,
        WindowAction::BulkQuota, WindowAction::BulkSoftQuota, WindowAction::BulkArchivingOn,
        WindowAction::BulkArchivingOff, WindowAction::BulkResetPasswords };
    for (const WindowAction which : others)
        action(which)->setEnabled(stateOf(which).enabled);
    bulkMenu->setEnabled(stateOf(WindowAction::BulkChange).enabled);
}

void MainWindowView::retranslateUi()
{
    fileMenu->setTitle(tr("&File"));
    mailboxMenu->setTitle(tr("&Mailbox"));
    viewMenu->setTitle(tr("&View"));
    languageMenu->setTitle(tr("&Language"));
    helpMenu->setTitle(tr("&Help"));
    toolBar->setWindowTitle(tr("Main toolbar"));

    newMailboxAction->setText(tr("&New mailbox…"));
    newMailboxAction->setStatusTip(tr("Create a mailbox in this domain"));
    deleteAction->setText(tr("&Delete…"));
    findAction->setText(tr("&Find"));
    findAction->setStatusTip(tr("Search the mailboxes by name"));
    refreshAction->setText(tr("&Refresh"));
    refreshAction->setStatusTip(tr("Read the domain's mailboxes again"));
    enableAction->setText(tr("&Enable…"));
    disableAction->setText(tr("D&isable…"));
    resetPasswordAction->setText(tr("Reset &password…"));
    quotaAction->setText(tr("Disk &quota…"));
    softQuotaAction->setText(tr("&Soft quota…"));
    archivingAction->setText(tr("&Archiving…"));
    newDomainAction->setText(tr("New &domain…"));
    newDomainAction->setStatusTip(tr("Add a PEC domain to this store"));
    editDomainAction->setText(tr("Edi&t domain…"));
    editDomainAction->setStatusTip(tr("Change the chosen domain's limits and password policy"));
    removeDomainAction->setText(tr("Re&move domain…"));
    removeDomainAction->setStatusTip(tr("Remove the chosen domain, once it holds no mailbox but its postmaster"));
    openStoreAction->setText(tr("&Open store…"));
    openStoreAction->setStatusTip(tr("Open another local store file"));
    quitAction->setText(tr("&Quit"));
    aboutAction->setText(tr("&About PEC Admin"));

    openingLabel->setText(tr("Opening the store…"));
    errorTitleLabel->setText(tr("The store cannot be opened"));
    chooseFileButton->setText(tr("Choose another file…"));
    retryButton->setText(tr("Try again"));
    domainLabel->setText(tr("&Domain:"));
    domainComboBox->setAccessibleName(tr("Domain"));
    domainComboBox->setToolTip(tr("The domain whose mailboxes are shown"));
    searchLineEdit->setPlaceholderText(
        tr("Search mailboxes (%1)").arg(findAction->shortcut().toString(QKeySequence::NativeText)));
    searchLineEdit->setAccessibleName(tr("Search mailboxes"));
    if (auto *icon = searchLineEdit->findChild<QAction *>(QStringLiteral("searchIconAction")))
        icon->setText(tr("Search"));
    // Qt's own clear button of the search field, named for screen readers.
    if (auto *clear = searchLineEdit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction")))
        clear->setText(tr("Clear the search"));
    if (auto *more = toolBar->findChild<QWidget *>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(tr("More tools"));
    updateNoMatch();
    mailboxTableView->setAccessibleName(tr("Mailboxes"));
    detailsPane->setAccessibleName(tr("Mailbox details"));
    loadingLabel->setText(tr("Loading…"));
    totalsLabel->setAccessibleName(tr("Domain totals"));
    connectionLabel->setAccessibleName(tr("Connection"));
    noteLabel->setAccessibleName(tr("Note"));
    importAction->setText(tr("&Import mailboxes…"));
    importAction->setStatusTip(tr("Create mailboxes from a CSV file made with a spreadsheet"));
    exportAction->setText(tr("&Export mailboxes…"));
    exportAction->setStatusTip(tr("Write every mailbox of this domain to a CSV file"));
    historyAction->setText(tr("&History…"));
    historyAction->setStatusTip(tr("Who changed what in this domain, and when"));
    exportSelectedAction->setText(tr("Export &selected…"));
    exportSelectedAction->setStatusTip(tr("Write the selected mailboxes to a CSV file"));
    bulkMenu->setTitle(tr("Change se&lected mailboxes"));
    bulkQuotaAction->setText(tr("Set disk &quota…"));
    bulkSoftQuotaAction->setText(tr("Set &soft quota…"));
    bulkArchivingOnAction->setText(tr("Turn archiving &on…"));
    bulkArchivingOffAction->setText(tr("Turn archiving o&ff…"));
    bulkResetPasswordsAction->setText(tr("&Reset passwords…"));
    connectMenu->setTitle(tr("&Connect to"));
    manageConnectionsAction->setText(tr("&Manage connections…"));
    manageConnectionsAction->setStatusTip(tr("Add, change or remove the stores and servers to connect to"));
    autoRefreshAction->setText(tr("Refresh &automatically"));
    workOfflineAction->setText(tr("&Work offline"));
    workOfflineAction->setStatusTip(
        tr("Show the copy kept for offline work without reaching the server; changes wait in a journal meanwhile"));
    offlineBanner->setAccessibleName(tr("Offline"));
    showComboBox->setItemText(0, tr("All mailboxes"));
    //: The table's filter: only the mailboxes with changes made offline waiting to be sent
    showComboBox->setItemText(1, tr("Pending changes"));
    showComboBox->setAccessibleName(tr("Show"));
    showComboBox->setToolTip(tr("All the mailboxes, or only those with changes made offline waiting to be sent"));
    //: The dock of the journal, and its View menu entry
    journalDock->setWindowTitle(tr("Changes Made Offline"));
    journalDock->setAccessibleName(tr("Changes made offline"));
    journalAction->setText(tr("&Changes Made Offline"));
    journalAction->setStatusTip(tr("The changes made offline, waiting to be sent to the server"));
    autoRefreshAction->setStatusTip(tr("Read a shared store or a server again every 30 seconds"));
}

void MainWindowView::rebuildConnectMenu(const QString &current, const QList<ConnectionProfile> &profiles)
{
    connectMenu->clear();
    auto *group = new QActionGroup(connectMenu);
    auto add = [&](const QString &name, const QString &text, const QString &tip) {
        QAction *action = connectMenu->addAction(text);
        action->setObjectName(QStringLiteral("connectAction:") + name);
        action->setCheckable(true);
        action->setChecked(name == current);
        action->setStatusTip(tip);
        action->setActionGroup(group);
        connect(action, &QAction::triggered, this, [this, name] { Q_EMIT connectRequested(name); });
    };
    add(ProfileStore::localStoreName(), tr("Local store"), QDir::toNativeSeparators(Connector::defaultStorePath()));
    if (!profiles.isEmpty())
        connectMenu->addSeparator();
    for (const ConnectionProfile &profile : profiles)
        add(profile.name, QString(profile.name).replace(u'&', QStringLiteral("&&")),
            QDir::toNativeSeparators(profile.displayLocation()));
    connectMenu->addSeparator();
    connectMenu->addAction(manageConnectionsAction);
}

void MainWindowView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = mailboxTableView->indexAt(position);
    if (!index.isValid())
        return;
    if (!mailboxTableView->selectionModel()->isRowSelected(index.row(), {}))
        mailboxTableView->selectRow(index.row());
    auto *menu = new QMenu(window);
    menu->setObjectName(QStringLiteral("mailboxContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(enableAction);
    menu->addAction(disableAction);
    menu->addAction(resetPasswordAction);
    menu->addSeparator();
    menu->addAction(quotaAction);
    menu->addAction(softQuotaAction);
    menu->addAction(archivingAction);
    if (bulkMenu->isEnabled())
        menu->addMenu(bulkMenu);
    menu->addSeparator();
    menu->addAction(exportSelectedAction);
    menu->addSeparator();
    menu->addAction(deleteAction);
    menu->popup(mailboxTableView->viewport()->mapToGlobal(position));
}

void MainWindowView::restoreLayout(const AppSettings &settings)
{
    if (!window->restoreGeometry(settings.windowGeometry()))
        window->resize(1240, 720);
    window->restoreState(settings.windowState());
    const QByteArray splitterState = settings.splitterState();
    if (splitterState.isEmpty() || !splitter->restoreState(splitterState))
        splitter->setSizes({ 920, 320 });
    const QByteArray header = settings.headerState();
    if (!header.isEmpty())
        mailboxTableView->horizontalHeader()->restoreState(header);
}

void MainWindowView::saveLayout(AppSettings &settings) const
{
    settings.setWindowGeometry(window->saveGeometry());
    settings.setWindowState(window->saveState());
    settings.setSplitterState(splitter->saveState());
    settings.setHeaderState(mailboxTableView->horizontalHeader()->saveState());
    settings.sync();
}

} // namespace pecadmin
