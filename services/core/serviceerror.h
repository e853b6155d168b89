#pragma once

#include <QString>
#include <QStringList>

namespace pecadmin {

// A failure the user can act on. The message is kept as an untranslated source text with
// its arguments, and translated when it is read, so that it follows a language switch.
class ServiceError
{
public:
    enum class Code {
        Validation, // the input breaks a rule; nothing was sent or written
        NotFound, // the mailbox or domain does not exist
        AlreadyExists, // a mailbox or domain with that name exists
        QuotaExceeded, // the domain's total space would be exceeded
        MailboxLimitReached, // the domain's mailbox limit would be exceeded
        Protected, // not allowed on the postmaster mailbox, or on a domain that holds mailboxes
        Conflict, // the mailbox changed since it was read
        AuthenticationRequired,
        SessionExpired,
        Network,
        Server, // the server answered with an error or with garbage
        Storage, // the local store cannot be read or written
        Unsupported, // the backend does not offer this operation
        Cancelled,
        BeingDeleted, // the address was deleted, and the mail server has not removed its mail yet
    };

    ServiceError() = default;
    // `sourceText` must be marked with QT_TRANSLATE_NOOP("ServiceError", ...) or
    // QT_TRANSLATE_N_NOOP when it holds %n; `count` feeds %n (-1: no plural).
    ServiceError(Code code, const char *sourceText, QStringList arguments = {}, int count = -1);

    Code code() const { return m_code; }
    // The translated message for a person, in the current language.
    QString message() const;
    // A technical detail (a server's text, a driver's message): shown in a details area
    // only, never translated, never holding a secret.
    QString detail() const { return m_detail; }
    ServiceError &withDetail(const QString &detail);
    // The field of the form that the error is about ("name", "password", "quota", ...).
    QString field() const { return m_field; }
    ServiceError &onField(const QString &field);

    // A stable, untranslated identifier of the code, for --json output and logs.
    static QString codeName(Code code);

private:
    Code m_code = Code::Server;
    const char *m_sourceText = nullptr;
    QStringList m_arguments;
    int m_count = -1;
    QString m_detail;
    QString m_field;
};

} // namespace pecadmin
