// The statements of a page of mailboxes (MailboxPageQuery): every statement binds as many
// values as it has placeholders, whatever the sort, paging and filter; the trigram index is
// chosen only where it can serve; and on a real SQLite store, the two ways of reading a
// filtered page (the scan, the trigram index) find the same rows.
#include "local/mailboxpagequery.h"
#include "local/sqlconnection.h"
#include "local/sqldialect.h"
#include "local/sqlstore.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pecadmin;

Q_DECLARE_METATYPE(MailboxColumn)

namespace {

const QList<MailboxColumn> everyColumn { MailboxColumn::Address, MailboxColumn::Status, MailboxColumn::Usage,
    MailboxColumn::Quota, MailboxColumn::SoftQuota, MailboxColumn::Archiving, MailboxColumn::Created };

Mailbox someMailbox()
{
    Mailbox mailbox;
    mailbox.name = u"mario.rossi"_s;
    mailbox.domain = u"pec.example.it"_s;
    mailbox.quotaMb = 512;
    mailbox.created = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
    return mailbox;
}

QStringList namesOf(SqlConnection &connection, const SqlStatement &statement, QString *error)
{
    QSqlQuery query = connection.query();
    if (auto failed = connection.run(query, statement)) {
        *error = failed->message() + u" ["_s + failed->detail() + u']';
        return {};
    }
    QStringList names;
    while (query.next())
        names.append(query.value(1).toString());
    return names;
}

} // namespace

class TestMailboxPageQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placeholdersMatchValues_data()
    {
        QTest::addColumn<MailboxColumn>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QString>("paging");
        QTest::addColumn<QString>("filter");
        for (const MailboxColumn column : everyColumn) {
            for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
                for (const QString &paging : { u"first"_s, u"after"_s, u"offset"_s }) {
                    for (const QString &filter : { QString(), u"zq"_s, u"zqx?_%"_s }) {
                        QTest::addRow("%d-%d-%s-%s", int(column), int(order), qPrintable(paging),
                            qPrintable(filter.isEmpty() ? u"all"_s : filter))
                            << column << order << paging << filter;
                    }
                }
            }
        }
    }

    void placeholdersMatchValues()
    {
        QFETCH(MailboxColumn, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QString, paging);
        QFETCH(QString, filter);
        MailboxQuery query;
        query.domain = u"pec.example.it"_s;
        query.sortColumn = column;
        query.sortOrder = order;
        query.filter = filter;
        query.limit = 50;
        if (paging == u"after")
            query.after = someMailbox();
        if (paging == u"offset")
            query.offset = 150;
        const MailboxPageQuery pageQuery(query, 7, SqlDialect::sqlite());
        const QList<SqlStatement> statements { pageQuery.page(), pageQuery.pageFromTrigramIndex(100) };
        for (const SqlStatement &statement : statements)
            QVERIFY2(statement.sql.count(u'?') == statement.values.size(), qPrintable(statement.sql));
        // The filter is a bound value, never part of the statement.
        if (!filter.isEmpty()) {
            for (const SqlStatement &statement : statements)
                QVERIFY2(!statement.sql.contains(filter), qPrintable(statement.sql));
        }
    }

    void trigramIndexOnlyWhereItServes()
    {
        MailboxQuery query;
        query.domain = u"pec.example.it"_s;
        query.filter = u"Ros"_s;
        QVERIFY(MailboxPageQuery(query, 1, SqlDialect::sqlite()).mayUseTrigramIndex());
        QCOMPARE(MailboxPageQuery(query, 1, SqlDialect::sqlite()).filter(), u"ros"_s);
        QVERIFY(!MailboxPageQuery(query, 1, SqlDialect::postgreSql()).mayUseTrigramIndex());
        query.after = someMailbox();
        QVERIFY(MailboxPageQuery(query, 1, SqlDialect::sqlite()).mayUseTrigramIndex());
        query.after.reset();
        query.offset = 100; // rows counted in the sort order: only the scan knows them
        QVERIFY(!MailboxPageQuery(query, 1, SqlDialect::sqlite()).mayUseTrigramIndex());
        query.offset = 0;
        query.filter = u"ro"_s; // shorter than a trigram
        QVERIFY(!MailboxPageQuery(query, 1, SqlDialect::sqlite()).mayUseTrigramIndex());
        query.filter.clear();
        QVERIFY(!MailboxPageQuery(query, 1, SqlDialect::sqlite()).mayUseTrigramIndex());

        QCOMPARE(MailboxPageQuery::trigramWorthIt(0), 100);
        QCOMPARE(MailboxPageQuery::trigramWorthIt(6400), 100);
        QCOMPARE(MailboxPageQuery::trigramWorthIt(64000), 1000);
    }

    void everyWayFindsTheSameRows_data()
    {
        QTest::addColumn<MailboxColumn>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        for (const MailboxColumn column : everyColumn) {
            QTest::addRow("%d-asc", int(column)) << column << Qt::AscendingOrder;
            QTest::addRow("%d-desc", int(column)) << column << Qt::DescendingOrder;
        }
    }

    void everyWayFindsTheSameRows()
    {
        QFETCH(MailboxColumn, column);
        QFETCH(Qt::SortOrder, order);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"store.sqlite"_s);
        {
            Result<std::unique_ptr<SqlStore>> store = SqlStore::open(path);
            QVERIFY(store);
            QVERIFY(store.value()->addDemoDomain());
        }
        Result<std::unique_ptr<SqlConnection>> opened = SqlConnection::openSqlite(path);
        QVERIFY(opened);
        SqlConnection &connection = *opened.value();
        QSqlQuery domain = connection.query();
        QVERIFY(!connection.run(domain, u"SELECT id FROM domains WHERE name = ?"_s, { u"pec.example.it"_s }));
        QVERIFY(domain.next());
        const qint64 domainId = domain.value(0).toLongLong();

        MailboxQuery query;
        query.domain = u"pec.example.it"_s;
        query.filter = u"ari"_s; // mario, sara.marino, ferrari, mariani, ...
        query.sortColumn = column;
        query.sortOrder = order;
        query.limit = 1000;
        const MailboxPageQuery pageQuery(query, domainId, connection.dialect());
        QString error;
        const QStringList scanned = namesOf(connection, pageQuery.page(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(scanned.size() >= 4, qPrintable(scanned.join(u", "_s)));
        for (const QString &name : scanned)
            QVERIFY(name.contains(u"ari"_s));

        const QStringList indexed = namesOf(connection, pageQuery.pageFromTrigramIndex(100), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(indexed, scanned);

        // Each row says how many names the index found; counted up to the limit given. Where
        // the index found that many, the scan reads the page: no row is looked up, and the one
        // row says the count, NULL elsewhere.
        const auto counted = [&](const MailboxPageQuery &which, qint64 worthIt, int *rowsFound) {
            QSqlQuery rows = connection.query();
            QList<qint64> counts;
            *rowsFound = 0;
            if (connection.run(rows, which.pageFromTrigramIndex(worthIt)))
                return counts;
            while (rows.next()) {
                counts.append(rows.value(rows.record().indexOf(u"hit_count"_s)).toLongLong());
                *rowsFound += rows.value(0).isNull() ? 0 : 1;
            }
            return counts;
        };
        int rowsFound = 0;
        QCOMPARE(counted(pageQuery, 100, &rowsFound), QList<qint64>(scanned.size(), scanned.size()));
        QCOMPARE(rowsFound, scanned.size());
        QCOMPARE(counted(pageQuery, 2, &rowsFound), QList<qint64> { 2 });
        QCOMPARE(rowsFound, 0);
        // No name contains the text: one row, the count, NULL elsewhere.
        query.filter = u"zqx"_s;
        const MailboxPageQuery none(query, domainId, connection.dialect());
        QSqlQuery empty = connection.query();
        QVERIFY(!connection.run(empty, none.pageFromTrigramIndex(100)));
        QVERIFY(empty.next());
        QVERIFY(empty.value(0).isNull());
        QCOMPARE(empty.value(empty.record().indexOf(u"hit_count"_s)).toLongLong(), 0);
        QVERIFY(!empty.next());

        // The store reads the same page, from the index or the scan alike.
        Result<MailboxPage> page = SqlStore::open(path).value()->mailboxes(query);
        QVERIFY(page);
        QVERIFY(page.value().mailboxes.isEmpty());
        query.filter = u"ari"_s;
        page = SqlStore::open(path).value()->mailboxes(query);
        QVERIFY(page);
        QStringList read;
        for (const Mailbox &mailbox : page.value().mailboxes)
            read.append(mailbox.name);
        QCOMPARE(read, scanned);
    }
};

QTEST_GUILESS_MAIN(TestMailboxPageQuery)
#include "tst_mailboxpagequery.moc"
