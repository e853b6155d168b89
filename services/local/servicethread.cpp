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
    // Every thread started and not yet deleted, and whether its service let it end on its own.
    // A thread left at the end stays here, reachable, until the process ends.
    std::vector<std::pair<QThread *, bool>> running;
    bool routineAdded = false;
    // Set as the program waits for the threads left: from then on, no thread is deleted.
    bool ending = false;
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
    const QMutexLocker locker(&all.mutex);
    if (all.ending)
        return; // the program may be waiting for it too
    all.running.erase(std::remove_if(all.running.begin(), all.running.end(),
                          [this](const std::pair<QThread *, bool> &entry) { return entry.first == m_thread; }),
        all.running.end());
    delete m_thread;
}

void ServiceThread::waitForThreadsLeft()
{
    Threads &all = threads();
    std::vector<std::pair<QThread *, bool>> left;
    {
        const QMutexLocker locker(&all.mutex);
        all.ending = true;
        left = all.running;
    }
    // A thread its service let end is waited for until it has; one whose service still lives,
    // for a while. None is deleted: they stay in the list until the process ends.
    for (const auto &[thread, ended] : left)
        thread->wait(ended ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(liveServiceWaitMs));
}

} // namespace pecadmin
