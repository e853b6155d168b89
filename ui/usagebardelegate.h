#pragma once

#include <QStyledItemDelegate>

namespace pecadmin {

// Draws a mailbox's used space against its quota as a bar with the text over it
// ("120 MB of 1 GB"). The bar turns amber past the soft quota and red from 90% of the quota.
class UsageBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit UsageBarDelegate(QObject *parent = nullptr);

    enum class Level { Normal, OverSoftQuota, NearQuota };
    // The level of a mailbox that uses `usage` of its quota with a soft quota at `softQuota`
    // of it (0: none).
    static Level levelFor(double usage, double softQuota);
    static QColor colorFor(Level level, const QPalette &palette);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace pecadmin
