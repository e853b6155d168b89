#include "journalcommands.h"
#include "cliconnection.h"
#include "console.h"
#include "core/awaitresult.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

QJsonObject mailboxJson(const Mailbox &mailbox)
{
    return QJsonObject { { u"address"_s, mailbox.address() }, { u"enabled"_s, mailbox.enabled },
        { u"quota_mb"_s, mailbox.quotaMb }, { u"soft_quota_mb"_s, mailbox.softQuotaMb },
        { u"archiving"_s, mailbox.archiving }, { u"version"_s, mailbox.version } };
}

QJsonObject entryJson(const JournalEntry &entry)
{
    QJsonObject object { { u"id"_s, entry.id }, { u"when"_s, entry.when.toString(Qt::ISODate) },
        { u"author"_s, entry.author }, { u"kind"_s, journal::kindName(entry.kind) }, { u"address"_s, entry.address },
        { u"base_version"_s, entry.baseVersion }, { u"state"_s, journal::stateName(entry.state) },
        { u"description"_s, journal::describe(entry) } };
    if (entry.state == JournalEntry::State::Conflict) {
        object.insert(u"conflict"_s, entry.conflict);
        object.insert(u"theirs"_s, entry.theirs ? QJsonValue(mailboxJson(*entry.theirs)) : QJsonValue());
    }
    return object;
}

QString stateText(JournalEntry::State state)
{
    switch (state) {
    case JournalEntry::State::Pending:
        return JournalCommands::tr("pending");
    case JournalEntry::State::Sending:
        return JournalCommands::tr("sent, answer not read");
    case JournalEntry::State::Conflict:
        return JournalCommands::tr("CONFLICT");
    }
    return {};
}

QString theirsText(const std::optional<Mailbox> &theirs)
{
    if (!theirs)
        return JournalCommands::tr("the server has no such mailbox");
    return JournalCommands::tr("the server holds: %1, quota %2 MB, warning threshold %3 MB, archiving %4")
        .arg(theirs->enabled ? JournalCommands::tr("enabled") : JournalCommands::tr("disabled"))
        .arg(theirs->quotaMb)
        .arg(theirs->softQuotaMb)
        .arg(theirs->archiving ? JournalCommands::tr("on") : JournalCommands::tr("off"));
}

ExitCode list(Replica &replica, Console &console)
{
    const Result<QList<JournalEntry>> entries = awaitResult(replica.journal());
    if (!entries) {
        console.printError(entries.error());
        return ExitCode::Refused;
    }
    QJsonArray array;
    QStringList lines;
    for (const JournalEntry &entry : entries.value()) {
        array.append(entryJson(entry));
        lines.append(u"%1  %2  %3  %4  %5"_s.arg(QString::number(entry.id).rightJustified(4),
            QLocale().toString(entry.when.toLocalTime(), QLocale::ShortFormat), entry.author, stateText(entry.state),
            journal::describe(entry)));
        if (entry.state == JournalEntry::State::Conflict)
            lines.append(u"      "_s + entry.conflict + u"\n      "_s + theirsText(entry.theirs));
    }
    console.printResult(lines.isEmpty() ? JournalCommands::tr("No changes wait to be sent.") : lines.join(u'\n'),
        QJsonObject { { u"journal"_s, array } });
    return ExitCode::Success;
}

ExitCode send(const Command &command, const std::shared_ptr<Replica> &replica, Console &console)
{
    Command online = command;
    online.connection.offline = false;
    QString usage;
    Result<std::shared_ptr<MailboxService>> remote = CliConnection::open(online, &usage);
    if (!usage.isEmpty()) {
        console.printUsageError(usage, JournalCommands::tr("See pecadmin-cli help journal send."));
        return ExitCode::UsageError;
    }
    if (!remote) {
        console.printError(remote.error());
        return ExitCode::Refused;
    }
    JournalSender sender(remote.value(), replica);
    JournalSummary summary;
    QEventLoop loop;
    QObject::connect(&sender, &JournalSender::finished, &loop, [&](const JournalSummary &finished) {
        summary = finished;
        loop.quit();
    });
    sender.start();
    loop.exec();

    const QString text = JournalCommands::tr("%n applied", nullptr, summary.applied) + u", "_s
        + JournalCommands::tr("%n in conflict", nullptr, summary.conflicts) + u", "_s
        + JournalCommands::tr("%n still waiting", nullptr, summary.remaining - summary.conflicts) + u'.';
    QJsonObject object { { u"applied"_s, summary.applied }, { u"conflicts"_s, summary.conflicts },
        { u"held"_s, summary.held }, { u"remaining"_s, summary.remaining } };
    if (summary.stoppedBy) {
        object.insert(u"stopped"_s, summary.stoppedBy->message());
        console.printResult(text, object);
        console.printError(*summary.stoppedBy);
        return ExitCode::Refused;
    }
    console.printResult(text, object);
    if (summary.conflicts > 0) {
        console.printNote(
            JournalCommands::tr("See the changes in conflict with “pecadmin-cli --profile %1 journal list”.")
                .arg(command.connection.profile));
        return ExitCode::Conflicts;
    }
    return ExitCode::Success;
}

} // namespace

ExitCode JournalCommands::run(const Command &command, Console &console)
{
    QString usage;
    // A sending needs the key of the journal's passwords; the rest reads or cancels.
    Result<std::shared_ptr<Replica>> copy
        = CliConnection::openCopy(command, command.action == Command::Action::JournalSend, &usage);
    if (!usage.isEmpty()) {
        console.printUsageError(usage, tr("See pecadmin-cli help journal."));
        return ExitCode::UsageError;
    }
    if (!copy) {
        console.printError(copy.error());
        return ExitCode::Refused;
    }
    Replica &replica = *copy.value();
    switch (command.action) {
    case Command::Action::JournalList:
        return list(replica, console);
    case Command::Action::JournalSend:
        return send(command, copy.value(), console);
    case Command::Action::JournalCancel: {
        const qint64 id = command.target.toLongLong();
        const Outcome cancelled = awaitResult(replica.cancelEntry(id));
        if (!cancelled) {
            console.printError(cancelled.error());
            return ExitCode::Refused;
        }
        console.printResult(tr("Change %1 cancelled, with the later changes of the same mailbox.").arg(id),
            QJsonObject { { u"cancelled"_s, id } });
        return ExitCode::Success;
    }
    case Command::Action::JournalCancelAll: {
        const Outcome cancelled = awaitResult(replica.cancelAll());
        if (!cancelled) {
            console.printError(cancelled.error());
            return ExitCode::Refused;
        }
        console.printResult(
            tr("Every change made offline was cancelled."), QJsonObject { { u"cancelled"_s, u"all"_s } });
        return ExitCode::Success;
    }
    case Command::Action::JournalResolve: {
        const qint64 id = command.target.toLongLong();
        const ConflictChoice choice = command.keepMine ? ConflictChoice::Mine : ConflictChoice::Theirs;
        const Outcome resolved = awaitResult(replica.resolveConflict(id, choice));
        if (!resolved) {
            console.printError(resolved.error());
            return ExitCode::Refused;
        }
        console.printResult(choice == ConflictChoice::Mine
                ? tr("Change %1 will be sent again, over the server's values, at the next journal send.").arg(id)
                : tr("Change %1 dropped: the copy keeps the server's values.").arg(id),
            QJsonObject {
                { u"resolved"_s, id }, { u"choice"_s, choice == ConflictChoice::Mine ? u"mine"_s : u"theirs"_s } });
        return ExitCode::Success;
    }
    default:
        return ExitCode::UsageError;
    }
}

} // namespace pecadmin
