// A page of the copy kept for offline work is read in one statement, each row with its server
// version and the state of its changes in the journal: for several filters (the scan and the
// trigram index), every sort order and both ways of paging, with rows pending, rows in conflict,
// rows created and deleted offline and rows without a server version, every row is the same as
// the row read alone (ReplicaStore::mailbox()), and the page holds the same rows, in the same
// order, as the store's own page of the same file.
#include "local/replicastore.h"
#include "local/sodiumsecretbox.h"
#include "local/sqlstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pecadmin;

Q_DECLARE_METATYPE(MailboxColumn)

namespace {

const QString domainName = u"pec.example.it"_s;
constexpr int copied = 300;

const QList<MailboxColumn> everyColumn { MailboxColumn::Address, MailboxColumn::Status, MailboxColumn::Usage,
    MailboxColumn::Quota, MailboxColumn::SoftQuota, MailboxColumn::Archiving, MailboxColumn::Created };

const char *const firstNames[] = { "mario", "giulia", "luca", "rosa", "marco", "chiara" };
const char *const surnames[] = { "rossi", "bianchi", "romano", "greco", "bruno" };

QString address(const QString &name)
{
    return name + u'@' + domainName;
}

// The server's mailbox number `i`: fields spread over few values, so that sorts meet ties.
Mailbox serverMailbox(int i)
{
    Mailbox mailbox;
    mailbox.name = QString::fromLatin1(firstNames[i % 6]) + u'.' + QString::fromLatin1(surnames[(i / 6) % 5])
        + QString::number(i);
    mailbox.domain = domainName;
    mailbox.enabled = i % 7 != 0;
    mailbox.quotaMb = 256 << (i % 3);
    mailbox.softQuotaMb = i % 4 == 0 ? 0 : mailbox.quotaMb / 2;
    mailbox.usedBytes = qint64(i % 11) * 1000003;
    mailbox.archiving = i % 5 == 0;
    mailbox.mustChangePassword = i % 9 == 0;
    mailbox.created = QDateTime::fromMSecsSinceEpoch(1700000000000 + qint64(i % 17) * 86400000, Qt::UTC);
    mailbox.modified = mailbox.created;
    if (i % 13 != 0) // some usages never reported
        mailbox.usageUpdated = mailbox.created;
    if (i % 10 != 3) // some mailboxes without a version
        mailbox.version = u"W/\"%1\""_s.arg(i * 31);
    return mailbox;
}

MailboxQuery queryOf(const QString &filter, MailboxColumn column, Qt::SortOrder order, int limit)
{
    MailboxQuery query;
    query.domain = domainName;
    query.filter = filter;
    query.sortColumn = column;
    query.sortOrder = order;
    query.limit = limit;
    return query;
}

// The fields of `page` that differ from `alone`, named.
QStringList differences(const Mailbox &page, const Mailbox &alone)
{
    QStringList differ;
    const auto check = [&differ](const char *field, const QVariant &a, const QVariant &b) {
        if (a != b)
            differ.append(u"%1: %2 / %3"_s.arg(QLatin1String(field), a.toString(), b.toString()));
    };
    check("name", page.name, alone.name);
    check("domain", page.domain, alone.domain);
    check("enabled", page.enabled, alone.enabled);
    check("quota", page.quotaMb, alone.quotaMb);
    check("soft quota", page.softQuotaMb, alone.softQuotaMb);
    check("used", page.usedBytes, alone.usedBytes);
    check("archiving", page.archiving, alone.archiving);
    check("must change", page.mustChangePassword, alone.mustChangePassword);
    check("created", page.created, alone.created);
    check("modified", page.modified, alone.modified);
    check("usage updated", page.usageUpdated, alone.usageUpdated);
    check("alarm", page.softQuotaAlarm, alone.softQuotaAlarm);
    check("alarm known", page.softQuotaAlarmKnown, alone.softQuotaAlarmKnown);
    check("version", page.version, alone.version);
    check("pending", page.pending, alone.pending);
    check("in conflict", page.inConflict, alone.inConflict);
    return differ;
}

} // namespace

class TestReplicaPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ReplicaStore> m_replica;
    // The same file read as a store: its rows and their order, without the copy's own tables.
    std::unique_ptr<SqlStore> m_store;
    QStringList m_pending; // the addresses with changes in the journal
    QStringList m_conflicts; // of them, those with a change in conflict

    Mailbox alone(const QString &address)
    {
        const Result<Mailbox> mailbox = m_replica->mailbox(address);
        return mailbox ? mailbox.value() : Mailbox();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"copy.sqlite"_s);
        Result<std::unique_ptr<ReplicaStore>> opened = ReplicaStore::open(path);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message()));
        m_replica = opened.takeValue();
        DomainDetails details;
        details.domain.name = domainName;
        details.domain.maxMailboxes = 1000;
        details.domain.maxMailboxQuotaMb = 4096;
        details.domain.totalSpaceMb = 1000000;
        details.domain.archivingAvailable = true;
        details.mailboxCount = copied;
        QList<Mailbox> mailboxes;
        for (int i = 0; i < copied; ++i)
            mailboxes.append(serverMailbox(i));
        QVERIFY(m_replica->storeDomain(details, mailboxes, QDateTime::currentDateTimeUtc()));

        // Changes made offline: pending (one mailbox changed twice), created (no server
        // version), deleted (gone from every page), and refused by the server (in conflict).
        m_replica->setJournalIdentity(u"postmaster"_s, SodiumSecretBox::withKey(SodiumSecretBox::newKey()));
        for (const int i : { 1, 2, 3, 14, 40, 41, 77, 150, 151, 299 }) {
            const Mailbox before = serverMailbox(i);
            MailboxChange change;
            change.address = before.address();
            change.version = before.version;
            change.quotaMb = before.quotaMb * 2;
            change.enabled = !before.enabled;
            const Result<Mailbox> changed = m_replica->changeMailbox(change);
            QVERIFY2(changed, qPrintable(changed ? QString() : changed.error().message()));
            m_pending.append(before.address());
        }
        MailboxChange again;
        again.address = serverMailbox(40).address();
        again.archiving = true;
        QVERIFY(m_replica->changeMailbox(again));
        for (const QString &name : { u"rosa.nuova"_s, u"mario.nuovo"_s }) {
            NewMailbox created;
            created.name = name;
            created.domain = domainName;
            created.password = u"TrenoNuovo2026x"_s;
            created.quotaMb = 512;
            const Result<Mailbox> made = m_replica->createMailbox(created);
            QVERIFY2(made, qPrintable(made ? QString() : made.error().message()));
            m_pending.append(address(name));
        }
        QVERIFY(m_replica->deleteMailbox(serverMailbox(5).address(), QString()));
        const Result<QList<JournalEntry>> entries = m_replica->journal();
        QVERIFY(entries);
        for (const JournalEntry &entry : entries.value()) {
            if (entry.address == serverMailbox(2).address() || entry.address == serverMailbox(150).address()
                || entry.address == address(u"mario.nuovo"_s)) {
                QVERIFY(m_replica->entryConflict(entry.id, u"changed meanwhile"_s, serverMailbox(2)));
                m_conflicts.append(entry.address);
            }
        }
        QCOMPARE(m_conflicts.size(), 3);

        Result<std::unique_ptr<SqlStore>> store = SqlStore::open(path);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message()));
        m_store = store.takeValue();
    }

    void aPageIsTheRowsReadOneByOne_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<MailboxColumn>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<bool>("byOffset");
        // "" every row; "ro" a scan; "mario" and "ia.b" few names, from the trigram index;
        // "nuov" only rows created offline; "zzz" none.
        for (const QString &filter : { QString(), u"ro"_s, u"mario"_s, u"ia.b"_s, u"nuov"_s, u"zzz"_s }) {
            for (const MailboxColumn column : everyColumn) {
                for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
                    for (const bool byOffset : { false, true }) {
                        QTest::addRow("%s-%d-%s-%s", qPrintable(filter.isEmpty() ? u"all"_s : filter), int(column),
                            order == Qt::AscendingOrder ? "asc" : "desc", byOffset ? "offset" : "after")
                            << filter << column << order << byOffset;
                    }
                }
            }
        }
    }

    void aPageIsTheRowsReadOneByOne()
    {
        QFETCH(QString, filter);
        QFETCH(MailboxColumn, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(bool, byOffset);
        MailboxQuery query = queryOf(filter, column, order, 37);
        QStringList seenPending;
        QStringList seenConflicts;
        int rows = 0;
        for (int pages = 0; pages < 100; ++pages) {
            const Result<MailboxPage> page = m_replica->mailboxes(query);
            QVERIFY2(page, qPrintable(page ? QString() : page.error().message() + page.error().detail()));
            const Result<MailboxPage> storePage = m_store->mailboxes(query);
            QVERIFY(storePage);
            QCOMPARE(page.value().hasMore, storePage.value().hasMore);
            QCOMPARE(page.value().mailboxes.size(), storePage.value().mailboxes.size());
            for (qsizetype i = 0; i < page.value().mailboxes.size(); ++i) {
                const Mailbox &row = page.value().mailboxes.at(i);
                QCOMPARE(row.name, storePage.value().mailboxes.at(i).name);
                const QStringList differ = differences(row, alone(row.address()));
                QVERIFY2(differ.isEmpty(), qPrintable(row.address() + u": "_s + differ.join(u"; "_s)));
                if (row.pending)
                    seenPending.append(row.address());
                if (row.inConflict)
                    seenConflicts.append(row.address());
            }
            rows += int(page.value().mailboxes.size());
            if (!page.value().hasMore)
                break;
            if (byOffset)
                query.offset = rows;
            else
                query.after = page.value().mailboxes.constLast();
        }
        const QString text = filter.toLower();
        QStringList expectedPending;
        for (const QString &pending : std::as_const(m_pending)) {
            if (pending.section(u'@', 0, 0).contains(text))
                expectedPending.append(pending);
        }
        QStringList expectedConflicts;
        for (const QString &conflict : std::as_const(m_conflicts)) {
            if (conflict.section(u'@', 0, 0).contains(text))
                expectedConflicts.append(conflict);
        }
        seenPending.sort();
        seenConflicts.sort();
        expectedPending.sort();
        expectedConflicts.sort();
        QCOMPARE(seenPending, expectedPending);
        QCOMPARE(seenConflicts, expectedConflicts);
        if (filter.isEmpty())
            QCOMPARE(rows, copied - 1 + 2); // one deleted, two created offline
    }

    void thePendingOnesAreTheRowsReadOneByOne()
    {
        for (const MailboxColumn column : everyColumn) {
            for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
                MailboxQuery query = queryOf(QString(), column, order, 100);
                query.pendingOnly = true;
                const Result<MailboxPage> page = m_replica->mailboxes(query);
                QVERIFY(page);
                QStringList seen;
                for (const Mailbox &row : page.value().mailboxes) {
                    const QStringList differ = differences(row, alone(row.address()));
                    QVERIFY2(differ.isEmpty(), qPrintable(row.address() + u": "_s + differ.join(u"; "_s)));
                    QVERIFY(row.pending);
                    QCOMPARE(row.inConflict, m_conflicts.contains(row.address()));
                    seen.append(row.address());
                }
                seen.sort();
                QStringList expected = m_pending;
                expected.sort();
                QCOMPARE(seen, expected);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestReplicaPage)
#include "tst_replicapage.moc"
