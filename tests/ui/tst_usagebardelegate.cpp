#include "mailboxtablemodel.h"
#include "usagebardelegate.h"

#include <QHeaderView>
#include <QImage>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace pecadmin;
using namespace Qt::StringLiterals;

class TestUsageBarDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void level_data();
    void level();
    void paintsTheLevelColour_data();
    void paintsTheLevelColour();
};

void TestUsageBarDelegate::level_data()
{
    QTest::addColumn<double>("usage");
    QTest::addColumn<double>("softQuota");
    QTest::addColumn<UsageBarDelegate::Level>("expected");
    QTest::newRow("empty") << 0.0 << 0.8 << UsageBarDelegate::Level::Normal;
    QTest::newRow("below the soft quota") << 0.5 << 0.8 << UsageBarDelegate::Level::Normal;
    QTest::newRow("at the soft quota") << 0.8 << 0.8 << UsageBarDelegate::Level::Normal;
    QTest::newRow("past the soft quota") << 0.81 << 0.8 << UsageBarDelegate::Level::OverSoftQuota;
    QTest::newRow("no soft quota, 85%") << 0.85 << 0.0 << UsageBarDelegate::Level::Normal;
    QTest::newRow("90% of the quota") << 0.9 << 0.0 << UsageBarDelegate::Level::NearQuota;
    QTest::newRow("90%, soft quota lower") << 0.95 << 0.5 << UsageBarDelegate::Level::NearQuota;
    QTest::newRow("over the quota") << 1.2 << 0.8 << UsageBarDelegate::Level::NearQuota;
}

void TestUsageBarDelegate::level()
{
    QFETCH(double, usage);
    QFETCH(double, softQuota);
    QFETCH(UsageBarDelegate::Level, expected);
    QCOMPARE(UsageBarDelegate::levelFor(usage, softQuota), expected);
}

void TestUsageBarDelegate::paintsTheLevelColour_data()
{
    QTest::addColumn<double>("usage");
    QTest::addColumn<bool>("selected");
    QTest::addColumn<UsageBarDelegate::Level>("level");
    QTest::newRow("near the quota") << 0.95 << false << UsageBarDelegate::Level::NearQuota;
    QTest::newRow("past the soft quota") << 0.85 << false << UsageBarDelegate::Level::OverSoftQuota;
    QTest::newRow("near the quota, selected") << 0.95 << true << UsageBarDelegate::Level::NearQuota;
}

void TestUsageBarDelegate::paintsTheLevelColour()
{
    QFETCH(double, usage);
    QFETCH(bool, selected);
    QFETCH(UsageBarDelegate::Level, level);

    QStandardItemModel model(1, 1);
    auto *item = new QStandardItem(u"x"_s);
    item->setData(usage, MailboxTableModel::UsageFractionRole);
    item->setData(0.8, MailboxTableModel::SoftQuotaFractionRole);
    model.setItem(0, 0, item);
    QTableView view;
    view.setItemDelegate(new UsageBarDelegate(&view));
    view.setModel(&model);
    view.horizontalHeader()->resizeSection(0, 200);
    view.verticalHeader()->resizeSection(0, 24);
    view.resize(260, 80);
    if (selected)
        view.selectRow(0);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const QImage image = view.viewport()->grab().toImage();
    const QRect cell = view.visualRect(model.index(0, 0));
    const QColor wanted = UsageBarDelegate::colorFor(level, view.palette());
    // A point well inside the filled part, away from the text.
    auto near = [&](int x) {
        const QColor c = image.pixelColor(cell.left() + x, cell.center().y());
        // The fill is drawn translucent over the trough: the hue is what must match.
        const int difference = qAbs(c.hue() - wanted.hue()) % 360;
        return qMin(difference, 360 - difference) <= 12 && c.saturation() > 60;
    };
    QVERIFY(near(int(cell.width() * usage) - 12));
    // Beyond the fill, no level colour.
    QVERIFY(!near(int(cell.width() * usage) + 6) || usage > 0.97);
}

QTEST_MAIN(TestUsageBarDelegate)
#include "tst_usagebardelegate.moc"
