// The child of tst_historykill: changes the store without end, saying after each change that it
// was made, until the test kills it. Each round disables or enables "altalena" and creates a
// new mailbox, each a change and its history entry in one transaction.
//   historykillchild sqlite PATH
//   historykillchild postgresql HOST PORT DATABASE USER   (the password, if any, in
//   PECADMIN_PASSWORD)

#include "core/mailboxservice.h"
#include "local/localmailboxservice.h"
#include "local/storelocation.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace pecadmin;

namespace {

template<typename T> T await(const QFuture<T> &future)
{
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.result();
}

int failed(const ServiceError &error)
{
    std::fprintf(stderr, "historykillchild: %s %s\n", qPrintable(error.message()), qPrintable(error.detail()));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    StoreLocation location;
    if (arguments.size() == 3 && arguments.at(1) == u"sqlite")
        location = StoreLocation::sqliteFile(arguments.at(2));
    else if (arguments.size() == 6 && arguments.at(1) == u"postgresql") {
        location = StoreLocation::postgreSql(arguments.at(2), arguments.at(3).toInt(), arguments.at(4), arguments.at(5),
            qEnvironmentVariable("PECADMIN_PASSWORD"), StoreLocation::SslMode::Disable);
    } else {
        std::fprintf(stderr, "usage: historykillchild sqlite PATH | postgresql HOST PORT DATABASE USER\n");
        return 2;
    }
    auto opened = await(LocalMailboxService::open(location));
    if (!opened)
        return failed(opened.error());
    std::shared_ptr<LocalMailboxService> service = opened.value();
    const QString domain = qEnvironmentVariable("PECADMIN_KILL_DOMAIN");
    const QString swing = u"altalena@"_s + domain;
    for (int round = 0;; ++round) {
        const Result<Mailbox> current = await(service->mailbox(swing));
        if (!current)
            return failed(current.error());
        MailboxChange change;
        change.address = swing;
        change.version = current.value().version;
        change.enabled = !current.value().enabled;
        const Result<Mailbox> changed = await(service->changeMailbox(change));
        if (!changed)
            return failed(changed.error());
        std::printf("changed %d\n", round);
        std::fflush(stdout);
        NewMailbox mailbox;
        mailbox.name = u"nuova%1.%2"_s.arg(QCoreApplication::applicationPid()).arg(round);
        mailbox.domain = domain;
        mailbox.quotaMb = 100;
        mailbox.password = u"Kill9%1segreto"_s.arg(round);
        const Result<Mailbox> created = await(service->createMailbox(mailbox));
        if (!created)
            return failed(created.error());
        std::printf("created %d\n", round);
        std::fflush(stdout);
    }
}
