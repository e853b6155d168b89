// The bounds of every number the program takes in, the unit conversions at their edges, the
// rules that hold a domain within them, and the check of the file an export writes.

#include "core/limits.h"
#include "core/outputfile.h"
#include "core/rules.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

#include <unistd.h>

using namespace pecadmin;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 int64Max = std::numeric_limits<qint64>::max();
constexpr qint64 int64Min = std::numeric_limits<qint64>::min();

Domain domainWith(qint64 spaceMb, qint64 mailboxes, qint64 quotaMb)
{
    Domain domain;
    domain.name = u"pec.example.it"_s;
    domain.totalSpaceMb = spaceMb;
    domain.maxMailboxes = int(mailboxes);
    domain.maxMailboxQuotaMb = quotaMb;
    return domain;
}

} // namespace

class TestLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conversionsSaturate()
    {
        QCOMPARE(limits::bytesFromMb(0), 0);
        QCOMPARE(limits::bytesFromMb(1), 1048576);
        QCOMPARE(limits::bytesFromMb(limits::maxSizeMb), limits::maxUsedBytes);
        QCOMPARE(limits::bytesFromMb(int64Max), int64Max);
        QCOMPARE(
            limits::bytesFromMb(int64Max / limits::bytesPerMb), (int64Max / limits::bytesPerMb) * limits::bytesPerMb);
        QCOMPARE(limits::bytesFromMb(int64Max / limits::bytesPerMb + 1), int64Max);
        QCOMPARE(limits::bytesFromMb(int64Min), int64Min);
        QCOMPARE(limits::saturatingAdd(int64Max, 1), int64Max);
        QCOMPARE(limits::saturatingAdd(int64Min, -1), int64Min);
        QCOMPARE(limits::saturatingSubtract(int64Min, 1), int64Min);
        QCOMPARE(limits::saturatingSubtract(0, int64Min), int64Max);
        QCOMPARE(limits::saturatingSubtract(5, 3), 2);
    }

    void percentAndSpinBoxes()
    {
        QCOMPARE(limits::percent(50, 100), 50);
        QCOMPARE(limits::percent(int64Max, 1), 1'000'000);
        QCOMPARE(limits::percent(1, 0), 0);
        QCOMPARE(limits::percent(-5, 100), 0);
        QCOMPARE(limits::percent(limits::maxUsedBytes, limits::bytesFromMb(1)), 1'000'000);
        QCOMPARE(limits::spinBoxValue(int64Max), int(limits::maxSizeMb));
        QCOMPARE(limits::spinBoxValue(int64Min), 0);
        QCOMPARE(limits::spinBoxValue(512), 512);
    }

    void wholeNumbersFromDoubles()
    {
        QCOMPARE(limits::wholeNumber(512.0), std::optional<qint64>(512));
        QCOMPARE(limits::wholeNumber(-3.0), std::optional<qint64>(-3));
        QVERIFY(!limits::wholeNumber(1e300));
        QVERIFY(!limits::wholeNumber(-1e300));
        QVERIFY(!limits::wholeNumber(9.3e18));
        QVERIFY(!limits::wholeNumber(std::nan("")));
        QVERIFY(!limits::wholeNumber(std::numeric_limits<double>::infinity()));
        QVERIFY(!limits::wholeNumber(0.5));
        QCOMPARE(limits::wholeNumber(4611686018427387904.0), std::optional<qint64>(qint64(1) << 62));
    }

    void shortenedValues()
    {
        QCOMPARE(limits::shortened(u"abc"_s), u"abc"_s);
        const QString longest(limits::shownValueLength, u'x');
        QCOMPARE(limits::shortened(longest), longest);
        QCOMPARE(limits::shortened(longest + u'y'), longest + u'…');
        const ServiceError error = limits::impossibleServerValue(u"quotaMb"_s, QString(10000, u'9'));
        QVERIFY(error.message().size() < 120);
        QCOMPARE(error.code(), ServiceError::Code::Server);
    }

    void domainLimitsAtTheirEdges_data()
    {
        QTest::addColumn<qint64>("space");
        QTest::addColumn<qint64>("mailboxes");
        QTest::addColumn<qint64>("quota");
        QTest::addColumn<QString>("field"); // empty: valid
        QTest::newRow("smallest") << qint64(1) << qint64(1) << qint64(1) << QString();
        QTest::newRow("largest") << limits::maxSizeMb << qint64(limits::maxMailboxes) << limits::maxSizeMb << QString();
        QTest::newRow("space one more") << limits::maxSizeMb + 1 << qint64(1) << qint64(1) << u"space"_s;
        QTest::newRow("space int64 max") << int64Max << qint64(1) << qint64(1) << u"space"_s;
        QTest::newRow("space zero") << qint64(0) << qint64(1) << qint64(1) << u"space"_s;
        QTest::newRow("space int64 min") << int64Min << qint64(1) << qint64(1) << u"space"_s;
        QTest::newRow("mailboxes one more")
            << qint64(1) << qint64(limits::maxMailboxes) + 1 << qint64(1) << u"maxMailboxes"_s;
        QTest::newRow("mailboxes zero") << qint64(1) << qint64(0) << qint64(1) << u"maxMailboxes"_s;
        QTest::newRow("quota one more") << qint64(1) << qint64(1) << limits::maxSizeMb + 1 << u"maxQuota"_s;
        QTest::newRow("quota int64 max") << qint64(1) << qint64(1) << int64Max << u"maxQuota"_s;
    }

    void domainLimitsAtTheirEdges()
    {
        QFETCH(qint64, space);
        QFETCH(qint64, mailboxes);
        QFETCH(qint64, quota);
        QFETCH(QString, field);
        const std::optional<ServiceError> error = rules::checkDomain(domainWith(space, mailboxes, quota));
        QCOMPARE(error.has_value(), !field.isEmpty());
        if (error)
            QCOMPARE(error->field(), field);
    }

    void quotaChecksNeverOverflow()
    {
        const Domain domain = domainWith(limits::maxSizeMb, 10, limits::maxSizeMb);
        QVERIFY(!rules::checkQuota(domain, limits::maxSizeMb, 0));
        QVERIFY(rules::checkQuota(domain, limits::maxSizeMb + 1, 0));
        QVERIFY(rules::checkQuota(domain, int64Max, 0));
        // Whatever the others hold, the space left is never a wrapped number.
        const std::optional<ServiceError> full = rules::checkQuota(domain, 1, int64Min);
        QVERIFY(!full);
        const std::optional<ServiceError> over = rules::checkQuota(domain, 1, int64Max);
        QVERIFY(over);
        QVERIFY2(over->message().contains(u"has 0 MB of space left"_s), qPrintable(over->message()));

        Mailbox mailbox;
        mailbox.usedBytes = limits::maxUsedBytes;
        mailbox.usageUpdated = QDateTime(QDate(2026, 3, 2), QTime(6, 0), Qt::UTC);
        QVERIFY(!rules::quotaBelowUsage(mailbox, limits::maxSizeMb));
        QVERIFY(rules::quotaBelowUsage(mailbox, limits::maxSizeMb - 1));
        QVERIFY(!rules::quotaBelowUsage(mailbox, int64Max));
        QVERIFY(rules::quotaBelowUsage(mailbox, int64Min));
        // The same bytes, never reported by the mail server: no quota is below them.
        mailbox.usageUpdated = QDateTime();
        QVERIFY(!rules::quotaBelowUsage(mailbox, limits::maxSizeMb - 1));
        QVERIFY(!rules::quotaBelowUsage(mailbox, int64Min));

        DomainDetails details;
        details.domain = domain;
        details.allocatedMb = int64Min;
        QCOMPARE(details.freeSpaceMb(), int64Max);
    }

    void theStoreIsNeverAnOutputFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString store = dir.filePath(u"store.sqlite"_s);
        {
            QFile file(store);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("store");
        }
        QVERIFY(QDir(dir.path()).mkpath(u"sub"_s));
        const QString symlink = dir.filePath(u"link.csv"_s);
        QVERIFY(QFile::link(store, symlink));
        const QString hardLink = dir.filePath(u"hard.csv"_s);
        QCOMPARE(::link(QFile::encodeName(store).constData(), QFile::encodeName(hardLink).constData()), 0);
        const QString linkedFolder = dir.filePath(u"linked"_s);
        QVERIFY(QFile::link(dir.path(), linkedFolder));
        const QStringList storeFiles { store, store + u"-wal"_s };

        const QStringList spellings { store, dir.path() + u"/sub/../store.sqlite"_s, dir.path() + u"//./store.sqlite"_s,
            symlink, hardLink, linkedFolder + u"/store.sqlite"_s, store + u"-wal"_s };
        for (const QString &path : spellings) {
            for (const bool replace : { false, true }) {
                const std::optional<ServiceError> refusal = outputfile::checkTarget(path, storeFiles, replace);
                QVERIFY2(refusal, qPrintable(path));
                QCOMPARE(refusal->code(), ServiceError::Code::Protected);
            }
        }
        const QString other = dir.filePath(u"other.csv"_s);
        QVERIFY(!outputfile::checkTarget(other, storeFiles, false));
        {
            QFile file(other);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QCOMPARE(outputfile::checkTarget(other, storeFiles, false)->code(), ServiceError::Code::AlreadyExists);
        QVERIFY(!outputfile::checkTarget(other, storeFiles, true));
        QCOMPARE(outputfile::checkTarget(dir.path(), storeFiles, true)->code(), ServiceError::Code::Validation);
        QVERIFY(!outputfile::sameFile(other, store));
        QVERIFY(outputfile::sameFile(hardLink, store));
    }
};

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
