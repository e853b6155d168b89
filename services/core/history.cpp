#include "history.h"

#include <QCryptographicHash>

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
