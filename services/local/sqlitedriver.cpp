#include "sqlitedriver.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlField>
#include <QSqlRecord>
#include <QSqlResult>
#include <QStringView>
#include <QUuid>

#include <sqlite3.h>

#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

// What SQLite said last on `connection`, under `what`, with `code` (an extended result code) as
// the native error code that SqlDialect::classify() reads.
QSqlError sqliteError(sqlite3 *connection, const QString &what, QSqlError::ErrorType type, int code)
{
    return QSqlError(
        what, connection ? QString::fromUtf8(sqlite3_errmsg(connection)) : QString(), type, QString::number(code));
}

// The type of a column of a result, as Qt's driver gives it: from the type its table declares,
// or from what SQLite holds in `row`'s column (SQLITE_NULL where the statement has no row).
QMetaType columnType(const char *declared, int stored)
{
    if (!declared || !*declared) {
        switch (stored) {
        case SQLITE_INTEGER:
            return QMetaType::fromType<int>();
        case SQLITE_FLOAT:
            return QMetaType::fromType<double>();
        case SQLITE_BLOB:
            return QMetaType::fromType<QByteArray>();
        case SQLITE_TEXT:
            return QMetaType::fromType<QString>();
        default:
            return QMetaType();
        }
    }
    const QString type = QString::fromUtf8(declared).toLower();
    if (type == u"integer" || type == u"int")
        return QMetaType::fromType<int>();
    if (type == u"double" || type == u"float" || type == u"real" || type.startsWith(u"numeric"))
        return QMetaType::fromType<double>();
    if (type == u"blob")
        return QMetaType::fromType<QByteArray>();
    if (type == u"boolean" || type == u"bool")
        return QMetaType::fromType<bool>();
    return QMetaType::fromType<QString>();
}

// Whether `value` is bound as NULL: no value, or a null text, bytes, date or time, as Qt's drivers
// take it (in Qt 6 QVariant::isNull() is false for a variant holding a null QString).
bool isNullValue(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(value.constData())->isNull();
    case QMetaType::QDateTime:
        return !static_cast<const QDateTime *>(value.constData())->isValid();
    case QMetaType::QDate:
        return static_cast<const QDate *>(value.constData())->isNull();
    case QMetaType::QTime:
        return !static_cast<const QTime *>(value.constData())->isValid();
    case QMetaType::QUuid:
        return static_cast<const QUuid *>(value.constData())->isNull();
    default:
        return false;
    }
}

int bindText(sqlite3_stmt *statement, int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

// Binds `value` to the `index`th `?` (from 1): a null value as NULL, numbers as numbers, bytes as a
// BLOB, a date and time as ISO 8601 text with milliseconds, anything else as its text.
int bindToStatement(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (isNullValue(value))
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::QString:
        return bindText(statement, index, *static_cast<const QString *>(value.constData()));
    case QMetaType::QByteArray: {
        const auto *bytes = static_cast<const QByteArray *>(value.constData());
        return sqlite3_bind_blob(statement, index, bytes->constData(), int(bytes->size()), SQLITE_TRANSIENT);
    }
    case QMetaType::Bool:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        if (value.toULongLong() <= quint64(std::numeric_limits<qint64>::max()))
            return sqlite3_bind_int64(statement, index, value.toLongLong());
        return bindText(statement, index, value.toString());
    case QMetaType::Float:
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::QDateTime:
        return bindText(statement, index, value.toDateTime().toString(Qt::ISODateWithMs));
    case QMetaType::QTime:
        return bindText(statement, index, value.toTime().toString(u"hh:mm:ss.zzz"));
    default:
        return bindText(statement, index, value.toString());
    }
}

} // namespace

// One statement of a SqliteDriver's connection and the row it stands on. Rows are read from
// SQLite one at a time, forward; going back runs the statement again from its start.
class SqliteResult final : public QSqlResult
{
    Q_DECLARE_TR_FUNCTIONS(SqliteDriver)

public:
    explicit SqliteResult(const SqliteDriver *driver) : QSqlResult(driver), m_driver(driver)
    {
        m_driver->addResult(this);
    }

    ~SqliteResult() override
    {
        finalize();
        if (m_driver)
            m_driver->removeResult(this);
    }

    SqliteResult(const SqliteResult &) = delete;
    SqliteResult &operator=(const SqliteResult &) = delete;

    // By the driver, as its connection closes (and, with `forget`, as the driver goes).
    void finalize(bool forget = false)
    {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        m_record.reset();
        m_position = -1;
        m_ended = false;
        if (forget)
            m_driver = nullptr;
    }

protected:
    bool prepare(const QString &query) override
    {
        finalize();
        sqlite3 *connection = m_driver ? m_driver->connection() : nullptr;
        if (!connection) {
            setLastError(QSqlError(tr("The database is not open."), QString(), QSqlError::ConnectionError));
            return false;
        }
        const QByteArray sql = query.toUtf8();
        const char *tail = nullptr;
        // With its final NUL, which spares SQLite a copy.
        const int prepared = sqlite3_prepare_v2(connection, sql.constData(), int(sql.size()) + 1, &m_statement, &tail);
        if (prepared != SQLITE_OK) {
            setLastError(
                sqliteError(connection, tr("The statement cannot be prepared."), QSqlError::StatementError, prepared));
            finalize();
            return false;
        }
        if (tail && !QByteArrayView(tail).trimmed().isEmpty()) {
            setLastError(QSqlError(tr("Only one statement can be run at a time."), QString(), QSqlError::StatementError,
                QString::number(SQLITE_MISUSE)));
            finalize();
            return false;
        }
        return true;
    }

    bool reset(const QString &query) override { return prepare(query) && exec(); }

    // Binds the values and reads the first row, if any: the statement runs here, and a write's
    // error is told here. A statement that ends is reset at once, so that it keeps no lock.
    bool exec() override
    {
        setAt(QSql::BeforeFirstRow);
        setActive(false);
        setSelect(false);
        m_changes = -1;
        m_position = -1;
        m_ended = false;
        sqlite3 *connection = m_driver ? m_driver->connection() : nullptr;
        if (!m_statement || !connection) {
            setLastError(QSqlError(tr("There is no statement to run."), QString(), QSqlError::StatementError,
                QString::number(SQLITE_MISUSE)));
            return false;
        }
        // Also what the last run ended with, already told.
        sqlite3_reset(m_statement);
        const QList<QVariant> &values = boundValues();
        if (values.size() != sqlite3_bind_parameter_count(m_statement)) {
            setLastError(QSqlError(tr("The statement has %1 values to fill, and %2 were given.")
                                       .arg(sqlite3_bind_parameter_count(m_statement))
                                       .arg(values.size()),
                QString(), QSqlError::StatementError));
            return false;
        }
        for (int i = 0; i < values.size(); ++i) {
            if (const int bound = bindToStatement(m_statement, i + 1, values.at(i)); bound != SQLITE_OK) {
                setLastError(sqliteError(
                    connection, tr("A value cannot be given to the statement."), QSqlError::StatementError, bound));
                return false;
            }
        }
        if (!step(QT_TR_NOOP("The statement cannot be run.")))
            return false;
        m_changes = sqlite3_changes(connection);
        setSelect(sqlite3_column_count(m_statement) > 0);
        setActive(true);
        return true;
    }

    QVariant data(int column) override
    {
        if (!onRow(column))
            return QVariant();
        switch (sqlite3_column_type(m_statement, column)) {
        case SQLITE_INTEGER:
            return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
        case SQLITE_FLOAT:
            switch (numericalPrecisionPolicy()) {
            case QSql::LowPrecisionInt32:
                return QVariant(sqlite3_column_int(m_statement, column));
            case QSql::LowPrecisionInt64:
                return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
            default:
                return QVariant(sqlite3_column_double(m_statement, column));
            }
        case SQLITE_BLOB: {
            // The pointer first, then the size (SQLite's documentation).
            const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
            return QVariant(QByteArray(bytes, sqlite3_column_bytes(m_statement, column)));
        }
        case SQLITE_NULL:
            return QVariant(QMetaType::fromType<QString>());
        default: {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
            return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column)));
        }
        }
    }

    bool isNull(int column) override
    {
        return !onRow(column) || sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    }

    bool fetch(int row) override { return moveTo(row); }
    bool fetchNext() override { return moveTo(at() < 0 ? 0 : at() + 1); }
    bool fetchFirst() override { return moveTo(0); }

    bool fetchLast() override
    {
        while (!m_ended) {
            if (!m_statement || !step(QT_TR_NOOP("A row cannot be read.")))
                return false;
        }
        return m_rows > 0 && moveTo(m_rows - 1);
    }

    int size() override { return -1; }
    int numRowsAffected() override { return m_changes; }

    QVariant lastInsertId() const override
    {
        if (!isActive() || !m_driver || !m_driver->connection())
            return QVariant();
        const qint64 id = sqlite3_last_insert_rowid(m_driver->connection());
        return id ? QVariant(id) : QVariant();
    }

    QSqlRecord record() const override
    {
        if (!isActive() || !isSelect() || !m_statement)
            return QSqlRecord();
        if (!m_record) {
            // Made when first asked for, usually right after exec(), on the first row, as Qt's
            // driver makes it.
            QSqlRecord record;
            const int columns = sqlite3_column_count(m_statement);
            for (int column = 0; column < columns; ++column) {
                QSqlField field(QString::fromUtf8(sqlite3_column_name(m_statement, column)),
                    columnType(sqlite3_column_decltype(m_statement, column),
                        m_position >= 0 ? sqlite3_column_type(m_statement, column) : SQLITE_NULL),
                    QString::fromUtf8(sqlite3_column_table_name(m_statement, column)));
                record.append(field);
            }
            m_record = record;
        }
        return *m_record;
    }

    void detachFromResultSet() override
    {
        if (m_statement)
            sqlite3_reset(m_statement);
        m_position = -1;
        m_ended = false;
    }

private:
    // Whether the statement stands on the row of at() and has `column`.
    bool onRow(int column) const
    {
        return m_statement && m_position >= 0 && m_position == at() && column >= 0
            && column < sqlite3_column_count(m_statement);
    }

    // One step. On a row, or at the end (reset, its rows counted, m_ended set), true; on an error
    // (reset, told under `failure`), false. `failure` is translated only then: a row read costs no
    // lookup in the catalogue.
    bool step(const char *failure)
    {
        const int stepped = sqlite3_step(m_statement);
        if (stepped == SQLITE_ROW) {
            ++m_position;
            return true;
        }
        if (stepped == SQLITE_DONE) {
            m_rows = m_position + 1;
            m_ended = true;
            m_position = -1;
            sqlite3_reset(m_statement);
            return true;
        }
        setLastError(sqliteError(m_driver->connection(), tr(failure), QSqlError::StatementError, stepped));
        sqlite3_reset(m_statement);
        m_position = -1;
        m_ended = false;
        setAt(QSql::AfterLastRow);
        return false;
    }

    bool moveTo(int row)
    {
        if (row < 0 || !m_statement)
            return false;
        if (m_ended && row >= m_rows)
            return false;
        if (row < m_position || m_ended) {
            // Back: from the start again, with the same values.
            sqlite3_reset(m_statement);
            m_position = -1;
            m_ended = false;
        }
        while (m_position < row) {
            if (!step(QT_TR_NOOP("A row cannot be read.")) || m_ended)
                return false;
        }
        setAt(row);
        return true;
    }

    const SqliteDriver *m_driver;
    sqlite3_stmt *m_statement = nullptr;
    mutable std::optional<QSqlRecord> m_record;
    // The row the statement stands on (-1: none); once it has ended, how many rows it gave.
    int m_position = -1;
    int m_rows = 0;
    bool m_ended = false;
    int m_changes = -1;
};

SqliteDriver::SqliteDriver() = default;

SqliteDriver::~SqliteDriver()
{
    finalizeResults(true);
    if (m_connection)
        sqlite3_close_v2(m_connection);
}

bool SqliteDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case SimpleLocking:
    case LowPrecisionNumbers:
    case FinishQuery:
        return true;
    case QuerySize:
    case NamedPlaceholders:
    case BatchOperations:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

bool SqliteDriver::open(
    const QString &db, const QString &, const QString &, const QString &, int, const QString &connectOptions)
{
    if (isOpen())
        close();
    int busyTimeout = 5000;
    bool readOnly = false;
    for (QStringView option : QStringView(connectOptions).split(u';', Qt::SkipEmptyParts)) {
        option = option.trimmed();
        if (option.startsWith(u"QSQLITE_BUSY_TIMEOUT=")) {
            bool valid = false;
            const int milliseconds = option.mid(option.indexOf(u'=') + 1).trimmed().toInt(&valid);
            if (valid && milliseconds >= 0)
                busyTimeout = milliseconds;
        } else if (option == u"QSQLITE_OPEN_READONLY") {
            readOnly = true;
        }
    }
    const int flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_PRIVATECACHE;
    const int opened = sqlite3_open_v2(db.toUtf8().constData(), &m_connection, flags, nullptr);
    if (opened != SQLITE_OK) {
        setLastError(
            sqliteError(m_connection, tr("The database cannot be opened."), QSqlError::ConnectionError, opened));
        sqlite3_close_v2(m_connection);
        m_connection = nullptr;
        setOpenError(true);
        return false;
    }
    sqlite3_busy_timeout(m_connection, busyTimeout);
    sqlite3_extended_result_codes(m_connection, 1);
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqliteDriver::close()
{
    if (!isOpen())
        return;
    finalizeResults(false);
    if (const int closed = sqlite3_close_v2(m_connection); closed != SQLITE_OK)
        setLastError(
            sqliteError(m_connection, tr("The database cannot be closed."), QSqlError::ConnectionError, closed));
    m_connection = nullptr;
    setOpen(false);
    setOpenError(false);
}

QSqlResult *SqliteDriver::createResult() const
{
    return new SqliteResult(this);
}

bool SqliteDriver::beginTransaction()
{
    return runWithoutRows("BEGIN", QT_TR_NOOP("A transaction cannot be begun."));
}

bool SqliteDriver::commitTransaction()
{
    return runWithoutRows("COMMIT", QT_TR_NOOP("The transaction cannot be committed."));
}

bool SqliteDriver::rollbackTransaction()
{
    return runWithoutRows("ROLLBACK", QT_TR_NOOP("The transaction cannot be rolled back."));
}

bool SqliteDriver::runWithoutRows(const char *sql, const char *failure)
{
    if (!isOpen() || isOpenError())
        return false;
    const int done = sqlite3_exec(m_connection, sql, nullptr, nullptr, nullptr);
    if (done == SQLITE_OK)
        return true;
    setLastError(sqliteError(m_connection, tr(failure), QSqlError::TransactionError, done));
    return false;
}

void SqliteDriver::finalizeResults(bool forget)
{
    const QList<SqliteResult *> results = m_results;
    for (SqliteResult *result : results)
        result->finalize(forget);
    if (forget)
        m_results.clear();
}

} // namespace pecadmin
