#include "appsettings.h"
#include "core/languages.h"
#include "core/mailboxservice.h"
#include "core/rules.h"
#include "mailboxdetailspane.h"
#include "mailboxtablemodel.h"
#include "mainwindow.h"
#include "newdomaindialog.h"
#include "removedomaindialog.h"
#include "support/await.h"
#include "support/testmode.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace pecadmin;
using pecadmin::test::await;
using namespace Qt::StringLiterals;

namespace {

const QString demoDomain = u"pec.example.it"_s;

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void firstRunShowsWelcomePage();
    void demoDomainFillsTable();
    void searchFiltersAsYouType();
    void selectionEnablesActions();
    void postmasterDisablesActions();
    void archivingOnlyWhereTheDomainHasIt();
    void detailsPaneFollowsSelection();
    void disablingUpdatesTheRowByAddress();
    void languageSwitchRetranslates();
    void startsInItalian();
    void languageChangeReachesEveryPart();
    void keyboardOnly_data();
    void keyboardOnly();
    void keyboardOnlyChanges_data();
    void keyboardOnlyChanges();
    void mnemonicsAreUniqueInEveryMenu_data();
    void mnemonicsAreUniqueInEveryMenu();
    void lastDomainRemembered();
    void editAndRemoveTheChosenDomain();
    void unreadableStoreShowsError();

private:
    // A window on the store of this test function, its settings in the temporary folder.
    MainWindow *openWindow(const QString &storeFile = u"store.sqlite"_s);
    void openDemo(MainWindow *window);
    void chooseSecondDomain(MainWindow *window);
    template<typename T> T *child(const QString &name) const
    {
        T *found = m_window->findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }
    QAction *action(const QString &name) const { return child<QAction>(name); }
    QTableView *table() const { return child<QTableView>(u"mailboxTableView"_s); }
    // The language of the test function's "language" column, for the window and the locale,
    // until the function ends.
    void speak(const QString &language);
    void clickRow(int row, Qt::KeyboardModifiers modifiers = {});
    int rowOf(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Languages> m_languages;
};

void TestMainWindow::initTestCase()
{
    test::enableTestMode();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_qsettings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_settings = std::make_unique<AppSettings>(*m_qsettings);
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    if (m_languages) {
        m_languages->setLanguage(u"en"_s);
        m_languages.reset();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    m_settings.reset();
    m_qsettings.reset();
    m_dir.reset();
}

MainWindow *TestMainWindow::openWindow(const QString &storeFile)
{
    m_window = std::make_unique<MainWindow>(*m_settings, m_dir->filePath(storeFile));
    m_window->resize(1000, 600);
    m_window->show();
    return m_window.get();
}

void TestMainWindow::openDemo(MainWindow *window)
{
    auto *pages = window->findChild<QStackedWidget *>(u"pagesStackedWidget"_s);
    QTRY_VERIFY(pages->currentWidget()->objectName() == u"welcomePage");
    QTest::mouseClick(window->findChild<QPushButton *>(u"demoDomainButton"_s), Qt::LeftButton);
    QTRY_COMPARE(pages->currentWidget()->objectName(), u"mailboxesPage"_s);
    QTRY_VERIFY(window->mailboxModel()->rowCount() > 0 && !window->mailboxModel()->isLoading());
    QTRY_VERIFY(window->findChild<QAction *>(u"newMailboxAction"_s)->isEnabled()); // the totals are in
}

// Adds second.example.it beside the demo domain, and chooses it in the domain picker.
void TestMainWindow::chooseSecondDomain(MainWindow *window)
{
    Domain second;
    second.name = u"second.example.it"_s;
    second.totalSpaceMb = 4096;
    second.maxMailboxes = 10;
    QVERIFY(await(window->service()->addDomain(second)).ok());
    action(u"refreshAction"_s)->trigger();
    auto *domains = child<QComboBox>(u"domainComboBox"_s);
    QTRY_COMPARE(domains->count(), 2);
    const int index = domains->findText(second.name);
    domains->setCurrentIndex(index);
    Q_EMIT domains->activated(index);
    QTRY_COMPARE(window->currentDomain(), second.name);
    QTRY_COMPARE(window->domainDetails().domain.name, second.name);
}

void TestMainWindow::speak(const QString &language)
{
    m_languages = std::make_unique<Languages>();
    QVERIFY(m_languages->setLanguage(language));
    if (!m_window)
        return;
    m_window->setLanguages(m_languages.get());
    // The window speaks it: its menus read in the language.
    const auto mailboxMenu = [this] { return child<QMenu>(u"mailboxMenu"_s)->title(); };
    QTRY_COMPARE(mailboxMenu() == u"&Mailbox"_s, language == u"en"_s);
}

static void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("it") << u"it"_s;
}

void TestMainWindow::clickRow(int row, Qt::KeyboardModifiers modifiers)
{
    QTableView *view = table();
    const QModelIndex index = view->model()->index(row, MailboxTableModel::AddressColumn);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(index).center());
}

int TestMainWindow::rowOf(const QString &name) const
{
    return m_window->mailboxModel()->rowOfAddress(name + u'@' + demoDomain);
}

void TestMainWindow::firstRunShowsWelcomePage()
{
    openWindow();
    auto *pages = child<QStackedWidget>(u"pagesStackedWidget"_s);
    QTRY_COMPARE(pages->currentWidget()->objectName(), u"welcomePage"_s);
    QVERIFY(!table()->isVisible());
    QVERIFY(child<QPushButton>(u"addDomainButton"_s)->isVisible());
    QVERIFY(child<QPushButton>(u"demoDomainButton"_s)->isEnabled());
    for (const char *name : { "newMailboxAction", "deleteAction", "enableAction", "disableAction",
             "resetPasswordAction", "quotaAction", "softQuotaAction", "archivingAction" })
        QVERIFY2(!action(QString::fromLatin1(name))->isEnabled(), name);
    QVERIFY(action(u"newDomainAction"_s)->isEnabled());
    QVERIFY(child<QLabel>(u"connectionLabel"_s)->text().contains(u"store.sqlite"_s));
}

void TestMainWindow::demoDomainFillsTable()
{
    MainWindow *window = openWindow();
    openDemo(window);
    auto *domains = child<QComboBox>(u"domainComboBox"_s);
    QCOMPARE(domains->count(), 1);
    QCOMPARE(domains->currentText(), demoDomain);
    QVERIFY(!domains->accessibleName().isEmpty());
    QCOMPARE(window->currentDomain(), demoDomain);

    // The table shows what the store holds.
    const DomainDetails details = await(window->service()->domainDetails(demoDomain)).value();
    QTRY_COMPARE(window->mailboxModel()->rowCount(), details.mailboxCount); // fewer than a page
    QCOMPARE(table()->model()->index(0, 0).data().toString(), QStringLiteral("alessandro.ricci@") + demoDomain);
    const QString totals = child<QLabel>(u"totalsLabel"_s)->text();
    QVERIFY2(totals.startsWith(QString::number(details.mailboxCount) + u" of 200 mailboxes"_s), qPrintable(totals));
    QVERIFY2(totals.contains(u"of 50 GB allocated"_s), qPrintable(totals));
    QCOMPARE(m_settings->lastDomain(), demoDomain);
}

void TestMainWindow::searchFiltersAsYouType()
{
    MainWindow *window = openWindow();
    openDemo(window);
    auto *search = child<QLineEdit>(u"searchLineEdit"_s);

    // Ctrl+F goes to the search field.
    table()->setFocus();
    QTest::keySequence(window, QKeySequence::Find);
    QTRY_VERIFY(search->hasFocus());

    QTest::keyClicks(search, u"ross"_s);
    MailboxQuery query;
    query.domain = demoDomain;
    query.filter = u"ross"_s;
    query.limit = 1000;
    const MailboxPage expected = await(window->service()->mailboxes(query)).value();
    QVERIFY(!expected.mailboxes.isEmpty());
    QTRY_COMPARE(window->mailboxModel()->rowCount(), int(expected.mailboxes.size()));
    for (int row = 0; row < window->mailboxModel()->rowCount(); ++row)
        QCOMPARE(window->mailboxModel()->mailboxAt(row).address(), expected.mailboxes.at(row).address());

    search->clear();
    const DomainDetails details = await(window->service()->domainDetails(demoDomain)).value();
    QTRY_COMPARE(window->mailboxModel()->rowCount(), details.mailboxCount);

    QTest::keyClicks(search, u"no-such-mailbox"_s);
    QTRY_COMPARE(window->mailboxModel()->rowCount(), 0);
}

void TestMainWindow::selectionEnablesActions()
{
    MainWindow *window = openWindow();
    openDemo(window);
    QVERIFY(action(u"newMailboxAction"_s)->isEnabled());
    QVERIFY(!action(u"deleteAction"_s)->isEnabled());
    QVERIFY(!action(u"quotaAction"_s)->isEnabled());

    // One enabled mailbox.
    const int mario = rowOf(u"mario.rossi"_s);
    QVERIFY(mario >= 0);
    QVERIFY(window->mailboxModel()->mailboxAt(mario).enabled);
    clickRow(mario);
    QCOMPARE(window->selectedMailboxes().size(), 1);
    for (const char *name :
        { "deleteAction", "disableAction", "resetPasswordAction", "quotaAction", "softQuotaAction" })
        QVERIFY2(action(QString::fromLatin1(name))->isEnabled(), name);
    QVERIFY(!action(u"enableAction"_s)->isEnabled()); // nothing to enable

    // A disabled one added with Ctrl: both Enable and Disable have something to do.
    int disabled = -1;
    for (int row = 0; row < window->mailboxModel()->rowCount() && disabled < 0; ++row)
        if (!window->mailboxModel()->mailboxAt(row).enabled)
            disabled = row;
    QVERIFY(disabled >= 0);
    clickRow(disabled, Qt::ControlModifier);
    QCOMPARE(window->selectedMailboxes().size(), 2);
    QVERIFY(action(u"enableAction"_s)->isEnabled());
    QVERIFY(action(u"disableAction"_s)->isEnabled());
    QVERIFY(action(u"deleteAction"_s)->isEnabled());
    for (const char *name : { "resetPasswordAction", "quotaAction", "softQuotaAction", "archivingAction" }) {
        QVERIFY2(!action(QString::fromLatin1(name))->isEnabled(), name);
        QVERIFY2(action(QString::fromLatin1(name))->toolTip().contains(u"Select one mailbox"_s), name);
    }

    // None.
    table()->clearSelection();
    QVERIFY(!action(u"deleteAction"_s)->isEnabled());
    QVERIFY(!action(u"enableAction"_s)->isEnabled());
    QVERIFY(action(u"newMailboxAction"_s)->isEnabled());
}

void TestMainWindow::postmasterDisablesActions()
{
    MainWindow *window = openWindow();
    openDemo(window);
    const int postmaster = rowOf(u"postmaster"_s);
    QVERIFY(postmaster >= 0);
    clickRow(postmaster);
    QCOMPARE(window->selectedMailboxes().size(), 1);
    QVERIFY(window->selectedMailboxes().constFirst().isPostmaster());
    for (const char *name : { "deleteAction", "disableAction", "resetPasswordAction" }) {
        QAction *a = action(QString::fromLatin1(name));
        QVERIFY2(!a->isEnabled(), name);
        QVERIFY2(a->toolTip().contains(u"postmaster"_s), qPrintable(a->toolTip()));
    }
    QVERIFY(action(u"quotaAction"_s)->isEnabled());

    // With another mailbox too: still no deletion, since it would include the postmaster.
    clickRow(rowOf(u"mario.rossi"_s), Qt::ControlModifier);
    QCOMPARE(window->selectedMailboxes().size(), 2);
    QVERIFY(!action(u"deleteAction"_s)->isEnabled());
    QVERIFY(!action(u"disableAction"_s)->isEnabled());
}

void TestMainWindow::archivingOnlyWhereTheDomainHasIt()
{
    MainWindow *window = openWindow();
    openDemo(window);
    clickRow(rowOf(u"mario.rossi"_s));
    QVERIFY(action(u"archivingAction"_s)->isEnabled()); // the demo domain has archiving

    Domain plain;
    plain.name = u"plain.example.it"_s;
    plain.totalSpaceMb = 2048;
    plain.maxMailboxes = 5;
    plain.archivingAvailable = false;
    QVERIFY(await(window->service()->addDomain(plain)).ok());
    action(u"refreshAction"_s)->trigger();
    auto *domains = child<QComboBox>(u"domainComboBox"_s);
    QTRY_COMPARE(domains->count(), 2);
    const int index = domains->findText(plain.name);
    domains->setCurrentIndex(index);
    Q_EMIT domains->activated(index);
    QTRY_COMPARE(window->domainDetails().domain.name, plain.name);
    QTRY_COMPARE(window->mailboxModel()->rowCount(), 1); // its postmaster
    clickRow(0);
    QVERIFY(!action(u"archivingAction"_s)->isEnabled());
    // The reason is the rule's own.
    QVERIFY(action(u"archivingAction"_s)
                ->toolTip()
                .contains(rules::checkArchiving(window->domainDetails().domain, true)->message()));
}

void TestMainWindow::detailsPaneFollowsSelection()
{
    MainWindow *window = openWindow();
    openDemo(window);
    auto *pane = child<MailboxDetailsPane>(u"mailboxDetailsPane"_s);
    QCOMPARE(pane->valueText(u"selectionMessageLabel"_s), u"No mailbox selected"_s);
    const int mario = rowOf(u"mario.rossi"_s);
    clickRow(mario);
    const Mailbox shown = window->mailboxModel()->mailboxAt(mario);
    QCOMPARE(pane->valueText(u"usernameValueLabel"_s), u"mario.rossi"_s);
    QCOMPARE(pane->valueText(u"domainValueLabel"_s), demoDomain);
    QCOMPARE(pane->valueText(u"quotaValueLabel"_s), MailboxTableModel::formatMegabytes(shown.quotaMb));
    QCOMPARE(pane->valueText(u"versionValueLabel"_s), shown.version);
    QVERIFY(!pane->valueText(u"createdValueLabel"_s).isEmpty());
    // The demo's mail server reported the usage at six this morning (UTC).
    QVERIFY(shown.usageKnown());
    QCOMPARE(shown.usageUpdated.time(), QTime(6, 0));
    QCOMPARE(pane->valueText(u"usageUpdatedValueLabel"_s), MailboxTableModel::formatDateTime(shown.usageUpdated));
    QVERIFY2(pane->valueText(u"usedValueLabel"_s).startsWith(MailboxTableModel::formatSize(shown.usedBytes)),
        qPrintable(pane->valueText(u"usedValueLabel"_s)));
    Mailbox reported = shown;
    reported.usageUpdated = QDateTime(QDate(2026, 3, 2), QTime(9, 15), Qt::UTC);
    pane->setMailboxes({ reported });
    QCOMPARE(pane->valueText(u"usageUpdatedValueLabel"_s), MailboxTableModel::formatDateTime(reported.usageUpdated));
    // A usage never reported is said to be so, never shown as a size.
    Mailbox unreported = shown;
    unreported.usageUpdated = QDateTime();
    pane->setMailboxes({ unreported });
    QCOMPARE(pane->valueText(u"usedValueLabel"_s), u"Not reported by the mail server"_s);
    QCOMPARE(pane->valueText(u"usageUpdatedValueLabel"_s), u"Not reported"_s);
    // The postmaster, made with the domain, has none reported: "?" in the table.
    const int postmaster = rowOf(u"postmaster"_s);
    QVERIFY(!window->mailboxModel()->mailboxAt(postmaster).usageKnown());
    QVERIFY(window->mailboxModel()
                ->index(postmaster, MailboxTableModel::UsageColumn)
                .data()
                .toString()
                .startsWith(u"? of "_s));
    clickRow(rowOf(u"giulia.bianchi"_s), Qt::ControlModifier);
    clickRow(rowOf(u"luca.ferrari"_s), Qt::ControlModifier);
    QCOMPARE(pane->valueText(u"selectionMessageLabel"_s), u"3 mailboxes selected"_s);
}

void TestMainWindow::disablingUpdatesTheRowByAddress()
{
    MainWindow *window = openWindow();
    openDemo(window);
    const QString address = u"mario.rossi@"_s + demoDomain;
    clickRow(rowOf(u"mario.rossi"_s));
    QVERIFY(action(u"disableAction"_s)->isEnabled());
    action(u"disableAction"_s)->trigger();
    auto *dialog = window->findChild<QDialog *>(u"disableMailboxesDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // The order changes meanwhile: the answer must find the row by its address.
    child<QTableView>(u"mailboxTableView"_s)->sortByColumn(MailboxTableModel::StatusColumn, Qt::AscendingOrder);
    QTRY_VERIFY(!window->mailboxModel()->isLoading());
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"disableButton"_s), Qt::LeftButton);

    QTRY_VERIFY(!window->mailboxModel()->mailboxAt(window->mailboxModel()->rowOfAddress(address)).enabled);
    const Result<Mailbox> stored = await(window->service()->mailbox(address));
    QVERIFY(stored.ok());
    QVERIFY(!stored.value().enabled);
    QCOMPARE(window->mailboxModel()->mailboxAt(window->mailboxModel()->rowOfAddress(address)).version,
        stored.value().version);
    const int row = window->mailboxModel()->rowOfAddress(address);
    QCOMPARE(window->mailboxModel()->index(row, MailboxTableModel::StatusColumn).data().toString(), u"Disabled"_s);
}

void TestMainWindow::languageSwitchRetranslates()
{
    Languages languages;
    MainWindow *window = openWindow();
    window->setLanguages(&languages);
    languages.setLanguage(u"en"_s);
    auto *fileMenu = child<QMenu>(u"fileMenu"_s);
    QCOMPARE(fileMenu->title(), u"&File"_s);

    auto *mailboxMenu = child<QMenu>(u"mailboxMenu"_s);
    QCOMPARE(mailboxMenu->title(), u"&Mailbox"_s);

    // The real Italian catalogue, switched at run time without a restart.
    action(u"italianAction"_s)->trigger();
    QTRY_COMPARE(mailboxMenu->title(), u"&Casella"_s);
    QCOMPARE(child<QMenu>(u"viewMenu"_s)->title(), u"&Visualizza"_s);
    QCOMPARE(m_settings->language(), u"it"_s);
    action(u"englishAction"_s)->trigger();
    QTRY_COMPARE(mailboxMenu->title(), u"&Mailbox"_s);
    QCOMPARE(m_settings->language(), u"en"_s);
}

void TestMainWindow::startsInItalian()
{
    // Italian before the window exists; cleanup() speaks English again.
    speak(u"it"_s);
    MainWindow *window = openWindow();
    window->setLanguages(m_languages.get());

    // The first run greets in Italian.
    QTRY_VERIFY(child<QPushButton>(u"demoDomainButton"_s)->isVisible());
    const QString demoButton = child<QPushButton>(u"demoDomainButton"_s)->text();
    QVERIFY2(demoButton.contains(u"dimostrativo"_s), qPrintable(demoButton));
    openDemo(window);

    QCOMPARE(child<QMenu>(u"mailboxMenu"_s)->title(), u"&Casella"_s);
    QCOMPARE(child<QMenu>(u"viewMenu"_s)->title(), u"&Visualizza"_s);
    QAbstractItemModel *model = table()->model();
    QCOMPARE(model->headerData(MailboxTableModel::AddressColumn, Qt::Horizontal).toString(), u"Indirizzo"_s);
    QCOMPARE(model->headerData(MailboxTableModel::StatusColumn, Qt::Horizontal).toString(), u"Stato"_s);
    const QString status = model->index(rowOf(u"postmaster"_s), MailboxTableModel::StatusColumn).data().toString();
    QCOMPARE(status, u"Abilitata"_s);
    QVERIFY2(child<QLineEdit>(u"searchLineEdit"_s)->placeholderText().startsWith(u"Cerca caselle"_s),
        qPrintable(child<QLineEdit>(u"searchLineEdit"_s)->placeholderText()));
    // The totals in the status bar: Italian words, Italian numbers ("28,5 GB").
    const QString totals = child<QLabel>(u"totalsLabel"_s)->text();
    QVERIFY2(totals.contains(u"caselle"_s), qPrintable(totals));
    QVERIFY2(totals.contains(QRegularExpression(u"\\d,\\d GB"_s)), qPrintable(totals));
    QVERIFY2(!totals.contains(u"mailboxes"_s), qPrintable(totals));
}

// A catalogue that marks every text it is asked for, so that a test sees which texts were
// read again after a language change, whatever the real catalogues hold.
class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        Q_UNUSED(context);
        Q_UNUSED(disambiguation);
        QString text = QString::fromUtf8(sourceText);
        if (n >= 0)
            text.replace(u"%n"_s, QString::number(n));
        return u"[["_s + text + u"]]"_s;
    }
};

void TestMainWindow::languageChangeReachesEveryPart()
{
    MainWindow *window = openWindow();
    openDemo(window);
    clickRow(rowOf(u"mario.rossi"_s));
    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&marking); });

    QTRY_COMPARE(child<QMenu>(u"fileMenu"_s)->title(), u"[[&File]]"_s);
    QCOMPARE(action(u"newMailboxAction"_s)->text(), u"[[&New mailbox…]]"_s);
    QCOMPARE(
        table()->model()->headerData(MailboxTableModel::AddressColumn, Qt::Horizontal).toString(), u"[[Address]]"_s);
    const int row = rowOf(u"mario.rossi"_s);
    QCOMPARE(table()->model()->index(row, MailboxTableModel::StatusColumn).data().toString(), u"[[Enabled]]"_s);
    QVERIFY(child<QLabel>(u"totalsLabel"_s)->text().contains(u"[["_s));
    auto *pane = child<MailboxDetailsPane>(u"mailboxDetailsPane"_s);
    QCOMPARE(pane->valueText(u"statusValueLabel"_s), u"[[Enabled]]"_s);
    QCOMPARE(child<QPushButton>(u"addDomainButton"_s)->text(), u"[[Add a domain…]]"_s);

    restore.dismiss();
    QCoreApplication::removeTranslator(&marking);
    QTRY_COMPARE(child<QMenu>(u"fileMenu"_s)->title(), u"&File"_s);
    QCOMPARE(pane->valueText(u"statusValueLabel"_s), u"Enabled"_s);
}

static QString focusName()
{
    QWidget *focus = QApplication::focusWidget();
    return focus ? focus->objectName() : QString();
}

// Tabs forward from the focused widget until `name` has the focus, at most `limit` times.
static bool tabTo(const QString &name, int limit = 12)
{
    for (int i = 0; i < limit; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (focus && focus->objectName() == name)
            return true;
        if (!focus)
            return false;
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    QWidget *focus = QApplication::focusWidget();
    return focus && focus->objectName() == name;
}

void TestMainWindow::keyboardOnly_data()
{
    addLanguageRows();
}

void TestMainWindow::keyboardOnly()
{
    QFETCH(QString, language);
    MainWindow *window = openWindow();
    speak(language);
    openDemo(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
    const QString address = u"tastiera.sola@"_s + demoDomain;

    // Ctrl+N, the name, Tab to the passwords, Enter: the mailbox is created.
    table()->setFocus();
    QTest::keySequence(window, QKeySequence::New);
    QTRY_VERIFY(QApplication::activeModalWidget());
    QWidget *dialog = QApplication::activeModalWidget();
    QCOMPARE(dialog->objectName(), u"createMailboxDialog"_s);
    QTRY_COMPARE(focusName(), u"nameLineEdit"_s);
    QTest::keyClicks(QApplication::focusWidget(), u"tastiera.sola"_s);
    QVERIFY(tabTo(u"passwordLineEdit"_s));
    QTest::keyClicks(QApplication::focusWidget(), u"Tastiera2026"_s);
    QVERIFY(tabTo(u"repeatLineEdit"_s));
    QTest::keyClicks(QApplication::focusWidget(), u"Tastiera2026"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(await(window->service()->mailbox(address)).ok());
    // The one-time credentials page; Enter closes it.
    QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->window() == dialog);
    QTRY_VERIFY(dialog->findChild<QPushButton *>(u"closeButton"_s)->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    // The window manager gives the focus back to the main window (the offscreen platform has
    // none, so the test does it).
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));

    // Ctrl+F, the name, Tab to the table, the first row, Delete, the address, the button.
    QTest::keySequence(window, QKeySequence::Find);
    QTRY_COMPARE(focusName(), u"searchLineEdit"_s);
    QTest::keyClicks(QApplication::focusWidget(), u"tastiera"_s);
    QTRY_COMPARE(window->mailboxModel()->rowCount(), 1);
    QVERIFY(tabTo(u"mailboxTableView"_s));
    QTest::keyClick(table(), Qt::Key_Home);
    QTest::keyClick(table(), Qt::Key_Space); // selects the current row
    QTRY_COMPARE(window->selectedMailboxes().size(), 1);
    QTest::keySequence(window, QKeySequence::Delete);
    QTRY_VERIFY(QApplication::activeModalWidget());
    QWidget *deleteDialog = QApplication::activeModalWidget();
    QCOMPARE(deleteDialog->objectName(), u"deleteMailboxesDialog"_s);
    QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->window() == deleteDialog);
    QVERIFY(tabTo(u"confirmLineEdit"_s));
    // Enter before the address is complete does nothing; once it is, Enter deletes.
    QTest::keyClicks(QApplication::focusWidget(), address.left(5));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(QApplication::activeModalWidget(), deleteDialog);
    QTest::keyClicks(QApplication::focusWidget(), address.mid(5));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    // The deletion is sent from the event loop: wait until the mailbox is gone, then say why.
    QTRY_VERIFY(!await(window->service()->mailbox(address)).ok());
    QCOMPARE(await(window->service()->mailbox(address)).error().code(), ServiceError::Code::NotFound);
}

// The key that chooses `text` ("Reset &password…") once its menu is open: its mnemonic.
static QKeyCombination mnemonicKey(const QString &text)
{
    const QKeySequence alt = QKeySequence::mnemonic(text);
    return alt.isEmpty() ? QKeyCombination() : QKeyCombination(alt[0].key());
}

// Opens the menu of the menu bar named `menuName` with Alt and its mnemonic, then chooses the
// action named `actionName` with its own mnemonic, as a user of the keyboard alone does, in
// whatever language the window speaks.
static bool chooseFromMenu(QWidget *window, const QString &menuName, const QString &actionName)
{
    auto *menu = window->findChild<QMenu *>(menuName);
    auto *action = window->findChild<QAction *>(actionName);
    if (!menu || !action)
        return false;
    const QKeySequence openMenu = QKeySequence::mnemonic(menu->title());
    const QKeyCombination item = mnemonicKey(action->text());
    if (openMenu.isEmpty() || item.key() == Qt::Key_unknown) {
        qWarning("no mnemonic in \"%s\" or \"%s\"", qPrintable(menu->title()), qPrintable(action->text()));
        return false;
    }
    QTest::keySequence(window, openMenu);
    if (!QTest::qWaitFor([menu] { return QApplication::activePopupWidget() == menu; }))
        return false;
    QTest::keyClick(menu, item.key());
    // The dialog is open, and the keyboard is in it.
    return QTest::qWaitFor([] {
        QWidget *dialog = QApplication::activeModalWidget();
        return dialog && QApplication::focusWidget() && QApplication::focusWidget()->window() == dialog;
    });
}

// The last entry of the history about `address`: what the store recorded of the change.
static HistoryEntry lastEntry(MainWindow *window, const QString &address)
{
    HistoryQuery query;
    query.mailbox = address;
    query.limit = 1;
    const Result<HistoryPage> page = await(window->service()->history(query));
    return page && !page.value().entries.isEmpty() ? page.value().entries.constFirst() : HistoryEntry {};
}

void TestMainWindow::keyboardOnlyChanges_data()
{
    addLanguageRows();
}

void TestMainWindow::keyboardOnlyChanges()
{
    QFETCH(QString, language);
    MainWindow *window = openWindow();
    speak(language);
    openDemo(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
    const QString address = u"tasti.cambi@"_s + demoDomain;
    NewMailbox mailbox;
    mailbox.name = u"tasti.cambi"_s;
    mailbox.domain = demoDomain;
    mailbox.password = u"Tastiera2026"_s;
    mailbox.quotaMb = 100;
    QVERIFY(await(window->service()->createMailbox(mailbox)).ok());
    const auto current = [&] { return await(window->service()->mailbox(address)).value(); };
    // Each dialog closes, and the main window has the focus again, as a window manager gives it.
    const auto closed = [window] {
        if (!QTest::qWaitFor([] { return QApplication::activeModalWidget() == nullptr; }))
            return false;
        window->activateWindow();
        return QTest::qWaitForWindowActive(window);
    };

    // Ctrl+F, the name, Tab to the table, the first row selected with Space.
    QTest::keySequence(window, QKeySequence::Find);
    QTRY_COMPARE(focusName(), u"searchLineEdit"_s);
    QTest::keyClicks(QApplication::focusWidget(), u"tasti.cambi"_s);
    QTRY_COMPARE(window->mailboxModel()->rowCount(), 1);
    QVERIFY(tabTo(u"mailboxTableView"_s));
    QTest::keyClick(table(), Qt::Key_Home);
    QTest::keyClick(table(), Qt::Key_Space);
    QTRY_COMPARE(window->selectedMailboxes().size(), 1);

    // Mailbox > Reset password: the new password twice, Enter; Enter closes the credentials.
    QVERIFY(chooseFromMenu(window, u"mailboxMenu"_s, u"resetPasswordAction"_s));
    QCOMPARE(QApplication::activeModalWidget()->objectName(), u"resetPasswordDialog"_s);
    QVERIFY(tabTo(u"passwordLineEdit"_s));
    QTest::keyClicks(QApplication::focusWidget(), u"Cambiata2027"_s);
    QVERIFY(tabTo(u"repeatLineEdit"_s));
    QTest::keyClicks(QApplication::focusWidget(), u"Cambiata2027"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(lastEntry(window, address).operation, history::passwordReset);
    QTRY_VERIFY(QApplication::activeModalWidget()->findChild<QPushButton *>(u"closeButton"_s)->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(closed());

    // Mailbox > Disable, Enter; Mailbox > Enable, Enter.
    QVERIFY(chooseFromMenu(window, u"mailboxMenu"_s, u"disableAction"_s));
    QCOMPARE(QApplication::activeModalWidget()->objectName(), u"disableMailboxesDialog"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!current().enabled);
    // The dialog says what it did; Enter closes it.
    QTRY_VERIFY(QApplication::activeModalWidget()->findChild<QWidget *>(u"summaryLabel"_s)->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(closed());
    QVERIFY(chooseFromMenu(window, u"mailboxMenu"_s, u"enableAction"_s));
    QCOMPARE(QApplication::activeModalWidget()->objectName(), u"enableMailboxesDialog"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(current().enabled);
    QTRY_VERIFY(QApplication::activeModalWidget()->findChild<QWidget *>(u"summaryLabel"_s)->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(closed());

    // Mailbox > Disk quota: the new figure typed over the old one, Enter.
    QVERIFY(chooseFromMenu(window, u"mailboxMenu"_s, u"quotaAction"_s));
    QCOMPARE(QApplication::activeModalWidget()->objectName(), u"quotaDialog"_s);
    QVERIFY(tabTo(u"quotaSpinBox"_s));
    QTest::keySequence(QApplication::focusWidget(), QKeySequence::SelectAll);
    QTest::keyClicks(QApplication::focusWidget(), u"300"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(current().quotaMb, 300);
    QVERIFY(closed());

    // Mailbox > Soft quota: likewise.
    QVERIFY(chooseFromMenu(window, u"mailboxMenu"_s, u"softQuotaAction"_s));
    QCOMPARE(QApplication::activeModalWidget()->objectName(), u"softQuotaDialog"_s);
    QVERIFY(tabTo(u"softQuotaSpinBox"_s));
    QTest::keySequence(QApplication::focusWidget(), QKeySequence::SelectAll);
    QTest::keyClicks(QApplication::focusWidget(), u"250"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(current().softQuotaMb, 250);
    QVERIFY(closed());

    // Mailbox > Archiving: Space ticks the box, Enter.
    const bool archiving = current().archiving;
    QVERIFY(chooseFromMenu(window, u"mailboxMenu"_s, u"archivingAction"_s));
    QCOMPARE(QApplication::activeModalWidget()->objectName(), u"archivingDialog"_s);
    QVERIFY(tabTo(u"archivingCheckBox"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(current().archiving, !archiving);
    QVERIFY(closed());
}

void TestMainWindow::mnemonicsAreUniqueInEveryMenu_data()
{
    addLanguageRows();
}

// Alt and a letter opens a menu, and a letter chooses an item in it: a letter used twice only
// moves between the two, so in each menu, and among the menu bar's titles, every letter is used
// once, in each language.
void TestMainWindow::mnemonicsAreUniqueInEveryMenu()
{
    QFETCH(QString, language);
    MainWindow *window = openWindow();
    speak(language);
    openDemo(window);
    const auto checkUnique = [](const QString &where, const QList<QAction *> &actions) {
        QHash<int, QString> seen;
        for (const QAction *action : actions) {
            if (action->isSeparator() || action->text().isEmpty())
                continue;
            const QString text = action->menu() ? action->menu()->title() : action->text();
            const QKeyCombination key = mnemonicKey(text);
            if (key.key() == Qt::Key_unknown)
                continue;
            const int letter = key.toCombined();
            QVERIFY2(!seen.contains(letter),
                qPrintable(u"%1: \"%2\" and \"%3\" share a mnemonic"_s.arg(where, seen.value(letter), text)));
            seen.insert(letter, text);
        }
    };
    QMenuBar *bar = window->menuBar();
    checkUnique(u"menu bar"_s, bar->actions());
    if (QTest::currentTestFailed())
        return;
    int menus = 0;
    const QList<QMenu *> all = window->findChildren<QMenu *>();
    for (const QMenu *menu : all) {
        if (menu->title().isEmpty())
            continue;
        checkUnique(menu->title(), menu->actions());
        if (QTest::currentTestFailed())
            return;
        ++menus;
    }
    QVERIFY2(menus >= 5, qPrintable(QString::number(menus)));
    // The mailbox menu's seed operations each have one.
    for (const QString &name : { u"newMailboxAction"_s, u"deleteAction"_s, u"enableAction"_s, u"disableAction"_s,
             u"resetPasswordAction"_s, u"quotaAction"_s, u"softQuotaAction"_s, u"archivingAction"_s }) {
        QVERIFY2(mnemonicKey(action(name)->text()).key() != Qt::Key_unknown, qPrintable(action(name)->text()));
    }
}

void TestMainWindow::lastDomainRemembered()
{
    {
        MainWindow *window = openWindow();
        openDemo(window);
        chooseSecondDomain(window);
        if (QTest::currentTestFailed())
            return;
        window->close();
        m_window.reset();
    }
    QCOMPARE(m_settings->lastDomain(), u"second.example.it"_s);
    QVERIFY(!m_settings->windowGeometry().isEmpty());
    QVERIFY(!m_settings->headerState().isEmpty());

    MainWindow *again = openWindow();
    QTRY_COMPARE(again->currentDomain(), u"second.example.it"_s);
    QCOMPARE(child<QComboBox>(u"domainComboBox"_s)->currentText(), u"second.example.it"_s);
    QTRY_COMPARE(again->domainDetails().domain.name, u"second.example.it"_s);
}

void TestMainWindow::editAndRemoveTheChosenDomain()
{
    MainWindow *window = openWindow();
    openDemo(window);
    chooseSecondDomain(window);
    if (QTest::currentTestFailed())
        return;
    const QString second = u"second.example.it"_s;
    // Both are offered from the domain picker too.
    auto *domains = child<QComboBox>(u"domainComboBox"_s);
    QVERIFY(domains->actions().contains(action(u"editDomainAction"_s)));
    QVERIFY(domains->actions().contains(action(u"removeDomainAction"_s)));

    // Edit domain: the chosen domain's form; what it saves, the window shows.
    QVERIFY(action(u"editDomainAction"_s)->isEnabled());
    action(u"editDomainAction"_s)->trigger();
    auto *edit = window->findChild<NewDomainDialog *>(u"editDomainDialog"_s);
    QVERIFY(edit);
    QVERIFY(edit->isEditing());
    QCOMPARE(edit->findChild<QLineEdit *>(u"nameLineEdit"_s)->text(), second);
    auto *limit = edit->findChild<QSpinBox *>(u"maxMailboxesSpinBox"_s);
    limit->setFocus();
    limit->selectAll();
    QTest::keyClicks(limit, u"30"_s);
    QTest::mouseClick(edit->findChild<QPushButton *>(u"addButton"_s), Qt::LeftButton);
    QTRY_COMPARE(window->domainDetails().domain.maxMailboxes, 30);
    QCOMPARE(window->currentDomain(), second);

    // Remove domain: typed confirmation, then the window goes on with the other domain.
    QVERIFY(action(u"removeDomainAction"_s)->isEnabled());
    action(u"removeDomainAction"_s)->trigger();
    auto *remove = window->findChild<RemoveDomainDialog *>(u"removeDomainDialog"_s);
    QVERIFY(remove);
    QTest::keyClicks(remove->findChild<QLineEdit *>(u"confirmLineEdit"_s), second);
    QTest::mouseClick(remove->findChild<QPushButton *>(u"removeButton"_s), Qt::LeftButton);
    QTRY_COMPARE(domains->count(), 1);
    QTRY_COMPARE(window->currentDomain(), demoDomain);
    QCOMPARE(await(window->service()->domainDetails(second)).error().code(), ServiceError::Code::NotFound);
}

void TestMainWindow::unreadableStoreShowsError()
{
    {
        QFile garbage(m_dir->filePath(u"garbage.sqlite"_s));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, 'x'));
    }
    MainWindow *window = openWindow(u"garbage.sqlite"_s);
    QSignalSpy failed(window, &MainWindow::storeFailed);
    auto *pages = child<QStackedWidget>(u"pagesStackedWidget"_s);
    QTRY_COMPARE(pages->currentWidget()->objectName(), u"errorPage"_s);
    QVERIFY(child<QLabel>(u"errorLabel"_s)->text().contains(u"garbage.sqlite"_s));
    QVERIFY(child<QPushButton>(u"chooseFileButton"_s)->isVisible());
    QVERIFY(!action(u"newMailboxAction"_s)->isEnabled());

    // Another file opens from there.
    window->openStore(m_dir->filePath(u"fresh.sqlite"_s), true);
    QTRY_COMPARE(pages->currentWidget()->objectName(), u"welcomePage"_s);
    QCOMPARE(m_settings->storePath(), m_dir->filePath(u"fresh.sqlite"_s));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
