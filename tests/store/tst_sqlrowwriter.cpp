#include "local/sqlconnection.h"
#include "local/sqldialect.h"
#include "local/sqlrowwriter.h"
#include "teststorebackend.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pecadmin;

namespace {

// A table of the test's own: four values a row and a fixed one, as the store's rows have.
const QString createTable = u"CREATE TABLE written (id BIGINT PRIMARY KEY, name TEXT NOT NULL, amount BIGINT, "
                            "note TEXT, kind INTEGER NOT NULL)"_s;
const QString head = u"INSERT INTO written (id, name, amount, note, kind) VALUES "_s;
const QString row = u"(?, ?, ?, ?, 7)"_s;

// The values of row number `id`: a null amount every third row, a note with quotes and
// non-Latin text.
QVariantList values(qint64 id)
{
    return { id, u"riga %1"_s.arg(id), id % 3 == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id * 1000003),
        u"l'àncora \"%1\" ✓"_s.arg(id) };
}

} // namespace

class TestSqlRowWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void rowsPerStatementStayUnderTheLimit();
    void writesEveryRowAroundTheBatch_data();
    void writesEveryRowAroundTheBatch();
    void aFailingRowLeavesTheTableAsItWas();

private:
    // The rows of the table, in the order of their ids, through the connection.
    QList<QVariantList> readBack();

    std::unique_ptr<test::TestStores> m_stores;
    std::unique_ptr<SqlConnection> m_connection;
};

void TestSqlRowWriter::initTestCase()
{
    QString error;
    QVERIFY2(test::TestStores::serverReady(&error), qPrintable(error));
}

void TestSqlRowWriter::init()
{
    m_stores = std::make_unique<test::TestStores>();
    const StoreLocation location = m_stores->newLocation(u"rows.sqlite"_s);
    Result<std::unique_ptr<SqlConnection>> opened
        = location.isPostgreSql() ? SqlConnection::openPostgreSql(location) : SqlConnection::openSqlite(location.path);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message()));
    m_connection = opened.takeValue();
    const std::optional<ServiceError> error = m_connection->run(createTable);
    QVERIFY2(!error, qPrintable(error ? error->message() + error->detail() : QString()));
}

void TestSqlRowWriter::cleanup()
{
    m_connection.reset();
    m_stores.reset();
}

QList<QVariantList> TestSqlRowWriter::readBack()
{
    QList<QVariantList> rows;
    QSqlQuery query = m_connection->query();
    if (m_connection->run(query, u"SELECT id, name, amount, note, kind FROM written ORDER BY id"_s))
        return rows;
    while (query.next()) {
        QVariantList read { query.value(0).toLongLong(), query.value(1).toString(),
            query.value(2).isNull() ? QVariant(QMetaType::fromType<qint64>()) : QVariant(query.value(2).toLongLong()),
            query.value(3).toString() };
        if (query.value(4).toInt() != 7)
            read.append(query.value(4)); // makes the row differ
        rows.append(read);
    }
    return rows;
}

void TestSqlRowWriter::rowsPerStatementStayUnderTheLimit()
{
    for (int parameters : { 1, 3, 4, 11, 12, 15, 3999, 4000, 40000 }) {
        const int rows = SqlRowWriter::rowsPerStatement(parameters);
        QVERIFY(rows >= 1);
        if (parameters <= SqlRowWriter::maxParameters)
            QVERIFY(qint64(rows) * parameters <= SqlRowWriter::maxParameters);
        // As many as fit: one row more would not.
        QVERIFY(qint64(rows + 1) * parameters > SqlRowWriter::maxParameters);
    }
    SqlRowWriter writer(*m_connection, head, row);
    QCOMPARE(writer.parametersPerRow(), 4);
    QCOMPARE(writer.rowsPerStatement(), 1000);
}

void TestSqlRowWriter::writesEveryRowAroundTheBatch_data()
{
    QTest::addColumn<int>("count");
    const int batch = SqlRowWriter::rowsPerStatement(4);
    QTest::newRow("none") << 0;
    QTest::newRow("one") << 1;
    QTest::newRow("batch - 1") << batch - 1;
    QTest::newRow("batch") << batch;
    QTest::newRow("batch + 1") << batch + 1;
    QTest::newRow("2 batches + 3") << 2 * batch + 3;
}

void TestSqlRowWriter::writesEveryRowAroundTheBatch()
{
    QFETCH(int, count);
    QVERIFY(!m_connection->begin(m_connection->dialect().beginWrite));
    {
        SqlRowWriter writer(*m_connection, head, row);
        for (int id = 1; id <= count; ++id) {
            const std::optional<ServiceError> error = writer.add(values(id));
            QVERIFY2(!error, qPrintable(error ? error->message() + error->detail() : QString()));
        }
        const std::optional<ServiceError> error = writer.finish();
        QVERIFY2(!error, qPrintable(error ? error->message() + error->detail() : QString()));
        // Nothing is left to write a second time.
        QVERIFY(!writer.finish());
    }
    QVERIFY(!m_connection->commit());

    const QList<QVariantList> rows = readBack();
    QCOMPARE(rows.size(), count);
    for (int id = 1; id <= count; ++id) {
        if (rows.at(id - 1) != values(id))
            QFAIL(qPrintable(u"row %1 reads back differently"_s.arg(id)));
    }
}

void TestSqlRowWriter::aFailingRowLeavesTheTableAsItWas()
{
    // Rows already there.
    QVERIFY(!m_connection->begin(m_connection->dialect().beginWrite));
    {
        SqlRowWriter writer(*m_connection, head, row);
        for (qint64 id : { 5, 100000 })
            QVERIFY(!writer.add(values(id)));
        QVERIFY(!writer.finish());
    }
    QVERIFY(!m_connection->commit());
    const QList<QVariantList> before = readBack();
    QCOMPARE(before.size(), 2);

    // A write of a full statement and more, whose last row has a key the table has: the full
    // statement is written, the remainder fails, and the rollback takes all of it back.
    const int batch = SqlRowWriter::rowsPerStatement(4);
    QVERIFY(!m_connection->begin(m_connection->dialect().beginWrite));
    std::optional<ServiceError> failed;
    {
        SqlRowWriter writer(*m_connection, head, row);
        for (qint64 id = 1000; id < 1000 + batch + 10 && !failed; ++id)
            failed = writer.add(values(id));
        QVERIFY(!failed); // the full statement went in
        failed = writer.add(values(100000));
        if (!failed)
            failed = writer.finish();
    }
    QVERIFY(failed);
    QCOMPARE(failed->code(), ServiceError::Code::AlreadyExists);
    m_connection->rollback();
    QCOMPARE(readBack(), before);

    // A duplicate within one full statement fails it as well.
    QVERIFY(!m_connection->begin(m_connection->dialect().beginWrite));
    failed.reset();
    {
        SqlRowWriter writer(*m_connection, head, row);
        for (qint64 id = 2000; id < 2000 + batch - 1 && !failed; ++id)
            failed = writer.add(values(id));
        if (!failed)
            failed = writer.add(values(2000));
    }
    QVERIFY(failed);
    QCOMPARE(failed->code(), ServiceError::Code::AlreadyExists);
    m_connection->rollback();
    QCOMPARE(readBack(), before);

    // And the connection still writes.
    QVERIFY(!m_connection->begin(m_connection->dialect().beginWrite));
    {
        SqlRowWriter writer(*m_connection, head, row);
        QVERIFY(!writer.add(values(6)));
        QVERIFY(!writer.finish());
    }
    QVERIFY(!m_connection->commit());
    QCOMPARE(readBack().size(), 3);
}

QTEST_GUILESS_MAIN(TestSqlRowWriter)
#include "tst_sqlrowwriter.moc"
