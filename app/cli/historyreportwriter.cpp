#include "commandrunner.h"
#include "console.h"
#include "core/awaitresult.h"
#include "core/rules.h"
#include "historyreport.h"

#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace pecadmin {

// audit export --pdf, apart from the rest of CommandRunner: it needs QtGui, which the lean
// program does not link (it runs the full program for this command, fullprogram.cpp).
ExitCode CommandRunner::writeHistoryReport(const Command &command)
{
    if (auto refusal = outputFileRefusal(command))
        return refused(*refusal);
    const Result<QString> actor = awaitResult(m_service.historyActor());
    if (!actor)
        return refused(actor.error());
    // The head first: the report holds the entries up to it, however many are added meanwhile.
    const Result<HistoryEntry> head = awaitResult(m_service.historyHead());
    if (!head)
        return refused(head.error());
    HistoryReport report;
    report.head = head.value();
    if (report.head.sequence > 0) {
        const Result<QList<HistoryEntry>> entries
            = historyEntries(command, HistoryReport::maximumEntries + 1, report.head.sequence);
        if (!entries)
            return refused(entries.error());
        if (entries.value().size() > HistoryReport::maximumEntries)
            return refused(ServiceError(ServiceError::Code::Validation,
                QT_TRANSLATE_NOOP("ServiceError",
                    "The report would hold more than %1 changes: choose a shorter period or more filters."),
                { QLocale().toString(HistoryReport::maximumEntries) }));
        report.entries.reserve(entries.value().size());
        for (auto entry = entries.value().crbegin(); entry != entries.value().crend(); ++entry)
            report.entries.append(*entry);
    }
    if (const qsizetype at = command.target.lastIndexOf(u'@'); at >= 0) {
        report.domain = rules::normalizedDomainName(command.target.mid(at + 1));
        report.mailbox = rules::normalizedMailboxName(command.target.left(at)) + u'@' + report.domain;
    } else {
        report.domain = rules::normalizedDomainName(command.target);
    }
    report.operation = command.operation;
    report.actor = command.actor;
    if (command.since.isValid())
        report.since = command.since.toUTC().date();
    if (command.until.isValid())
        report.until = command.until.toUTC().addMSecs(-1).date(); // the last day included
    report.printedBy = actor.value();
    report.printedAt = QDateTime::currentDateTimeUtc();
    if (const std::optional<QString> error = report.writePdf(command.filePath))
        return refused(ServiceError(ServiceError::Code::Storage,
            QT_TRANSLATE_NOOP("ServiceError", "The file %1 could not be written."), { command.filePath })
                           .withDetail(*error));
    m_console.printResult(tr("The report of the history of %1 was written to %2.")
                              .arg(report.mailbox.isEmpty() ? report.domain : report.mailbox, command.filePath),
        QJsonObject { { u"file"_s, command.filePath }, { u"entries"_s, report.entries.size() },
            { u"head"_s, report.head.sequence } });
    return ExitCode::Success;
}

} // namespace pecadmin
