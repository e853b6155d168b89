#include "serviceerror.h"

#include <QCoreApplication>

namespace pecadmin {

ServiceError::ServiceError(Code code, const char *sourceText, QStringList arguments, int count)
    : m_code(code), m_sourceText(sourceText), m_arguments(std::move(arguments)), m_count(count)
{ }

QString ServiceError::message() const
{
    if (!m_sourceText)
        return {};
    QString text = QCoreApplication::translate("ServiceError", m_sourceText, nullptr, m_count);
    for (const QString &argument : m_arguments)
        text = text.arg(argument);
    return text;
}

ServiceError &ServiceError::withDetail(const QString &detail)
{
    m_detail = detail;
    return *this;
}

ServiceError &ServiceError::onField(const QString &field)
{
    m_field = field;
    return *this;
}

QString ServiceError::codeName(Code code)
{
    switch (code) {
    case Code::Validation:
        return QStringLiteral("validation");
    case Code::NotFound:
        return QStringLiteral("not-found");
    case Code::AlreadyExists:
        return QStringLiteral("already-exists");
    case Code::QuotaExceeded:
        return QStringLiteral("quota-exceeded");
    case Code::MailboxLimitReached:
        return QStringLiteral("mailbox-limit-reached");
    case Code::Protected:
        return QStringLiteral("protected");
    case Code::Conflict:
        return QStringLiteral("conflict");
    case Code::BeingDeleted:
        return QStringLiteral("being-deleted");
    case Code::AuthenticationRequired:
        return QStringLiteral("authentication-required");
    case Code::SessionExpired:
        return QStringLiteral("session-expired");
    case Code::Network:
        return QStringLiteral("network");
    case Code::Server:
        return QStringLiteral("server");
    case Code::Storage:
        return QStringLiteral("storage");
    case Code::Unsupported:
        return QStringLiteral("unsupported");
    case Code::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

} // namespace pecadmin
