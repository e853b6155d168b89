// The program's SQLite driver held to Qt's own (QSQLITE, the plugin that Debian ships), statement
// by statement on the same real files: what each binds is stored the same, what each reads comes
// back as the same values of the same types, and each fails with the same native error codes,
// which the store's dialect reads.
#include "local/sqlitedriver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pecadmin;

namespace {

enum class Driver { Program, Qt };

// A named connection, removed when it goes.
class Connection
{
public:
    Connection(Driver driver, const QString &path, const QString &options = {})
        : m_name(u"driver-test-%1"_s.arg(++s_count))
    {
        QSqlDatabase db = driver == Driver::Program ? QSqlDatabase::addDatabase(new SqliteDriver(), m_name)
                                                    : QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        m_opened = db.open();
        m_openError = db.lastError();
    }
    ~Connection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool opened() const { return m_opened; }
    QSqlError openError() const { return m_openError; }

    // Runs `sql` with `values` bound; returns its error (none: an invalid error).
    QSqlError run(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(db());
        if (!query.prepare(sql))
            return query.lastError();
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        query.exec();
        return query.lastError();
    }

    // Every row of `sql`, each column as the driver gives it.
    QList<QVariantList> rows(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(db());
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return {};
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        QList<QVariantList> rows;
        if (!query.exec())
            return {};
        while (query.next()) {
            QVariantList row;
            for (int column = 0; column < query.record().count(); ++column)
                row.append(query.value(column));
            rows.append(row);
        }
        return rows;
    }

private:
    static inline int s_count = 0;
    QString m_name;
    bool m_opened = false;
    QSqlError m_openError;
};

// Answers every message of the driver with a marked text of its own, and counts what it was asked.
class RecordingTranslator : public QTranslator
{
public:
    QString translate(
        const char *context, const char *sourceText, const char *disambiguation = nullptr, int n = -1) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (qstrcmp(context, "SqliteDriver") != 0)
            return {};
        asked.append(QString::fromUtf8(sourceText));
        return u"[translated] "_s + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }

    mutable QStringList asked;
};

QString describe(const QVariant &value)
{
    return u"%1 %2%3"_s.arg(
        QString::fromLatin1(value.metaType().name()), value.toString(), value.isNull() ? u" (null)"_s : QString());
}

} // namespace

class TestSqliteDriver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void storesWhatItBindsAsQtsDriver_data();
    void storesWhatItBindsAsQtsDriver();
    void readsEachTypeAsQtsDriver();
    void namesTheColumnsAsQtsDriver();
    void runsAPreparedStatementAgainWithNewValues();
    void failsWithQtsDriversErrorCodes();
    void translatesOnlyWhatFails();
    void refusesWhatQtsDriverRefuses();
    void waitsForALockAsLongAsAsked();
    void readOnlyConnectionWritesNothing();
    void aStatementAtItsEndHoldsNoLock();
    void goesBackByRunningTheStatementAgain();
    void transactionsOfTheConnection();
    void closingFinalizesLiveQueries();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSqliteDriver::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSqliteDriver::cleanup()
{
    m_dir.reset();
}

void TestSqliteDriver::storesWhatItBindsAsQtsDriver_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QStringList>("columnTypes");
    const QStringList everyType { u"INTEGER"_s, u"REAL"_s, u"TEXT"_s, u"BLOB"_s, QString() };
    QTest::newRow("int") << QVariant(42) << everyType;
    QTest::newRow("negative int") << QVariant(-7) << everyType;
    QTest::newRow("qint64 past double") << QVariant(qint64(9007199254740993)) << everyType;
    QTest::newRow("uint") << QVariant(4000000000U) << everyType;
    QTest::newRow("bool true") << QVariant(true) << everyType;
    QTest::newRow("bool false") << QVariant(false) << everyType;
    QTest::newRow("double") << QVariant(3.25) << everyType;
    QTest::newRow("text") << QVariant(u"mario.rossi@pec.example.it"_s) << everyType;
    QTest::newRow("text beyond Latin") << QVariant(u"l'àncora € \"✓\" 😀"_s) << everyType;
    QTest::newRow("empty text") << QVariant(u""_s) << everyType;
    QTest::newRow("null text") << QVariant(QString()) << everyType;
    QTest::newRow("number as text") << QVariant(u"0042"_s) << everyType;
    QTest::newRow("bytes") << QVariant(QByteArray("a\0b\xff", 4)) << everyType;
    QTest::newRow("null bytes") << QVariant(QByteArray()) << everyType;
    QTest::newRow("no value") << QVariant() << everyType;
    QTest::newRow("null qint64") << QVariant(QMetaType::fromType<qint64>()) << everyType;
    QTest::newRow("UTC date and time") << QVariant(QDateTime(QDate(2026, 12, 5), QTime(10, 11, 12, 345), Qt::UTC))
                                       << everyType;
    QTest::newRow("local date and time") << QVariant(QDateTime(QDate(2026, 3, 29), QTime(2, 30))) << everyType;
    QTest::newRow("invalid date and time") << QVariant(QDateTime()) << everyType;
    QTest::newRow("date") << QVariant(QDate(2026, 12, 5)) << everyType;
    QTest::newRow("null date") << QVariant(QDate()) << everyType;
    QTest::newRow("time") << QVariant(QTime(23, 59, 58, 7)) << everyType;
    // Qt's driver binds an unsigned 64-bit number as its text, this one as a number: the same
    // where the column has a type, which SQLite converts it to.
    QTest::newRow("qulonglong") << QVariant(quint64(5)) << QStringList { u"INTEGER"_s, u"REAL"_s, u"TEXT"_s };
}

void TestSqliteDriver::storesWhatItBindsAsQtsDriver()
{
    QFETCH(QVariant, value);
    QFETCH(QStringList, columnTypes);
    const Connection program(Driver::Program, path(u"bound.sqlite"_s));
    const Connection qt(Driver::Qt, path(u"bound.sqlite"_s));
    QVERIFY(program.opened());
    QVERIFY(qt.opened());
    for (const QString &type : std::as_const(columnTypes)) {
        const QString table = type.isEmpty() ? u"untyped"_s : type.toLower();
        QCOMPARE(program.run(u"CREATE TABLE %1_program (v %2)"_s.arg(table, type)).type(), QSqlError::NoError);
        QCOMPARE(program.run(u"CREATE TABLE %1_qt (v %2)"_s.arg(table, type)).type(), QSqlError::NoError);
        QCOMPARE(
            program.run(u"INSERT INTO %1_program (v) VALUES (?)"_s.arg(table), { value }).type(), QSqlError::NoError);
        QCOMPARE(qt.run(u"INSERT INTO %1_qt (v) VALUES (?)"_s.arg(table), { value }).type(), QSqlError::NoError);
        // What SQLite holds, read by a third party: its storage class and its exact value.
        const QString stored = u"SELECT typeof(v), quote(v) FROM %1"_s;
        const QList<QVariantList> byProgram = qt.rows(stored.arg(table + u"_program"_s));
        const QList<QVariantList> byQt = qt.rows(stored.arg(table + u"_qt"_s));
        QCOMPARE(byProgram.size(), 1);
        QVERIFY2(byProgram == byQt,
            qPrintable(u"column %1: %2 %3 against Qt's %4 %5"_s.arg(type, byProgram.value(0).value(0).toString(),
                byProgram.value(0).value(1).toString(), byQt.value(0).value(0).toString(),
                byQt.value(0).value(1).toString())));
        // And a statement that compares the column with the same value bound finds the row.
        const QString count = u"SELECT COUNT(*) FROM %1 WHERE v IS ?"_s;
        QCOMPARE(program.rows(count.arg(table + u"_qt"_s), { value }), qt.rows(count.arg(table + u"_qt"_s), { value }));
    }
}

void TestSqliteDriver::readsEachTypeAsQtsDriver()
{
    const Connection program(Driver::Program, path(u"read.sqlite"_s));
    const Connection qt(Driver::Qt, path(u"read.sqlite"_s));
    QCOMPARE(program.run(u"CREATE TABLE mixed (i INTEGER, r REAL, t TEXT, b BLOB, n)"_s).type(), QSqlError::NoError);
    QCOMPARE(program
                 .run(u"INSERT INTO mixed VALUES (1, 2.5, 'àèìòù € ✓', x'00ff10', NULL), "
                      "(-9223372036854775807, 1e300, '', x'', 7), (NULL, NULL, NULL, NULL, 'testo'), "
                      "(3, 4, 5, 6, 8.5)"_s)
                 .type(),
        QSqlError::NoError);
    const QString select = u"SELECT i, r, t, b, n, i + r, length(t), t || '!' FROM mixed ORDER BY rowid"_s;
    const QList<QVariantList> byProgram = program.rows(select);
    const QList<QVariantList> byQt = qt.rows(select);
    QCOMPARE(byProgram.size(), 4);
    QCOMPARE(byQt.size(), byProgram.size());
    for (qsizetype row = 0; row < byQt.size(); ++row) {
        QCOMPARE(byProgram.at(row).size(), byQt.at(row).size());
        for (qsizetype column = 0; column < byQt.at(row).size(); ++column) {
            const QVariant &mine = byProgram.at(row).at(column);
            const QVariant &theirs = byQt.at(row).at(column);
            QVERIFY2(mine.metaType() == theirs.metaType() && mine.isNull() == theirs.isNull() && mine == theirs,
                qPrintable(u"row %1, column %2: %3 against Qt's %4"_s.arg(row).arg(column).arg(
                    describe(mine), describe(theirs))));
        }
    }

    // The low precision policies, for a REAL.
    for (const QSql::NumericalPrecisionPolicy policy : { QSql::LowPrecisionInt32, QSql::LowPrecisionInt64 }) {
        QSqlQuery mine(program.db());
        QSqlQuery theirs(qt.db());
        mine.setNumericalPrecisionPolicy(policy);
        theirs.setNumericalPrecisionPolicy(policy);
        QVERIFY(mine.exec(u"SELECT 2.75"_s) && mine.next());
        QVERIFY(theirs.exec(u"SELECT 2.75"_s) && theirs.next());
        QCOMPARE(mine.value(0).metaType(), theirs.value(0).metaType());
        QCOMPARE(mine.value(0), theirs.value(0));
    }
}

void TestSqliteDriver::namesTheColumnsAsQtsDriver()
{
    const Connection program(Driver::Program, path(u"names.sqlite"_s));
    const Connection qt(Driver::Qt, path(u"names.sqlite"_s));
    QCOMPARE(program.run(u"CREATE TABLE named (id INTEGER PRIMARY KEY, name TEXT, size REAL, flag BOOLEAN)"_s).type(),
        QSqlError::NoError);
    QCOMPARE(program.run(u"INSERT INTO named (name, size, flag) VALUES ('a', 1.5, 1)"_s).type(), QSqlError::NoError);
    const QString select = u"SELECT id, name AS shown, size, flag, COUNT(*) OVER () AS hit_count FROM named"_s;
    QSqlQuery mine(program.db());
    QSqlQuery theirs(qt.db());
    QVERIFY(mine.exec(select));
    QVERIFY(theirs.exec(select));
    const QSqlRecord mineRecord = mine.record();
    const QSqlRecord theirRecord = theirs.record();
    QCOMPARE(mineRecord.count(), 5);
    QCOMPARE(mineRecord.count(), theirRecord.count());
    for (int column = 0; column < theirRecord.count(); ++column) {
        QCOMPARE(mineRecord.fieldName(column), theirRecord.fieldName(column));
        QCOMPARE(mineRecord.field(column).metaType(), theirRecord.field(column).metaType());
    }
    QCOMPARE(mineRecord.indexOf(u"hit_count"_s), 4);
    QVERIFY(mine.next());
    QCOMPARE(mine.value(u"shown"_s), QVariant(u"a"_s));
    QCOMPARE(mine.record().value(u"hit_count"_s), QVariant(qint64(1)));

    // A statement without rows has no record, as with Qt's driver.
    theirs.finish();
    QVERIFY2(mine.exec(u"UPDATE named SET size = 2"_s), qPrintable(mine.lastError().text()));
    QVERIFY(theirs.exec(u"UPDATE named SET size = 3"_s));
    QCOMPARE(mine.record().count(), theirs.record().count());
    QVERIFY(!mine.isSelect());
}

void TestSqliteDriver::runsAPreparedStatementAgainWithNewValues()
{
    const Connection program(Driver::Program, path(u"again.sqlite"_s));
    const Connection qt(Driver::Qt, path(u"again.sqlite"_s));
    QCOMPARE(program.run(u"CREATE TABLE boxes (id INTEGER PRIMARY KEY, name TEXT UNIQUE, quota INTEGER)"_s).type(),
        QSqlError::NoError);
    for (const Connection *connection : { &program, &qt }) {
        const QString prefix = connection == &program ? u"program"_s : u"qt"_s;
        QSqlQuery insert(connection->db());
        QVERIFY(insert.prepare(u"INSERT INTO boxes (name, quota) VALUES (?, ?)"_s));
        for (int i = 0; i < 5; ++i) {
            insert.bindValue(0, u"%1-%2"_s.arg(prefix).arg(i));
            insert.bindValue(1, i * 100);
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            QCOMPARE(insert.numRowsAffected(), 1);
            QCOMPARE(insert.lastInsertId().toLongLong(),
                connection->rows(u"SELECT MAX(id) FROM boxes"_s).value(0).value(0).toLongLong());
        }
        QSqlQuery update(connection->db());
        QVERIFY(update.prepare(u"UPDATE boxes SET quota = quota + 1 WHERE name LIKE ?"_s));
        update.bindValue(0, QString(prefix + u"-%"_s));
        QVERIFY(update.exec());
        QCOMPARE(update.numRowsAffected(), 5);
        update.bindValue(0, u"nobody"_s);
        QVERIFY(update.exec());
        QCOMPARE(update.numRowsAffected(), 0);

        QSqlQuery select(connection->db());
        select.setForwardOnly(true);
        QVERIFY(select.prepare(u"SELECT quota FROM boxes WHERE name = ?"_s));
        for (int i : { 3, 1, 4 }) {
            select.bindValue(0, u"%1-%2"_s.arg(prefix).arg(i));
            QVERIFY(select.exec());
            // Read part of the rows only: the next run starts again from the first.
            QVERIFY(select.next());
            QCOMPARE(select.value(0).toInt(), i * 100 + 1);
            QVERIFY(!select.next());
        }
    }
    const QList<QVariantList> byProgram = qt.rows(u"SELECT quota FROM boxes WHERE name LIKE 'program-%' ORDER BY id"_s);
    QCOMPARE(byProgram.size(), 5);
    QCOMPARE(byProgram, qt.rows(u"SELECT quota FROM boxes WHERE name LIKE 'qt-%' ORDER BY id"_s));
}

void TestSqliteDriver::failsWithQtsDriversErrorCodes()
{
    const Connection program(Driver::Program, path(u"errors.sqlite"_s));
    const Connection qt(Driver::Qt, path(u"errors.sqlite"_s));
    QCOMPARE(program
                 .run(u"CREATE TABLE boxes (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, "
                      "quota INTEGER CHECK (quota >= 0), domain INTEGER REFERENCES domains (id))"_s)
                 .type(),
        QSqlError::NoError);
    QCOMPARE(program.run(u"CREATE TABLE domains (id INTEGER PRIMARY KEY)"_s).type(), QSqlError::NoError);
    QCOMPARE(program.run(u"INSERT INTO boxes (id, name, quota) VALUES (1, 'a', 1)"_s).type(), QSqlError::NoError);
    QCOMPARE(program.run(u"PRAGMA foreign_keys = ON"_s).type(), QSqlError::NoError);
    QCOMPARE(qt.run(u"PRAGMA foreign_keys = ON"_s).type(), QSqlError::NoError);

    const QList<std::pair<QString, QVariantList>> failing {
        { u"INSERT INTO boxes (name, quota) VALUES (?, 1)"_s, { u"a"_s } }, // UNIQUE
        { u"INSERT INTO boxes (id, name, quota) VALUES (1, ?, 1)"_s, { u"b"_s } }, // PRIMARY KEY
        { u"INSERT INTO boxes (name, quota) VALUES (?, 1)"_s, { QVariant() } }, // NOT NULL
        { u"INSERT INTO boxes (name, quota) VALUES (?, -1)"_s, { u"c"_s } }, // CHECK
        { u"INSERT INTO boxes (name, domain) VALUES (?, 99)"_s, { u"d"_s } }, // FOREIGN KEY
        { u"SELECT * FROM nowhere"_s, {} }, // no such table
        { u"SELEC 1"_s, {} }, // syntax
        { u"SELECT abs(-9223372036854775807 - 1)"_s, {} }, // integer overflow, while running
    };
    for (const auto &[sql, values] : failing) {
        const QSqlError mine = program.run(sql, values);
        const QSqlError theirs = qt.run(sql, values);
        QVERIFY2(mine.type() != QSqlError::NoError, qPrintable(sql));
        QVERIFY2(mine.nativeErrorCode() == theirs.nativeErrorCode(),
            qPrintable(u"%1: %2 (%3) against Qt's %4 (%5)"_s.arg(
                sql, mine.nativeErrorCode(), mine.databaseText(), theirs.nativeErrorCode(), theirs.databaseText())));
        QCOMPARE(mine.databaseText(), theirs.databaseText());
    }

    // A file that is not SQLite: told by the first statement, with SQLITE_NOTADB.
    QFile notADatabase(path(u"not-a-database.sqlite"_s));
    QVERIFY(notADatabase.open(QIODevice::WriteOnly));
    notADatabase.write(QByteArray(4096, 'x'));
    notADatabase.close();
    const Connection programOnText(Driver::Program, notADatabase.fileName());
    const Connection qtOnText(Driver::Qt, notADatabase.fileName());
    QVERIFY(programOnText.opened());
    const QSqlError mine = programOnText.run(u"SELECT COUNT(*) FROM sqlite_master"_s);
    QCOMPARE(mine.nativeErrorCode(), u"26"_s);
    QCOMPARE(mine.nativeErrorCode(), qtOnText.run(u"SELECT COUNT(*) FROM sqlite_master"_s).nativeErrorCode());

    // A folder that does not exist: the connection does not open.
    const Connection programNowhere(Driver::Program, path(u"missing/store.sqlite"_s));
    const Connection qtNowhere(Driver::Qt, path(u"missing/store.sqlite"_s));
    QVERIFY(!programNowhere.opened());
    QCOMPARE(programNowhere.openError().type(), QSqlError::ConnectionError);
    QCOMPARE(programNowhere.openError().nativeErrorCode(), qtNowhere.openError().nativeErrorCode());
}

void TestSqliteDriver::translatesOnlyWhatFails()
{
    const Connection program(Driver::Program, path(u"translated.sqlite"_s));
    QCOMPARE(program.run(u"CREATE TABLE boxes (id INTEGER PRIMARY KEY, quota INTEGER CHECK (quota >= 0))"_s).type(),
        QSqlError::NoError);
    RecordingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });

    // Statements run and rows read, many of them: nothing is looked up in the catalogue.
    QCOMPARE(program
                 .run(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500) "
                      "INSERT INTO boxes (quota) SELECT i FROM n"_s)
                 .type(),
        QSqlError::NoError);
    QCOMPARE(program.rows(u"SELECT id, quota FROM boxes WHERE quota > ?"_s, { 0 }).size(), 500);
    QVERIFY(program.db().transaction());
    QVERIFY(program.db().commit());
    QCOMPARE(translator.asked, QStringList());

    // A step that fails: its message, and only it, in the user's language.
    const QSqlError failed = program.run(u"INSERT INTO boxes (quota) VALUES (?)"_s, { -1 });
    QCOMPARE(failed.nativeErrorCode(), u"275"_s); // SQLITE_CONSTRAINT_CHECK
    QCOMPARE(translator.asked, QStringList { u"The statement cannot be run."_s });
    QCOMPARE(failed.driverText(), u"[translated] The statement cannot be run."_s);
}

void TestSqliteDriver::refusesWhatQtsDriverRefuses()
{
    const Connection program(Driver::Program, path(u"refused.sqlite"_s));
    const Connection qt(Driver::Qt, path(u"refused.sqlite"_s));
    QCOMPARE(program.run(u"CREATE TABLE t (v)"_s).type(), QSqlError::NoError);
    // Two statements at once: neither runs.
    for (const Connection *connection : { &program, &qt }) {
        QSqlQuery query(connection->db());
        QVERIFY(!query.prepare(u"INSERT INTO t VALUES (1); INSERT INTO t VALUES (2)"_s));
    }
    QCOMPARE(program.rows(u"SELECT COUNT(*) FROM t"_s).value(0).value(0).toInt(), 0);
    // As many values as the statement has `?`, no more and no fewer.
    for (const QVariantList &values : { QVariantList { 1, 2 }, QVariantList {} }) {
        QVERIFY(program.run(u"INSERT INTO t VALUES (?)"_s, values).isValid());
        QVERIFY(qt.run(u"INSERT INTO t VALUES (?)"_s, values).isValid());
    }
    QCOMPARE(program.rows(u"SELECT COUNT(*) FROM t"_s).value(0).value(0).toInt(), 0);
    // A trailing semicolon and blanks are one statement.
    QCOMPARE(program.run(u"INSERT INTO t VALUES (3);  \n"_s).type(), QSqlError::NoError);
    QCOMPARE(program.rows(u"SELECT v FROM t"_s), QList<QVariantList>({ { qint64(3) } }));
}

void TestSqliteDriver::waitsForALockAsLongAsAsked()
{
    const Connection holder(Driver::Program, path(u"lock.sqlite"_s));
    QCOMPARE(holder.run(u"CREATE TABLE t (v)"_s).type(), QSqlError::NoError);
    QCOMPARE(holder.run(u"BEGIN IMMEDIATE"_s).type(), QSqlError::NoError);
    for (const Driver driver : { Driver::Program, Driver::Qt }) {
        const Connection waiter(driver, path(u"lock.sqlite"_s), u"QSQLITE_BUSY_TIMEOUT=300"_s);
        QElapsedTimer clock;
        clock.start();
        const QSqlError error = waiter.run(u"BEGIN IMMEDIATE"_s);
        QCOMPARE(error.nativeErrorCode(), u"5"_s); // SQLITE_BUSY
        QVERIFY(error.text().contains(u"database is locked"_s));
        QVERIFY2(clock.elapsed() >= 250, qPrintable(QString::number(clock.elapsed())));
    }
    QCOMPARE(holder.run(u"COMMIT"_s).type(), QSqlError::NoError);
}

void TestSqliteDriver::readOnlyConnectionWritesNothing()
{
    {
        const Connection writer(Driver::Program, path(u"readonly.sqlite"_s));
        QCOMPARE(writer.run(u"CREATE TABLE t (v)"_s).type(), QSqlError::NoError);
        QCOMPARE(writer.run(u"INSERT INTO t VALUES (1)"_s).type(), QSqlError::NoError);
    }
    const Connection program(Driver::Program, path(u"readonly.sqlite"_s), u"QSQLITE_OPEN_READONLY"_s);
    const Connection qt(Driver::Qt, path(u"readonly.sqlite"_s), u"QSQLITE_OPEN_READONLY"_s);
    QCOMPARE(program.rows(u"SELECT v FROM t"_s), QList<QVariantList>({ { qint64(1) } }));
    const QSqlError mine = program.run(u"INSERT INTO t VALUES (2)"_s);
    QCOMPARE(mine.nativeErrorCode(), u"8"_s); // SQLITE_READONLY
    QCOMPARE(mine.nativeErrorCode(), qt.run(u"INSERT INTO t VALUES (2)"_s).nativeErrorCode());
    QCOMPARE(program.rows(u"SELECT COUNT(*) FROM t"_s).value(0).value(0).toInt(), 1);

    // Read-only does not make a file that is not there.
    const Connection missing(Driver::Program, path(u"absent.sqlite"_s), u"QSQLITE_OPEN_READONLY"_s);
    QVERIFY(!missing.opened());
    QVERIFY(!QFile::exists(path(u"absent.sqlite"_s)));
}

void TestSqliteDriver::aStatementAtItsEndHoldsNoLock()
{
    // A rollback journal, where a reader's shared lock keeps a writer from committing.
    const Connection reader(Driver::Program, path(u"locks.sqlite"_s), u"QSQLITE_BUSY_TIMEOUT=0"_s);
    const Connection writer(Driver::Program, path(u"locks.sqlite"_s), u"QSQLITE_BUSY_TIMEOUT=0"_s);
    QCOMPARE(reader.run(u"CREATE TABLE t (v)"_s).type(), QSqlError::NoError);
    QCOMPARE(reader.run(u"INSERT INTO t VALUES (1), (2), (3)"_s).type(), QSqlError::NoError);

    QSqlQuery select(reader.db());
    select.setForwardOnly(true);
    QVERIFY(select.exec(u"SELECT v FROM t"_s));
    QVERIFY(select.next());
    // In the middle of its rows the reader holds the file.
    QCOMPARE(writer.run(u"UPDATE t SET v = v + 10"_s).nativeErrorCode(), u"5"_s);
    while (select.next()) { }
    // At their end it holds nothing, though the query is still there and active.
    QVERIFY(select.isActive());
    QCOMPARE(writer.run(u"UPDATE t SET v = v + 10"_s).type(), QSqlError::NoError);

    // A statement without rows is over when exec() returns.
    QSqlQuery update(reader.db());
    QVERIFY(update.prepare(u"UPDATE t SET v = v + 1"_s));
    QVERIFY(update.exec());
    QCOMPARE(writer.run(u"UPDATE t SET v = v + 100"_s).type(), QSqlError::NoError);
    QCOMPARE(reader.rows(u"SELECT SUM(v) FROM t"_s).value(0).value(0).toInt(), 1 + 2 + 3 + 3 * 111);
}

void TestSqliteDriver::goesBackByRunningTheStatementAgain()
{
    const Connection program(Driver::Program, path(u"scroll.sqlite"_s));
    const Connection qt(Driver::Qt, path(u"scroll.sqlite"_s));
    QCOMPARE(program.run(u"CREATE TABLE t (v INTEGER)"_s).type(), QSqlError::NoError);
    QCOMPARE(program
                 .run(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) "
                      "INSERT INTO t SELECT i * 3 FROM n"_s)
                 .type(),
        QSqlError::NoError);
    QSqlQuery mine(program.db());
    QSqlQuery theirs(qt.db());
    QVERIFY(mine.exec(u"SELECT v FROM t ORDER BY v"_s));
    QVERIFY(theirs.exec(u"SELECT v FROM t ORDER BY v"_s));
    const auto same = [&mine, &theirs](bool moved, bool movedTheirs) {
        return moved == movedTheirs && mine.at() == theirs.at() && (mine.at() < 0 || mine.value(0) == theirs.value(0));
    };
    QVERIFY(same(mine.seek(500), theirs.seek(500)));
    QCOMPARE(mine.value(0).toInt(), 1503);
    QVERIFY(same(mine.previous(), theirs.previous()));
    QVERIFY(same(mine.seek(10, true), theirs.seek(10, true)));
    QVERIFY(same(mine.first(), theirs.first()));
    QVERIFY(same(mine.last(), theirs.last()));
    QCOMPARE(mine.at(), 999);
    QVERIFY(same(mine.next(), theirs.next()));
    QCOMPARE(mine.at(), int(QSql::AfterLastRow));
    QVERIFY(same(mine.seek(2000), theirs.seek(2000)));
    QVERIFY(same(mine.seek(0), theirs.seek(0)));
    QCOMPARE(mine.value(0).toInt(), 3);
}

void TestSqliteDriver::transactionsOfTheConnection()
{
    const Connection program(Driver::Program, path(u"transactions.sqlite"_s));
    QCOMPARE(program.run(u"CREATE TABLE t (v)"_s).type(), QSqlError::NoError);
    QSqlDatabase db = program.db();
    QVERIFY(db.transaction());
    QCOMPARE(program.run(u"INSERT INTO t VALUES (1)"_s).type(), QSqlError::NoError);
    QVERIFY(db.rollback());
    QCOMPARE(program.rows(u"SELECT COUNT(*) FROM t"_s).value(0).value(0).toInt(), 0);
    QVERIFY(db.transaction());
    QCOMPARE(program.run(u"INSERT INTO t VALUES (2)"_s).type(), QSqlError::NoError);
    QVERIFY(db.commit());
    // No transaction is open: committing again fails, and says so.
    QVERIFY(!db.commit());
    QCOMPARE(db.lastError().type(), QSqlError::TransactionError);
    const Connection other(Driver::Qt, path(u"transactions.sqlite"_s));
    QCOMPARE(other.rows(u"SELECT v FROM t"_s), QList<QVariantList>({ { qint64(2) } }));
}

void TestSqliteDriver::closingFinalizesLiveQueries()
{
    auto program = std::make_unique<Connection>(Driver::Program, path(u"close.sqlite"_s));
    QCOMPARE(program->run(u"CREATE TABLE t (v)"_s).type(), QSqlError::NoError);
    QCOMPARE(program->run(u"INSERT INTO t VALUES (1), (2)"_s).type(), QSqlError::NoError);
    QSqlDatabase db = program->db();
    QSqlQuery pending(db);
    QVERIFY(pending.exec(u"SELECT v FROM t"_s));
    QVERIFY(pending.next());
    QSqlQuery prepared(db);
    QVERIFY(prepared.prepare(u"INSERT INTO t VALUES (?)"_s));
    db.close();
    QVERIFY(!db.isOpen());
    // The statements are gone with the connection: running one again fails, and nothing crashes.
    prepared.bindValue(0, 3);
    QVERIFY(!prepared.exec());
    QVERIFY(!pending.next());
    // Open again, the connection works, and the file has no statement of the old one pending.
    QVERIFY(db.open());
    QCOMPARE(program->rows(u"SELECT COUNT(*) FROM t"_s).value(0).value(0).toInt(), 2);
    db = QSqlDatabase();
    // The queries outlive their connection's driver.
    program.reset();
    QVERIFY(!prepared.exec());
    QTest::ignoreMessage(QtWarningMsg, "QSqlQuery::exec: called before driver has been set up");
    QVERIFY(!pending.exec(u"SELECT 1"_s));
}

QTEST_GUILESS_MAIN(TestSqliteDriver)
#include "tst_sqlitedriver.moc"
