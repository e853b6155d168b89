#pragma once

// What the bulk tests share: a store in a temporary folder, the domains the tests import
// into, and every mailbox of a domain as the store has it; waiting for answers comes from
// support/.

#include "bulk/bulkjob.h"
#include "core/passwordpolicy.h"
#include "local/localmailboxservice.h"
#include "support/await.h"

#include <QFuture>
#include <QSignalSpy>
#include <QString>
#include <QTest>

#include <memory>

namespace pecadmin::test {

using namespace Qt::StringLiterals;

// Waits for a bulk job started by `start` to finish; false if it did not within the time.
template<typename Start> bool runJob(BulkJob &job, Start start, int timeoutMs = 120000)
{
    QSignalSpy finished(&job, &BulkJob::finished);
    start();
    return finished.count() > 0 || finished.wait(timeoutMs);
}

inline QString dataPath(const QString &name)
{
    return QStringLiteral(PECADMIN_TEST_DATA) + u'/' + name;
}

inline std::shared_ptr<LocalMailboxService> openStore(const QString &path)
{
    Result<std::shared_ptr<LocalMailboxService>> opened = await(LocalMailboxService::open(path));
    return opened ? opened.value() : nullptr;
}

// pec.example.it: Poste's password policy, conservazione sostitutiva, 1024 MB per mailbox.
inline Domain exampleDomain(qint64 totalSpaceMb = 20000, int maxMailboxes = 50)
{
    Domain domain;
    domain.name = u"pec.example.it"_s;
    domain.totalSpaceMb = totalSpaceMb;
    domain.maxMailboxes = maxMailboxes;
    domain.maxMailboxQuotaMb = 1024;
    domain.archivingAvailable = true;
    domain.passwordPolicy = PasswordPolicy::poste();
    return domain;
}

// Every mailbox of `domain`, by address, through keyset paging.
inline QList<Mailbox> allMailboxes(MailboxService &service, const QString &domain)
{
    QList<Mailbox> all;
    MailboxQuery query;
    query.domain = domain;
    query.limit = 7; // small pages, so that paging itself is exercised
    for (;;) {
        const Result<MailboxPage> page = await(service.mailboxes(query));
        if (!page)
            return all;
        all += page.value().mailboxes;
        if (!page.value().hasMore || page.value().mailboxes.isEmpty())
            return all;
        query.after = page.value().mailboxes.constLast();
    }
}

inline QStringList names(const QList<Mailbox> &mailboxes)
{
    QStringList result;
    for (const Mailbox &mailbox : mailboxes)
        result.append(mailbox.name);
    return result;
}

} // namespace pecadmin::test
