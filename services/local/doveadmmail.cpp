#include "doveadmmail.h"

#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

constexpr int doveadmTimeoutMs = 120000;

struct Run
{
    bool ok = false;
    QByteArray output;
    QString error;
};

Run doveadm(const MailRemoval &removal, const QString &program, const QStringList &arguments)
{
    QStringList all;
    if (!removal.dovecotConfig.isEmpty())
        all << u"-c"_s << removal.dovecotConfig;
    all << arguments;
    QProcess process;
    process.start(program, all);
    Run run;
    if (!process.waitForStarted()) {
        run.error = u"%1: %2"_s.arg(program, process.errorString());
        return run;
    }
    if (!process.waitForFinished(doveadmTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.error = u"doveadm %1: no answer"_s.arg(arguments.value(0));
        return run;
    }
    run.output = process.readAllStandardOutput();
    run.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!run.ok) {
        const QString text = QString::fromUtf8(process.readAllStandardError()).trimmed();
        run.error = u"doveadm %1 (exit %2): %3"_s.arg(arguments.value(0)).arg(process.exitCode()).arg(text);
    }
    return run;
}

} // namespace

std::optional<QString> removeMailWithDoveadm(const MailRemoval &removal, const QString &user)
{
    QString program = removal.doveadm;
    if (program.isEmpty())
        program = QStandardPaths::findExecutable(u"doveadm"_s);
    if (program.isEmpty())
        program = QStandardPaths::findExecutable(u"doveadm"_s, { u"/usr/bin"_s, u"/usr/sbin"_s });
    if (program.isEmpty())
        return u"doveadm was not found (Dovecot's dovecot-core package)"_s;

    // Every message of every folder.
    if (Run run = doveadm(removal, program, { u"expunge"_s, u"-u"_s, user, u"mailbox"_s, u"*"_s, u"all"_s }); !run.ok)
        return run.error;
    // Every folder but INBOX, with the folders inside it.
    const Run listed = doveadm(removal, program, { u"mailbox"_s, u"list"_s, u"-u"_s, user, u"%"_s });
    if (!listed.ok)
        return listed.error;
    for (const QByteArray &line : listed.output.split('\n')) {
        const QString folder = QString::fromUtf8(line).trimmed();
        if (folder.isEmpty() || folder.compare(u"INBOX"_s, Qt::CaseInsensitive) == 0)
            continue;
        if (Run run = doveadm(removal, program, { u"mailbox"_s, u"delete"_s, u"-r"_s, u"-s"_s, u"-u"_s, user, folder });
            !run.ok)
            return run.error;
    }
    // Nothing may be left.
    const Run status = doveadm(removal, program,
        { u"-f"_s, u"tab"_s, u"mailbox"_s, u"status"_s, u"-u"_s, user, u"-t"_s, u"messages"_s, u"*"_s });
    if (!status.ok)
        return status.error;
    const QList<QByteArray> lines = status.output.trimmed().split('\n');
    if (lines.size() < 2 || lines.last().trimmed() != "0")
        return u"doveadm mailbox status: messages are left (%1)"_s.arg(QString::fromUtf8(status.output.trimmed()));
    return std::nullopt;
}

} // namespace pecadmin
