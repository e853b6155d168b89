#include "valuelabel.h"

#include <QAccessible>
#include <QAccessibleWidget>

namespace pecadmin {

namespace {

// The interface of a ValueLabel: static text whose name carries its value.
class AccessibleValueLabel : public QAccessibleWidget
{
public:
    explicit AccessibleValueLabel(ValueLabel *label) : QAccessibleWidget(label, QAccessible::StaticText) { }

    QString text(QAccessible::Text t) const override
    {
        const auto *label = static_cast<const ValueLabel *>(object());
        switch (t) {
        case QAccessible::Name:
            return label->spokenText();
        case QAccessible::Value:
            return label->text();
        default:
            return QAccessibleWidget::text(t);
        }
    }
};

QAccessibleInterface *valueLabelFactory(const QString &, QObject *object)
{
    if (auto *label = qobject_cast<ValueLabel *>(object))
        return new AccessibleValueLabel(label);
    return nullptr;
}

} // namespace

ValueLabel::ValueLabel(QWidget *parent) : QLabel(parent)
{
    // Asked before Qt's own factory, which knows QLabel but not its subclasses.
    static const bool installed = [] {
        QAccessible::installFactory(valueLabelFactory);
        return true;
    }();
    Q_UNUSED(installed)
}

void ValueLabel::setText(const QString &text)
{
    if (text == QLabel::text())
        return;
    QLabel::setText(text);
    QAccessibleEvent nameChanged(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&nameChanged);
    QAccessibleValueChangeEvent valueChanged(this, text);
    QAccessible::updateAccessibility(&valueChanged);
}

QString ValueLabel::spokenText() const
{
    const QString caption = accessibleName();
    const QString value = text();
    if (caption.isEmpty())
        return value;
    if (value.isEmpty() || value == caption)
        return caption;
    return tr("%1: %2", "an accessible name: caption, value").arg(caption, value);
}

} // namespace pecadmin
