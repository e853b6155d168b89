#pragma once

#include "core/domain.h"
#include "core/mailbox.h"
#include "core/serviceerror.h"
#include "jsonwriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace pecadmin {

// Turns mailboxes and domains into what the command-line tool prints: tables and details for
// a person, in the current language and locale, or JSON for a script.
class OutputFormatter
{
    Q_DECLARE_TR_FUNCTIONS(pecadmin::OutputFormatter)

public:
    // JSON. A mailbox, the one object of a long list, is written member by member; the rest
    // is made as a QJsonObject. Both are printed by the same JsonWriter.
    static void writeMailbox(JsonWriter &json, const Mailbox &mailbox, const QString &generatedPassword = {});
    // The document of one mailbox, with the password generated for it where there is one.
    static QByteArray mailboxJson(const Mailbox &mailbox, const QString &generatedPassword = {});
    // The document of `list`: a page of a domain's mailboxes from `offset`.
    static QByteArray mailboxListJson(const QString &domain, int offset, const QList<Mailbox> &mailboxes, bool hasMore);
    static QJsonObject domainJson(const DomainDetails &details);
    static QJsonObject passwordPolicyJson(const PasswordPolicy &policy);
    static QJsonObject errorJson(const QString &code, const QString &message);
    static QByteArray jsonText(const QJsonObject &object); // indented, UTF-8, ending with a newline

    // Text for a person
    static QString mailboxTable(const QList<Mailbox> &mailboxes);
    static QString mailboxDetails(const Mailbox &mailbox);
    static QString domainTable(const QList<DomainDetails> &domains);
    static QString domainDetails(const DomainDetails &details);
    // A domain's language of the messages to its users: "Italian (it)"; unknown where not stated.
    static QString domainLanguageText(const QString &language);

    static QString status(bool enabled);
    static QString yesNo(bool value);
    static QString size(qint64 bytes);
    // The domain's usage, saying when some or all of its mailboxes' usage is not reported; in
    // `detailed` form, with how many.
    static QString domainUsage(const DomainDetails &details, bool detailed);
    static QString sizeMb(qint64 megabytes);
    static QString date(const QDateTime &dateTime);
    static QString passwordPolicyText(const PasswordPolicy &policy);

    // Columns padded to their widest cell, separated by two spaces; `rightAligned` holds the
    // indexes of the columns that are aligned on the right (numbers, sizes).
    static QString table(
        const QStringList &headers, const QList<QStringList> &rows, const QList<int> &rightAligned = {});
    // "Label:  value" lines with the values aligned.
    static QString fields(const QList<std::pair<QString, QString>> &fields);
};

} // namespace pecadmin
