// The main window and an action dialog as a keyboard and screen-reader user meets them, in the
// language of PECADMIN_TEST_LANGUAGE ("en" unless told): Tab reaches every widget and leaves
// each one, every widget is named, every label's text can be read, every caption is tied to
// its field, the title names the domain, and errors and empty searches are announced. The
// other dialogs get the same checks in tst_dialogscreenshots and tst_bulkscreenshots.

#include "appsettings.h"
#include "core/languages.h"
#include "createmailboxdialog.h"
#include "dialogtestsupport.h"
#include "errorlabel.h"
#include "mailboxtablemodel.h"
#include "mainwindow.h"
#include "mainwindowview.h"
#include "support/accessibilitycheck.h"
#include "support/screenshotcheck.h"
#include "support/testmode.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace pecadmin;
using namespace pecadmin::test;

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void welcomePage();
    void storeErrorPage();
    void mailboxesPage();
    void tabLeavesTheTable();
    void detailsAreRead();
    void emptySearchIsAnnounced();
    void errorsAreTiedAndAnnounced();
    void headersFitAfterLanguageSwitch();
    void checksFindOverlapsAndCutTexts();

private:
    MainWindow *openWindow(const QString &storeFile = u"store.sqlite"_s);
    void openDemo();
    QStackedWidget *pages() const { return m_window->findChild<QStackedWidget *>(u"pagesStackedWidget"_s); }
    QString spoken(const QString &objectName) const
    {
        auto *widget = m_window->findChild<QWidget *>(objectName);
        QAccessibleInterface *iface = widget ? QAccessible::queryAccessibleInterface(widget) : nullptr;
        return iface ? iface->text(QAccessible::Name) : QString();
    }

    Languages m_languages;
    QString m_language;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::initTestCase()
{
    test::enableTestMode();
    m_language = qEnvironmentVariable("PECADMIN_TEST_LANGUAGE", u"en"_s);
    QVERIFY(m_languages.setLanguage(m_language));
}

void TestAccessibility::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_qsettings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_settings = std::make_unique<AppSettings>(*m_qsettings);
}

void TestAccessibility::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_qsettings.reset();
    m_dir.reset();
}

MainWindow *TestAccessibility::openWindow(const QString &storeFile)
{
    m_window = std::make_unique<MainWindow>(*m_settings, m_dir->filePath(storeFile));
    m_window->setLanguages(&m_languages);
    m_window->resize(1100, 640);
    m_window->show();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        qWarning("the window is not active");
    return m_window.get();
}

void TestAccessibility::openDemo()
{
    QTRY_COMPARE(pages()->currentWidget()->objectName(), u"welcomePage"_s);
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"demoDomainButton"_s), Qt::LeftButton);
    QTRY_COMPARE(pages()->currentWidget()->objectName(), u"mailboxesPage"_s);
    QTRY_VERIFY(m_window->mailboxModel()->rowCount() > 0 && !m_window->mailboxModel()->isLoading());
    QTRY_VERIFY(m_window->findChild<QAction *>(u"newMailboxAction"_s)->isEnabled());
}

void TestAccessibility::welcomePage()
{
    openWindow();
    QTRY_COMPARE(pages()->currentWidget()->objectName(), u"welcomePage"_s);
    QVERIFY(eventBarrier());
    QCOMPARE(m_window->windowTitle(), MainWindow::tr("PEC Admin"));
    QVERIFY(checkAccessible(m_window.get(), u"welcome page"_s));
}

void TestAccessibility::storeErrorPage()
{
    {
        QFile garbage(m_dir->filePath(u"garbage.sqlite"_s));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, 'x'));
    }
    openWindow(u"garbage.sqlite"_s);
    QTRY_COMPARE(pages()->currentWidget()->objectName(), u"errorPage"_s);
    QVERIFY(eventBarrier());
    QVERIFY(spoken(u"errorLabel"_s).contains(u"garbage.sqlite"_s));
    QVERIFY(checkAccessible(m_window.get(), u"store error page"_s));
}

void TestAccessibility::mailboxesPage()
{
    openWindow();
    openDemo();
    QVERIFY(eventBarrier());
    // The title names the application and the domain; the picker is announced as "Domain".
    QCOMPARE(m_window->windowTitle(), MainWindow::tr("PEC Admin — %1").arg(demoDomain));
    // The domain picker: named "Domain" (UI Automation reads the name), and labelled by its
    // caption (AT-SPI reads a combo box's value as its name, its label from the relation).
    auto *domains = m_window->findChild<QWidget *>(u"domainComboBox"_s);
    QCOMPARE(domains->accessibleName(), MainWindowView::tr("Domain"));
    const auto labels = QAccessible::queryAccessibleInterface(domains)->relations(QAccessible::Label);
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
        [](const auto &relation) { return relation.first->object()->objectName() == u"domainLabel"; }));
    QVERIFY(checkAccessible(m_window.get(), u"mailboxes page"_s));
}

void TestAccessibility::tabLeavesTheTable()
{
    openWindow();
    openDemo();
    auto *table = m_window->findChild<QTableView *>(u"mailboxTableView"_s);
    table->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), table);
    QTest::keyClick(table, Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != table);
    table->setFocus(Qt::TabFocusReason);
    QTest::keyClick(table, Qt::Key_Backtab, Qt::ShiftModifier);
    QVERIFY(QApplication::focusWidget() != table);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"searchLineEdit"_s);
}

void TestAccessibility::detailsAreRead()
{
    openWindow();
    openDemo();
    auto *table = m_window->findChild<QTableView *>(u"mailboxTableView"_s);
    const int row = m_window->mailboxModel()->rowOfAddress(u"mario.rossi@"_s + demoDomain);
    QVERIFY(row >= 0);
    table->selectRow(row);
    QTRY_COMPARE(m_window->selectedMailboxes().size(), 1);
    // Each value is read with its caption: "Username: mario.rossi".
    const QString username = spoken(u"usernameValueLabel"_s);
    QVERIFY2(username.contains(u"mario.rossi"_s), qPrintable(username));
    QVERIFY2(username.size() > u"mario.rossi"_s.size(), qPrintable(username));
    auto *status = m_window->findChild<QLabel *>(u"statusValueLabel"_s);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(status);
    QCOMPARE(iface->text(QAccessible::Value), status->text());
    QVERIFY(iface->text(QAccessible::Name).endsWith(status->text()));
    // Dates have four-digit years in every language.
    const QString created = m_window->findChild<QLabel *>(u"createdValueLabel"_s)->text();
    QVERIFY2(created.contains(
                 QString::number(m_window->selectedMailboxes().constFirst().created.toLocalTime().date().year())),
        qPrintable(created));
    QVERIFY(checkAccessible(m_window.get(), u"mailboxes page with a mailbox selected"_s));
}

void TestAccessibility::emptySearchIsAnnounced()
{
    openWindow();
    openDemo();
    AccessibilityEvents events;
    auto *search = m_window->findChild<QLineEdit *>(u"searchLineEdit"_s);
    search->setFocus();
    QTest::keyClicks(search, u"nessuno-corrisponde"_s);
    auto *noMatch = m_window->findChild<QLabel *>(u"noMatchLabel"_s);
    QTRY_VERIFY(noMatch->isVisible());
    QVERIFY(noMatch->text().contains(u"nessuno-corrisponde"_s));
    QVERIFY(events.has(noMatch, QAccessible::Alert));
    QVERIFY(checkAccessible(m_window.get(), u"search without a match"_s));
    search->clear();
    QTRY_VERIFY(!noMatch->isVisible());
}

void TestAccessibility::errorsAreTiedAndAnnounced()
{
    Store store;
    QVERIFY(store.open());
    QVERIFY(m_languages.setLanguage(m_language)); // the store installs English
    CreateMailboxDialog dialog(store.service(), store.details(), nullptr);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    AccessibilityEvents events;

    auto *name = child<QLineEdit>(&dialog, "nameLineEdit");
    auto *nameError = child<ErrorLabel>(&dialog, "nameErrorLabel");
    QTest::keyClicks(name, u"Mario Rossi!"_s);
    QVERIFY(nameError->isVisible());
    // Tied to its field, read with its text, and announced when it appears.
    QCOMPARE(nameError->field(), name);
    QCOMPARE(name->accessibleDescription(), nameError->text());
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(nameError);
    QVERIFY2(iface->text(QAccessible::Name).contains(nameError->text()), qPrintable(iface->text(QAccessible::Name)));
    QVERIFY(events.has(nameError, QAccessible::Alert));
    QVERIFY(events.has(name, QAccessible::DescriptionChanged));

    // The password's error too, and the checklist is read.
    auto *password = child<QLineEdit>(&dialog, "passwordLineEdit");
    QTest::keyClicks(password, u"abc"_s);
    auto *passwordError = child<ErrorLabel>(&dialog, "passwordErrorLabel");
    QVERIFY(passwordError->isVisible());
    QCOMPARE(password->accessibleDescription(), passwordError->text());
    QVERIFY(events.has(passwordError, QAccessible::Alert));
    QVERIFY(checkAccessible(&dialog, u"create mailbox with errors"_s));

    // Mended: the description goes.
    name->clear();
    QTest::keyClicks(name, u"mario.verdi"_s);
    QVERIFY(!nameError->isVisible());
    QVERIFY(name->accessibleDescription().isEmpty());
}

void TestAccessibility::headersFitAfterLanguageSwitch()
{
    openWindow();
    openDemo();
    const QString other = m_language == u"it" ? u"en"_s : u"it"_s;
    QVERIFY(m_languages.setLanguage(other));
    const auto restore = qScopeGuard([this] { m_languages.setLanguage(m_language); });
    QVERIFY(eventBarrier()); // the language change reaches every widget
    QHeaderView *header = m_window->findChild<QTableView *>(u"mailboxTableView"_s)->horizontalHeader();
    for (int column = 0; column < header->count() - 1; ++column)
        QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
            qPrintable(m_window->mailboxModel()->headerData(column, Qt::Horizontal).toString()));
}

// The checks that the screenshot tests run on every window find what they look for.
void TestAccessibility::checksFindOverlapsAndCutTexts()
{
    QWidget window;
    window.setObjectName(u"window"_s);
    auto *first = new QLabel(u"Spazio usato nel dominio"_s, &window);
    first->setObjectName(u"firstLabel"_s);
    auto *second = new QPushButton(u"Annulla"_s, &window);
    second->setObjectName(u"secondButton"_s);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(first);
    layout->addWidget(second);
    window.resize(400, 200);
    QVERIFY(showSettled(&window));
    QCOMPARE(overlappingWidgets(&window), QStringList());
    QCOMPARE(cutTexts(&window), QStringList());

    // Out of the layout, the button drawn over the label, the label narrower than its text.
    layout->removeWidget(first);
    layout->removeWidget(second);
    first->setGeometry(0, 0, 20, 30);
    second->setGeometry(10, 10, 200, 40);
    QVERIFY(eventBarrier());
    QCOMPARE(overlappingWidgets(&window), QStringList({ u"firstLabel / secondButton"_s }));
    QCOMPARE(cutTexts(&window), QStringList({ u"firstLabel"_s }));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
