// A store of 100,000 mailboxes written through the bulk path: every page that the model loads
// (fetchMore to the end, for filters, every sort column and both orders) holds exactly the
// rows of a plain SQL query, in its order, none twice and none missing at a page boundary,
// also while rows are added and removed between pages.

#include "core/whenready.h"
#include "local/localmailboxservice.h"
#include "local/mailboxpagequery.h"
#include "local/sqldialect.h"
#include "local/sqlstore.h"
#include "mailboxtablemodel.h"
#include "storegenerator.h"
#include "support/await.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <random>

using namespace pecadmin;
using pecadmin::test::await;
using namespace Qt::StringLiterals;

namespace {

constexpr int domainCount = 2;
constexpr int perDomain = 50000;

QString sqlColumn(int column, Qt::SortOrder order)
{
    switch (column) {
    case MailboxTableModel::StatusColumn:
        return u"m.enabled"_s;
    case MailboxTableModel::UsageColumn:
        // A usage the mail server has not reported sorts after every reported one.
        return u"(CASE WHEN m.usage_updated IS NULL THEN "_s + QString::number(unknownUsageSortKey(order))
            + u" ELSE m.used_bytes END)"_s;
    case MailboxTableModel::SoftQuotaColumn:
        return u"m.soft_quota_mb"_s;
    case MailboxTableModel::ArchivingColumn:
        return u"m.archiving"_s;
    case MailboxTableModel::CreatedColumn:
        return u"m.created"_s;
    default:
        return u"m.name"_s;
    }
}

} // namespace

class TestScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void pagesMatchPlainQuery_data();
    void pagesMatchPlainQuery();
    void pagesWhileRowsChange_data();
    void pagesWhileRowsChange();
    void migrationToTrigramIndex();
    void scrolledRowsMatchPlainQueryInFull();
    void nextPageStartsAtItsKey();

private:
    // The names of the domain's mailboxes that contain `filter`, as a plain query orders them.
    QStringList plainQuery(
        const QString &path, const QString &domain, const QString &filter, int column, Qt::SortOrder order);
    // Loads the model's first page, then every next one; `between(page)` runs before each.
    QStringList pageThrough(const QString &domain, const QString &filter, int column, Qt::SortOrder order, int pageSize,
        bool withTester, const std::function<void(const QStringList &loaded)> &between = {});

    QTemporaryDir m_dir;
    QString m_path;
    std::shared_ptr<LocalMailboxService> m_service;
};

void TestScale::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"scale.sqlite"_s);
    {
        Result<std::unique_ptr<SqlStore>> store = SqlStore::open(m_path);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message()));
        const Result<int> written = StoreGenerator().generate(*store.value(), domainCount, perDomain);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message()));
        QCOMPARE(written.value(), domainCount * perDomain);
    }
    Result<std::shared_ptr<LocalMailboxService>> opened = await(LocalMailboxService::open(m_path));
    QVERIFY(opened);
    m_service = opened.takeValue();
}

void TestScale::cleanupTestCase()
{
    m_service.reset();
}

QStringList TestScale::plainQuery(
    const QString &path, const QString &domain, const QString &filter, int column, Qt::SortOrder order)
{
    QStringList names;
    const QString connection = u"scale-reference"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            qWarning() << db.lastError().text();
            return {};
        }
        const QString direction = order == Qt::DescendingOrder ? u" DESC"_s : u" ASC"_s;
        QSqlQuery query(db);
        query.prepare(u"SELECT m.name FROM mailboxes m JOIN domains d ON d.id = m.domain_id WHERE d.name = ?"_s
            + (filter.isEmpty() ? QString() : u" AND instr(m.name, ?) > 0"_s) + u" ORDER BY "_s
            + sqlColumn(column, order) + direction + u", m.name"_s + direction);
        query.bindValue(0, domain);
        if (!filter.isEmpty())
            query.bindValue(1, filter);
        if (!query.exec())
            qWarning() << query.lastError().text();
        while (query.next())
            names.append(query.value(0).toString());
    }
    QSqlDatabase::removeDatabase(connection);
    return names;
}

QStringList TestScale::pageThrough(const QString &domain, const QString &filter, int column, Qt::SortOrder order,
    int pageSize, bool withTester, const std::function<void(const QStringList &loaded)> &between)
{
    MailboxTableModel model(m_service.get());
    // The tester walks every row at every signal: alive for the whole paging where that stays
    // affordable; the rows themselves are compared with the plain query in every case.
    std::unique_ptr<QAbstractItemModelTester> tester;
    if (withTester)
        tester = std::make_unique<QAbstractItemModelTester>(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(pageSize);
    model.setFilter(filter);
    model.sort(column, order);
    QSignalSpy pages(&model, &MailboxTableModel::pageLoaded);
    QSignalSpy errors(&model, &MailboxTableModel::errorOccurred);
    model.setDomain(domain); // loads the first page
    const auto names = [&model] {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row)
            list.append(model.mailboxAt(row).name);
        return list;
    };
    QStringList shown;
    int expectedPages = 1;
    for (;;) {
        if (pages.count() < expectedPages && !pages.wait(20000)) {
            qWarning() << "no page" << expectedPages << "for" << filter;
            return {};
        }
        if (!errors.isEmpty()) {
            qWarning() << errors.constFirst().constFirst().value<ServiceError>().message();
            return {};
        }
        if (!model.canFetchMore({}))
            break;
        if (between) {
            // The rows read so far, added to as pages come (not copied whole at every page);
            // the result below is read from the model again.
            for (int row = int(shown.size()); row < model.rowCount(); ++row)
                shown.append(model.mailboxAt(row).name);
            between(shown);
        }
        model.fetchMore({});
        ++expectedPages;
    }
    return names();
}

void TestScale::pagesMatchPlainQuery_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<int>("pageSize");

    const auto add = [](const QString &filter, int column, Qt::SortOrder order, int pageSize) {
        QTest::addRow("\"%s\" column %d %s, pages of %d", qPrintable(filter), column,
            order == Qt::AscendingOrder ? "ascending" : "descending", pageSize)
            << filter << column << order << pageSize;
    };
    // The whole domain by every column in both orders; a common name by every column.
    for (int column = 0; column < MailboxTableModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder })
            add(QString(), column, order, 200);
        add(u"mario"_s, column, column % 2 ? Qt::DescendingOrder : Qt::AscendingOrder, 200);
    }
    // Texts that many, few or no names contain, two-letter ones, and LIKE's wildcards, which
    // must match themselves only, also in texts long enough for the trigram index; capitals,
    // accented ones, and two characters that take three UTF-16 units.
    for (const QString &filter : { u"a"_s, u"ros"_s, u"ri"_s, u"o.r"_s, u"giulia.b"_s, u"zzz"_s, u"_"_s, u"%"_s,
             u"MARIO.R"_s, u"%ro"_s, u"ro_"_s, u"r\\o"_s, u"SSI"_s, u"\u00c8RI"_s, u"\U0001F600a"_s }) {
        add(filter, MailboxTableModel::AddressColumn, Qt::AscendingOrder, 200);
        add(filter, MailboxTableModel::UsageColumn, Qt::DescendingOrder, 200);
        add(filter, MailboxTableModel::CreatedColumn, Qt::AscendingOrder, 200);
    }
    // A text that many names contain, all of them far down the order: the bounded scan
    // finds none, the index has too many, and the scan goes on to the end.
    add(u"aless"_s, MailboxTableModel::AddressColumn, Qt::DescendingOrder, 200);
    add(u"teresa"_s, MailboxTableModel::AddressColumn, Qt::AscendingOrder, 200);
    // Texts so rare that a page is not found in a bounded scan of the domain: the trigram
    // index gives the page, and the pages after it, across its boundaries.
    for (const auto &[filter, pageSize] :
        { std::pair { u"giulia.bianchi"_s, 5 }, std::pair { u"rossi2"_s, 50 }, std::pair { u"mario.rossi1"_s, 3 } }) {
        for (int column = 0; column < MailboxTableModel::ColumnCount; ++column) {
            add(filter, column, Qt::AscendingOrder, pageSize);
            add(filter, column, Qt::DescendingOrder, pageSize);
        }
    }
}

void TestScale::pagesMatchPlainQuery()
{
    QFETCH(QString, filter);
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(int, pageSize);

    const QString domain = StoreGenerator::domainName(0);
    const QStringList expected = plainQuery(m_path, domain, filter.toLower(), column, order);
    if (filter.isEmpty())
        QCOMPARE(expected.size(), perDomain + 1); // with the postmaster
    const QStringList loaded = pageThrough(domain, filter, column, order, pageSize, expected.size() <= 5000);
    QCOMPARE(loaded.size(), expected.size());
    QCOMPARE(loaded, expected);
}

void TestScale::pagesWhileRowsChange_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<int>("pageSize");

    QTest::newRow("all by address") << QString() << int(MailboxTableModel::AddressColumn) << Qt::AscendingOrder << 200;
    QTest::newRow("all by usage, descending")
        << QString() << int(MailboxTableModel::UsageColumn) << Qt::DescendingOrder << 200;
    QTest::newRow("all by status") << QString() << int(MailboxTableModel::StatusColumn) << Qt::AscendingOrder << 200;
    QTest::newRow("\"ros\" by creation, descending")
        << u"ros"_s << int(MailboxTableModel::CreatedColumn) << Qt::DescendingOrder << 100;
    QTest::newRow("\"rossi2\" by address, pages of 20")
        << u"rossi2"_s << int(MailboxTableModel::AddressColumn) << Qt::AscendingOrder << 20;
}

void TestScale::pagesWhileRowsChange()
{
    QFETCH(QString, filter);
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(int, pageSize);

    // A copy of the store, so that the other tests see the generated one.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"changing.sqlite"_s);
    const QString domain = StoreGenerator::domainName(1);
    {
        // VACUUM INTO writes a consistent copy of the whole database.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"scale-copy"_s);
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.prepare(u"VACUUM INTO ?"_s));
        query.bindValue(0, path);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(u"scale-copy"_s);

    std::shared_ptr<LocalMailboxService> original = std::move(m_service);
    Result<std::shared_ptr<LocalMailboxService>> opened = await(LocalMailboxService::open(path));
    QVERIFY(opened);
    m_service = opened.takeValue();
    const auto restore = qScopeGuard([&] { m_service = std::move(original); });

    // Another connection writes between the pages, as another administrator would.
    Result<std::unique_ptr<SqlStore>> writer = SqlStore::open(path);
    QVERIFY(writer);
    SqlStore &store = *writer.value();

    const QStringList initial = plainQuery(path, domain, filter, column, order);
    QVERIFY(initial.size() > 3 * pageSize);
    QSet<QString> present(initial.cbegin(), initial.cend());
    QSet<QString> added;
    QSet<QString> removed;
    std::mt19937 random(4242);
    int counter = 0;
    bool failed = false;
    QSet<QString> shownSet; // the model only ever appends: what it loaded so far
    qsizetype shownCount = 0;
    const auto between = [&](const QStringList &loaded) {
        if (failed)
            return;
        for (; shownCount < loaded.size(); ++shownCount)
            shownSet.insert(loaded.at(shownCount));
        // Two mailboxes go: one already shown, one still ahead.
        const QString shown = loaded.at(int(random() % quint32(loaded.size())));
        QStringList ahead;
        for (const QString &name : std::as_const(present)) {
            if (!shownSet.contains(name) && !removed.contains(name))
                ahead.append(name);
            if (ahead.size() >= 50)
                break;
        }
        QStringList victims { shown };
        if (!ahead.isEmpty())
            victims.append(ahead.at(int(random() % quint32(ahead.size()))));
        for (const QString &name : std::as_const(victims)) {
            if (removed.contains(name) || name == u"postmaster"_s)
                continue;
            if (!store.deleteMailbox(name + u'@' + domain, QString())) {
                failed = true;
                return;
            }
            removed.insert(name);
            present.remove(name);
        }
        // Three arrive: next to a shown one, next to one ahead, and at the very start.
        QList<StoredMailbox> fresh;
        for (const QString &near : { shown, ahead.value(0, shown), QString(u"aaa"_s + filter) }) {
            StoredMailbox mailbox;
            mailbox.name = near + u"x"_s + QString::number(++counter);
            mailbox.quotaMb = 512;
            mailbox.usedBytes = qint64(random() % 500) * 1024 * 1024;
            mailbox.enabled = random() % 2;
            mailbox.archiving = random() % 2;
            mailbox.created
                = QDateTime::fromMSecsSinceEpoch(qint64(1600000000000) + qint64(random() % 100000000) * 1000, Qt::UTC);
            fresh.append(mailbox);
            added.insert(mailbox.name);
        }
        if (!store.bulkInsert(domain, fresh))
            failed = true;
    };

    const QStringList loaded = pageThrough(domain, filter, column, order, pageSize, initial.size() <= 5000, between);
    QVERIFY(!failed);
    QVERIFY(!loaded.isEmpty());
    QVERIFY(!removed.isEmpty());

    // None twice.
    const QSet<QString> loadedSet(loaded.cbegin(), loaded.cend());
    QCOMPARE(loadedSet.size(), loaded.size());
    // Nothing that never existed.
    const QSet<QString> initialSet(initial.cbegin(), initial.cend());
    for (const QString &name : loaded)
        QVERIFY2(initialSet.contains(name) || added.contains(name), qPrintable(name));
    // Every row that existed throughout, in the order of the plain query on the final state.
    const QStringList final = plainQuery(path, domain, filter, column, order);
    QStringList throughout;
    for (const QString &name : final) {
        if (!added.contains(name))
            throughout.append(name);
    }
    QStringList loadedThroughout;
    const QSet<QString> throughoutSet(throughout.cbegin(), throughout.cend());
    for (const QString &name : loaded) {
        if (throughoutSet.contains(name))
            loadedThroughout.append(name);
    }
    QCOMPARE(loadedThroughout.size(), throughout.size());
    QCOMPARE(loadedThroughout, throughout);
}

void TestScale::scrolledRowsMatchPlainQueryInFull()
{
    // Every field of every row of a whole domain scrolled to its end through the model (the
    // store's pages read through its memory map), against a plain query on another connection.
    const QString domain = StoreGenerator::domainName(1);
    QStringList expected;
    const QString connection = u"scale-full-rows"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.prepare(u"SELECT m.name, m.enabled, m.quota_mb, m.soft_quota_mb, m.used_bytes, m.archiving, "
                              "m.must_change_password, m.created, m.modified, m.version FROM mailboxes m "
                              "JOIN domains d ON d.id = m.domain_id WHERE d.name = ? ORDER BY m.name"_s));
        query.bindValue(0, domain);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        while (query.next()) {
            QStringList fields;
            for (int column = 0; column < 10; ++column)
                fields.append(query.value(column).toString());
            fields.append(domain);
            expected.append(fields.join(u'|'));
        }
    }
    QSqlDatabase::removeDatabase(connection);
    QCOMPARE(expected.size(), perDomain + 1);

    MailboxTableModel model(m_service.get());
    QSignalSpy pages(&model, &MailboxTableModel::pageLoaded);
    model.setDomain(domain);
    int expectedPages = 1;
    for (;;) {
        if (pages.count() < expectedPages)
            QVERIFY(pages.wait(20000));
        if (!model.canFetchMore({}))
            break;
        model.fetchMore({});
        ++expectedPages;
    }
    QCOMPARE(model.rowCount(), expected.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        const Mailbox &mailbox = model.mailboxAt(row);
        const QString loaded = QStringList { mailbox.name, QString::number(mailbox.enabled ? 1 : 0),
            QString::number(mailbox.quotaMb), QString::number(mailbox.softQuotaMb), QString::number(mailbox.usedBytes),
            QString::number(mailbox.archiving ? 1 : 0), QString::number(mailbox.mustChangePassword ? 1 : 0),
            QString::number(mailbox.created.toMSecsSinceEpoch()), QString::number(mailbox.modified.toMSecsSinceEpoch()),
            mailbox.version, mailbox.domain }
                                   .join(u'|');
        if (loaded != expected.at(row))
            QFAIL(qPrintable(u"row %1: %2, expected %3"_s.arg(row).arg(loaded, expected.at(row))));
    }
}

void TestScale::migrationToTrigramIndex()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"version2.sqlite"_s);
    const QString domain = StoreGenerator::domainName(0);
    {
        Result<std::unique_ptr<SqlStore>> store = SqlStore::open(path);
        QVERIFY(store);
        QVERIFY(StoreGenerator().generate(*store.value(), 1, 3000));
    }
    // Back to schema 2: no trigram index, no triggers, no history.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"scale-downgrade"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        // Back to version 2: what versions 3 to 8 added is removed (the view of version 5 is
        // replaced by one that the migration drops and makes again).
        for (const QString &statement :
            { u"DROP INDEX mailboxes_by_usage_ascending"_s, u"DROP INDEX mailboxes_by_usage_descending"_s,
                u"DROP TABLE deleted_mailboxes"_s, u"DROP TABLE mail_server"_s, u"DROP TABLE dovecot_quota"_s,
                u"DROP VIEW dovecot_users"_s, u"ALTER TABLE mailboxes DROP COLUMN usage_updated"_s,
                u"ALTER TABLE mailboxes DROP COLUMN soft_quota_alarm"_s, u"ALTER TABLE domains DROP COLUMN language"_s,
                u"CREATE VIEW dovecot_users AS SELECT 1 AS placeholder"_s, u"DROP TABLE history"_s,
                u"DROP TRIGGER mailbox_names_insert"_s, u"DROP TRIGGER mailbox_names_delete"_s,
                u"DROP TRIGGER mailbox_names_update"_s, u"DROP TABLE mailbox_names"_s,
                u"UPDATE schema_version SET version = 2"_s }) {
            QSqlQuery query(db);
            QVERIFY(query.prepare(statement));
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(u"scale-downgrade"_s);

    Result<std::unique_ptr<SqlStore>> store = SqlStore::open(path);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message()));
    // Written after the migration: the triggers follow it.
    StoredMailbox fresh;
    fresh.name = u"zeta.nuova"_s;
    fresh.quotaMb = 256;
    fresh.usedBytes = 1000;
    QVERIFY(store.value()->bulkInsert(domain, { fresh }));
    QVERIFY(store.value()->deleteMailbox(u"mario.rossi@"_s + domain, QString()));
    const Result<DomainDetails> details = store.value()->domainDetails(domain);
    QVERIFY(details);
    store.value().reset();

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"scale-check"_s);
    db.setDatabaseName(path);
    QVERIFY(db.open());
    const auto scalar = [&db](const QString &sql, const QVariantList &values = {}) {
        QSqlQuery query(db);
        query.prepare(sql);
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec() || !query.next())
            return QVariant();
        return query.value(0);
    };
    QCOMPARE(scalar(u"SELECT version FROM schema_version"_s).toInt(), SqlStore::schemaVersion);
    // The totals are still those of the rows.
    QCOMPARE(qint64(details.value().mailboxCount), scalar(u"SELECT COUNT(*) FROM mailboxes"_s).toLongLong());
    QCOMPARE(details.value().allocatedMb, scalar(u"SELECT SUM(quota_mb) FROM mailboxes"_s).toLongLong());
    QCOMPARE(details.value().usedBytes, scalar(u"SELECT SUM(used_bytes) FROM mailboxes"_s).toLongLong());
    QCOMPARE(scalar(u"SELECT mailbox_count FROM domains"_s).toLongLong(), qint64(3001));
    // The index finds what a plain search finds: the rows from before the migration, the
    // new one, and not the deleted one.
    for (const QString &text : { u"mario"_s, u"o.r"_s, u"zeta.nuova"_s, u"mario.rossi"_s, u"ssi"_s }) {
        const qint64 plain
            = scalar(u"SELECT COUNT(*) FROM mailboxes WHERE instr(name, ?) > 0"_s, { text }).toLongLong();
        const qint64 indexed = scalar(
            u"SELECT COUNT(*) FROM mailbox_names WHERE mailbox_names MATCH ?"_s, { QString(u'"' + text + u'"') })
                                   .toLongLong();
        QCOMPARE(indexed, plain);
    }
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM mailbox_names WHERE mailbox_names MATCH '\"zeta.nuova\"'"_s).toInt(), 1);
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"scale-check"_s);
}

void TestScale::nextPageStartsAtItsKey()
{
    // The page after a mailbox, in each of the 12 orders, starts reading its index at that
    // mailbox's key: a range on the key (shown by SQLite as "name>?", "(column,name)>(?,?)" or
    // "<expr>>?"), not the domain's rows from its first one, which made each page of a long
    // scroll cost more than the one before. The rows are checked against the plain query above.
    Mailbox after;
    after.name = u"mario.rossi"_s;
    after.domain = StoreGenerator::domainName(0);
    after.usedBytes = 1000;
    after.usageUpdated = QDateTime::currentDateTimeUtc();
    after.created = after.usageUpdated;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"scale-plan"_s);
    const auto closing = qScopeGuard([&db] {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"scale-plan"_s);
    });
    db.setDatabaseName(m_path);
    QVERIFY(db.open());
    for (int column = 0; column < MailboxTableModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            MailboxQuery query;
            query.domain = after.domain;
            query.sortColumn = MailboxTableModel::serviceColumn(column);
            query.sortOrder = order;
            query.limit = 200;
            query.after = after;
            const SqlStatement page = MailboxPageQuery(query, 1, SqlDialect::sqlite()).page();
            QSqlQuery plan(db);
            QVERIFY(plan.prepare(u"EXPLAIN QUERY PLAN "_s + page.sql));
            for (int i = 0; i < page.values.size(); ++i)
                plan.bindValue(i, page.values.at(i));
            QVERIFY2(plan.exec(), qPrintable(plan.lastError().text()));
            QString detail;
            while (plan.next())
                detail += plan.value(3).toString() + u'\n';
            const QString op = order == Qt::DescendingOrder ? u"<"_s : u">"_s;
            QVERIFY2(detail.contains(u"USING INDEX"_s) && !detail.contains(u"TEMP B-TREE"_s)
                    && detail.contains(
                        QRegularExpression(u"(name|<expr>)"_s + op + u"\\?|name\\)"_s + op + u"\\(\\?"_s)),
                qPrintable(u"column %1, %2: %3"_s.arg(column).arg(op, detail)));
        }
    }
}

QTEST_GUILESS_MAIN(TestScale)

#include "tst_scale.moc"
