#include "core/rules.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace pecadmin;
using Code = ServiceError::Code;

class TestRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mailboxName_data();
    void mailboxName();
    void normalizedMailboxName();
    void reservedName();
    void domainName_data();
    void domainName();
    void parseAddress_data();
    void parseAddress();
    void posteLength_data();
    void posteLength();
    void passwordsMatch();
    void quota_data();
    void quota();
    void softQuota_data();
    void softQuota();
    void archiving();
    void quotaBelowUsage();
    void unknownUsageSortsAboveEveryFigure();
    void domainUsageSaysWhatItLeavesOut();
    void newMailbox_data();
    void newMailbox();
    void change_data();
    void change();
    void postmasterProtected();
    void domain_data();
    void domain();
    void allowedSymbols_data();
    void allowedSymbols();
    void domainChange_data();
    void domainChange();
    void domainRemoval();
    void unknownLimitsAreNotChecked();
    void unknownLimitsDefaultQuota();
    void knownLimitsDefaultQuota();

private:
    static DomainDetails details(int count = 10, qint64 allocatedMb = 10 * 1024);
};

DomainDetails TestRules::details(int count, qint64 allocatedMb)
{
    DomainDetails details;
    details.domain.name = QStringLiteral("pec.example.it");
    details.domain.totalSpaceMb = 20 * 1024;
    details.domain.maxMailboxes = 20;
    details.domain.maxMailboxQuotaMb = 1024;
    details.domain.archivingAvailable = true;
    details.domain.passwordPolicy = PasswordPolicy::poste();
    details.mailboxCount = count;
    details.allocatedMb = allocatedMb;
    return details;
}

void TestRules::mailboxName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");

    QTest::newRow("plain") << QStringLiteral("mario.rossi") << true;
    QTest::newRow("digits, hyphen, underscore") << QStringLiteral("ufficio_tecnico-2") << true;
    QTest::newRow("upper case is folded") << QStringLiteral("Mario.Rossi") << true;
    QTest::newRow("one character") << QStringLiteral("a") << true;
    QTest::newRow("64 characters") << QString(64, u'a') << true;
    QTest::newRow("65 characters") << QString(65, u'a') << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << QStringLiteral("   ") << false;
    QTest::newRow("space inside") << QStringLiteral("mario rossi") << false;
    QTest::newRow("tab inside") << QStringLiteral("mario\trossi") << false;
    QTest::newRow("at sign") << QStringLiteral("mario@pec.example.it") << false;
    QTest::newRow("leading dot") << QStringLiteral(".mario") << false;
    QTest::newRow("trailing dot") << QStringLiteral("mario.") << false;
    QTest::newRow("doubled dot") << QStringLiteral("mario..rossi") << false;
    QTest::newRow("accented letter") << QStringLiteral("niccolò") << false;
    QTest::newRow("non-Latin") << QStringLiteral("пошта") << false;
    QTest::newRow("plus") << QStringLiteral("mario+tag") << false;
    QTest::newRow("quote") << QStringLiteral("o'neill") << false;
}

void TestRules::mailboxName()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    const auto error = rules::checkMailboxName(name);
    QCOMPARE(!error.has_value(), valid);
    if (error) {
        QCOMPARE(error->code(), Code::Validation);
        QCOMPARE(error->field(), QStringLiteral("name"));
        QVERIFY(!error->message().isEmpty());
        QVERIFY(!error->message().contains(u'%'));
    }
}

void TestRules::normalizedMailboxName()
{
    QCOMPARE(rules::normalizedMailboxName(QStringLiteral("  Mario.ROSSI ")), QStringLiteral("mario.rossi"));
}

void TestRules::reservedName()
{
    QVERIFY(rules::isReservedMailboxName(QStringLiteral("postmaster")));
    QVERIFY(rules::isReservedMailboxName(QStringLiteral("PostMaster")));
    QVERIFY(!rules::isReservedMailboxName(QStringLiteral("postmaster2")));
    const auto error = rules::checkNewMailboxName(QStringLiteral("Postmaster"));
    QVERIFY(error);
    QCOMPARE(error->code(), Code::AlreadyExists);
    QVERIFY(!rules::checkNewMailboxName(QStringLiteral("mario")));
}

void TestRules::domainName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("third level") << QStringLiteral("pec.example.it") << true;
    QTest::newRow("upper case") << QStringLiteral("PEC.Example.IT") << true;
    QTest::newRow("hyphen") << QStringLiteral("pec.studio-rossi.it") << true;
    QTest::newRow("single label") << QStringLiteral("localhost") << false;
    QTest::newRow("empty label") << QStringLiteral("pec..it") << false;
    QTest::newRow("leading hyphen") << QStringLiteral("-pec.it") << false;
    QTest::newRow("underscore") << QStringLiteral("pec_x.it") << false;
    QTest::newRow("space") << QStringLiteral("pec example.it") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("label of 64") << (QString(64, u'a') + QStringLiteral(".it")) << false;
}

void TestRules::domainName()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(!rules::checkDomainName(name).has_value(), valid);
}

void TestRules::parseAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("domain");
    QTest::newRow("plain") << QStringLiteral("mario.rossi@pec.example.it") << true << QStringLiteral("mario.rossi")
                           << QStringLiteral("pec.example.it");
    QTest::newRow("folded") << QStringLiteral(" Mario.Rossi@PEC.Example.it ") << true << QStringLiteral("mario.rossi")
                            << QStringLiteral("pec.example.it");
    QTest::newRow("no at") << QStringLiteral("mario.rossi") << false << QString() << QString();
    QTest::newRow("no name") << QStringLiteral("@pec.example.it") << false << QString() << QString();
    QTest::newRow("no domain") << QStringLiteral("mario@") << false << QString() << QString();
    QTest::newRow("two ats") << QStringLiteral("a@b@pec.example.it") << false << QString() << QString();
    QTest::newRow("bad domain") << QStringLiteral("mario@example") << false << QString() << QString();
}

void TestRules::parseAddress()
{
    QFETCH(QString, address);
    QFETCH(bool, valid);
    rules::Address parsed;
    const auto error = rules::parseAddress(address, &parsed);
    QCOMPARE(!error.has_value(), valid);
    if (valid) {
        QFETCH(QString, name);
        QFETCH(QString, domain);
        QCOMPARE(parsed.name, name);
        QCOMPARE(parsed.domain, domain);
    }
}

void TestRules::posteLength_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("valid");
    QTest::newRow("7 characters") << QStringLiteral("Abcdef1") << false;
    QTest::newRow("8 characters") << QStringLiteral("Abcdef12") << true;
    QTest::newRow("16 characters") << QStringLiteral("Abcdef1234567890") << true;
    QTest::newRow("17 characters") << QStringLiteral("Abcdef12345678901") << false;
    QTest::newRow("lower case only") << QStringLiteral("abcdefgh") << true;
    QTest::newRow("symbol") << QStringLiteral("Abcdef1!") << false;
    QTest::newRow("space") << QStringLiteral("Abcd ef12") << false;
    QTest::newRow("accent") << QStringLiteral("Abcdèf12") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestRules::posteLength()
{
    QFETCH(QString, password);
    QFETCH(bool, valid);
    const auto error = rules::checkPassword(PasswordPolicy::poste(), password);
    QCOMPARE(!error.has_value(), valid);
    if (error)
        QCOMPARE(error->field(), QStringLiteral("password"));
}

void TestRules::passwordsMatch()
{
    QVERIFY(!rules::checkPasswordsMatch(QStringLiteral("Abcdef12"), QStringLiteral("Abcdef12")));
    // Case-sensitive: the Poste policy says so.
    QVERIFY(rules::checkPasswordsMatch(QStringLiteral("Abcdef12"), QStringLiteral("abcdef12")));
}

void TestRules::quota_data()
{
    QTest::addColumn<qint64>("quotaMb");
    QTest::addColumn<qint64>("otherAllocatedMb");
    QTest::addColumn<int>("code"); // -1: accepted
    QTest::newRow("1 MB") << qint64(1) << qint64(0) << -1;
    QTest::newRow("1024 MB") << qint64(1024) << qint64(0) << -1;
    QTest::newRow("1025 MB") << qint64(1025) << qint64(0) << int(Code::Validation);
    QTest::newRow("0 MB") << qint64(0) << qint64(0) << int(Code::Validation);
    QTest::newRow("negative") << qint64(-5) << qint64(0) << int(Code::Validation);
    QTest::newRow("exactly the space left") << qint64(1024) << qint64(19 * 1024) << -1;
    QTest::newRow("1 MB beyond the space left") << qint64(1024) << qint64(19 * 1024 + 1) << int(Code::QuotaExceeded);
}

void TestRules::quota()
{
    QFETCH(qint64, quotaMb);
    QFETCH(qint64, otherAllocatedMb);
    QFETCH(int, code);
    const auto error = rules::checkQuota(details().domain, quotaMb, otherAllocatedMb);
    QCOMPARE(error ? int(error->code()) : -1, code);
}

void TestRules::softQuota_data()
{
    QTest::addColumn<qint64>("softQuotaMb");
    QTest::addColumn<qint64>("quotaMb");
    QTest::addColumn<bool>("valid");
    QTest::newRow("none") << qint64(0) << qint64(512) << true;
    QTest::newRow("below") << qint64(400) << qint64(512) << true;
    QTest::newRow("equal to the quota") << qint64(512) << qint64(512) << true;
    QTest::newRow("above the quota") << qint64(513) << qint64(512) << false;
    QTest::newRow("negative") << qint64(-1) << qint64(512) << false;
}

void TestRules::softQuota()
{
    QFETCH(qint64, softQuotaMb);
    QFETCH(qint64, quotaMb);
    QFETCH(bool, valid);
    QCOMPARE(!rules::checkSoftQuota(softQuotaMb, quotaMb).has_value(), valid);
}

void TestRules::archiving()
{
    Domain domain = details().domain;
    QVERIFY(!rules::checkArchiving(domain, true));
    QVERIFY(!rules::checkArchiving(domain, false));
    domain.archivingAvailable = false;
    const auto error = rules::checkArchiving(domain, true);
    QVERIFY(error);
    QVERIFY(error->message().contains(QStringLiteral("pec.example.it")));
    QVERIFY(!rules::checkArchiving(domain, false));
}

void TestRules::quotaBelowUsage()
{
    Mailbox mailbox;
    mailbox.usedBytes = 300 * 1024 * 1024;
    mailbox.usageUpdated = QDateTime(QDate(2026, 3, 2), QTime(6, 0), Qt::UTC);
    QVERIFY(mailbox.usageKnown());
    QVERIFY(rules::quotaBelowUsage(mailbox, 299));
    QVERIFY(!rules::quotaBelowUsage(mailbox, 300));
    QVERIFY(!rules::quotaBelowUsage(mailbox, 1024));

    // A usage the mail server never reported is no figure to compare: any quota is allowed.
    mailbox.usageUpdated = QDateTime();
    QVERIFY(!mailbox.usageKnown());
    QVERIFY(!rules::quotaBelowUsage(mailbox, 299));
    QVERIFY(!rules::quotaBelowUsage(mailbox, 1));
    Mailbox created;
    QVERIFY(!created.usageKnown());
    QVERIFY(!rules::quotaBelowUsage(created, 1));
}

void TestRules::unknownUsageSortsAboveEveryFigure()
{
    Mailbox full;
    full.usedBytes = limits::maxUsedBytes;
    full.usageUpdated = QDateTime(QDate(2026, 3, 2), QTime(6, 0), Qt::UTC);
    Mailbox unknown;
    unknown.usedBytes = 0;
    Mailbox empty;
    empty.usedBytes = 0;
    empty.usageUpdated = full.usageUpdated;
    const auto key
        = [](const Mailbox &mailbox, Qt::SortOrder order) { return sortKey(mailbox, MailboxColumn::Usage, order); };
    QCOMPARE(key(full, Qt::AscendingOrder).toLongLong(), limits::maxUsedBytes);
    QCOMPARE(key(empty, Qt::DescendingOrder).toLongLong(), 0);
    // Ascending, an unknown usage comes after the largest; descending, after the smallest.
    QCOMPARE(
        QVariant::compare(key(full, Qt::AscendingOrder), key(unknown, Qt::AscendingOrder)), QPartialOrdering::Less);
    QCOMPARE(QVariant::compare(key(empty, Qt::DescendingOrder), key(unknown, Qt::DescendingOrder)),
        QPartialOrdering::Greater);
}

void TestRules::domainUsageSaysWhatItLeavesOut()
{
    DomainDetails details;
    QVERIFY(details.usageComplete());
    QVERIFY(!details.usageUnknown()); // no mailbox: nothing is missing
    details.mailboxCount = 3;
    details.usedBytes = 5000;
    QVERIFY(details.usageComplete());
    details.usageNotReported = 1;
    QVERIFY(!details.usageComplete());
    QVERIFY(!details.usageUnknown()); // 5000 bytes at least
    details.usageNotReported = 3;
    QVERIFY(!details.usageComplete());
    QVERIFY(details.usageUnknown());
}

void TestRules::newMailbox_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("password");
    QTest::addColumn<qint64>("quotaMb");
    QTest::addColumn<qint64>("softQuotaMb");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("field");
    const QString pw = QStringLiteral("Abcdef12");
    QTest::newRow("valid") << QStringLiteral("mario") << pw << qint64(1024) << qint64(800) << 10 << -1 << QString();
    QTest::newRow("bad name") << QStringLiteral("ma rio") << pw << qint64(1024) << qint64(0) << 10
                              << int(Code::Validation) << QStringLiteral("name");
    QTest::newRow("postmaster") << QStringLiteral("postmaster") << pw << qint64(1024) << qint64(0) << 10
                                << int(Code::AlreadyExists) << QStringLiteral("name");
    QTest::newRow("short password") << QStringLiteral("mario") << QStringLiteral("Abc1") << qint64(1024) << qint64(0)
                                    << 10 << int(Code::Validation) << QStringLiteral("password");
    QTest::newRow("mailbox limit") << QStringLiteral("mario") << pw << qint64(10) << qint64(0) << 20
                                   << int(Code::MailboxLimitReached) << QString();
    QTest::newRow("one below the limit") << QStringLiteral("mario") << pw << qint64(10) << qint64(0) << 19 << -1
                                         << QString();
    QTest::newRow("quota over maximum") << QStringLiteral("mario") << pw << qint64(1025) << qint64(0) << 10
                                        << int(Code::Validation) << QStringLiteral("quota");
    QTest::newRow("soft above quota") << QStringLiteral("mario") << pw << qint64(100) << qint64(101) << 10
                                      << int(Code::Validation) << QStringLiteral("softQuota");
}

void TestRules::newMailbox()
{
    QFETCH(QString, name);
    QFETCH(QString, password);
    QFETCH(qint64, quotaMb);
    QFETCH(qint64, softQuotaMb);
    QFETCH(int, count);
    QFETCH(int, code);
    QFETCH(QString, field);

    NewMailbox mailbox;
    mailbox.name = name;
    mailbox.domain = QStringLiteral("pec.example.it");
    mailbox.password = password;
    mailbox.quotaMb = quotaMb;
    mailbox.softQuotaMb = softQuotaMb;
    const auto error = rules::checkNewMailbox(details(count), mailbox);
    QCOMPARE(error ? int(error->code()) : -1, code);
    if (error)
        QCOMPARE(error->field(), field);
}

void TestRules::change_data()
{
    QTest::addColumn<qint64>("allocatedMb");
    QTest::addColumn<qint64>("quotaMb");
    QTest::addColumn<qint64>("softQuotaMb");
    QTest::addColumn<int>("code");
    // The mailbox has 512 MB of quota and a soft quota of 400 MB.
    QTest::newRow("raise within space") << qint64(10 * 1024) << qint64(1024) << qint64(-1) << -1;
    QTest::newRow("raise beyond space") << qint64(20 * 1024 - 100) << qint64(1024) << qint64(-1)
                                        << int(Code::QuotaExceeded);
    // Its own quota is counted once: the domain is full but the mailbox keeps its size.
    QTest::newRow("same quota on a full domain") << qint64(20 * 1024) << qint64(512) << qint64(-1) << -1;
    QTest::newRow("lower below the soft quota")
        << qint64(10 * 1024) << qint64(300) << qint64(-1) << int(Code::Validation);
    QTest::newRow("lower with the soft quota") << qint64(10 * 1024) << qint64(300) << qint64(200) << -1;
    QTest::newRow("soft quota at the quota") << qint64(10 * 1024) << qint64(-1) << qint64(512) << -1;
    QTest::newRow("soft quota above the quota")
        << qint64(10 * 1024) << qint64(-1) << qint64(513) << int(Code::Validation);
}

void TestRules::change()
{
    QFETCH(qint64, allocatedMb);
    QFETCH(qint64, quotaMb);
    QFETCH(qint64, softQuotaMb);
    QFETCH(int, code);

    Mailbox current;
    current.name = QStringLiteral("mario");
    current.domain = QStringLiteral("pec.example.it");
    current.quotaMb = 512;
    current.softQuotaMb = 400;
    MailboxChange change;
    change.address = current.address();
    if (quotaMb >= 0)
        change.quotaMb = quotaMb;
    if (softQuotaMb >= 0)
        change.softQuotaMb = softQuotaMb;
    const auto error = rules::checkChange(details(10, allocatedMb), current, change);
    QCOMPARE(error ? int(error->code()) : -1, code);
}

void TestRules::postmasterProtected()
{
    Mailbox postmaster;
    postmaster.name = QStringLiteral("postmaster");
    postmaster.domain = QStringLiteral("pec.example.it");
    QVERIFY(postmaster.isPostmaster());
    QCOMPARE(rules::checkDelete(postmaster)->code(), Code::Protected);
    QCOMPARE(rules::checkPasswordReset(postmaster)->code(), Code::Protected);
    MailboxChange disable;
    disable.enabled = false;
    QCOMPARE(rules::checkChange(details(), postmaster, disable)->code(), Code::Protected);
    MailboxChange enable;
    enable.enabled = true;
    QVERIFY(!rules::checkChange(details(), postmaster, enable));

    Mailbox mario = postmaster;
    mario.name = QStringLiteral("mario");
    QVERIFY(!rules::checkDelete(mario));
    QVERIFY(!rules::checkPasswordReset(mario));
    QVERIFY(!rules::checkChange(details(), mario, disable));
}

void TestRules::domain_data()
{
    QTest::addColumn<qint64>("space");
    QTest::addColumn<int>("maxMailboxes");
    QTest::addColumn<int>("minLength");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<bool>("valid");
    QTest::newRow("poste") << qint64(1024) << 10 << 8 << 16 << true;
    QTest::newRow("no space") << qint64(0) << 10 << 8 << 16 << false;
    QTest::newRow("no mailboxes") << qint64(1024) << 0 << 8 << 16 << false;
    QTest::newRow("min above max") << qint64(1024) << 10 << 17 << 16 << false;
    QTest::newRow("min too small") << qint64(1024) << 10 << 3 << 16 << false;
}

void TestRules::domain()
{
    QFETCH(qint64, space);
    QFETCH(int, maxMailboxes);
    QFETCH(int, minLength);
    QFETCH(int, maxLength);
    QFETCH(bool, valid);
    Domain domain = details().domain;
    domain.totalSpaceMb = space;
    domain.maxMailboxes = maxMailboxes;
    domain.passwordPolicy.minLength = minLength;
    domain.passwordPolicy.maxLength = maxLength;
    QCOMPARE(!rules::checkDomain(domain).has_value(), valid);
}

void TestRules::allowedSymbols_data()
{
    QTest::addColumn<QString>("symbols");
    QTest::addColumn<bool>("valid");
    QTest::newRow("none") << QString() << true;
    QTest::newRow("aruba's") << PasswordPolicy::aruba().allowedSymbols << true;
    QTest::newRow("a letter") << u"!a"_s << false;
    QTest::newRow("a digit") << u"#1"_s << false;
    QTest::newRow("a space") << u"! "_s << false;
    QTest::newRow("an accent") << u"é"_s << false;
    QTest::newRow("not ASCII") << u"€"_s << false;
}

void TestRules::allowedSymbols()
{
    QFETCH(QString, symbols);
    QFETCH(bool, valid);
    Domain domain = details().domain;
    domain.passwordPolicy = PasswordPolicy::custom();
    domain.passwordPolicy.allowedSymbols = symbols;
    domain.passwordPolicy.requireSymbol = false;
    const std::optional<ServiceError> error = rules::checkDomain(domain);
    QCOMPARE(!error.has_value(), valid);
    if (error)
        QCOMPARE(error->field(), u"passwordPolicy"_s);
}

void TestRules::domainChange_data()
{
    QTest::addColumn<qint64>("space");
    QTest::addColumn<int>("maxMailboxes");
    QTest::addColumn<qint64>("maxQuota");
    QTest::addColumn<bool>("archiving");
    QTest::addColumn<QString>("field"); // empty: accepted
    // 10 mailboxes with 10 GB of quotas, the largest 900 MB, one with archiving on.
    QTest::newRow("as it is") << qint64(20 * 1024) << 20 << qint64(1024) << true << QString();
    QTest::newRow("exactly what is used") << qint64(10 * 1024) << 10 << qint64(900) << true << QString();
    QTest::newRow("space below the quotas") << qint64(10 * 1024 - 1) << 10 << qint64(900) << true << u"space"_s;
    QTest::newRow("fewer than the mailboxes") << qint64(20 * 1024) << 9 << qint64(1024) << true << u"maxMailboxes"_s;
    QTest::newRow("largest quota below one") << qint64(20 * 1024) << 20 << qint64(899) << true << u"maxQuota"_s;
    QTest::newRow("archiving in use") << qint64(20 * 1024) << 20 << qint64(1024) << false << u"archiving"_s;
    QTest::newRow("no space at all") << qint64(0) << 20 << qint64(1024) << true << u"space"_s;
}

void TestRules::domainChange()
{
    QFETCH(qint64, space);
    QFETCH(int, maxMailboxes);
    QFETCH(qint64, maxQuota);
    QFETCH(bool, archiving);
    QFETCH(QString, field);
    DomainDetails current = details();
    current.largestQuotaMb = 900;
    current.archivingInUse = true;
    Domain changed = current.domain;
    changed.totalSpaceMb = space;
    changed.maxMailboxes = maxMailboxes;
    changed.maxMailboxQuotaMb = maxQuota;
    changed.archivingAvailable = archiving;
    const std::optional<ServiceError> error = rules::checkDomainChange(current, changed);
    QCOMPARE(error ? error->field() : QString(), field);
    if (error)
        QCOMPARE(error->code(), ServiceError::Code::Validation);

    // Without a mailbox that has archiving on, the domain can give it up.
    current.archivingInUse = false;
    changed = current.domain;
    changed.archivingAvailable = false;
    QVERIFY(!rules::checkDomainChange(current, changed));
}

void TestRules::domainRemoval()
{
    QVERIFY(!rules::checkDomainRemoval(details(1, 1024))); // the postmaster alone
    const std::optional<ServiceError> error = rules::checkDomainRemoval(details(3, 2048));
    QVERIFY(error);
    QCOMPARE(error->code(), ServiceError::Code::Protected);
    QVERIFY(error->message().contains(u"pec.example.it"_s));
    QVERIFY(error->message().contains(u"2"_s));
}

void TestRules::unknownLimitsAreNotChecked()
{
    // As a SCIM server without Domain resources reports a domain: zeros that are not facts.
    DomainDetails unknown;
    unknown.domain.name = QStringLiteral("pec.example.it");
    unknown.domain.totalSpaceMb = 0;
    unknown.domain.maxMailboxes = 0;
    unknown.domain.archivingAvailable = false;
    unknown.domain.passwordPolicy = PasswordPolicy::unstated();
    unknown.mailboxCount = 5000;
    unknown.limitsKnown = false;

    NewMailbox mailbox;
    mailbox.name = QStringLiteral("mario");
    mailbox.domain = unknown.domain.name;
    mailbox.password = QStringLiteral("x"); // nothing refused by length or characters
    mailbox.quotaMb = 500000;
    mailbox.archiving = true;
    // The raw values would refuse it: the limit of 0 mailboxes.
    QVERIFY(rules::checkNewMailbox(unknown, mailbox));
    const DomainDetails limits = rules::limitsToCheck(unknown);
    QVERIFY(!limits.domain.passwordPolicy.stated);
    QVERIFY(!rules::checkNewMailbox(limits, mailbox));
    for (const QString &password : { QStringLiteral("a"), QStringLiteral("only letters and spaces"),
             QStringLiteral("àèìòù€"), QString(200, u'x') })
        QVERIFY2(!rules::checkPassword(limits.domain.passwordPolicy, password, mailbox.name), qPrintable(password));
    // What holds whatever the domain: a name, a password, a quota of at least 1 MB, a soft quota
    // within the quota.
    QCOMPARE(rules::checkPassword(limits.domain.passwordPolicy, QString())->code(), Code::Validation);
    mailbox.quotaMb = 0;
    QCOMPARE(rules::checkNewMailbox(limits, mailbox)->field(), QStringLiteral("quota"));
    mailbox.quotaMb = rules::unstatedQuotaCapMb + 1;
    QCOMPARE(rules::checkNewMailbox(limits, mailbox)->field(), QStringLiteral("quota"));
    mailbox.quotaMb = 100;
    mailbox.softQuotaMb = 101;
    QCOMPARE(rules::checkNewMailbox(limits, mailbox)->field(), QStringLiteral("softQuota"));

    Mailbox current;
    current.name = QStringLiteral("mario");
    current.domain = unknown.domain.name;
    current.quotaMb = 100;
    MailboxChange change;
    change.address = current.address();
    change.quotaMb = 300000;
    change.archiving = true;
    QVERIFY(!rules::checkChange(limits, current, change));

    // Known limits are what they are.
    DomainDetails known = details();
    QCOMPARE(rules::limitsToCheck(known).domain.maxMailboxes, known.domain.maxMailboxes);
    QCOMPARE(rules::limitsToCheck(known).domain.passwordPolicy, PasswordPolicy::poste());
}

void TestRules::unknownLimitsDefaultQuota()
{
    DomainDetails unknown;
    unknown.domain.maxMailboxQuotaMb = 10;
    unknown.limitsKnown = false;
    QCOMPARE(rules::defaultQuotaMb(unknown), rules::unstatedDefaultQuotaMb);
}

void TestRules::knownLimitsDefaultQuota()
{
    QCOMPARE(rules::defaultQuotaMb(details(10, 10 * 1024)), 1024); // the largest quota
    QCOMPARE(rules::defaultQuotaMb(details(10, 20 * 1024 - 300)), 300); // what is left
    QCOMPARE(rules::defaultQuotaMb(details(10, 20 * 1024)), 1024); // nothing left: refused with the amount
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
