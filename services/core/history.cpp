#include "history.h"

#include "core/mailbox.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace pecadmin {

namespace history {

QList<QString> operations()
{
    return { domainAdded, domainChanged, domainRemoved, mailboxCreated, mailboxChanged, passwordReset, mailboxDeleted,
        job, cut };
}

QByteArray genesisHash()
{
    return QByteArray(64, '0');
}

namespace {

QByteArray csvField(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r'))
        bytes = '"' + bytes.replace('"', "\"\"") + '"';
    return bytes;
}

} // namespace

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString changeFields(const MailboxChange &change)
{
    QJsonObject object;
    if (change.enabled)
        object.insert(QStringLiteral("enabled"), *change.enabled);
    if (change.quotaMb)
        object.insert(QStringLiteral("quota_mb"), *change.quotaMb);
    if (change.softQuotaMb)
        object.insert(QStringLiteral("soft_quota_mb"), *change.softQuotaMb);
    if (change.archiving)
        object.insert(QStringLiteral("archiving"), *change.archiving);
    return compact(object);
}

HistoryEntry entry(const QString &operation, const QString &domain, const QString &mailbox, const QString &before,
    const QString &after, const QString &result)
{
    HistoryEntry entry;
    entry.operation = operation;
    entry.domain = domain;
    entry.mailbox = mailbox;
    entry.before = before;
    entry.after = after;
    entry.result = result;
    return entry;
}

QString mailboxFields(const Mailbox &mailbox)
{
    return compact(QJsonObject { { QStringLiteral("enabled"), mailbox.enabled },
        { QStringLiteral("quota_mb"), mailbox.quotaMb }, { QStringLiteral("soft_quota_mb"), mailbox.softQuotaMb },
        { QStringLiteral("archiving"), mailbox.archiving },
        { QStringLiteral("must_change_password"), mailbox.mustChangePassword } });
}

void difference(const QString &before, const QString &after, QString *beforeText, QString *afterText)
{
    const QJsonObject all = QJsonDocument::fromJson(before.toUtf8()).object();
    const QJsonObject now = QJsonDocument::fromJson(after.toUtf8()).object();
    QJsonObject was;
    QJsonObject is;
    for (auto it = now.constBegin(); it != now.constEnd(); ++it) {
        if (all.value(it.key()) != it.value()) {
            was.insert(it.key(), all.value(it.key()));
            is.insert(it.key(), it.value());
        }
    }
    // A field that the new side no longer has (a custom policy's rules, once a preset).
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        if (!now.contains(it.key()))
            was.insert(it.key(), it.value());
    }
    *beforeText = compact(was);
    *afterText = compact(is);
}

HistoryEntry jobEntry(const HistoryJob &job)
{
    QJsonObject after { { QStringLiteral("kind"), job.kind }, { QStringLiteral("total"), job.total },
        { QStringLiteral("done"), job.done }, { QStringLiteral("skipped"), job.skipped },
        { QStringLiteral("failed"), job.failed }, { QStringLiteral("not_done"), job.notDone } };
    if (!job.action.isEmpty())
        after.insert(QStringLiteral("action"), job.action);
    HistoryEntry entry;
    entry.operation = history::job;
    entry.domain = job.domain;
    entry.after = compact(after);
    entry.result = job.stopped ? QStringLiteral("stopped") : job.cancelled ? QStringLiteral("cancelled") : succeeded;
    return entry;
}

QByteArray csvHeader()
{
    return "sequence,time,actor,operation,domain,mailbox,before,after,result,previous_hash,hash\r\n";
}

QByteArray csvRow(const HistoryEntry &entry)
{
    const QStringList fields { QString::number(entry.sequence), entry.time.toUTC().toString(Qt::ISODateWithMs),
        entry.actor, entry.operation, entry.domain, entry.mailbox, entry.before, entry.after, entry.result,
        QString::fromLatin1(entry.previousHash), QString::fromLatin1(entry.hash) };
    QByteArray row;
    for (const QString &field : fields) {
        if (!row.isEmpty())
            row += ',';
        row += csvField(field);
    }
    return row + "\r\n";
}

} // namespace history

namespace {

void appendField(QByteArray &content, const QByteArray &bytes)
{
    content += QByteArray::number(bytes.size());
    content += ':';
    content += bytes;
    content += ',';
}

} // namespace

QByteArray HistoryEntry::canonicalContent() const
{
    QByteArray content;
    appendField(content, QByteArray::number(sequence));
    appendField(content, QByteArray::number(time.toMSecsSinceEpoch()));
    for (const QString *field : { &actor, &operation, &domain, &mailbox, &before, &after, &result })
        appendField(content, field->toUtf8());
    return content;
}

QByteArray HistoryEntry::computeHash() const
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(previousHash);
    sha.addData(canonicalContent());
    return sha.result().toHex();
}

} // namespace pecadmin
