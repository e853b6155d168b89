#include "usagebardelegate.h"

#include "mailboxtablemodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace pecadmin {

UsageBarDelegate::UsageBarDelegate(QObject *parent) : QStyledItemDelegate(parent)
{ }

UsageBarDelegate::Level UsageBarDelegate::levelFor(double usage, double softQuota)
{
    if (usage >= 0.9)
        return Level::NearQuota;
    if (softQuota > 0 && usage > softQuota)
        return Level::OverSoftQuota;
    return Level::Normal;
}

QColor UsageBarDelegate::colorFor(Level level, const QPalette &palette)
{
    switch (level) {
    case Level::NearQuota:
        return QColor(0xd3, 0x2f, 0x2f);
    case Level::OverSoftQuota:
        return QColor(0xf0, 0xa0, 0x20);
    case Level::Normal:
        break;
    }
    QColor normal = palette.color(QPalette::Active, QPalette::Highlight);
    return normal;
}

void UsageBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();

    // The cell's background, selection and focus, as the style draws them.
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    // A usage the mail server has not reported has no fraction: no bar, which would read as empty.
    const QVariant fraction = index.data(MailboxTableModel::UsageFractionRole);
    const bool known = fraction.isValid();
    const double usage = qBound(0.0, fraction.toDouble(), 1.0);
    const double softQuota = index.data(MailboxTableModel::SoftQuotaFractionRole).toDouble();
    const Level level = levelFor(fraction.toDouble(), softQuota);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = opt.state.testFlag(QStyle::State_Enabled)
        ? (opt.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive)
        : QPalette::Disabled;

    const QRect bar = opt.rect.adjusted(4, 3, -4, -3);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);

    if (known) {
        QColor trough = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        trough.setAlphaF(0.12f);
        QPainterPath troughPath;
        troughPath.addRoundedRect(QRectF(bar), 3, 3);
        painter->fillPath(troughPath, trough);
    }

    if (known && usage > 0) {
        QColor fill = colorFor(level, opt.palette);
        if (selected && level == Level::Normal)
            fill = opt.palette.color(group, QPalette::HighlightedText);
        fill.setAlphaF(level == Level::Normal ? 0.45f : 0.75f);
        QRectF filled(bar);
        filled.setWidth(qMax(3.0, filled.width() * usage));
        QPainterPath fillPath;
        fillPath.addRoundedRect(filled, 3, 3);
        painter->fillPath(fillPath, fill);
    }

    if (known && softQuota > 0 && softQuota < 1) {
        const qreal x = bar.left() + bar.width() * softQuota;
        QColor mark = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        mark.setAlphaF(0.5f);
        painter->setPen(QPen(mark, 1, Qt::DotLine));
        painter->drawLine(QPointF(x, bar.top()), QPointF(x, bar.bottom()));
    }

    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(opt.font);
    const QRect textRect = bar.adjusted(6, 0, -6, 0);
    painter->drawText(
        textRect, Qt::AlignVCenter | Qt::AlignLeft, opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize UsageBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + 24);
    return size;
}

} // namespace pecadmin
