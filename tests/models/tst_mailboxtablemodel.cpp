#include "local/localmailboxservice.h"
#include "local/sqlstore.h"
#include "mailboxtablemodel.h"
#include "support/await.h"
#include "support/barrier.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace pecadmin;
using pecadmin::test::await;
using namespace Qt::StringLiterals;

namespace {

const QString domainName = u"pec.test.it"_s;
constexpr int mailboxCount = 530; // more than two pages of 200

// The mailboxes the test writes, as the model must show them: name, state, sizes, date.
QList<Mailbox> generatedMailboxes()
{
    static const char *const first[] = { "mario", "giulia", "luca", "anna", "paolo", "sara", "marco" };
    static const char *const last[] = { "rossi", "bianchi", "verdi", "russo", "ferrari" };
    static const qint64 quotas[] = { 256, 512, 1024 };
    const QDateTime base(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC);
    QList<Mailbox> mailboxes;
    for (int i = 0; i < mailboxCount; ++i) {
        Mailbox mailbox;
        mailbox.name = QString::fromLatin1(first[i % 7]) + u'.' + QString::fromLatin1(last[i % 5]) + QString::number(i);
        mailbox.domain = domainName;
        mailbox.enabled = i % 4 != 0;
        mailbox.quotaMb = quotas[i % 3];
        mailbox.softQuotaMb = i % 6 == 0 ? 0 : mailbox.quotaMb * 8 / 10;
        mailbox.usedBytes = qint64(i % 41) * 1024 * 1024; // ties on purpose
        // As the mail server reported it, but for one mailbox in fifty, never reported yet.
        if (i % 50 != 7)
            mailbox.usageUpdated = base.addDays(100).addSecs(i);
        mailbox.archiving = i % 3 == 1;
        mailbox.created = base.addDays(i % 90); // ties on purpose
        mailboxes.append(mailbox);
    }
    return mailboxes;
}

QStringList addresses(const QList<Mailbox> &mailboxes)
{
    QStringList list;
    for (const Mailbox &mailbox : mailboxes)
        list.append(mailbox.address());
    return list;
}

// The order the service promises: by the column's value, then by name, both in `order`.
QList<Mailbox> sorted(QList<Mailbox> mailboxes, MailboxColumn column, Qt::SortOrder order)
{
    std::stable_sort(mailboxes.begin(), mailboxes.end(), [&](const Mailbox &a, const Mailbox &b) {
        const QVariant ka = sortKey(a, column, order);
        const QVariant kb = sortKey(b, column, order);
        const QPartialOrdering keys = QVariant::compare(ka, kb);
        if (column != MailboxColumn::Address && keys != QPartialOrdering::Equivalent)
            return order == Qt::AscendingOrder ? keys == QPartialOrdering::Less : keys == QPartialOrdering::Greater;
        return order == Qt::AscendingOrder ? a.name < b.name : a.name > b.name;
    });
    return mailboxes;
}

// QVERIFY2 evaluates its message whether or not the check fails.
template<typename T> QString errorText(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().message() + u' ' + result.error().detail();
}

} // namespace

class TestMailboxTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void firstPageOnly();
    void fetchMoreToTheEnd();
    void filter_data();
    void filter();
    void sortByColumn_data();
    void sortByColumn();
    void roles();
    void updateMailboxByAddress();
    void removeMailboxByAddress();
    void lateAnswerOfOldQueryDropped();
    void retranslateEmitsChanges();
    void unknownDomainReportsError();

private:
    void waitIdle();
    void loadAll();
    QStringList modelAddresses() const;
    void resetQuery();

    QTemporaryDir m_dir;
    std::shared_ptr<LocalMailboxService> m_service;
    QList<Mailbox> m_all; // every mailbox of the domain, the postmaster included
    std::unique_ptr<MailboxTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestMailboxTableModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QString path = m_dir.filePath(u"store.sqlite"_s);
    m_all = generatedMailboxes();
    {
        auto opened = SqlStore::open(path);
        QVERIFY2(opened.ok(), qPrintable(errorText(opened)));
        std::unique_ptr<SqlStore> store = opened.takeValue();
        Domain domain;
        domain.name = domainName;
        domain.totalSpaceMb = 1000 * 1024;
        domain.maxMailboxes = 1000;
        domain.maxMailboxQuotaMb = 1024;
        domain.archivingAvailable = true;
        const Result<Domain> added = store->addDomain(domain);
        QVERIFY2(added.ok(), qPrintable(errorText(added)));
        QList<StoredMailbox> stored;
        for (const Mailbox &mailbox : std::as_const(m_all)) {
            StoredMailbox row;
            row.name = mailbox.name;
            row.enabled = mailbox.enabled;
            row.quotaMb = mailbox.quotaMb;
            row.softQuotaMb = mailbox.softQuotaMb;
            row.usedBytes = mailbox.usedBytes;
            row.usageUpdated = mailbox.usageUpdated;
            row.archiving = mailbox.archiving;
            row.created = mailbox.created;
            stored.append(row);
        }
        const Result<int> written = store->bulkInsert(domainName, stored);
        QVERIFY2(written.ok(), qPrintable(errorText(written)));
        QCOMPARE(written.value(), mailboxCount);
    }

    auto service = await(LocalMailboxService::open(path));
    QVERIFY2(service.ok(), qPrintable(errorText(service)));
    m_service = service.takeValue();
    const Result<Mailbox> postmaster = await(m_service->mailbox(u"postmaster@"_s + domainName));
    QVERIFY(postmaster.ok());
    m_all.append(postmaster.value());

    m_model = std::make_unique<MailboxTableModel>(m_service.get());
    // Alive for the whole test: every change the model makes is checked as it happens.
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(m_model->pageSize(), 200);
}

void TestMailboxTableModel::cleanupTestCase()
{
    m_tester.reset();
    m_model.reset();
    m_service.reset();
}

void TestMailboxTableModel::waitIdle()
{
    QTRY_VERIFY(!m_model->isLoading());
}

void TestMailboxTableModel::loadAll()
{
    waitIdle();
    int pages = 0;
    while (m_model->canFetchMore({})) {
        m_model->fetchMore({});
        QVERIFY(m_model->isLoading());
        QVERIFY(!m_model->canFetchMore({})); // one request at a time
        waitIdle();
        QVERIFY(++pages < 100);
    }
    QVERIFY(m_model->atEnd());
}

QStringList TestMailboxTableModel::modelAddresses() const
{
    QStringList list;
    for (int row = 0; row < m_model->rowCount(); ++row)
        list.append(
            m_model->index(row, MailboxTableModel::AddressColumn).data(MailboxTableModel::AddressRole).toString());
    return list;
}

void TestMailboxTableModel::resetQuery()
{
    m_model->setFilter(QString());
    m_model->sort(MailboxTableModel::AddressColumn, Qt::AscendingOrder);
    m_model->setDomain(domainName);
    waitIdle();
}

void TestMailboxTableModel::firstPageOnly()
{
    const QStringList expected = addresses(sorted(m_all, MailboxColumn::Address, Qt::AscendingOrder));
    {
        // Without a view or a tester that asks for more, the model loads one page only.
        MailboxTableModel plain(m_service.get());
        QSignalSpy loading(&plain, &MailboxTableModel::loadingChanged);
        QSignalSpy pages(&plain, &MailboxTableModel::pageLoaded);
        plain.setDomain(domainName);
        QVERIFY(plain.isLoading());
        QCOMPARE(plain.rowCount(), 0);
        QVERIFY(pages.wait());
        // Nothing else arrives: a second page, had it been asked for, is in once this is back.
        QVERIFY(test::serviceBarrier(*m_service));
        QCOMPARE(pages.count(), 1);
        QCOMPARE(loading.count(), 2);
        QCOMPARE(plain.rowCount(), 200);
        QVERIFY(!plain.atEnd());
        QVERIFY(plain.canFetchMore({}));
        QCOMPARE(plain.columnCount(), 6);
        QStringList rows;
        for (int row = 0; row < plain.rowCount(); ++row)
            rows.append(plain.mailboxAt(row).address());
        QCOMPARE(rows, expected.mid(0, 200));
    }

    // The tester asks for more after each insertion, as a view that scrolls does: each
    // answer adds one page at the end.
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setDomain(domainName);
    QCOMPARE(reset.count(), 1);
    QVERIFY(inserted.wait());
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 199);
    QCOMPARE(modelAddresses().mid(0, 200), expected.mid(0, 200));
}

void TestMailboxTableModel::fetchMoreToTheEnd()
{
    resetQuery();
    loadAll();
    const QStringList rows = modelAddresses();
    QCOMPARE(rows.size(), mailboxCount + 1);
    QCOMPARE(QSet<QString>(rows.cbegin(), rows.cend()).size(), rows.size()); // no row twice
    QCOMPARE(rows, addresses(sorted(m_all, MailboxColumn::Address, Qt::AscendingOrder)));
    QVERIFY(!m_model->canFetchMore({}));
    m_model->fetchMore({}); // at the end: nothing starts
    QVERIFY(!m_model->isLoading());
}

void TestMailboxTableModel::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("surname") << u"rossi"_s;
    QTest::newRow("case-insensitive, spaces trimmed") << u"  GIULIA.B "_s;
    QTest::newRow("digits") << u"1"_s; // several pages of matches
    QTest::newRow("no match") << u"zzz"_s;
    QTest::newRow("postmaster") << u"postm"_s;
}

void TestMailboxTableModel::filter()
{
    QFETCH(QString, text);
    resetQuery();
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setFilter(text);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->filter(), text.trimmed());
    loadAll();
    QList<Mailbox> expected;
    for (const Mailbox &mailbox : std::as_const(m_all))
        if (mailbox.name.contains(text.trimmed(), Qt::CaseInsensitive))
            expected.append(mailbox);
    QCOMPARE(modelAddresses(), addresses(sorted(expected, MailboxColumn::Address, Qt::AscendingOrder)));
}

void TestMailboxTableModel::sortByColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    const char *const names[] = { "address", "status", "usage", "soft quota", "archiving", "created" };
    for (int column = 0; column < MailboxTableModel::ColumnCount; ++column) {
        QTest::addRow("%s ascending", names[column]) << column << Qt::AscendingOrder;
        QTest::addRow("%s descending", names[column]) << column << Qt::DescendingOrder;
    }
}

void TestMailboxTableModel::sortByColumn()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    resetQuery();
    if (column == MailboxTableModel::AddressColumn && order == Qt::AscendingOrder)
        m_model->sort(column, Qt::DescendingOrder); // so that the sort below changes something
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->sort(column, order);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->sortColumn(), column);
    QCOMPARE(m_model->sortOrder(), order);
    loadAll();

    const MailboxColumn serviceColumn = MailboxTableModel::serviceColumn(column);
    const QList<Mailbox> expected = sorted(m_all, serviceColumn, order);
    QCOMPARE(modelAddresses(), addresses(expected));
    if (serviceColumn == MailboxColumn::Usage) {
        // In either order, the usages the mail server has not reported come last, apart.
        const auto unknown
            = std::count_if(m_all.cbegin(), m_all.cend(), [](const Mailbox &mailbox) { return !mailbox.usageKnown(); });
        QVERIFY(unknown > 1);
        const int firstUnknown = m_model->rowCount() - int(unknown);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const Mailbox shown = m_model->index(row, column).data(MailboxTableModel::MailboxRole).value<Mailbox>();
            QCOMPARE(shown.usageKnown(), row < firstUnknown);
        }
    }
    for (int row = 0; row < m_model->rowCount(); row += 37)
        QCOMPARE(m_model->index(row, column).data(MailboxTableModel::SortRole),
            sortKey(expected.at(row), serviceColumn, order));

    // A filter keeps the order.
    m_model->setFilter(u"verdi"_s);
    loadAll();
    QList<Mailbox> filtered;
    for (const Mailbox &mailbox : expected)
        if (mailbox.name.contains(u"verdi"_s))
            filtered.append(mailbox);
    QCOMPARE(modelAddresses(), addresses(filtered));
}

void TestMailboxTableModel::roles()
{
    resetQuery();
    m_model->setFilter(u"mario.rossi0"_s); // exactly one: i = 0
    waitIdle();
    QCOMPARE(m_model->rowCount(), 1);
    const Mailbox expected = m_all.at(0);
    auto cell = [this](int column, int role) { return m_model->index(0, column).data(role); };

    const Mailbox shown = cell(0, MailboxTableModel::MailboxRole).value<Mailbox>();
    QCOMPARE(shown.address(), expected.address());
    QCOMPARE(shown.usedBytes, expected.usedBytes);
    QCOMPARE(shown.created, expected.created);
    QVERIFY(!shown.version.isEmpty());

    QCOMPARE(cell(MailboxTableModel::AddressColumn, Qt::DisplayRole).toString(), u"mario.rossi0@pec.test.it"_s);
    QCOMPARE(cell(MailboxTableModel::StatusColumn, Qt::DisplayRole).toString(), u"Disabled"_s); // i % 4 == 0
    QCOMPARE(cell(MailboxTableModel::UsageColumn, Qt::DisplayRole).toString(), u"0 bytes of 256 MB"_s);
    QCOMPARE(cell(MailboxTableModel::SoftQuotaColumn, Qt::DisplayRole).toString(), u"None"_s); // i % 6 == 0
    QCOMPARE(cell(MailboxTableModel::ArchivingColumn, Qt::DisplayRole).toString(), u"No"_s);
    QCOMPARE(cell(MailboxTableModel::CreatedColumn, Qt::DisplayRole).toString(),
        QLocale().toString(expected.created.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(cell(MailboxTableModel::UsageColumn, MailboxTableModel::UsageFractionRole).toDouble(), 0.0);
    QVERIFY(!cell(MailboxTableModel::UsageColumn, Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(cell(MailboxTableModel::UsageColumn, Qt::AccessibleTextRole).toString().contains(u"256 MB"_s));
    QCOMPARE(m_model->headerData(MailboxTableModel::UsageColumn, Qt::Horizontal).toString(), u"Usage"_s);

    m_model->setFilter(u"paolo.bianchi501"_s); // i = 501: 9 MB of 256 MB, soft quota 204 MB
    waitIdle();
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(cell(MailboxTableModel::UsageColumn, Qt::DisplayRole).toString(), u"9 MB of 256 MB"_s);
    QCOMPARE(cell(MailboxTableModel::UsageColumn, MailboxTableModel::UsageFractionRole).toDouble(), 9.0 / 256.0);
    QCOMPARE(cell(MailboxTableModel::UsageColumn, MailboxTableModel::SoftQuotaFractionRole).toDouble(), 204.0 / 256.0);
    QCOMPARE(cell(MailboxTableModel::SoftQuotaColumn, Qt::DisplayRole).toString(), u"204 MB"_s);
    QCOMPARE(cell(MailboxTableModel::StatusColumn, Qt::DisplayRole).toString(), u"Enabled"_s);

    // i = 357: 29 MB that the mail server never reported, of 256 MB: unknown, not 0, and no bar.
    m_model->setFilter(u"mario.verdi357"_s);
    waitIdle();
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(!cell(0, MailboxTableModel::MailboxRole).value<Mailbox>().usageKnown());
    QCOMPARE(cell(MailboxTableModel::UsageColumn, Qt::DisplayRole).toString(), u"? of 256 MB"_s);
    QVERIFY(!cell(MailboxTableModel::UsageColumn, MailboxTableModel::UsageFractionRole).isValid());
    const QString unknownTip = cell(MailboxTableModel::UsageColumn, Qt::ToolTipRole).toString();
    QVERIFY2(unknownTip.contains(u"256 MB"_s) && unknownTip.contains(u"not reported"_s), qPrintable(unknownTip));
    QCOMPARE(cell(MailboxTableModel::UsageColumn, Qt::AccessibleTextRole).toString(), unknownTip);
    QVERIFY(!unknownTip.contains(u"29 MB"_s) && !unknownTip.contains(u"0 bytes"_s));
    // The postmaster, made with the domain, has none reported either.
    m_model->setFilter(u"postmaster"_s);
    waitIdle();
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(cell(MailboxTableModel::UsageColumn, Qt::DisplayRole).toString().startsWith(u"? of "_s));

    QCOMPARE(MailboxTableModel::formatMegabytes(1024), u"1 GB"_s);
    QCOMPARE(MailboxTableModel::formatMegabytes(1536), u"1.5 GB"_s);
    QCOMPARE(MailboxTableModel::formatSize(qint64(502.02 * 1024 * 1024)), u"502 MB"_s);
    QCOMPARE(MailboxTableModel::formatSize(qint64(502.5 * 1024 * 1024)), u"502.5 MB"_s);
}

void TestMailboxTableModel::updateMailboxByAddress()
{
    resetQuery();
    loadAll();
    const int row = 321;
    Mailbox changed = m_model->mailboxAt(row);
    const QString address = changed.address();
    changed.enabled = !changed.enabled;
    changed.quotaMb = 777;

    QSignalSpy dataChanged(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->updateMailbox(changed);
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(dataChanged.at(0).at(0).value<QModelIndex>().row(), row);
    QCOMPARE(m_model->rowOfAddress(address), row);
    QCOMPARE(m_model->rowOfAddress(address.toUpper()), row);
    QCOMPARE(m_model->mailboxAt(row).quotaMb, 777);
    QCOMPARE(m_model->rowCount(), mailboxCount + 1);

    Mailbox unknown = changed;
    unknown.name = u"not.loaded"_s;
    m_model->updateMailbox(unknown); // not shown: nothing changes
    QCOMPARE(dataChanged.count(), 1);
}

void TestMailboxTableModel::removeMailboxByAddress()
{
    resetQuery();
    loadAll();
    const QString address = m_model->mailboxAt(150).address();
    const QString next = m_model->mailboxAt(151).address();
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->removeMailbox(address);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_model->rowCount(), mailboxCount);
    QCOMPARE(m_model->rowOfAddress(address), -1);
    QCOMPARE(m_model->rowOfAddress(next), 150);
    m_model->removeMailbox(address); // gone already
    QCOMPARE(removed.count(), 1);
}

void TestMailboxTableModel::lateAnswerOfOldQueryDropped()
{
    resetQuery();
    QSignalSpy pages(m_model.get(), &MailboxTableModel::pageLoaded);
    // Both queries are sent before either answer arrives: the first answer comes back to a
    // model that already asks something else, and must be dropped.
    m_model->setFilter(u"rossi"_s);
    m_model->setFilter(u"bianchi"_s);
    m_model->sort(MailboxTableModel::CreatedColumn, Qt::DescendingOrder);
    waitIdle();
    // Let any late answer of the dropped queries arrive, should one still be on its way.
    QVERIFY(test::serviceBarrier(*m_service));
    QCOMPARE(pages.count(), 1);
    loadAll();
    QList<Mailbox> expected;
    for (const Mailbox &mailbox : sorted(m_all, MailboxColumn::Created, Qt::DescendingOrder))
        if (mailbox.name.contains(u"bianchi"_s))
            expected.append(mailbox);
    QCOMPARE(modelAddresses(), addresses(expected));
}

void TestMailboxTableModel::retranslateEmitsChanges()
{
    resetQuery();
    QSignalSpy headers(m_model.get(), &QAbstractItemModel::headerDataChanged);
    QSignalSpy data(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->retranslate();
    QCOMPARE(headers.count(), 1);
    QCOMPARE(data.count(), 1);
    QCOMPARE(data.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(data.at(0).at(1).value<QModelIndex>().row(), m_model->rowCount() - 1);
}

void TestMailboxTableModel::unknownDomainReportsError()
{
    QSignalSpy errors(m_model.get(), &MailboxTableModel::errorOccurred);
    m_model->setDomain(u"missing.example.it"_s);
    QVERIFY(errors.wait());
    QCOMPARE(errors.at(0).at(0).value<ServiceError>().code(), ServiceError::Code::NotFound);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->canFetchMore({})); // no retry loop
    resetQuery();
    QCOMPARE(m_model->rowCount(), 200);
}

QTEST_GUILESS_MAIN(TestMailboxTableModel)
#include "tst_mailboxtablemodel.moc"
