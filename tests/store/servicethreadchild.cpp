// The child of tst_servicethread: opens a store file, hands the last reference to its service to
// work that runs on the store's own thread and holds it a while, and returns from main() at
// once. The program must wait for that thread before it ends, so that the store closes (and
// SQLite removes its write-ahead log) instead of the program ending under it.
//   servicethreadchild local|replica PATH MILLISECONDS

#include "core/awaitresult.h"
#include "core/replica.h"
#include "local/localmailboxservice.h"
#include "local/replicamailboxservice.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace pecadmin;

namespace {

// Lists the domains; the answer is read on the store's thread by work that holds `service`
// (the last reference) for `milliseconds` more.
template<typename Service> void leaveOnItsThread(std::shared_ptr<Service> service, int milliseconds)
{
    QFuture<Result<QList<Domain>>> listed = service->domains();
    // Without a context, the continuation runs on the thread that answered: the store's.
    listed.then([service, milliseconds](const Result<QList<Domain>> &) { QThread::msleep(milliseconds); });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 4) {
        std::fprintf(stderr, "usage: servicethreadchild local|replica PATH MILLISECONDS\n");
        return 2;
    }
    const QString &path = arguments.at(2);
    const int milliseconds = arguments.at(3).toInt();
    if (arguments.at(1) == u"local") {
        Result<std::shared_ptr<LocalMailboxService>> opened = awaitResult(LocalMailboxService::open(path));
        if (!opened) {
            std::fprintf(stderr, "servicethreadchild: %s\n", qPrintable(opened.error().message()));
            return 1;
        }
        leaveOnItsThread(opened.takeValue(), milliseconds);
    } else {
        Result<std::shared_ptr<Replica>> opened
            = awaitResult(ReplicaMailboxService::open(path, u"https://scim.example.it"_s, u"postmaster"_s, true, true));
        if (!opened) {
            std::fprintf(stderr, "servicethreadchild: %s\n", qPrintable(opened.error().message()));
            return 1;
        }
        leaveOnItsThread(opened.takeValue(), milliseconds);
    }
    std::printf("returning\n");
    return 0;
}
