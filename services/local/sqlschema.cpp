#include "sqlschema.h"

#include "local/mailboxpagequery.h"
#include "local/sqlconnection.h"
#include "local/sqldialect.h"

#include <QSqlQuery>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

using Code = ServiceError::Code;

// One statement of a migration, for every database or for one only.
struct MigrationStatement
{
    MigrationStatement(const QString &text) : sql(text) { }
    MigrationStatement(StoreLocation::Kind kind, const QString &text) : sql(text), only(kind) { }

    QString sql;
    std::optional<StoreLocation::Kind> only;
};

QString historyColumns()
{
    return u"logged_at BIGINT NOT NULL," // milliseconds since 1970, UTC
           "actor TEXT NOT NULL,"
           "operation TEXT NOT NULL,"
           "domain TEXT NOT NULL,"
           "mailbox TEXT NOT NULL,"
           "before_fields TEXT NOT NULL,"
           "after_fields TEXT NOT NULL,"
           "result TEXT NOT NULL,"
           "prev_hash TEXT NOT NULL,"
           "hash TEXT NOT NULL)"_s;
}

// What a Dovecot passdb and userdb read since version 5 (docs/DOVECOT.md).
QString dovecotUsersQuery()
{
    return u"SELECT m.name || '@' || d.name AS \"user\", m.password_hash AS password, "
           "'*:storage=' || m.quota_mb || 'M' AS quota_rule, m.must_change_password "
           "FROM mailboxes m JOIN domains d ON d.id = m.domain_id WHERE m.enabled = 1"_s;
}

// What a Dovecot passdb and userdb read since version 8: the soft quota as a quota_warning that
// runs the quota-warning service with the domain's language and the address (docs/DOVECOT.md).
QString dovecotUsersQueryWithSoftQuota()
{
    return u"SELECT m.name || '@' || d.name AS \"user\", m.password_hash AS password, "
           "'*:storage=' || m.quota_mb || 'M' AS quota_rule, m.must_change_password, "
           "CASE WHEN m.soft_quota_mb > 0 THEN 'storage=' || m.soft_quota_mb || 'M quota-warning ' || d.language "
           "|| ' ' || m.name || '@' || d.name END AS quota_warning "
           "FROM mailboxes m JOIN domains d ON d.id = m.domain_id WHERE m.enabled = 1"_s;
}

// The body of the trigger that copies the usage the mail server reported into dovecot_quota (the
// row NEW) into its mailbox. Since version 9 (`clearsAlarm`) a usage below the soft quota (or of a
// mailbox without one) also clears the time of the soft-quota alarm: the next crossing is a new
// one, whose alarm Dovecot sends and records again.
QString usageReport(StoreLocation::Kind kind, bool clearsAlarm)
{
    // A time of the offline copy of a backend that does not say (negative) is not the server's.
    const QString alarm = clearsAlarm ? u", soft_quota_alarm = CASE WHEN soft_quota_alarm <= 0 OR (soft_quota_mb > 0 "
                                        "AND NEW.bytes >= soft_quota_mb * 1048576) THEN soft_quota_alarm END"_s
                                      : QString();
    if (kind == StoreLocation::Kind::PostgreSql)
        return u"UPDATE mailboxes SET used_bytes = NEW.bytes, "
               "usage_updated = (extract(epoch FROM clock_timestamp()) * 1000)::bigint"_s
            + alarm
            + u" WHERE domain_id = (SELECT id FROM domains WHERE name = split_part(NEW.username, '@', 2)) "
              "AND name = split_part(NEW.username, '@', 1);"_s;
    return u"UPDATE mailboxes SET used_bytes = NEW.bytes, "
           "usage_updated = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"_s
        + alarm
        + u" WHERE domain_id = (SELECT id FROM domains WHERE name = substr(NEW.username, instr(NEW.username, '@') + "
          u"1)) "
          "AND name = substr(NEW.username, 1, instr(NEW.username, '@') - 1);"_s;
}

// The schema, one step per version. A step never changes once released: a new version adds
// a new step. `{id}` is replaced by the dialect's auto-numbered key type.
const QList<QList<MigrationStatement>> &migrations()
{
    using Kind = StoreLocation::Kind;
    static const QList<QList<MigrationStatement>> steps {
        // Version 1.
        {
            u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s,
            u"CREATE TABLE domains ("
            "id {id},"
            "name TEXT NOT NULL UNIQUE,"
            "total_space_mb BIGINT NOT NULL,"
            "max_mailboxes INTEGER NOT NULL,"
            "max_quota_mb BIGINT NOT NULL,"
            "archiving_available INTEGER NOT NULL,"
            "password_preset TEXT NOT NULL,"
            "password_min_length INTEGER NOT NULL,"
            "password_max_length INTEGER NOT NULL,"
            "password_require_lowercase INTEGER NOT NULL,"
            "password_require_uppercase INTEGER NOT NULL,"
            "password_require_digit INTEGER NOT NULL,"
            "password_require_symbol INTEGER NOT NULL,"
            "password_allowed_symbols TEXT,"
            "password_forbid_mailbox_name INTEGER NOT NULL)"_s,
            u"CREATE TABLE mailboxes ("
            "id {id},"
            "domain_id BIGINT NOT NULL REFERENCES domains (id) ON DELETE CASCADE,"
            "name TEXT NOT NULL,"
            "enabled INTEGER NOT NULL,"
            "quota_mb BIGINT NOT NULL,"
            "soft_quota_mb BIGINT NOT NULL,"
            "used_bytes BIGINT NOT NULL,"
            "archiving INTEGER NOT NULL,"
            "must_change_password INTEGER NOT NULL,"
            "password_hash TEXT NOT NULL,"
            "created BIGINT NOT NULL," // milliseconds since 1970, UTC
            "modified BIGINT NOT NULL," // milliseconds since 1970, UTC
            "version BIGINT NOT NULL)"_s,
            // One index per sort column, ending with the name that breaks ties, so that a
            // page of any sort order is read in index order and stops after its rows.
            u"CREATE UNIQUE INDEX mailboxes_by_name ON mailboxes (domain_id, name)"_s,
            u"CREATE INDEX mailboxes_by_enabled ON mailboxes (domain_id, enabled, name)"_s,
            u"CREATE INDEX mailboxes_by_used ON mailboxes (domain_id, used_bytes, name)"_s,
            u"CREATE INDEX mailboxes_by_quota ON mailboxes (domain_id, quota_mb, name)"_s,
            u"CREATE INDEX mailboxes_by_soft_quota ON mailboxes (domain_id, soft_quota_mb, name)"_s,
            u"CREATE INDEX mailboxes_by_archiving ON mailboxes (domain_id, archiving, name)"_s,
            u"CREATE INDEX mailboxes_by_created ON mailboxes (domain_id, created, name)"_s,
            // What a Dovecot passdb and userdb with `driver = sql` read (docs/PASSWORDS.md).
            u"CREATE VIEW dovecot_users AS "
            "SELECT m.name || '@' || d.name AS \"user\", m.password_hash AS password, "
            "'*:storage=' || m.quota_mb || 'M' AS quota_rule "
            "FROM mailboxes m JOIN domains d ON d.id = m.domain_id WHERE m.enabled = 1"_s,
        },
        // Version 2: the domain's totals, kept in its row instead of summed over its
        // mailboxes at every read and every write (a scan of the whole domain).
        //
        // The store's code keeps the count and the allocated space, in the transaction of the
        // write that changes them (adjustTotals()): one update of the domain's row per
        // operation, where a trigger on every row would update it once per mailbox, and a
        // batch of 20 000 mailboxes in one transaction would then stack 20 000 versions of
        // one row on PostgreSQL (measured: 12 s instead of 1.5 s). The used space is written
        // by the mail server too, one mailbox at a time: a trigger on that column keeps the
        // total right whoever writes it.
        {
            u"ALTER TABLE domains ADD COLUMN mailbox_count BIGINT NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE domains ADD COLUMN allocated_mb BIGINT NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE domains ADD COLUMN used_bytes BIGINT NOT NULL DEFAULT 0"_s,
            u"UPDATE domains SET "
            "mailbox_count = (SELECT COUNT(*) FROM mailboxes m WHERE m.domain_id = domains.id), "
            "allocated_mb = (SELECT COALESCE(SUM(m.quota_mb), 0) FROM mailboxes m WHERE m.domain_id = domains.id), "
            "used_bytes = (SELECT COALESCE(SUM(m.used_bytes), 0) FROM mailboxes m WHERE m.domain_id = domains.id)"_s,
            { Kind::SqliteFile,
                u"CREATE TRIGGER mailboxes_used_bytes AFTER UPDATE OF used_bytes ON mailboxes BEGIN "
                "UPDATE domains SET used_bytes = used_bytes - OLD.used_bytes + NEW.used_bytes "
                "WHERE id = NEW.domain_id; "
                "END"_s },
            { Kind::PostgreSql,
                u"CREATE FUNCTION mailboxes_used_bytes() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                "UPDATE domains SET used_bytes = used_bytes - OLD.used_bytes + NEW.used_bytes "
                "WHERE id = NEW.domain_id; "
                "RETURN NULL; "
                "END $$"_s },
            { Kind::PostgreSql,
                u"CREATE TRIGGER mailboxes_used_bytes AFTER UPDATE OF used_bytes ON mailboxes "
                "FOR EACH ROW WHEN (OLD.used_bytes IS DISTINCT FROM NEW.used_bytes) "
                "EXECUTE FUNCTION mailboxes_used_bytes()"_s },
        },
        // Version 3: on SQLite, an index of every trigram of the mailbox names (FTS5's trigram
        // tokenizer), so that a search text that few names contain finds them without reading
        // the whole domain (see MailboxPageQuery). The index keeps no copy of the names
        // (the mailboxes table is its content); triggers follow every insert and delete, whoever
        // writes them. The totals of version 2 are not touched. PostgreSQL searches with LIKE.
        {
            { Kind::SqliteFile,
                u"CREATE VIRTUAL TABLE mailbox_names USING fts5(name, content='mailboxes', content_rowid='id', "
                "tokenize='trigram')"_s },
            { Kind::SqliteFile,
                u"CREATE TRIGGER mailbox_names_insert AFTER INSERT ON mailboxes BEGIN "
                "INSERT INTO mailbox_names (rowid, name) VALUES (NEW.id, NEW.name); "
                "END"_s },
            { Kind::SqliteFile,
                u"CREATE TRIGGER mailbox_names_delete AFTER DELETE ON mailboxes BEGIN "
                "INSERT INTO mailbox_names (mailbox_names, rowid, name) VALUES ('delete', OLD.id, OLD.name); "
                "END"_s },
            { Kind::SqliteFile,
                u"CREATE TRIGGER mailbox_names_update AFTER UPDATE OF name ON mailboxes BEGIN "
                "INSERT INTO mailbox_names (mailbox_names, rowid, name) VALUES ('delete', OLD.id, OLD.name); "
                "INSERT INTO mailbox_names (rowid, name) VALUES (NEW.id, NEW.name); "
                "END"_s },
            { Kind::SqliteFile, u"INSERT INTO mailbox_names (mailbox_names) VALUES ('rebuild')"_s },
        },
        // Version 4: the history of changes (docs/AUDIT.md), one row per change, written in the
        // change's transaction by HistoryLog. Rows are only ever added: triggers refuse an update
        // and a delete (on PostgreSQL a truncate too, and a delete except in the transaction of
        // a cut by a role that may delete), and on PostgreSQL an entry must name the role that
        // writes it. `seq` is the position in the hash chain, given by the writer.
        {
            { Kind::SqliteFile, u"CREATE TABLE history (seq INTEGER PRIMARY KEY,"_s + historyColumns() },
            { Kind::PostgreSql, u"CREATE TABLE history (seq BIGINT PRIMARY KEY,"_s + historyColumns() },
            u"CREATE INDEX history_by_domain ON history (domain, seq)"_s,
            u"CREATE INDEX history_by_mailbox ON history (mailbox, seq)"_s,
            u"CREATE INDEX history_by_time ON history (logged_at)"_s,
            { Kind::SqliteFile,
                u"CREATE TRIGGER history_no_update BEFORE UPDATE ON history BEGIN "
                "SELECT RAISE(ABORT, 'the history is append-only'); END"_s },
            { Kind::SqliteFile, SqlSchema::historyDeleteGuard() },
            { Kind::PostgreSql,
                u"CREATE FUNCTION history_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                "IF TG_OP = 'INSERT' THEN "
                "IF NEW.actor IS DISTINCT FROM current_user::text THEN "
                "RAISE EXCEPTION 'a history entry must name the role that writes it' "
                "USING ERRCODE = 'insufficient_privilege'; "
                "END IF; "
                "RETURN NEW; "
                "END IF; "
                "IF TG_OP = 'DELETE' AND current_setting('pecadmin.history_cut', true) = 'on' THEN "
                "RETURN OLD; "
                "END IF; "
                "RAISE EXCEPTION 'the history is append-only' USING ERRCODE = 'insufficient_privilege'; "
                "END $$"_s },
            { Kind::PostgreSql,
                u"CREATE TRIGGER history_guard BEFORE INSERT OR UPDATE OR DELETE ON history "
                "FOR EACH ROW EXECUTE FUNCTION history_guard()"_s },
            { Kind::PostgreSql,
                u"CREATE TRIGGER history_no_truncate BEFORE TRUNCATE ON history "
                "FOR EACH STATEMENT EXECUTE FUNCTION history_guard()"_s },
        },
        // Version 5: the mail server's side (docs/DOVECOT.md). Dovecot's quota_clone plugin writes
        // each mailbox's usage into dovecot_quota through its SQL dict; a trigger copies it into
        // the mailbox with the time of the report (on PostgreSQL as the store's owner, so that
        // the mail server's role needs no right on the mailboxes). The view gains the "must
        // change password" flag, for the passdb query.
        {
            u"ALTER TABLE mailboxes ADD COLUMN usage_updated BIGINT"_s, // milliseconds since 1970, UTC
            u"CREATE TABLE dovecot_quota (username TEXT PRIMARY KEY, bytes BIGINT NOT NULL DEFAULT 0, "
            "messages BIGINT NOT NULL DEFAULT 0)"_s,
            { Kind::SqliteFile,
                u"CREATE TRIGGER dovecot_quota_insert AFTER INSERT ON dovecot_quota BEGIN "_s
                    + usageReport(Kind::SqliteFile, false) + u" END"_s },
            { Kind::SqliteFile,
                u"CREATE TRIGGER dovecot_quota_update AFTER UPDATE ON dovecot_quota BEGIN "_s
                    + usageReport(Kind::SqliteFile, false) + u" END"_s },
            { Kind::PostgreSql,
                u"CREATE FUNCTION dovecot_quota_report() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
                "SET search_path FROM CURRENT AS $$ BEGIN "_s
                    + usageReport(Kind::PostgreSql, false) + u" RETURN NULL; END $$"_s },
            { Kind::PostgreSql,
                u"CREATE TRIGGER dovecot_quota_report AFTER INSERT OR UPDATE ON dovecot_quota "
                "FOR EACH ROW EXECUTE FUNCTION dovecot_quota_report()"_s },
            { Kind::PostgreSql, u"REVOKE ALL ON FUNCTION dovecot_quota_report() FROM PUBLIC"_s },
            // Replaced in place on PostgreSQL, where the mail server's role keeps its grant.
            { Kind::SqliteFile, u"DROP VIEW dovecot_users"_s },
            { Kind::SqliteFile, u"CREATE VIEW dovecot_users AS "_s + dovecotUsersQuery() },
            { Kind::PostgreSql, u"CREATE OR REPLACE VIEW dovecot_users AS "_s + dovecotUsersQuery() },
        },
        // Version 6: deletion that removes the mail (docs/DOVECOT.md). A store that a mail server
        // purges has a row in mail_server (the time of its last purge); there, a deleted mailbox
        // waits in deleted_mailboxes, written in the deletion's transaction, until the mail server
        // has removed its mail and then the entry. Its address cannot be made again meanwhile.
        // Removing the entry removes the usage the mail server reported while it removed the
        // mail (on PostgreSQL as the store's owner, so that the mail server's role needs no
        // right to delete reports).
        {
            u"CREATE TABLE deleted_mailboxes (\"user\" TEXT PRIMARY KEY, deleted BIGINT NOT NULL)"_s,
            u"CREATE TABLE mail_server (purged BIGINT NOT NULL)"_s, // milliseconds since 1970, UTC
            { Kind::SqliteFile,
                u"CREATE TRIGGER deleted_mailboxes_purged AFTER DELETE ON deleted_mailboxes BEGIN "
                "DELETE FROM dovecot_quota WHERE username = OLD.\"user\"; END"_s },
            { Kind::PostgreSql,
                u"CREATE FUNCTION deleted_mailboxes_purged() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
                "SET search_path FROM CURRENT AS $$ BEGIN "
                "DELETE FROM dovecot_quota WHERE username = OLD.\"user\"; RETURN NULL; END $$"_s },
            { Kind::PostgreSql,
                u"CREATE TRIGGER deleted_mailboxes_purged AFTER DELETE ON deleted_mailboxes "
                "FOR EACH ROW EXECUTE FUNCTION deleted_mailboxes_purged()"_s },
            { Kind::PostgreSql, u"REVOKE ALL ON FUNCTION deleted_mailboxes_purged() FROM PUBLIC"_s },
        },
        // Version 7: the order by usage, where a usage the mail server has not reported comes
        // after every reported one in either order (MailboxPageQuery::usageSortExpression), read
        // from an index in each order as the other columns are.
        {
            QString(u"CREATE INDEX mailboxes_by_usage_ascending ON mailboxes (domain_id, "_s
                + MailboxPageQuery::usageSortExpression(Qt::AscendingOrder) + u", name)"_s),
            QString(u"CREATE INDEX mailboxes_by_usage_descending ON mailboxes (domain_id, "_s
                + MailboxPageQuery::usageSortExpression(Qt::DescendingOrder) + u", name)"_s),
        },
        // Version 8: the soft-quota alarm (docs/DOVECOT.md). Each domain has the language of the
        // messages the mail server sends its users ("it" or "en"); the user query gives Dovecot
        // the soft quota as a quota_warning, whose script sends the alarm and records its time
        // in soft_quota_alarm (on PostgreSQL through the one function the mail server's role may
        // run, as the store's owner).
        {
            u"ALTER TABLE domains ADD COLUMN language TEXT NOT NULL DEFAULT 'it'"_s,
            u"ALTER TABLE mailboxes ADD COLUMN soft_quota_alarm BIGINT"_s, // milliseconds since 1970, UTC
            { Kind::SqliteFile, u"DROP VIEW dovecot_users"_s },
            { Kind::SqliteFile, u"CREATE VIEW dovecot_users AS "_s + dovecotUsersQueryWithSoftQuota() },
            { Kind::PostgreSql, u"CREATE OR REPLACE VIEW dovecot_users AS "_s + dovecotUsersQueryWithSoftQuota() },
            { Kind::PostgreSql,
                u"CREATE FUNCTION soft_quota_alarm_sent(address TEXT) RETURNS void LANGUAGE sql SECURITY DEFINER "
                "SET search_path FROM CURRENT AS $$ "
                "UPDATE mailboxes SET soft_quota_alarm = (extract(epoch FROM clock_timestamp()) * 1000)::bigint "
                "WHERE domain_id = (SELECT id FROM domains WHERE name = split_part(address, '@', 2)) "
                "AND name = split_part(address, '@', 1) $$"_s },
            { Kind::PostgreSql, u"REVOKE ALL ON FUNCTION soft_quota_alarm_sent(TEXT) FROM PUBLIC"_s },
        },
        // Version 9: the soft-quota alarm once per crossing, as the window shows it (docs/DOVECOT.md).
        // A usage report below the soft quota clears the alarm's time, so that the next crossing's
        // alarm is a new one; the alarms of the mailboxes already below are cleared here.
        {
            { Kind::SqliteFile, u"DROP TRIGGER dovecot_quota_insert"_s },
            { Kind::SqliteFile, u"DROP TRIGGER dovecot_quota_update"_s },
            { Kind::SqliteFile,
                u"CREATE TRIGGER dovecot_quota_insert AFTER INSERT ON dovecot_quota BEGIN "_s
                    + usageReport(Kind::SqliteFile, true) + u" END"_s },
            { Kind::SqliteFile,
                u"CREATE TRIGGER dovecot_quota_update AFTER UPDATE ON dovecot_quota BEGIN "_s
                    + usageReport(Kind::SqliteFile, true) + u" END"_s },
            // Replaced in place: the trigger and the function's rights stay.
            { Kind::PostgreSql,
                u"CREATE OR REPLACE FUNCTION dovecot_quota_report() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
                "SET search_path FROM CURRENT AS $$ BEGIN "_s
                    + usageReport(Kind::PostgreSql, true) + u" RETURN NULL; END $$"_s },
            u"UPDATE mailboxes SET soft_quota_alarm = NULL WHERE soft_quota_alarm > 0 "
            "AND (soft_quota_mb = 0 OR used_bytes < soft_quota_mb * 1048576)"_s,
        },
    };
    return steps;
}

} // namespace

QStringList SqlSchema::upgrade(int from, const SqlDialect &dialect, int to)
{
    QStringList statements;
    const QList<QList<MigrationStatement>> &steps = migrations();
    for (int step = from + 1; step <= std::min(to, version); ++step) {
        for (const MigrationStatement &statement : steps.at(step - 1)) {
            if (!statement.only || *statement.only == dialect.kind)
                statements.append(QString(statement.sql).replace(u"{id}"_s, dialect.identityColumn));
        }
    }
    return statements;
}

QString SqlSchema::historyDeleteGuard()
{
    return u"CREATE TRIGGER history_no_delete BEFORE DELETE ON history BEGIN "
           "SELECT RAISE(ABORT, 'the history is append-only'); END"_s;
}

Result<int> SqlSchema::storedVersion(SqlConnection &connection)
{
    QStringList tables;
    {
        QSqlQuery query = connection.query();
        if (auto error = connection.run(query, connection.dialect().listTables))
            return *error;
        while (query.next())
            tables.append(query.value(0).toString());
    }
    if (tables.isEmpty())
        return 0;
    if (!tables.contains(u"schema_version"_s))
        return ServiceError(Code::Storage,
            QT_TRANSLATE_NOOP("ServiceError",
                "%1 is a database of another program, not a PEC Admin store. PEC "
                "Admin has left it as it is: choose another file."),
            { connection.shownName() });
    QSqlQuery query = connection.query();
    if (auto error = connection.run(query, u"SELECT MAX(version) FROM schema_version"_s))
        return *error;
    return query.next() ? query.value(0).toInt() : 0;
}

ServiceError SqlSchema::newerVersion(const QString &shownName, int stored)
{
    return ServiceError(Code::Storage,
        QT_TRANSLATE_NOOP("ServiceError",
            "The store %1 was written by a newer version of PEC Admin (schema "
            "%2, this version knows up to %3). Update PEC Admin to open it."),
        { shownName, QString::number(stored), QString::number(version) });
}

} // namespace pecadmin
