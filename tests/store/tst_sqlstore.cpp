#include "local/passwordhash.h"
#include "local/sqlconnection.h"
#include "local/sqldialect.h"
#include "local/sqlschema.h"
#include "local/sqlstore.h"
#include "teststorebackend.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace pecadmin;

Q_DECLARE_METATYPE(pecadmin::NewMailbox)
Q_DECLARE_METATYPE(pecadmin::MailboxColumn)

namespace {

using Code = ServiceError::Code;

const QString domainName = u"pec.test.it"_s;
const QString goodPassword = u"Segreto2024ab"_s;

Domain testDomain(qint64 totalSpaceMb = 10240, int maxMailboxes = 100, qint64 maxQuotaMb = 1024)
{
    Domain domain;
    domain.name = domainName;
    domain.totalSpaceMb = totalSpaceMb;
    domain.maxMailboxes = maxMailboxes;
    domain.maxMailboxQuotaMb = maxQuotaMb;
    domain.archivingAvailable = true;
    domain.passwordPolicy = PasswordPolicy::poste();
    return domain;
}

NewMailbox newMailbox(const QString &name, qint64 quotaMb = 512, const QString &password = goodPassword)
{
    NewMailbox mailbox;
    mailbox.name = name;
    mailbox.domain = domainName;
    mailbox.password = password;
    mailbox.quotaMb = quotaMb;
    mailbox.softQuotaMb = quotaMb / 2;
    return mailbox;
}

QByteArray fileChecksum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every row of the store, read through a connection of the test's own.
QStringList dumpStore(const StoreLocation &location)
{
    QStringList rows;
    {
        QSqlDatabase db = test::openConnection(location, u"dump"_s);
        if (!db.isOpen())
            return { u"cannot open"_s };
        for (const QString &sql :
            { u"SELECT * FROM domains ORDER BY id"_s, u"SELECT * FROM mailboxes ORDER BY id"_s }) {
            QSqlQuery query(db);
            if (!query.prepare(sql) || !query.exec())
                return { query.lastError().text() };
            while (query.next()) {
                QStringList fields;
                for (int i = 0; i < query.record().count(); ++i)
                    fields.append(query.value(i).toString());
                rows.append(fields.join(u'|'));
            }
        }
    }
    QSqlDatabase::removeDatabase(u"dump"_s);
    return rows;
}

// Runs one statement on the store through a connection of the test's own.
bool execOn(const StoreLocation &location, const QString &sql)
{
    return test::runOn(location, sql);
}

QString address(const QString &name)
{
    return name + u'@' + domainName;
}

} // namespace

class TestSqlStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void newStoreInMissingFolderIsRefused();
    void newStoreIsPrivate();
    void defaultFolderIsMadePrivate();
    void emptyFileBecomesStore();
    void defaultPathIsInAppData();
    void addDomainCreatesPostmaster();
    void addDomainRefusesDuplicatesAndBadInput();
    void createMailbox();
    void createMailboxRefusals_data();
    void createMailboxRefusals();
    void changeMailboxWithVersions();
    void resetPassword();
    void userChangesOwnPassword();
    void deleteMailbox();
    void postmasterIsProtected();
    void mailboxLimit();
    void totalSpaceLimit();
    void failedOperationsLeaveDataAsItWas();
    void persistsAcrossReopen();
    void garbageFileIsRefusedUntouched();
    void damagedPagesAreToldAtOpen();
    void diskFullAndLostLockHaveTheirOwnKind();
    void otherProgramsDatabaseIsRefusedUntouched();
    void readOnlyFileIsRefusedUntouched();
    void readOnlyFolderIsRefused();
    void newerSchemaIsRefusedUntouched();
    void fileLockedByAnotherProcess();
    void writeWhileAnotherProcessWrites();
    void noClearTextPasswordInFiles();
    void pagingAgreesWithPlainQuery_data();
    void pagingAgreesWithPlainQuery();
    void keysetPagingSurvivesChangesBetweenPages();
    void filterTreatsWildcardsAsText();
    void dovecotView();
    void demoDomain();
    void bulkInsertIsAllOrNothing();
    void totalsFollowEveryWrite();
    void versionOneStoreIsMigrated();
    void versionFourStoreIsMigrated();
    void mailServerReportsUsage();
    void softQuotaAlarmEndsWithItsCrossing();
    void usageIsUnknownUntilTheMailServerReportsIt();
    void deletionWaitsForTheMailServersPurge();
    void locationNeverShowsThePassword();
    void unreachableServerIsAClearError();

private:
    std::unique_ptr<SqlStore> openStore();
    // The store the test works on: m_path's file, or the test's database on the server.
    StoreLocation location() const;
    // The file's checksum, or on a server every table and every row of the store.
    QStringList storeFingerprint() const;
    QList<Mailbox> allMailboxes(SqlStore &store, MailboxColumn column, Qt::SortOrder order, const QString &filter = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<test::TestStores> m_stores;
    StoreLocation m_server; // the test's database on PostgreSQL
};

void TestSqlStore::initTestCase()
{
    QString error;
    QVERIFY2(test::TestStores::serverReady(&error), qPrintable(error));
}

void TestSqlStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"store.sqlite"_s);
    m_stores = std::make_unique<test::TestStores>();
    if (test::onPostgreSql())
        m_server = m_stores->newLocation();
}

void TestSqlStore::cleanup()
{
    // Folders a test made read-only must be deletable again.
    QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_dir.reset();
    m_stores.reset();
}

StoreLocation TestSqlStore::location() const
{
    return test::onPostgreSql() ? m_server : StoreLocation::sqliteFile(m_path);
}

QStringList TestSqlStore::storeFingerprint() const
{
    if (!test::onPostgreSql())
        return { QString::fromLatin1(fileChecksum(m_path)) };
    QStringList rows;
    test::runOn(location(),
        u"SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = current_schema() "
        "ORDER BY table_name"_s,
        &rows);
    if (rows.contains(u"schema_version|BASE TABLE"_s))
        test::runOn(location(), u"SELECT * FROM schema_version"_s, &rows);
    if (rows.contains(u"mailboxes|BASE TABLE"_s))
        rows += dumpStore(location());
    return rows;
}

std::unique_ptr<SqlStore> TestSqlStore::openStore()
{
    Result<std::unique_ptr<SqlStore>> opened = SqlStore::open(location());
    if (!opened) {
        qWarning() << "open failed:" << opened.error().message() << opened.error().detail();
        return nullptr;
    }
    return opened.takeValue();
}

QList<Mailbox> TestSqlStore::allMailboxes(
    SqlStore &store, MailboxColumn column, Qt::SortOrder order, const QString &filter)
{
    MailboxQuery query;
    query.domain = domainName;
    query.filter = filter;
    query.sortColumn = column;
    query.sortOrder = order;
    query.limit = 100000;
    const Result<MailboxPage> page = store.mailboxes(query);
    if (!page)
        return {};
    return page.value().mailboxes;
}

// The owner's, the group's and the others' permissions (not Qt's "current user" bits).
const QFile::Permissions modeBits = QFile::Permissions::fromInt(0x7077);

void TestSqlStore::newStoreInMissingFolderIsRefused()
{
    PECADMIN_SQLITE_ONLY("the folders of a new file");
    m_path = m_dir->filePath(u"a/b/c/store.sqlite"_s);
    const Result<std::unique_ptr<SqlStore>> opened = SqlStore::open(m_path);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code(), ServiceError::Code::Storage);
    QVERIFY2(opened.error().message().contains(u"does not exist"_s), qPrintable(opened.error().message()));
    QVERIFY(opened.error().message().contains(QDir::toNativeSeparators(m_dir->filePath(u"a/b/c"_s))));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"a"_s)));
}

void TestSqlStore::newStoreIsPrivate()
{
    PECADMIN_SQLITE_ONLY("the permissions of the files");
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(store->addDomain(testDomain()));
        QVERIFY(QFileInfo::exists(m_path + u"-wal"_s));
        QVERIFY(QFileInfo::exists(m_path + u"-shm"_s));
        for (const QString &file : QStringList { m_path, m_path + u"-wal"_s, m_path + u"-shm"_s })
            QCOMPARE(QFileInfo(file).permissions() & modeBits, QFile::ReadOwner | QFile::WriteOwner);
    }
}

void TestSqlStore::defaultFolderIsMadePrivate()
{
    PECADMIN_SQLITE_ONLY("the default folder");
    const QByteArray oldHome = qgetenv("XDG_DATA_HOME");
    const QString dataHome = m_dir->filePath(u"data"_s);
    qputenv("XDG_DATA_HOME", dataHome.toUtf8());
    const QString path = SqlStore::defaultPath();
    QVERIFY(path.startsWith(dataHome));
    {
        auto opened = SqlStore::open(path);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message()));
    }
    if (oldHome.isNull())
        qunsetenv("XDG_DATA_HOME");
    else
        qputenv("XDG_DATA_HOME", oldHome);
    QVERIFY(QFileInfo::exists(path));
    const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    for (QString folder = QFileInfo(path).absolutePath(); folder != dataHome; folder = QFileInfo(folder).absolutePath())
        QCOMPARE(QFileInfo(folder).permissions() & modeBits, ownerOnly);
    QCOMPARE(QFileInfo(path).permissions() & modeBits, QFile::ReadOwner | QFile::WriteOwner);
}

void TestSqlStore::emptyFileBecomesStore()
{
    PECADMIN_SQLITE_ONLY("an empty file");
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->addDomain(testDomain()));
    QCOMPARE(store->domains().value().size(), 1);
}

void TestSqlStore::defaultPathIsInAppData()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString path = SqlStore::defaultPath();
    QVERIFY(path.endsWith(u"/pecadmin.sqlite"_s));
    QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QStandardPaths::setTestModeEnabled(false);
}

void TestSqlStore::addDomainCreatesPostmaster()
{
    auto store = openStore();
    QVERIFY(store);
    Domain domain = testDomain(700, 10, 1024); // postmaster: the smaller of 1024 and 700
    domain.name = u"  PEC.Test.IT "_s;
    domain.passwordPolicy = PasswordPolicy::aruba();
    domain.language = u"en"_s;
    const Result<Domain> added = store->addDomain(domain);
    QVERIFY(added);
    QCOMPARE(added.value().name, domainName);

    const Result<QList<Domain>> domains = store->domains();
    QVERIFY(domains);
    QCOMPARE(domains.value().size(), 1);
    const Domain stored = domains.value().first();
    QCOMPARE(stored.name, domainName);
    QCOMPARE(stored.totalSpaceMb, 700);
    QCOMPARE(stored.maxMailboxes, 10);
    QCOMPARE(stored.maxMailboxQuotaMb, 1024);
    QVERIFY(stored.archivingAvailable);
    QVERIFY(stored.passwordPolicy == PasswordPolicy::aruba());
    QCOMPARE(stored.language, u"en"_s);

    const Result<DomainDetails> details = store->domainDetails(u"Pec.Test.It"_s);
    QVERIFY(details);
    QCOMPARE(details.value().domain.language, u"en"_s);
    // The language changes with the other settings, and only to one the mail server speaks.
    Domain changed = details.value().domain;
    changed.language = u"it"_s;
    QVERIFY(store->changeDomain(changed));
    QCOMPARE(store->domainDetails(domainName).value().domain.language, u"it"_s);
    changed.language = u"de"_s;
    const Result<DomainDetails> refused = store->changeDomain(changed);
    QCOMPARE(refused.error().code(), Code::Validation);
    QCOMPARE(refused.error().field(), u"language"_s);
    QCOMPARE(store->domainDetails(domainName).value().domain.language, u"it"_s);
    QCOMPARE(details.value().mailboxCount, 1);
    QCOMPARE(details.value().allocatedMb, 700);
    QCOMPARE(details.value().usedBytes, 0);

    const Result<Mailbox> postmaster = store->mailbox(address(u"postmaster"_s));
    QVERIFY(postmaster);
    QVERIFY(postmaster.value().isPostmaster());
    QVERIFY(postmaster.value().enabled);
    QCOMPARE(postmaster.value().quotaMb, 700);

    // Its hash opens nothing obvious.
    QSqlDatabase db = test::openConnection(location(), u"hash"_s);
    QVERIFY(db.isOpen());
    {
        QSqlQuery query(db);
        QVERIFY(query.prepare(u"SELECT password_hash FROM mailboxes WHERE name = 'postmaster'"_s) && query.exec());
        QVERIFY(query.next());
        const QByteArray hash = query.value(0).toString().toLatin1();
        QVERIFY(hash.startsWith("{ARGON2ID}$argon2id$"));
        QVERIFY(!verifyPassword(hash, QString()));
        QVERIFY(!verifyPassword(hash, u"postmaster"_s));
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"hash"_s);

    QCOMPARE(store->domainDetails(u"other.it"_s).error().code(), Code::NotFound);
}

void TestSqlStore::addDomainRefusesDuplicatesAndBadInput()
{
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->addDomain(testDomain()));
    Domain again = testDomain();
    again.name = u"PEC.TEST.IT"_s;
    QCOMPARE(store->addDomain(again).error().code(), Code::AlreadyExists);
    Domain bad = testDomain();
    bad.name = u"not a domain"_s;
    QCOMPARE(store->addDomain(bad).error().code(), Code::Validation);
    bad = testDomain(0);
    bad.name = u"other.it"_s;
    QCOMPARE(store->addDomain(bad).error().code(), Code::Validation);
    QCOMPARE(store->domains().value().size(), 1);
}

void TestSqlStore::createMailbox()
{
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->addDomain(testDomain()));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    NewMailbox input = newMailbox(u" Mario.Rossi "_s, 512);
    input.archiving = true;
    input.enabled = false;
    const Result<Mailbox> created = store->createMailbox(input);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message()));
    const Mailbox &mailbox = created.value();
    QCOMPARE(mailbox.name, u"mario.rossi"_s);
    QCOMPARE(mailbox.domain, domainName);
    QCOMPARE(mailbox.quotaMb, 512);
    QCOMPARE(mailbox.softQuotaMb, 256);
    QCOMPARE(mailbox.usedBytes, 0);
    QVERIFY(mailbox.archiving);
    QVERIFY(!mailbox.enabled);
    QVERIFY(mailbox.mustChangePassword);
    QVERIFY(mailbox.created >= before);
    QVERIFY(mailbox.created <= QDateTime::currentDateTimeUtc());
    QCOMPARE(mailbox.created.timeSpec(), Qt::UTC);
    QVERIFY(!mailbox.version.isEmpty());

    const Result<Mailbox> read = store->mailbox(u"MARIO.ROSSI@pec.test.it"_s);
    QVERIFY(read);
    QCOMPARE(read.value().version, mailbox.version);
    QCOMPARE(read.value().created, mailbox.created);

    const Result<DomainDetails> details = store->domainDetails(domainName);
    QCOMPARE(details.value().mailboxCount, 2);
    QCOMPARE(details.value().allocatedMb, 1024 + 512);

    QCOMPARE(store->mailbox(address(u"nobody"_s)).error().code(), Code::NotFound);
    QCOMPARE(store->mailbox(u"nobody@other.it"_s).error().code(), Code::NotFound);
    QCOMPARE(store->mailbox(u"not an address"_s).error().code(), Code::Validation);
}

void TestSqlStore::createMailboxRefusals_data()
{
    QTest::addColumn<NewMailbox>("mailbox");
    QTest::addColumn<int>("code");
    QTest::newRow("exists") << newMailbox(u"mario.rossi"_s) << int(Code::AlreadyExists);
    QTest::newRow("exists, other case") << newMailbox(u"MARIO.Rossi"_s) << int(Code::AlreadyExists);
    QTest::newRow("postmaster") << newMailbox(u"postmaster"_s) << int(Code::AlreadyExists);
    QTest::newRow("bad name") << newMailbox(u"mario rossi"_s) << int(Code::Validation);
    QTest::newRow("weak password") << newMailbox(u"luca"_s, 512, u"short"_s) << int(Code::Validation);
    QTest::newRow("quota above maximum") << newMailbox(u"luca"_s, 2048) << int(Code::Validation);
    NewMailbox soft = newMailbox(u"luca"_s, 100);
    soft.softQuotaMb = 200;
    QTest::newRow("soft above quota") << soft << int(Code::Validation);
    NewMailbox elsewhere = newMailbox(u"luca"_s);
    elsewhere.domain = u"other.it"_s;
    QTest::newRow("no such domain") << elsewhere << int(Code::NotFound);
}

void TestSqlStore::createMailboxRefusals()
{
    QFETCH(NewMailbox, mailbox);
    QFETCH(int, code);
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->addDomain(testDomain()));
    QVERIFY(store->createMailbox(newMailbox(u"mario.rossi"_s)));
    const QStringList before = dumpStore(location());
    const Result<Mailbox> result = store->createMailbox(mailbox);
    QVERIFY(!result);
    QCOMPARE(int(result.error().code()), code);
    QVERIFY(!result.error().message().isEmpty());
    QCOMPARE(dumpStore(location()), before);
}

void TestSqlStore::changeMailboxWithVersions()
{
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->addDomain(testDomain()));
    const Mailbox original = store->createMailbox(newMailbox(u"giulia.bianchi"_s, 512)).value();

    MailboxChange change;
    change.address = original.address();
    change.version = original.version;
    change.quotaMb = 1024;
    change.archiving = true;
    const Result<Mailbox> changed = store->changeMailbox(change);
    QVERIFY(changed);
    QCOMPARE(changed.value().quotaMb, 1024);
    QVERIFY(changed.value().archiving);
    QCOMPARE(changed.value().softQuotaMb, 256);
    QVERIFY(changed.value().version != original.version);
    QVERIFY(changed.value().modified >= original.modified);

    // The same change again from the stale view: refused, nothing written.
    const QStringList before = dumpStore(location());
    MailboxChange stale;
    stale.address = original.address();
    stale.version = original.version;
    stale.enabled = false;
    const Result<Mailbox> refused = store->changeMailbox(stale);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), Code::Conflict);
    QCOMPARE(dumpStore(location()), before);

    // With the right version it goes through.
    stale.version = changed.value().version;
    const Result<Mailbox> disabled = store->changeMailbox(stale);
    QVERIFY(disabled);
    QVERIFY(!disabled.value().enabled);

    // Without a version, whatever the current one.
    MailboxChange any;
    any.address = original.address();
    any.enabled = true;
    any.softQuotaMb = 0;
    const Result<Mailbox> enabled = store->changeMailbox(any);
    QVERIFY(enabled);
    QVERIFY(enabled.value().enabled);
    QCOMPARE(enabled.value().softQuotaMb, 0);
    QCOMPARE(store->mailbox(original.address()).value().version, enabled.value().version);

    MailboxChange badSoft;
    badSoft.address = original.address();
    badSoft.softQuotaMb = 5000;
    QCOMPARE(store->changeMailbox(badSoft).error().code(), Code::Validation);
    MailboxChange missing;
    missing.address = address(u"nobody"_s);
    missing.enabled = false;
    QCOMPARE(store->changeMailbox(missing).error().code(), Code::NotFound);
}

void TestSqlStore::resetPassword()
{
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->addDomain(testDomain()));
    Mailbox mailbox = store->createMailbox(newMailbox(u"luca.ferrari"_s)).value();
    // Cleared by hand, to show that the reset sets it again.
    QVERIFY(execOn(location(), u"UPDATE mailboxes SET must_change_password = 0 WHERE name = 'luca.ferrari'"_s));
    mailbox = store->mailbox(mailbox.address()).value();
    QVERIFY(!mailbox.mustChangePassword);

    const auto storedHash = [this] {
        QByteArray hash;
        {
            QSqlDatabase db = test::openConnection(location(), u"hash"_s);
            if (db.isOpen()) {
                QSqlQuery query(db);
                if (query.prepare(u"SELECT password_hash FROM mailboxes WHERE name = 'luca.ferrari'"_s) && query.exec()
                    && query.next())
                    hash = query.value(0).toString().toLatin1();
            }
        }
        QSqlDatabase::removeDatabase(u"hash"_s);
        return hash;
    };
    QVERIFY(verifyPassword(storedHash(), goodPassword));

    QCOMPARE(store->resetPassword(mailbox.address(), u"999"_s, u"NuovaPass77"_s).error().code(), Code::Conflict);
    QVERIFY(verifyPassword(storedHash(), goodPassword));
    QCOMPARE(store->resetPassword(mailbox.address(), mailbox.version, u"bad"_s).error().code(), Code::Validation);

    const Result<Mailbox> reset = store->resetPassword(mailbox.address(), mailbox.version, u"NuovaPass77"_s);
    QVERIFY(reset);
    QVERIFY(reset.value().mustChangePassword);
    QVERIFY(reset.value().version != mailbox.version);
    QVERIFY(verifyPassword(storedHash(), u"NuovaPass77"_s));
    QVERIFY(!verifyPassword(storedHash(), goodPassword));
    QCOMPARE(store->resetPassword(address(u"nobody"_s), QString(), u"NuovaPass77"_s).error().code(), Code::NotFound);
}

// The user's own change (pecadmin-cli mailserver change-password): checked against the current
// password and the policy, it ends the first access; a reset starts it again.
void TestSqlStore::userChangesOwnPassword()
{
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->addDomain(testDomain()));
    const Mailbox mailbox = store->createMailbox(newMailbox(u"luca.ferrari"_s)).value();
    QVERIFY(mailbox.mustChangePassword);
    const QString luca = mailbox.address();
    const QStringList before = dumpStore(location());

    Result<Mailbox> refused = store->changePassword(luca, u"Sbagliata77"_s, u"NuovaPass77"_s);
    QCOMPARE(refused.error().code(), Code::Validation);
    QCOMPARE(refused.error().field(), u"currentPassword"_s);
    refused = store->changePassword(luca, goodPassword, goodPassword);
    QCOMPARE(refused.error().code(), Code::Validation);
    QCOMPARE(refused.error().field(), u"password"_s);
    refused = store->changePassword(luca, goodPassword, u"bad"_s);
    QCOMPARE(refused.error().code(), Code::Validation);
    QCOMPARE(
        store->changePassword(address(u"nobody"_s), goodPassword, u"NuovaPass77"_s).error().code(), Code::NotFound);
    QCOMPARE(store->changePassword(address(u"postmaster"_s), goodPassword, u"NuovaPass77"_s).error().code(),
        Code::Protected);
    QCOMPARE(dumpStore(location()), before);

    const Result<Mailbox> changed = store->changePassword(luca, goodPassword, u"NuovaPass77"_s);
    QVERIFY2(changed, qPrintable(changed ? QString() : changed.error().message()));
    QVERIFY(!changed.value().mustChangePassword);
    QVERIFY(changed.value().version != mailbox.version);
    // The old password no longer works for a second change; the new one does.
    QCOMPARE(store->changePassword(luca, goodPassword, u"AltraPass88"_s).error().code(), Code::Validation);
    QVERIFY(store->changePassword(luca, u"NuovaPass77"_s, u"AltraPass88"_s));
    // The postmaster's reset makes it a first access again.
    QVERIFY(store->resetPassword(luca, QString(), u"Reimposta99"_s).value().mustChangePassword);
}

void TestSqlStore::deleteMailbox()
{
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->addDomain(testDomain()));
    const Mailbox mailbox = store->createMailbox(newMailbox(u"sara.marino"_s)).value();
    MailboxChange change;
    change.address = mailbox.address();
    change.archiving = true;
    const Mailbox changed = store->changeMailbox(change).value();

    QCOMPARE(store->deleteMailbox(mailbox.address(), mailbox.version).error().code(), Code::Conflict);
    QVERIFY(store->mailbox(mailbox.address()));
    QVERIFY(store->deleteMailbox(mailbox.address(), changed.version));
    QCOMPARE(store->mailbox(mailbox.address()).error().code(), Code::NotFound);
    QCOMPARE(store->deleteMailbox(mailbox.address(), QString()).error().code(), Code::NotFound);
    QCOMPARE(store->domainDetails(domainName).value().mailboxCount, 1);
    // The name is free again.
    QVERIFY(store->createMailbox(newMailbox(u"sara.marino"_s)));
}

void TestSqlStore::postmasterIsProtected()
{
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->addDomain(testDomain()));
    const QString postmaster = address(u"postmaster"_s);
    const QStringList before = dumpStore(location());
    QCOMPARE(store->deleteMailbox(postmaster, QString()).error().code(), Code::Protected);
    QCOMPARE(store->resetPassword(postmaster, QString(), goodPassword).error().code(), Code::Protected);
    MailboxChange disable;
    disable.address = postmaster;
    disable.enabled = false;
    QCOMPARE(store->changeMailbox(disable).error().code(), Code::Protected);
    QCOMPARE(dumpStore(location()), before);
    // Its quota may change like any other.
    MailboxChange quota;
    quota.address = postmaster;
    quota.quotaMb = 256;
    QVERIFY(store->changeMailbox(quota));
}

void TestSqlStore::mailboxLimit()
{
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->addDomain(testDomain(10240, 3)));
    QVERIFY(store->createMailbox(newMailbox(u"uno"_s)));
    QVERIFY(store->createMailbox(newMailbox(u"due"_s)));
    const Result<Mailbox> third = store->createMailbox(newMailbox(u"tre"_s));
    QVERIFY(!third);
    QCOMPARE(third.error().code(), Code::MailboxLimitReached);
    QVERIFY(third.error().message().contains(u'3'));
    QCOMPARE(store->domainDetails(domainName).value().mailboxCount, 3);
    QVERIFY(store->deleteMailbox(address(u"uno"_s), QString()));
    QVERIFY(store->createMailbox(newMailbox(u"tre"_s)));
}

void TestSqlStore::totalSpaceLimit()
{
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->addDomain(testDomain(1000, 100, 500))); // postmaster takes 500
    QVERIFY(store->createMailbox(newMailbox(u"uno"_s, 400)));
    const Result<Mailbox> over = store->createMailbox(newMailbox(u"due"_s, 200));
    QVERIFY(!over);
    QCOMPARE(over.error().code(), Code::QuotaExceeded);
    QVERIFY(store->createMailbox(newMailbox(u"due"_s, 100)));
    QCOMPARE(store->domainDetails(domainName).value().allocatedMb, 1000);

    MailboxChange grow;
    grow.address = address(u"uno"_s);
    grow.quotaMb = 401;
    QCOMPARE(store->changeMailbox(grow).error().code(), Code::QuotaExceeded);
    grow.quotaMb = 300; // shrinking frees space for the other
    QVERIFY(store->changeMailbox(grow));
    MailboxChange other;
    other.address = address(u"due"_s);
    other.quotaMb = 200;
    QVERIFY(store->changeMailbox(other));
    QCOMPARE(store->domainDetails(domainName).value().allocatedMb, 1000);
}

void TestSqlStore::failedOperationsLeaveDataAsItWas()
{
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->addDomain(testDomain(2000, 5, 1024)));
    QVERIFY(store->createMailbox(newMailbox(u"mario.rossi"_s, 512)));
    const QStringList before = dumpStore(location());
    QVERIFY(before.size() == 3);

    QCOMPARE(store->createMailbox(newMailbox(u"grande"_s, 1000)).error().code(), Code::QuotaExceeded);
    QCOMPARE(store->createMailbox(newMailbox(u"mario.rossi"_s, 10)).error().code(), Code::AlreadyExists);
    MailboxChange change;
    change.address = address(u"mario.rossi"_s);
    change.quotaMb = 1024;
    change.archiving = true;
    change.version = u"12345"_s;
    QCOMPARE(store->changeMailbox(change).error().code(), Code::Conflict);
    change.version.clear();
    change.quotaMb = 5000;
    QCOMPARE(store->changeMailbox(change).error().code(), Code::Validation);

    // A batch whose last mailbox is a duplicate: none of it stays.
    QList<StoredMailbox> batch;
    for (const QString &name : { u"uno"_s, u"due"_s, u"mario.rossi"_s }) {
        StoredMailbox mailbox;
        mailbox.name = name;
        mailbox.quotaMb = 10;
        batch.append(mailbox);
    }
    const Result<int> written = store->bulkInsert(domainName, batch);
    QVERIFY(!written);
    QCOMPARE(written.error().code(), Code::AlreadyExists);
    QVERIFY2(written.error().message().contains(u"mario.rossi@"_s + domainName), qPrintable(written.error().message()));
    QCOMPARE(dumpStore(location()), before);

    // And the store still works.
    QVERIFY(store->createMailbox(newMailbox(u"uno"_s, 100)));
    QCOMPARE(dumpStore(location()).size(), 4);
}

void TestSqlStore::persistsAcrossReopen()
{
    QString version;
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(store->addDomain(testDomain()));
        version = store->createMailbox(newMailbox(u"mario.rossi"_s, 256)).value().version;
        MailboxChange change;
        change.address = address(u"mario.rossi"_s);
        change.version = version;
        change.enabled = false;
        version = store->changeMailbox(change).value().version;
    }
    auto store = openStore();
    QVERIFY(store);
    const Result<Mailbox> mailbox = store->mailbox(address(u"mario.rossi"_s));
    QVERIFY(mailbox);
    QCOMPARE(mailbox.value().version, version);
    QVERIFY(!mailbox.value().enabled);
    QCOMPARE(mailbox.value().quotaMb, 256);
    QCOMPARE(store->domainDetails(domainName).value().mailboxCount, 2);
}

void TestSqlStore::garbageFileIsRefusedUntouched()
{
    PECADMIN_SQLITE_ONLY("the bytes of a file");
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray garbage;
    for (int i = 0; i < 8192; ++i)
        garbage.append(char((i * 7919 + 13) % 251));
    file.write(garbage);
    file.close();
    const QByteArray checksum = fileChecksum(m_path);

    const Result<std::unique_ptr<SqlStore>> opened = SqlStore::open(m_path);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code(), Code::Storage);
    QVERIFY(opened.error().message().contains(u"not a PEC Admin store"_s));
    QCOMPARE(fileChecksum(m_path), checksum);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList { u"store.sqlite"_s });
}

void TestSqlStore::damagedPagesAreToldAtOpen()
{
    PECADMIN_SQLITE_ONLY("the pages of a file");
    {
        std::unique_ptr<SqlStore> store = openStore();
        QVERIFY(store);
        QVERIFY(store->addDemoDomain());
    }
    // The pages of the mailboxes, past the schema, overwritten as a failing disk would.
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY2(size >= 8 * 4096, qPrintable(QString::number(size)));
    QVERIFY(file.seek(size / 2 / 4096 * 4096));
    file.write(QByteArray(2 * 4096, '\x5a'));
    file.close();
    const QByteArray checksum = fileChecksum(m_path);

    const Result<std::unique_ptr<SqlStore>> opened = SqlStore::open(m_path);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code(), Code::Storage);
    QVERIFY2(opened.error().message().contains(u"is damaged: some of its pages cannot be read"_s),
        qPrintable(opened.error().message() + u" / "_s + opened.error().detail()));
    QVERIFY(!opened.error().detail().isEmpty());
    QCOMPARE(fileChecksum(m_path), checksum);
}

void TestSqlStore::diskFullAndLostLockHaveTheirOwnKind()
{
    using Kind = SqlDialect::ErrorKind;
    const auto kind = [](const SqlDialect &dialect, const QString &code) {
        return dialect.classify(QSqlError(u"driver"_s, u"database"_s, QSqlError::StatementError, code));
    };
    const SqlDialect &sqlite = SqlDialect::sqlite();
    QCOMPARE(kind(sqlite, u"13"_s), Kind::DiskFull);
    QCOMPARE(kind(sqlite, u"11"_s), Kind::Damaged);
    QCOMPARE(kind(sqlite, u"779"_s), Kind::Damaged);
    QCOMPARE(kind(sqlite, u"26"_s), Kind::NotADatabase);
    QCOMPARE(kind(sqlite, u"3850"_s), Kind::LockLost);
    QCOMPARE(kind(sqlite, u"15"_s), Kind::LockLost);
    QCOMPARE(kind(sqlite, u"5"_s), Kind::Busy);
    const SqlDialect &postgreSql = SqlDialect::postgreSql();
    QCOMPARE(kind(postgreSql, u"53100"_s), Kind::DiskFull);
    QCOMPARE(kind(postgreSql, u"XX001"_s), Kind::Damaged);

    // A real full disk: the store may grow by no page more than it has.
    PECADMIN_SQLITE_ONLY("the pages of a file");
    std::unique_ptr<SqlStore> store = openStore();
    QVERIFY(store);
    QVERIFY(store->addDomain(testDomain()));
    Result<std::unique_ptr<SqlConnection>> full = SqlConnection::openSqlite(m_path);
    QVERIFY(full);
    QSqlQuery query = full.value()->query();
    QVERIFY(!full.value()->run(query, u"PRAGMA max_page_count = 2"_s));
    QString filler(64 * 1024, u'x');
    const std::optional<ServiceError> error
        = full.value()->run(u"CREATE TABLE filler AS SELECT ? AS text"_s, { filler });
    QVERIFY(error);
    QVERIFY2(error->message().contains(u"is full"_s), qPrintable(error->message() + u" / "_s + error->detail()));
}

void TestSqlStore::otherProgramsDatabaseIsRefusedUntouched()
{
    QVERIFY(execOn(location(), u"CREATE TABLE contacts (name TEXT)"_s));
    const QStringList fingerprint = storeFingerprint();
    const Result<std::unique_ptr<SqlStore>> opened = SqlStore::open(location());
    QVERIFY(!opened);
    QCOMPARE(opened.error().code(), Code::Storage);
    QVERIFY(opened.error().message().contains(u"another program"_s));
    QCOMPARE(storeFingerprint(), fingerprint);
}

void TestSqlStore::readOnlyFileIsRefusedUntouched()
{
    PECADMIN_SQLITE_ONLY("file permissions");
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(store->addDomain(testDomain()));
    }
    QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther)); // 0444
    const QByteArray checksum = fileChecksum(m_path);
    const Result<std::unique_ptr<SqlStore>> opened = SqlStore::open(m_path);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code(), Code::Storage);
    QVERIFY(opened.error().message().contains(u"read-only"_s));
    QCOMPARE(fileChecksum(m_path), checksum);

    QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(openStore());
}

void TestSqlStore::readOnlyFolderIsRefused()
{
    PECADMIN_SQLITE_ONLY("folder permissions");
    m_path = m_dir->filePath(u"locked/store.sqlite"_s);
    QVERIFY(QDir(m_dir->path()).mkdir(u"locked"_s));
    const QString folder = m_dir->filePath(u"locked"_s);
    QVERIFY(QFile::setPermissions(folder,
        QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::ExeOther)); // 0555
    const Result<std::unique_ptr<SqlStore>> opened = SqlStore::open(m_path);
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QVERIFY(!opened);
    QCOMPARE(opened.error().code(), Code::Storage);
    QVERIFY(opened.error().message().contains(u"read-only"_s));
    QVERIFY(!QFileInfo::exists(m_path));
}

void TestSqlStore::newerSchemaIsRefusedUntouched()
{
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(store->addDomain(testDomain()));
    }
    QVERIFY(execOn(location(), u"UPDATE schema_version SET version = %1"_s.arg(SqlStore::schemaVersion + 1)));
    const QStringList fingerprint = storeFingerprint();
    const Result<std::unique_ptr<SqlStore>> opened = SqlStore::open(location());
    QVERIFY(!opened);
    QCOMPARE(opened.error().code(), Code::Storage);
    QVERIFY(opened.error().message().contains(u"newer version"_s));
    QCOMPARE(storeFingerprint(), fingerprint);
}

void TestSqlStore::fileLockedByAnotherProcess()
{
    PECADMIN_SQLITE_ONLY("a lock that the sqlite3 program holds on the file");
    const QString sqlite3 = QStandardPaths::findExecutable(u"sqlite3"_s);
    if (sqlite3.isEmpty())
        QSKIP("The sqlite3 command-line program is not installed: no second process can lock the file.");
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(store->addDomain(testDomain()));
    }
    const QByteArray checksum = fileChecksum(m_path);

    // A second process takes the file for itself and keeps it until its input ends.
    QProcess holder;
    holder.start(sqlite3, { m_path });
    QVERIFY(holder.waitForStarted());
    const QString marker = m_dir->filePath(u"held"_s);
    holder.write("PRAGMA locking_mode = EXCLUSIVE;\nBEGIN EXCLUSIVE;\nSELECT count(*) FROM mailboxes;\n.once "
        + marker.toUtf8() + "\nSELECT 'held';\n");
    QTRY_VERIFY(QFileInfo::exists(marker) || holder.state() != QProcess::Running);
    QVERIFY(holder.state() == QProcess::Running);

    QElapsedTimer timer;
    timer.start();
    const Result<std::unique_ptr<SqlStore>> opened = SqlStore::open(m_path);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code(), Code::Storage);
    QVERIFY2(opened.error().message().contains(u"in use by another program"_s), qPrintable(opened.error().message()));
    QVERIFY(timer.elapsed() < 10000);

    holder.write("COMMIT;\n");
    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(10000));
    QCOMPARE(fileChecksum(m_path), checksum);
    QVERIFY(openStore());
}

void TestSqlStore::writeWhileAnotherProcessWrites()
{
    PECADMIN_SQLITE_ONLY("a lock that the sqlite3 program holds on the file");
    const QString sqlite3 = QStandardPaths::findExecutable(u"sqlite3"_s);
    if (sqlite3.isEmpty())
        QSKIP("The sqlite3 command-line program is not installed: no second process can lock the file.");
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->addDomain(testDomain()));

    QProcess holder;
    holder.start(sqlite3, { m_path });
    QVERIFY(holder.waitForStarted());
    const QString marker = m_dir->filePath(u"held"_s);
    holder.write("BEGIN EXCLUSIVE;\nSELECT count(*) FROM mailboxes;\n.once " + marker.toUtf8() + "\nSELECT 'held';\n");
    QTRY_VERIFY(QFileInfo::exists(marker) || holder.state() != QProcess::Running);
    QVERIFY(holder.state() == QProcess::Running);

    // Reading goes on; a write waits about 2 s, then says who is in the way.
    QVERIFY(store->domains());
    QElapsedTimer timer;
    timer.start();
    const Result<Mailbox> created = store->createMailbox(newMailbox(u"mario.rossi"_s));
    QVERIFY(!created);
    QCOMPARE(created.error().code(), Code::Storage);
    QVERIFY2(created.error().message().contains(u"in use by another program"_s), qPrintable(created.error().message()));
    QVERIFY(timer.elapsed() >= 1500);

    holder.write("COMMIT;\n");
    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(10000));
    QVERIFY(store->createMailbox(newMailbox(u"mario.rossi"_s)));
}

void TestSqlStore::noClearTextPasswordInFiles()
{
    PECADMIN_SQLITE_ONLY("the bytes of the file and its journals");
    const QString first = u"Zq7xUnico42"_s;
    const QString second = u"Wv9kAltro31"_s;
    const auto leaks = [this](const QString &password) {
        QStringList found;
        for (const QString &suffix : { QString(), u"-wal"_s, u"-journal"_s, u"-shm"_s }) {
            const QByteArray bytes = fileBytes(m_path + suffix);
            if (bytes.contains(password.toUtf8()) || bytes.contains(password.toLatin1().toBase64())
                || bytes.contains(QByteArray(reinterpret_cast<const char *>(password.utf16()), password.size() * 2)))
                found.append(m_path + suffix);
        }
        return found;
    };
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(store->addDomain(testDomain()));
        const Mailbox mailbox = store->createMailbox(newMailbox(u"mario.rossi"_s, 512, first)).value();
        QVERIFY(QFileInfo(m_path + u"-wal"_s).size() > 0);
        QCOMPARE(leaks(first), QStringList());
        QVERIFY(store->resetPassword(mailbox.address(), QString(), second));
        QCOMPARE(leaks(first), QStringList());
        QCOMPARE(leaks(second), QStringList());
    }
    QCOMPARE(leaks(first), QStringList());
    QCOMPARE(leaks(second), QStringList());
    // The check above can find a password: the same bytes in a file are seen.
    QFile probe(m_path + u"-journal"_s);
    QVERIFY(probe.open(QIODevice::WriteOnly));
    probe.write("xx" + first.toUtf8() + "yy");
    probe.close();
    QCOMPARE(leaks(first).size(), 1);
}

void TestSqlStore::pagingAgreesWithPlainQuery_data()
{
    QTest::addColumn<MailboxColumn>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("filter");
    const QList<std::pair<const char *, MailboxColumn>> columns { { "address", MailboxColumn::Address },
        { "status", MailboxColumn::Status }, { "usage", MailboxColumn::Usage }, { "quota", MailboxColumn::Quota },
        { "soft quota", MailboxColumn::SoftQuota }, { "archiving", MailboxColumn::Archiving },
        { "created", MailboxColumn::Created } };
    for (const auto &[name, column] : columns) {
        QTest::addRow("%s ascending", name) << column << Qt::AscendingOrder << QString();
        QTest::addRow("%s descending", name) << column << Qt::DescendingOrder << QString();
        QTest::addRow("%s ascending, filtered", name) << column << Qt::AscendingOrder << u"A"_s;
    }
}

void TestSqlStore::pagingAgreesWithPlainQuery()
{
    QFETCH(MailboxColumn, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, filter);
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->addDomain(testDomain(1000000, 1000, 1024)));
    // Many ties in every column, so that the name decides often.
    QList<StoredMailbox> batch;
    const QDateTime base(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < 97; ++i) {
        StoredMailbox mailbox;
        mailbox.name = u"utente%1.%2"_s.arg((i * 37) % 97, 2, 10, QLatin1Char('0')).arg(i % 3 ? u"a"_s : u"b"_s);
        mailbox.enabled = i % 4 != 0;
        mailbox.quotaMb = 100 * (1 + i % 3);
        mailbox.softQuotaMb = i % 5 ? 50 : 0;
        mailbox.usedBytes = qint64(i % 7) * 1000;
        // One in six has no usage reported by the mail server.
        if (i % 6 != 5)
            mailbox.usageUpdated = base.addDays(i % 13);
        mailbox.archiving = i % 2;
        mailbox.created = base.addDays(i % 11);
        batch.append(mailbox);
    }
    QCOMPARE(store->bulkInsert(domainName, batch).value(), 97);

    const QList<Mailbox> plain = allMailboxes(*store, column, order, filter);
    QVERIFY(plain.size() > 10);

    // The order the query promises, computed here independently.
    QList<Mailbox> expected = plain;
    std::sort(expected.begin(), expected.end(), [&](const Mailbox &a, const Mailbox &b) {
        const QVariant ka = sortKey(a, column, order), kb = sortKey(b, column, order);
        const int c = QVariant::compare(ka, kb) == QPartialOrdering::Less ? -1
            : QVariant::compare(ka, kb) == QPartialOrdering::Greater      ? 1
                                                                          : 0;
        const int byKey = c != 0 ? c : a.name.compare(b.name);
        return order == Qt::AscendingOrder ? byKey < 0 : byKey > 0;
    });
    const auto names = [](const QList<Mailbox> &list) {
        QStringList result;
        for (const Mailbox &mailbox : list)
            result.append(mailbox.name);
        return result;
    };
    QCOMPARE(names(plain), names(expected));
    if (column == MailboxColumn::Usage) {
        // In either order, the mailboxes whose usage is not reported come after all the others.
        const auto firstUnknown
            = std::find_if(plain.cbegin(), plain.cend(), [](const Mailbox &mailbox) { return !mailbox.usageKnown(); });
        QVERIFY(firstUnknown != plain.cend());
        QVERIFY(firstUnknown != plain.cbegin());
        QVERIFY(std::all_of(firstUnknown, plain.cend(), [](const Mailbox &mailbox) { return !mailbox.usageKnown(); }));
    }
    if (!filter.isEmpty()) {
        for (const Mailbox &mailbox : plain)
            QVERIFY(mailbox.name.contains(filter, Qt::CaseInsensitive));
    }

    for (const int pageSize : { 1, 7, 10, 50 }) {
        MailboxQuery query;
        query.domain = domainName;
        query.filter = filter;
        query.sortColumn = column;
        query.sortOrder = order;
        query.limit = pageSize;

        QList<Mailbox> byOffset;
        for (;;) {
            query.offset = int(byOffset.size());
            const MailboxPage page = store->mailboxes(query).value();
            QVERIFY(page.mailboxes.size() <= pageSize);
            byOffset += page.mailboxes;
            if (!page.hasMore)
                break;
            QCOMPARE(page.mailboxes.size(), pageSize);
        }
        QCOMPARE(names(byOffset), names(plain));

        QList<Mailbox> byKey;
        query.offset = 0;
        query.after.reset();
        for (;;) {
            const MailboxPage page = store->mailboxes(query).value();
            byKey += page.mailboxes;
            if (!page.hasMore)
                break;
            query.after = page.mailboxes.last();
        }
        QCOMPARE(names(byKey), names(plain));
    }
}

void TestSqlStore::keysetPagingSurvivesChangesBetweenPages()
{
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->addDomain(testDomain(1000000, 1000, 1024)));
    QList<StoredMailbox> batch;
    for (int i = 0; i < 40; ++i) {
        StoredMailbox mailbox;
        mailbox.name = u"casella%1"_s.arg(i, 2, 10, QLatin1Char('0'));
        mailbox.quotaMb = 100 + (i % 4) * 100;
        batch.append(mailbox);
    }
    QVERIFY(store->bulkInsert(domainName, batch));

    MailboxQuery query;
    query.domain = domainName;
    query.sortColumn = MailboxColumn::Quota;
    query.limit = 10;
    const MailboxPage first = store->mailboxes(query).value();
    QCOMPARE(first.mailboxes.size(), 10);
    const Mailbox last = first.mailboxes.last();

    // Between pages: a row of the first page goes, a row before the cursor and one after it
    // come, a row after the cursor goes.
    QVERIFY(store->deleteMailbox(first.mailboxes.at(2).address(), QString()));
    QList<StoredMailbox> added;
    StoredMailbox before;
    before.name = u"aaa.prima"_s;
    before.quotaMb = 1;
    StoredMailbox after;
    after.name = u"zzz.dopo"_s;
    after.quotaMb = 150;
    added << before << after;
    QVERIFY(store->bulkInsert(domainName, added));
    QVERIFY(store->deleteMailbox(address(u"casella39"_s), QString()));

    QList<Mailbox> rest;
    query.after = last;
    for (;;) {
        const MailboxPage page = store->mailboxes(query).value();
        rest += page.mailboxes;
        if (!page.hasMore)
            break;
        query.after = page.mailboxes.last();
    }
    // Exactly the rows that now sort after the cursor, once each, in order.
    QStringList expected;
    for (const Mailbox &mailbox : allMailboxes(*store, MailboxColumn::Quota, Qt::AscendingOrder)) {
        if (std::make_pair(mailbox.quotaMb, mailbox.name) > std::make_pair(last.quotaMb, last.name))
            expected.append(mailbox.name);
    }
    QStringList got;
    for (const Mailbox &mailbox : rest)
        got.append(mailbox.name);
    QCOMPARE(got, expected);
    QVERIFY(got.contains(u"zzz.dopo"_s));
    QVERIFY(!got.contains(u"aaa.prima"_s));
    QVERIFY(!got.contains(u"casella39"_s));
    // 40 and the postmaster, less the first page, plus zzz.dopo, less casella39.
    QCOMPARE(got.size(), 41 - 10 + 1 - 1);
}

void TestSqlStore::filterTreatsWildcardsAsText()
{
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->addDomain(testDomain()));
    for (const QString &name : { u"a_b"_s, u"axb"_s, u"a__b"_s, u"mario.rossi"_s, u"ufficio_tecnico"_s, u"uff.x"_s })
        QVERIFY(store->createMailbox(newMailbox(name, 10)));
    const auto names = [&](const QString &filter) {
        QStringList result;
        for (const Mailbox &mailbox : allMailboxes(*store, MailboxColumn::Address, Qt::AscendingOrder, filter))
            result.append(mailbox.name);
        return result;
    };
    QCOMPARE(names(u"a_b"_s), QStringList { u"a_b"_s });
    QCOMPARE(names(u"_"_s), (QStringList { u"a__b"_s, u"a_b"_s, u"ufficio_tecnico"_s }));
    QCOMPARE(names(u"%"_s), QStringList());
    QCOMPARE(names(u"a%b"_s), QStringList());
    QCOMPARE(names(u"\\"_s), QStringList());
    QCOMPARE(names(u"ROSSI"_s), QStringList { u"mario.rossi"_s });
    QCOMPARE(names(u" Uff"_s), (QStringList { u"uff.x"_s, u"ufficio_tecnico"_s }));
    QCOMPARE(names(u"."_s), (QStringList { u"mario.rossi"_s, u"uff.x"_s }));
    QCOMPARE(names(QString()).size(), 7);
    MailboxQuery missing;
    missing.domain = u"other.it"_s;
    QCOMPARE(store->mailboxes(missing).error().code(), Code::NotFound);
}

void TestSqlStore::dovecotView()
{
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->addDomain(testDomain()));
    QVERIFY(store->createMailbox(newMailbox(u"mario.rossi"_s, 512)));
    NewMailbox off = newMailbox(u"spento"_s, 256);
    off.enabled = false;
    QVERIFY(store->createMailbox(off));

    QSqlDatabase db = test::openConnection(location(), u"dovecot"_s);
    QVERIFY(db.isOpen());
    {
        QSqlQuery query(db);
        QVERIFY(query.prepare(u"SELECT \"user\", password, quota_rule FROM dovecot_users ORDER BY \"user\""_s));
        QVERIFY(query.exec());
        QStringList users;
        while (query.next()) {
            users.append(query.value(0).toString());
            if (query.value(0).toString() == u"mario.rossi@pec.test.it") {
                QCOMPARE(query.value(2).toString(), u"*:storage=512M"_s);
                QVERIFY(verifyPassword(query.value(1).toString().toLatin1(), goodPassword));
            }
        }
        QCOMPARE(users, (QStringList { u"mario.rossi@pec.test.it"_s, u"postmaster@pec.test.it"_s }));
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"dovecot"_s);
}

void TestSqlStore::demoDomain()
{
    QStringList firstNames;
    QList<qint64> firstUsage;
    for (int round = 0; round < 2; ++round) {
        m_path = m_dir->filePath(u"demo%1.sqlite"_s.arg(round));
        if (test::onPostgreSql())
            m_server = m_stores->newLocation();
        auto store = openStore();
        QVERIFY(store);
        const Result<DomainDetails> details = store->addDemoDomain();
        QVERIFY(details);
        const DomainDetails &demo = details.value();
        QCOMPARE(demo.domain.name, u"pec.example.it"_s);
        QCOMPARE(demo.domain.maxMailboxQuotaMb, 1024);
        QCOMPARE(demo.domain.totalSpaceMb, 50 * 1024);
        QCOMPARE(demo.domain.maxMailboxes, 200);
        QVERIFY(demo.domain.archivingAvailable);
        QCOMPARE(demo.domain.passwordPolicy.preset, PasswordPolicy::Preset::Poste);
        QVERIFY(demo.mailboxCount >= 35 && demo.mailboxCount <= 50);
        QCOMPARE(store->addDemoDomain().error().code(), Code::AlreadyExists);

        MailboxQuery query;
        query.domain = demo.domain.name;
        query.limit = 1000;
        const QList<Mailbox> mailboxes = store->mailboxes(query).value().mailboxes;
        QCOMPARE(mailboxes.size(), demo.mailboxCount);
        QStringList names;
        QList<qint64> usage;
        qint64 allocated = 0;
        int disabled = 0, archiving = 0, aboveSoft = 0, nearlyFull = 0;
        QDateTime oldest = QDateTime::currentDateTimeUtc(), newest;
        QSet<qint64> quotas;
        for (const Mailbox &mailbox : mailboxes) {
            names.append(mailbox.name);
            usage.append(mailbox.usedBytes);
            allocated += mailbox.quotaMb;
            quotas.insert(mailbox.quotaMb);
            disabled += !mailbox.enabled;
            archiving += mailbox.archiving;
            aboveSoft += mailbox.softQuotaMb > 0 && mailbox.usedBytes > mailbox.softQuotaMb * 1024 * 1024;
            nearlyFull += mailbox.usedBytes > mailbox.quotaMb * 1024 * 1024 * 95 / 100;
            QVERIFY(mailbox.usedBytes <= mailbox.quotaMb * 1024 * 1024);
            oldest = std::min(oldest, mailbox.created);
            if (!mailbox.isPostmaster())
                newest = std::max(newest, mailbox.created);
        }
        for (const char *name : { "mario.rossi", "giulia.bianchi", "segreteria", "protocollo", "amministrazione",
                 "ufficio.tecnico", "postmaster" })
            QVERIFY2(names.contains(QString::fromLatin1(name)), name);
        QCOMPARE(allocated, demo.allocatedMb);
        QVERIFY(quotas.contains(256) && quotas.contains(512) && quotas.contains(1024));
        QVERIFY(disabled >= 2 && disabled <= 5);
        QVERIFY(archiving >= 3);
        QVERIFY(aboveSoft >= 3);
        QVERIFY(nearlyFull >= 1);
        QVERIFY(oldest < QDateTime::currentDateTimeUtc().addDays(-2 * 365));
        QVERIFY(oldest >= QDateTime::currentDateTimeUtc().addDays(-3 * 366));
        QVERIFY(newest < QDateTime::currentDateTimeUtc());
        if (round == 0) {
            firstNames = names;
            firstUsage = usage;
        } else {
            QCOMPARE(names, firstNames);
            QCOMPARE(usage, firstUsage);
        }
    }
}

void TestSqlStore::bulkInsertIsAllOrNothing()
{
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->addDomain(testDomain(1000, 5, 500)));
    const QStringList before = dumpStore(location());
    const auto batchOf = [](int count, qint64 quota) {
        QList<StoredMailbox> batch;
        for (int i = 0; i < count; ++i) {
            StoredMailbox mailbox;
            mailbox.name = u"massa%1"_s.arg(i);
            mailbox.quotaMb = quota;
            batch.append(mailbox);
        }
        return batch;
    };
    QCOMPARE(store->bulkInsert(domainName, batchOf(5, 10)).error().code(), Code::MailboxLimitReached);
    QCOMPARE(store->bulkInsert(domainName, batchOf(4, 200)).error().code(), Code::QuotaExceeded);
    QList<StoredMailbox> badName = batchOf(2, 10);
    badName[1].name = u"con spazio"_s;
    QCOMPARE(store->bulkInsert(domainName, badName).error().code(), Code::Validation);
    QCOMPARE(store->bulkInsert(u"other.it"_s, batchOf(1, 10)).error().code(), Code::NotFound);
    // A name twice in the batch: the second one is refused, by name.
    QList<StoredMailbox> twice = batchOf(3, 10);
    twice[2].name = u"massa0"_s;
    const Result<int> refused = store->bulkInsert(domainName, twice);
    QCOMPARE(refused.error().code(), Code::AlreadyExists);
    QVERIFY2(refused.error().message().contains(u"massa0@"_s + domainName), qPrintable(refused.error().message()));
    QCOMPARE(dumpStore(location()), before);

    QList<StoredMailbox> good = batchOf(4, 100);
    good[0].usedBytes = 12345;
    good[0].enabled = false;
    good[1].passwordHash = hashPassword(goodPassword);
    QCOMPARE(store->bulkInsert(domainName, good).value(), 4);
    const Mailbox first = store->mailbox(address(u"massa0"_s)).value();
    QCOMPARE(first.usedBytes, 12345);
    QVERIFY(!first.enabled);
    const DomainDetails details = store->domainDetails(domainName).value();
    QCOMPARE(details.mailboxCount, 5);
    QCOMPARE(details.allocatedMb, 900);
    QCOMPARE(details.usedBytes, 12345);
}

namespace {

// The domain's totals counted afresh from its rows, as "count|allocated|used".
QString freshTotals(const StoreLocation &location, const QString &domain)
{
    QStringList rows;
    test::runOn(location,
        u"SELECT COUNT(m.id), COALESCE(SUM(m.quota_mb), 0), COALESCE(SUM(m.used_bytes), 0) "
        "FROM domains d LEFT JOIN mailboxes m ON m.domain_id = d.id WHERE d.name = '%1'"_s.arg(domain),
        &rows);
    return rows.value(0);
}

QString storedTotals(SqlStore &store, const QString &domain)
{
    const Result<DomainDetails> details = store.domainDetails(domain);
    if (!details)
        return details.error().message();
    return u"%1|%2|%3"_s.arg(details.value().mailboxCount)
        .arg(details.value().allocatedMb)
        .arg(details.value().usedBytes);
}

} // namespace

void TestSqlStore::totalsFollowEveryWrite()
{
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->addDomain(testDomain(200000, 400, 1024)));
    Domain other = testDomain(5000, 30, 500);
    other.name = u"altro.test.it"_s;
    QVERIFY(store->addDomain(other));

    // A fixed pseudo-random mix of every kind of write, some of them refused.
    quint32 seed = 20240611;
    const auto next = [&seed](quint32 bound) {
        seed = seed * 1664525u + 1013904223u;
        return (seed >> 8) % bound;
    };
    QStringList names;
    int created = 0, refused = 0;
    for (int step = 0; step < 400; ++step) {
        const QString domain = next(4) == 0 ? other.name : domainName;
        const quint32 kind = next(8);
        if (kind == 0 && created < 24) {
            NewMailbox input = newMailbox(u"nuova%1"_s.arg(step), qint64(next(600)) + 1);
            input.domain = domain;
            const Result<Mailbox> result = store->createMailbox(input);
            result ? (names.append(result.value().address()), ++created) : ++refused;
        } else if (kind <= 2) {
            QList<StoredMailbox> batch;
            const int size = int(next(5)) + 1;
            for (int i = 0; i < size; ++i) {
                StoredMailbox mailbox;
                mailbox.name = u"lotto%1.%2"_s.arg(step).arg(i);
                mailbox.quotaMb = qint64(next(400)) + 1;
                mailbox.usedBytes = qint64(next(1000000));
                batch.append(mailbox);
            }
            if (next(6) == 0)
                batch.last().name = u"non valido"_s; // the whole batch is refused
            const Result<int> written = store->bulkInsert(domain, batch);
            if (written) {
                for (const StoredMailbox &mailbox : std::as_const(batch))
                    names.append(mailbox.name + u'@' + domain);
            } else {
                ++refused;
            }
        } else if (kind == 3 && !names.isEmpty()) {
            const QString address = names.takeAt(qsizetype(next(quint32(names.size()))));
            QVERIFY(store->deleteMailbox(address, QString()));
        } else if (kind <= 5 && !names.isEmpty()) {
            MailboxChange change;
            change.address = names.at(qsizetype(next(quint32(names.size()))));
            change.quotaMb = qint64(next(1100)) + 1; // sometimes above the maximum: refused
            change.softQuotaMb = 0;
            change.enabled = next(2) == 0;
            if (!store->changeMailbox(change))
                ++refused;
        } else if (kind == 6 && !names.isEmpty()) {
            // The mail server reports the space used, writing the row directly.
            const QString address = names.at(qsizetype(next(quint32(names.size()))));
            QVERIFY(execOn(location(),
                u"UPDATE mailboxes SET used_bytes = %1 WHERE name = '%2'"_s.arg(next(5000000))
                    .arg(address.section(u'@', 0, 0))));
        } else if (!names.isEmpty()) {
            MailboxChange change;
            change.address = names.at(qsizetype(next(quint32(names.size()))));
            change.version = u"0"_s; // stale: refused
            change.quotaMb = 1;
            QCOMPARE(store->changeMailbox(change).error().code(), Code::Conflict);
        }
        if (step % 50 == 49) {
            QCOMPARE(storedTotals(*store, domainName), freshTotals(location(), domainName));
            QCOMPARE(storedTotals(*store, other.name), freshTotals(location(), other.name));
        }
    }
    QVERIFY(created > 5);
    QVERIFY(refused > 5);
    QVERIFY(names.size() > 40);
    QCOMPARE(storedTotals(*store, domainName), freshTotals(location(), domainName));
    QCOMPARE(storedTotals(*store, other.name), freshTotals(location(), other.name));
    // And as another program finds them after a reopen.
    store.reset();
    store = openStore();
    QVERIFY(store);
    QCOMPARE(storedTotals(*store, domainName), freshTotals(location(), domainName));
}

void TestSqlStore::versionOneStoreIsMigrated()
{
    // A store as version 1 of the schema left it, made with its own statements.
    const QString id = test::onPostgreSql() ? u"BIGSERIAL PRIMARY KEY"_s : u"INTEGER PRIMARY KEY"_s;
    const QStringList versionOne {
        u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s,
        u"CREATE TABLE domains (id %1, name TEXT NOT NULL UNIQUE, total_space_mb BIGINT NOT NULL, "
        "max_mailboxes INTEGER NOT NULL, max_quota_mb BIGINT NOT NULL, archiving_available INTEGER NOT NULL, "
        "password_preset TEXT NOT NULL, password_min_length INTEGER NOT NULL, password_max_length INTEGER NOT NULL, "
        "password_require_lowercase INTEGER NOT NULL, password_require_uppercase INTEGER NOT NULL, "
        "password_require_digit INTEGER NOT NULL, password_require_symbol INTEGER NOT NULL, "
        "password_allowed_symbols TEXT, password_forbid_mailbox_name INTEGER NOT NULL)"_s.arg(id),
        u"CREATE TABLE mailboxes (id %1, domain_id BIGINT NOT NULL REFERENCES domains (id) ON DELETE CASCADE, "
        "name TEXT NOT NULL, enabled INTEGER NOT NULL, quota_mb BIGINT NOT NULL, soft_quota_mb BIGINT NOT NULL, "
        "used_bytes BIGINT NOT NULL, archiving INTEGER NOT NULL, must_change_password INTEGER NOT NULL, "
        "password_hash TEXT NOT NULL, created BIGINT NOT NULL, modified BIGINT NOT NULL, version BIGINT NOT NULL)"_s
            .arg(id),
        u"CREATE UNIQUE INDEX mailboxes_by_name ON mailboxes (domain_id, name)"_s,
        u"CREATE VIEW dovecot_users AS SELECT m.name || '@' || d.name AS \"user\", m.password_hash AS password, "
        "'*:storage=' || m.quota_mb || 'M' AS quota_rule FROM mailboxes m JOIN domains d ON d.id = m.domain_id "
        "WHERE m.enabled = 1"_s,
        u"INSERT INTO schema_version (version) VALUES (1)"_s,
        u"INSERT INTO domains (name, total_space_mb, max_mailboxes, max_quota_mb, archiving_available, "
        "password_preset, password_min_length, password_max_length, password_require_lowercase, "
        "password_require_uppercase, password_require_digit, password_require_symbol, password_allowed_symbols, "
        "password_forbid_mailbox_name) VALUES ('pec.test.it', 10240, 100, 1024, 1, 'poste', 8, 16, 1, 1, 1, 0, '', 1)"_s,
        u"INSERT INTO domains (name, total_space_mb, max_mailboxes, max_quota_mb, archiving_available, "
        "password_preset, password_min_length, password_max_length, password_require_lowercase, "
        "password_require_uppercase, password_require_digit, password_require_symbol, password_allowed_symbols, "
        "password_forbid_mailbox_name) VALUES ('vuoto.test.it', 1000, 5, 500, 0, 'aruba', 8, 16, 1, 1, 1, 0, '', 1)"_s,
    };
    for (const QString &statement : versionOne)
        QVERIFY2(execOn(location(), statement), qPrintable(statement));
    const QString hash = QString::fromLatin1(hashPassword(goodPassword));
    const QList<std::tuple<const char *, int, qint64>> rows { { "postmaster", 1024, 0 }, { "mario.rossi", 512, 7000 },
        { "giulia.bianchi", 256, 123456 } };
    for (const auto &[name, quota, used] : rows) {
        QVERIFY(execOn(location(),
            u"INSERT INTO mailboxes (domain_id, name, enabled, quota_mb, soft_quota_mb, used_bytes, archiving, "
            "must_change_password, password_hash, created, modified, version) SELECT id, '%1', 1, %2, 0, %3, 0, 0, "
            "'%4', 1700000000000, 1700000000000, 3 FROM domains WHERE name = 'pec.test.it'"_s
                .arg(QString::fromLatin1(name))
                .arg(quota)
                .arg(used)
                .arg(hash)));
    }
    QCOMPARE(freshTotals(location(), domainName), u"3|1792|130456"_s);

    auto store = openStore();
    QVERIFY(store);
    QStringList version;
    QVERIFY(test::runOn(location(), u"SELECT version FROM schema_version"_s, &version));
    QCOMPARE(version, QStringList { QString::number(SqlStore::schemaVersion) });
    QCOMPARE(storedTotals(*store, domainName), u"3|1792|130456"_s);
    QCOMPARE(storedTotals(*store, u"vuoto.test.it"_s), u"0|0|0"_s);
    // The rows are as they were, and the store goes on keeping the totals.
    const Mailbox mario = store->mailbox(address(u"mario.rossi"_s)).value();
    QCOMPARE(mario.version, u"3"_s);
    QCOMPARE(mario.usedBytes, 7000);
    QVERIFY(store->createMailbox(newMailbox(u"luca"_s, 100)));
    QVERIFY(store->deleteMailbox(address(u"giulia.bianchi"_s), QString()));
    QCOMPARE(storedTotals(*store, domainName), u"3|1636|7000"_s);
    QCOMPARE(storedTotals(*store, domainName), freshTotals(location(), domainName));
    // Opening it again changes nothing.
    store.reset();
    store = openStore();
    QVERIFY(store);
    QCOMPARE(storedTotals(*store, domainName), u"3|1636|7000"_s);
}

void TestSqlStore::versionFourStoreIsMigrated()
{
    // A store as version 4 of the schema left it, with a mailbox that has used space.
    const SqlDialect &dialect = test::onPostgreSql() ? SqlDialect::postgreSql() : SqlDialect::sqlite();
    for (const QString &statement : SqlSchema::upgrade(0, dialect, 4))
        QVERIFY2(execOn(location(), statement), qPrintable(statement));
    QVERIFY(execOn(location(), u"INSERT INTO schema_version (version) VALUES (4)"_s));
    QVERIFY(execOn(location(),
        u"INSERT INTO domains (name, total_space_mb, max_mailboxes, max_quota_mb, archiving_available, "
        "password_preset, password_min_length, password_max_length, password_require_lowercase, "
        "password_require_uppercase, password_require_digit, password_require_symbol, password_allowed_symbols, "
        "password_forbid_mailbox_name, mailbox_count, allocated_mb, used_bytes) "
        "VALUES ('pec.test.it', 10240, 100, 1024, 1, 'poste', 8, 16, 1, 1, 1, 0, '', 1, 1, 512, 7000)"_s));
    QVERIFY(execOn(location(),
        u"INSERT INTO mailboxes (domain_id, name, enabled, quota_mb, soft_quota_mb, used_bytes, archiving, "
        "must_change_password, password_hash, created, modified, version) SELECT id, 'mario.rossi', 1, 512, 0, "
        "7000, 0, 1, 'x', 1700000000000, 1700000000000, 3 FROM domains WHERE name = 'pec.test.it'"_s));

    auto store = openStore();
    QVERIFY(store);
    QStringList rows;
    QVERIFY(test::runOn(location(), u"SELECT version FROM schema_version"_s, &rows));
    QCOMPARE(rows, QStringList { QString::number(SqlStore::schemaVersion) });
    const Mailbox mario = store->mailbox(address(u"mario.rossi"_s)).value();
    QCOMPARE(mario.usedBytes, 7000);
    QVERIFY(!mario.usageUpdated.isValid());
    QCOMPARE(mario.version, u"3"_s);
    rows.clear();
    QVERIFY(test::runOn(location(), u"SELECT \"user\", quota_rule, must_change_password FROM dovecot_users"_s, &rows));
    QCOMPARE(rows, QStringList { u"mario.rossi@pec.test.it|*:storage=512M|1"_s });
    // The mail server's reports reach the mailbox and the domain's total.
    QVERIFY(
        execOn(location(), u"INSERT INTO dovecot_quota (username, bytes) VALUES ('mario.rossi@pec.test.it', 9000)"_s));
    QCOMPARE(store->mailbox(address(u"mario.rossi"_s)).value().usedBytes, 9000);
    QCOMPARE(storedTotals(*store, domainName), u"1|512|9000"_s);
}

void TestSqlStore::mailServerReportsUsage()
{
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->addDomain(testDomain()));
    QVERIFY(store->createMailbox(newMailbox(u"mario.rossi"_s, 100)));
    QVERIFY(store->createMailbox(newMailbox(u"giulia"_s, 100)));
    const Mailbox before = store->mailbox(address(u"mario.rossi"_s)).value();
    QVERIFY(!before.usageUpdated.isValid());
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
    // As Dovecot's SQL dict writes it: a new row, then updates of it.
    QVERIFY(execOn(location(),
        u"INSERT INTO dovecot_quota (username, bytes, messages) VALUES ('mario.rossi@%1', 5000, 1)"_s.arg(domainName)));
    QVERIFY(execOn(
        location(), u"UPDATE dovecot_quota SET bytes = 12345 WHERE username = 'mario.rossi@%1'"_s.arg(domainName)));
    // A report for an address the store does not know changes nothing.
    QVERIFY(execOn(location(),
        u"INSERT INTO dovecot_quota (username, bytes, messages) VALUES ('nessuno@%1', 5000, 1)"_s.arg(domainName)));
    const Mailbox after = store->mailbox(address(u"mario.rossi"_s)).value();
    QCOMPARE(after.usedBytes, 12345);
    QVERIFY(after.usageUpdated >= start);
    QVERIFY(after.usageUpdated <= QDateTime::currentDateTimeUtc().addSecs(1));
    QCOMPARE(after.version, before.version);
    QCOMPARE(store->mailbox(address(u"giulia"_s)).value().usedBytes, 0);
    QCOMPARE(storedTotals(*store, domainName), freshTotals(location(), domainName));
    // A mailbox deleted and made again starts from nothing: its old report is gone.
    QVERIFY(store->deleteMailbox(address(u"mario.rossi"_s), QString()));
    QStringList rows;
    QVERIFY(test::runOn(location(), u"SELECT username FROM dovecot_quota ORDER BY username"_s, &rows));
    QCOMPARE(rows, QStringList { u"nessuno@%1"_s.arg(domainName) });
    QVERIFY(store->createMailbox(newMailbox(u"mario.rossi"_s, 100)));
    QCOMPARE(store->mailbox(address(u"mario.rossi"_s)).value().usedBytes, 0);
    QVERIFY(!store->mailbox(address(u"mario.rossi"_s)).value().usageUpdated.isValid());
}

void TestSqlStore::softQuotaAlarmEndsWithItsCrossing()
{
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->addDomain(testDomain()));
    QVERIFY(store->createMailbox(newMailbox(u"mario.rossi"_s, 100))); // soft quota 50 MB
    const QString mario = address(u"mario.rossi"_s);
    constexpr qint64 mb = 1024 * 1024;
    const auto report = [this](qint64 bytes) {
        return execOn(location(),
            u"UPDATE dovecot_quota SET bytes = %1 WHERE username = 'mario.rossi@%2'"_s.arg(bytes).arg(domainName));
    };
    // The alarm as the mail server's script records it.
    const auto alarmSent = [this] {
        return execOn(
            location(), u"UPDATE mailboxes SET soft_quota_alarm = 1700000000000 WHERE name = 'mario.rossi'"_s);
    };
    QVERIFY(execOn(location(),
        u"INSERT INTO dovecot_quota (username, bytes, messages) VALUES ('mario.rossi@%1', %2, 1)"_s.arg(domainName)
            .arg(51 * mb)));
    QVERIFY(alarmSent());
    QVERIFY(store->mailbox(mario).value().softQuotaAlarm.isValid());
    // Reports at or past the soft quota keep it.
    QVERIFY(report(60 * mb));
    QVERIFY(report(50 * mb));
    QCOMPARE(store->mailbox(mario).value().softQuotaAlarm.toMSecsSinceEpoch(), 1700000000000);
    // Below it: the crossing is over, the next one has an alarm of its own.
    QVERIFY(report(50 * mb - 1));
    Mailbox below = store->mailbox(mario).value();
    QVERIFY(below.softQuotaAlarmKnown);
    QVERIFY(!below.softQuotaAlarm.isValid());

    // The postmaster raises the soft quota: still below the usage, the alarm stays; above it, it ends.
    QVERIFY(report(70 * mb));
    QVERIFY(alarmSent());
    MailboxChange change;
    change.address = mario;
    change.softQuotaMb = 60;
    QVERIFY(store->changeMailbox(change));
    QVERIFY(store->mailbox(mario).value().softQuotaAlarm.isValid());
    change.softQuotaMb = 80;
    const Result<Mailbox> raised = store->changeMailbox(change);
    QVERIFY(raised);
    QVERIFY(!raised.value().softQuotaAlarm.isValid());
    // Removed: no soft quota, no alarm.
    QVERIFY(report(90 * mb));
    QVERIFY(alarmSent());
    change.softQuotaMb = 0;
    QVERIFY(!store->changeMailbox(change).value().softQuotaAlarm.isValid());
    // Another change (the quota) keeps an alarm whose crossing goes on.
    change.softQuotaMb = 80;
    QVERIFY(store->changeMailbox(change));
    QVERIFY(alarmSent());
    change.softQuotaMb.reset();
    change.quotaMb = 200;
    QCOMPARE(store->changeMailbox(change).value().softQuotaAlarm.toMSecsSinceEpoch(), 1700000000000);
}

void TestSqlStore::usageIsUnknownUntilTheMailServerReportsIt()
{
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->addDomain(testDomain()));
    // Made here, none of them has a usage the mail server reported: not 0, unknown.
    const Result<Mailbox> created = store->createMailbox(newMailbox(u"mario.rossi"_s, 100));
    QVERIFY(created);
    QVERIFY(!created.value().usageKnown());
    QVERIFY(!store->mailbox(address(u"mario.rossi"_s)).value().usageKnown());
    QVERIFY(!store->mailbox(address(u"postmaster"_s)).value().usageKnown());
    // Written in bulk: unknown unless the row says when the mail server reported it.
    QList<StoredMailbox> batch(2);
    batch[0].name = u"giulia"_s;
    batch[0].quotaMb = 100;
    batch[1].name = u"anna"_s;
    batch[1].quotaMb = 100;
    batch[1].usedBytes = 7000;
    batch[1].usageUpdated = QDateTime(QDate(2026, 2, 1), QTime(6, 0), Qt::UTC);
    QCOMPARE(store->bulkInsert(domainName, batch).value(), 2);
    QVERIFY(!store->mailbox(address(u"giulia"_s)).value().usageKnown());
    const Mailbox anna = store->mailbox(address(u"anna"_s)).value();
    QVERIFY(anna.usageKnown());
    QCOMPARE(anna.usedBytes, 7000);
    QCOMPARE(anna.usageUpdated, batch[1].usageUpdated);

    // The domain's usage sums anna's only, and says that three are not reported.
    DomainDetails details = store->domainDetails(domainName).value();
    QCOMPARE(details.mailboxCount, 4);
    QCOMPARE(details.usedBytes, 7000);
    QCOMPARE(details.usageNotReported, 3);
    QVERIFY(!details.usageComplete());
    QVERIFY(!details.usageUnknown());

    // By usage, in either order, the unknown ones come after anna.
    MailboxQuery query;
    query.domain = domainName;
    query.sortColumn = MailboxColumn::Usage;
    for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
        query.sortOrder = order;
        const QList<Mailbox> sorted = store->mailboxes(query).value().mailboxes;
        QCOMPARE(sorted.size(), 4);
        QCOMPARE(sorted.constFirst().name, u"anna"_s);
    }

    // Reported, even as 0 bytes, the usage is known.
    QVERIFY(execOn(location(),
        u"INSERT INTO dovecot_quota (username, bytes, messages) VALUES ('mario.rossi@%1', 0, 0)"_s.arg(domainName)));
    const Mailbox reported = store->mailbox(address(u"mario.rossi"_s)).value();
    QVERIFY(reported.usageKnown());
    QCOMPARE(reported.usedBytes, 0);
    details = store->domainDetails(domainName).value();
    QCOMPARE(details.usageNotReported, 2);
    QCOMPARE(details.usedBytes, 7000);
    QVERIFY(!store->mailbox(address(u"giulia"_s)).value().usageKnown());
}

void TestSqlStore::deletionWaitsForTheMailServersPurge()
{
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->addDomain(testDomain()));
    QVERIFY(store->createMailbox(newMailbox(u"mario.rossi"_s, 100)));
    QVERIFY(!store->mailServerPurges());
    QStringList asked;
    QStringList refuse;
    const auto removeMail = [&asked, &refuse](const QString &user) -> std::optional<QString> {
        asked.append(user);
        if (refuse.contains(user))
            return u"doveadm failed"_s;
        return std::nullopt;
    };
    // The mail server's first purge: nothing to remove, and the store is now one it purges.
    Result<MailPurge> purge = store->purgeDeletedMail(removeMail);
    QVERIFY(purge);
    QVERIFY(purge.value().removed.isEmpty());
    QVERIFY(asked.isEmpty());
    QVERIFY(store->mailServerPurges());

    QVERIFY(execOn(location(),
        u"INSERT INTO dovecot_quota (username, bytes, messages) VALUES ('mario.rossi@%1', 5000, 1)"_s.arg(domainName)));
    QVERIFY(store->deleteMailbox(address(u"mario.rossi"_s), QString()));
    QStringList rows;
    QVERIFY(test::runOn(location(), u"SELECT \"user\" FROM deleted_mailboxes"_s, &rows));
    QCOMPARE(rows, QStringList { address(u"mario.rossi"_s) });
    // Not made again, nor checked as creatable, until the mail is gone.
    const Result<Mailbox> early = store->createMailbox(newMailbox(u"Mario.Rossi"_s, 100));
    QVERIFY(!early);
    QCOMPARE(early.error().code(), Code::BeingDeleted);
    QCOMPARE(early.error().field(), u"name"_s);
    QVERIFY(!store->checkNewMailbox(newMailbox(u"mario.rossi"_s, 100)));
    // The mail server's report of the mail it removes does not outlive the entry.
    QVERIFY(execOn(location(),
        u"INSERT INTO dovecot_quota (username, bytes, messages) VALUES ('mario.rossi@%1', 0, 0)"_s.arg(domainName)));

    // The mail could not be removed: the entry stays, for the next purge.
    refuse = QStringList { address(u"mario.rossi"_s) };
    purge = store->purgeDeletedMail(removeMail);
    QVERIFY(purge);
    QVERIFY(purge.value().removed.isEmpty());
    QCOMPARE(purge.value().failed.size(), 1);
    QCOMPARE(purge.value().failed.constFirst().first, address(u"mario.rossi"_s));
    QCOMPARE(purge.value().failed.constFirst().second, u"doveadm failed"_s);
    QVERIFY(!store->createMailbox(newMailbox(u"mario.rossi"_s, 100)));

    refuse.clear();
    asked.clear();
    purge = store->purgeDeletedMail(removeMail);
    QVERIFY(purge);
    QCOMPARE(purge.value().removed, QStringList { address(u"mario.rossi"_s) });
    QCOMPARE(asked, QStringList { address(u"mario.rossi"_s) });
    rows.clear();
    QVERIFY(test::runOn(location(), u"SELECT COUNT(*) FROM deleted_mailboxes"_s, &rows));
    QCOMPARE(rows, QStringList { u"0"_s });
    rows.clear();
    QVERIFY(test::runOn(location(), u"SELECT COUNT(*) FROM dovecot_quota"_s, &rows));
    QCOMPARE(rows, QStringList { u"0"_s });
    QVERIFY(store->createMailbox(newMailbox(u"mario.rossi"_s, 100)));

    // A removed domain's mailboxes wait too, its postmaster with them.
    QVERIFY(store->deleteMailbox(address(u"mario.rossi"_s), QString()));
    QVERIFY(store->purgeDeletedMail(removeMail));
    QVERIFY(store->removeDomain(domainName));
    rows.clear();
    QVERIFY(test::runOn(location(), u"SELECT \"user\" FROM deleted_mailboxes"_s, &rows));
    QCOMPARE(rows, QStringList { u"postmaster@"_s + domainName });
    const Result<Domain> again = store->addDomain(testDomain());
    QVERIFY(!again);
    QCOMPARE(again.error().code(), Code::BeingDeleted);
    QVERIFY(store->purgeDeletedMail(removeMail));
    QVERIFY(store->addDomain(testDomain()));
}

void TestSqlStore::locationNeverShowsThePassword()
{
    const StoreLocation remote = StoreLocation::postgreSql(
        u"db.example.it"_s, 5433, u"pec"_s, u"admin"_s, u"Sgr3to!x"_s, StoreLocation::SslMode::VerifyFull);
    QCOMPARE(remote.displayName(), u"postgresql://admin@db.example.it:5433/pec"_s);
    QCOMPARE(StoreLocation::sslModeName(remote.sslMode), u"verify-full"_s);
    QCOMPARE(StoreLocation::sslModeFromName(u"REQUIRE"_s), StoreLocation::SslMode::Require);
    QVERIFY(!StoreLocation::sslModeFromName(u"allow"_s));
    QCOMPARE(StoreLocation::sqliteFile(u"/a/b.sqlite"_s).displayName(), u"/a/b.sqlite"_s);

    StoreLocation here = location();
    if (here.isPostgreSql()) {
        here.password = u"Sgr3to!x"_s; // the test server trusts local connections
        Result<std::unique_ptr<SqlStore>> opened = SqlStore::open(here);
        QVERIFY(opened);
        QVERIFY(!opened.value()->path().contains(u"Sgr3to"_s));
        QVERIFY(opened.value()->path().startsWith(u"postgresql://"_s));
        QCOMPARE(opened.value()->path(), here.displayName());
    }
}

void TestSqlStore::unreachableServerIsAClearError()
{
    // Nothing listens on port 1 of this machine.
    const StoreLocation nowhere = StoreLocation::postgreSql(
        u"127.0.0.1"_s, 1, u"pec"_s, u"admin"_s, u"Sgr3to!x"_s, StoreLocation::SslMode::Disable);
    QElapsedTimer timer;
    timer.start();
    const Result<std::unique_ptr<SqlStore>> opened = SqlStore::open(nowhere);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code(), Code::Network);
    QVERIFY2(opened.error().message().contains(u"cannot be reached"_s), qPrintable(opened.error().message()));
    QVERIFY(opened.error().message().contains(u"postgresql://admin@127.0.0.1:1/pec"_s));
    QVERIFY(!opened.error().message().contains(u"Sgr3to"_s));
    QVERIFY(!opened.error().detail().contains(u"Sgr3to"_s));
    QVERIFY(timer.elapsed() < 15000);

    StoreLocation incomplete = nowhere;
    incomplete.database.clear();
    QCOMPARE(SqlStore::open(incomplete).error().code(), Code::Storage);
}

QTEST_GUILESS_MAIN(TestSqlStore)
#include "tst_sqlstore.moc"
