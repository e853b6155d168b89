// A service whose last reference goes away on its store's own thread, after main() has
// returned: the program waits for the store to close before it ends (ServiceThread), which a
// child process shows by leaving no write-ahead log beside its store file and ending normally.

#include "support/programrun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestServiceThread : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storeClosesBeforeTheProgramEnds_data()
    {
        QTest::addColumn<QString>("service");
        QTest::newRow("store") << u"local"_s;
        QTest::newRow("offline copy") << u"replica"_s;
    }

    void storeClosesBeforeTheProgramEnds()
    {
        QFETCH(QString, service);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"store.sqlite"_s);
        QProcessEnvironment environment = pecadmin::test::isolatedEnvironment(dir.path());
        const pecadmin::test::ProgramRun run = pecadmin::test::runProgram(
            QStringLiteral(PECADMIN_SERVICE_THREAD_CHILD), { service, path, u"400"_s }, environment);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.out, u"returning\n"_s);
        QVERIFY(QFile::exists(path));
        // SQLite removes the log as its last connection closes: the store was closed.
        QVERIFY2(!QFile::exists(path + u"-wal"_s), "the program ended with its store still open");
    }
};

QTEST_GUILESS_MAIN(TestServiceThread)
#include "tst_servicethread.moc"
