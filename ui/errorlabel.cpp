#include "errorlabel.h"

#include <QAccessible>
#include <QPalette>

namespace pecadmin {

ErrorLabel::ErrorLabel(QWidget *parent) : ValueLabel(parent)
{
    setWordWrap(true);
    // Rows of a form are as tall as their size hint: any spare height goes below the text.
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette red = palette();
    red.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    setPalette(red);
    setVisible(false);
}

void ErrorLabel::setError(const std::optional<ServiceError> &error)
{
    m_error = error;
    setMessage(error ? error->message() : QString());
    m_error = error;
}

void ErrorLabel::setMessage(const QString &message)
{
    m_error.reset();
    showText(message);
}

void ErrorLabel::clearError()
{
    setError(std::nullopt);
}

void ErrorLabel::retranslate()
{
    if (m_error)
        showText(m_error->message());
}

void ErrorLabel::setField(QWidget *field)
{
    m_field = field;
    if (m_field)
        m_field->setAccessibleDescription(text());
}

void ErrorLabel::showText(const QString &text)
{
    const bool changed = text != this->text();
    setText(text);
    setVisible(!text.isEmpty());
    if (m_field)
        m_field->setAccessibleDescription(text);
    if (changed && !text.isEmpty()) {
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

} // namespace pecadmin
