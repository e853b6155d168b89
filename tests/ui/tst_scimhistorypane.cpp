// View → History and the details' History tab on a connection to the real SCIM test server:
// they show the history that the program keeps of the connection in its local file, newest
// first, a refused change as refused; in English and Italian.
#include "connection/connector.h"
#include "core/languages.h"
#include "historydialog.h"
#include "historytablemodel.h"
#include "historyview.h"
#include "mailboxdetailspane.h"
#include "support/await.h"
#include "support/scimserverprocess.h"
#include "support/testmode.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pecadmin;
using pecadmin::test::await;

namespace {

const QString domainName = u"pec.example.it"_s;
const QString address = u"user0002@pec.example.it"_s;

} // namespace

class TestScimHistoryPane : public QObject
{
    Q_OBJECT

private:
    test::ScimServerProcess m_server { test::ScimServerProcess::Server::Scimmy };
    std::shared_ptr<MailboxService> m_service;

    bool waitForPage(HistoryTableModel *model)
    {
        if (!model->isLoading())
            return true;
        QSignalSpy loaded(model, &HistoryTableModel::pageLoaded);
        return loaded.wait(30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::enableTestMode();
        QDir(QFileInfo(Connector::replicaPath(u"x"_s)).absolutePath()).removeRecursively();
        START_SCIM_SERVER(m_server, { u"--seed"_s, u"6"_s });
        ConnectionProfile profile;
        profile.name = u"Provider"_s;
        profile.kind = ConnectionProfile::Kind::Scim;
        profile.baseUrl = m_server.baseUrl();
        profile.user = m_server.user();
        auto connected = await(Connector::connect(profile, profile.user, m_server.password()));
        PECADMIN_VERIFY_OK(connected);
        m_service = connected.value();

        MailboxChange quota;
        quota.address = address;
        quota.quotaMb = 64;
        PECADMIN_VERIFY_OK(await(m_service->changeMailbox(quota)));
        // Refused by the server: the address is taken.
        NewMailbox taken;
        taken.name = u"user0002"_s;
        taken.domain = domainName;
        taken.password = u"Presa2026pass"_s;
        taken.quotaMb = 10;
        QVERIFY(!await(m_service->createMailbox(taken)).ok());
    }

    void historyDialog()
    {
        HistoryDialog dialog(m_service.get(), domainName);
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        HistoryTableModel *model = dialog.model();
        QVERIFY(waitForPage(model));
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->entryAt(0).operation, history::mailboxCreated);
        QVERIFY(model->index(0, HistoryTableModel::ResultColumn).data().toString().startsWith(u"error: "_s));
        QCOMPARE(model->index(1, HistoryTableModel::OperationColumn).data().toString(), u"Mailbox changed"_s);
        QCOMPARE(model->index(1, HistoryTableModel::ActorColumn).data().toString(), m_server.user());
        QCOMPARE(model->index(1, HistoryTableModel::ResultColumn).data().toString(), history::succeeded);
        QVERIFY(model->atEnd());

        Languages languages;
        languages.setLanguage(u"it"_s);
        QCOMPARE(model->index(1, HistoryTableModel::OperationColumn).data().toString(), u"Casella modificata"_s);
        QTRY_VERIFY(dialog.windowTitle().startsWith(u"Storico"_s));
        languages.setLanguage(u"en"_s);
    }

    void mailboxHistoryTab()
    {
        MailboxDetailsPane pane;
        pane.resize(420, 500);
        HistoryView *view = pane.historyView();
        auto *tabs = pane.findChild<QTabWidget *>(u"detailsTabWidget"_s);
        QVERIFY(tabs);
        pane.setService(m_service.get());
        const Result<Mailbox> mailbox = await(m_service->mailbox(address));
        PECADMIN_VERIFY_OK(mailbox);
        pane.setMailboxes({ mailbox.value() });
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(tabs->isTabVisible(tabs->indexOf(view)));
        QTabBar *bar = tabs->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tabs->indexOf(view)).center());
        QCOMPARE(tabs->currentWidget(), view);
        QTRY_VERIFY(!view->model()->isLoading());
        QCOMPARE(view->model()->rowCount(), 2);
        QCOMPARE(view->model()->entryAt(0).operation, history::mailboxCreated);
        QCOMPARE(view->model()->entryAt(1).operation, history::mailboxChanged);
        QCOMPARE(view->model()->entryAt(1).after, u"{\"quota_mb\":64}"_s);
    }
};

QTEST_MAIN(TestScimHistoryPane)
#include "tst_scimhistorypane.moc"
