#pragma once

#include "core/serviceerror.h"
#include "valuelabel.h"

#include <QPointer>

#include <optional>

namespace pecadmin {

// The inline message next to a field: red, wrapped, hidden while there is nothing to say.
// It keeps the error rather than its text, so that a language switch translates it again.
// A screen reader hears a new message at once (an alert), reads it as the label's name
// ("caption: message") and as the description of the field it belongs to (setField()).
class ErrorLabel : public ValueLabel
{
    Q_OBJECT

public:
    explicit ErrorLabel(QWidget *parent = nullptr);

    void setError(const std::optional<ServiceError> &error);
    // A message that is not a ServiceError (a summary built by the dialog itself).
    void setMessage(const QString &message);
    void clearError();
    bool hasError() const { return !text().isEmpty(); }
    const std::optional<ServiceError> &error() const { return m_error; }

    // Translates the kept error again.
    void retranslate();

    // The field the message is about: its accessible description is the message.
    void setField(QWidget *field);
    QWidget *field() const { return m_field; }

private:
    void showText(const QString &text);

    std::optional<ServiceError> m_error;
    QPointer<QWidget> m_field;
};

} // namespace pecadmin
