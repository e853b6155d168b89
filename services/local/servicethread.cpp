#include "servicethread.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMutex>
#include <QObject>
#include <QThread>

#include <algorithm>
#include <vector>

namespace pecadmin {

namespace {

// How long the program waits, as it ends, for a thread whose service still lives.
constexpr int liveServiceWaitMs = 5000;

struct Threads
{
    QMutex mutex;
    // Every thread started and not yet waited for, and whether its service has let it end.
    std::vector<std::pair<QThread *, bool>> running;
    bool routineAdded = false;
};

Threads &threads()
{
    // Never destroyed: a thread may still be ending while the program's globals go.
    static auto *all = new Threads;
    return *all;
}

void waitForThreadsLeftRoutine()
{
    ServiceThread::waitForThreadsLeft();
}

} // namespace

ServiceThread::ServiceThread(const QString &name) : m_thread(new QThread), m_worker(new QObject)
{
    m_thread->setObjectName(name);
    m_worker->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    {
        Threads &all = threads();
        const QMutexLocker locker(&all.mutex);
        all.running.emplace_back(m_thread, false);
        if (!all.routineAdded && QCoreApplication::instance()) {
            qAddPostRoutine(waitForThreadsLeftRoutine);
            all.routineAdded = true;
        }
    }
    m_thread->start();
}

ServiceThread::~ServiceThread()
{
    Q_ASSERT_X(m_finished, "ServiceThread", "finish() the thread before it goes");
}

bool ServiceThread::isCurrent() const
{
    return QThread::currentThread() == m_thread;
}

void ServiceThread::finish(const std::function<void()> &last)
{
    m_finished = true;
    Threads &all = threads();
    if (isCurrent()) {
        // Ends when the work running now returns; waited for by whoever waits for threads left.
        last();
        m_thread->quit();
        const QMutexLocker locker(&all.mutex);
        const auto found = std::find_if(all.running.begin(), all.running.end(),
            [this](const std::pair<QThread *, bool> &entry) { return entry.first == m_thread; });
        if (found != all.running.end())
            found->second = true;
        return;
    }
    // Queued behind every call already made, so that they all run first.
    QMetaObject::invokeMethod(
        m_worker,
        [last] {
            last();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    {
        const QMutexLocker locker(&all.mutex);
        all.running.erase(std::remove_if(all.running.begin(), all.running.end(),
                              [this](const std::pair<QThread *, bool> &entry) { return entry.first == m_thread; }),
            all.running.end());
    }
    delete m_thread;
}

void ServiceThread::waitForThreadsLeft()
{
    Threads &all = threads();
    std::vector<std::pair<QThread *, bool>> left;
    {
        const QMutexLocker locker(&all.mutex);
        left.swap(all.running);
    }
    for (const auto &[thread, ended] : left) {
        // A thread its service let end is deleted here. One whose service lived on is left
        // after a while, ended or not: its service may still finish() it from elsewhere.
        if (ended) {
            thread->wait();
            delete thread;
        } else {
            thread->wait(QDeadlineTimer(liveServiceWaitMs));
        }
    }
}

} // namespace pecadmin
