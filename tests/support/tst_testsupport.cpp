// The shared test support itself: await() returns the answer that arrives through the event
// loop, eventBarrier() delivers what was posted before it, and ScimServerProcess starts both
// SCIM test servers, answers their controls and stops them.
#include "support/await.h"
#include "support/barrier.h"
#include "support/scimserverprocess.h"

#include <QPromise>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace pecadmin;

class TestTestSupport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void awaitReturnsTheAnswerFromAnotherThread()
    {
        QPromise<Result<int>> promise;
        promise.start();
        QThread *worker = QThread::create([&promise] {
            promise.addResult(Result<int>(42));
            promise.finish();
        });
        worker->start();
        const Result<int> answer = test::await(promise.future());
        QVERIFY(worker->wait(10000));
        delete worker;
        QVERIFY(answer.ok());
        QCOMPARE(answer.value(), 42);
    }

    void awaitGivesCancelledForAFutureWithoutResult()
    {
        QPromise<Outcome> promise;
        promise.start();
        promise.future().cancel();
        promise.finish();
        const Outcome outcome = test::await(promise.future());
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code(), ServiceError::Code::Cancelled);
    }

    void eventBarrierDeliversWhatWasPostedBefore()
    {
        int delivered = 0;
        QMetaObject::invokeMethod(
            this, [&delivered] { ++delivered; }, Qt::QueuedConnection);
        // Posted by the first: delivered by the second turn.
        QMetaObject::invokeMethod(
            this,
            [this, &delivered] {
                QMetaObject::invokeMethod(
                    this, [&delivered] { ++delivered; }, Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
        QCOMPARE(delivered, 0);
        QVERIFY(test::eventBarrier(2));
        QCOMPARE(delivered, 2);
    }

    void scimServers_data()
    {
        QTest::addColumn<test::ScimServerProcess::Server>("server");
        QTest::newRow("scimmy") << test::ScimServerProcess::Server::Scimmy;
        QTest::newRow("alternative") << test::ScimServerProcess::Server::Alternative;
    }

    void scimServers()
    {
        QFETCH(test::ScimServerProcess::Server, server);
        test::ScimServerProcess process(server);
        const QString failure = process.start({ u"--seed"_s, u"1"_s });
        if (!failure.isEmpty())
            QFAIL(qPrintable(failure));
        QVERIFY(process.isRunning());
        QVERIFY(process.port() != 0);
        QCOMPARE(process.baseUrl().host(), u"127.0.0.1"_s);
        QVERIFY(process.passwordMatches(u"user0001@pec.example.it"_s, u"Seeded0pass"_s));
        QVERIFY(!process.passwordMatches(u"user0001@pec.example.it"_s, u"wrong"_s));
        process.changePassword(u"Rotated-Secret-1"_s);
        QCOMPARE(process.password(), u"Rotated-Secret-1"_s);
        process.stop();
        QVERIFY(!process.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestTestSupport)
#include "tst_testsupport.moc"
