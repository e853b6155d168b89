#include "history.h"

#include <QCryptographicHash>

namespace pecadmin {

namespace history {

QList<QString> operations()
{
    return { domainAdded, mailboxCreated, mailboxChanged, passwordReset, mailboxDeleted, job, cut };
}

QByteArray genesisHash()
{
    return QByteArray(64, '0');
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
