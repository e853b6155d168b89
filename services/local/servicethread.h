#pragma once

#include <QString>

#include <functional>

class QObject;
class QThread;

namespace pecadmin {

// The thread a service's store lives on, with the object its work is queued to.
//
// The service ends it as it goes (finish()). Where the service's last reference goes away on this
// thread itself, held by work that ran here, the thread cannot wait for itself: it ends on its
// own, after the store has closed. The program waits for such threads as its QCoreApplication
// goes (a post routine), and for a few seconds for each thread whose service still lives then
// (its last reference may be held by work about to end), so that no store is still closing
// while the program's globals, Qt SQL's list of connections among them, are destroyed.
class ServiceThread
{
public:
    explicit ServiceThread(const QString &name);
    ~ServiceThread();
    ServiceThread(const ServiceThread &) = delete;
    ServiceThread &operator=(const ServiceThread &) = delete;

    // Lives on the thread: work is queued to it.
    QObject *worker() const { return m_worker; }
    bool isCurrent() const;

    // Runs `last` on the thread, after the work queued before, and ends the thread; called from
    // another thread, returns once it has ended.
    void finish(const std::function<void()> &last);

    // Waits for the threads left running (see above). Run as QCoreApplication goes; no thread
    // is deleted after it.
    static void waitForThreadsLeft();

private:
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr;
    bool m_finished = false;
};

} // namespace pecadmin
