#pragma once

#include "core/serviceerror.h"

#include <QLabel>

#include <optional>

namespace pecadmin {

// The inline message next to a field: red, wrapped, hidden while there is nothing to say.
// It keeps the error rather than its text, so that a language switch translates it again.
class ErrorLabel : public QLabel
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

private:
    std::optional<ServiceError> m_error;
};

} // namespace pecadmin
