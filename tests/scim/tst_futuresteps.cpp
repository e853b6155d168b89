// The steps that the SCIM operations are chained from: values flow through, an error skips
// every later step, a step may wait on a request of its own, and a future whose owner went
// away cancels the rest of the chain without running it.
#include "scim/futuresteps.h"

#include <QPromise>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pecadmin;
using Code = ServiceError::Code;

namespace {

ServiceError notFound()
{
    return ServiceError(Code::NotFound, QT_TRANSLATE_NOOP("ServiceError", "The mailbox %1 does not exist."),
        { u"mario.rossi@pec.example.it"_s });
}

} // namespace

class TestFutureSteps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valuesFlowThroughEveryStep()
    {
        QPromise<Result<int>> first;
        first.start();
        const auto doubled = andThen(first.future(), [](int value) { return Result<int>(value * 2); });
        const auto text = andThen(doubled, [](int value) { return ready(Result<QString>(QString::number(value))); });
        QVERIFY(!text.isFinished());
        first.addResult(Result<int>(21));
        first.finish();
        // At once, on this thread, without an event loop.
        QVERIFY(text.isFinished());
        QVERIFY(text.result().ok());
        QCOMPARE(text.result().value(), u"42"_s);
    }

    void anErrorSkipsEveryLaterStep()
    {
        int ran = 0;
        const auto next = andThen(ready(Result<int>(notFound())), [&ran](int value) {
            ++ran;
            return Result<int>(value);
        });
        const auto last = andThen(next, [&ran](int value) {
            ++ran;
            return ready(Result<QString>(QString::number(value)));
        });
        QVERIFY(last.isFinished());
        QCOMPARE(ran, 0);
        QVERIFY(!last.result().ok());
        QCOMPARE(last.result().error().code(), Code::NotFound);
        QCOMPARE(last.result().error().message(), u"The mailbox mario.rossi@pec.example.it does not exist."_s);
    }

    void continueWithSeesTheErrorToo()
    {
        const auto recovered = continueWith(ready(Result<int>(notFound())), [](const Result<int> &result) {
            return result.ok() ? result : Result<int>(0); // a NotFound read as nothing
        });
        QVERIFY(recovered.isFinished());
        QVERIFY(recovered.result().ok());
        QCOMPARE(recovered.result().value(), 0);
    }

    void aStepThatWaitsHoldsTheChain()
    {
        QPromise<Result<int>> request;
        request.start();
        const auto answer = andThen(ready(Result<int>(1)), [&request](int) { return request.future(); });
        const auto last = andThen(answer, [](int value) { return Result<int>(value + 1); });
        QVERIFY(!last.isFinished());
        request.addResult(Result<int>(41));
        request.finish();
        QVERIFY(last.isFinished());
        QCOMPARE(last.result().value(), 42);
    }

    void anOwnerGoneCancelsTheRestUnrun()
    {
        int ran = 0;
        QFuture<Result<int>> last;
        {
            QPromise<Result<int>> request;
            request.start();
            const auto next = andThen(request.future(), [&ran](int value) {
                ++ran;
                return Result<int>(value);
            });
            last = andThen(next, [&ran](int value) {
                ++ran;
                return ready(Result<int>(value));
            });
            QVERIFY(!last.isFinished());
        } // the request's owner is gone: its promise is dropped without a result
        QVERIFY(last.isFinished());
        QVERIFY(last.isCanceled());
        QCOMPARE(last.resultCount(), 0);
        QCOMPARE(ran, 0);
    }
};

QTEST_GUILESS_MAIN(TestFutureSteps)
#include "tst_futuresteps.moc"
