#include "errorlabel.h"

#include <QPalette>

namespace pecadmin {

ErrorLabel::ErrorLabel(QWidget *parent) : QLabel(parent)
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
    setText(message);
    setVisible(!message.isEmpty());
}

void ErrorLabel::clearError()
{
    setError(std::nullopt);
}

void ErrorLabel::retranslate()
{
    if (m_error)
        setText(m_error->message());
}

} // namespace pecadmin
