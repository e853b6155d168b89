#include "commandrunner.h"
#include "bulk/exporter.h"
#include "bulk/importer.h"
#include "bulk/importplanner.h"
#include "bulk/mailboxcsv.h"
#include "commandtable.h"
#include "console.h"
#include "core/awaitresult.h"
#include "core/outputfile.h"
#include "core/rules.h"
#include "outputformatter.h"
#include "passwordreader.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

// How many mailboxes `list` asks the service for at a time when no --limit is given.
constexpr int listPageSize = 500;

// Runs `start` and waits, in a local event loop, for `object` to emit `signal`. As with
// awaitResult(), the command-line tool has no window that could re-enter meanwhile.
template<typename Object, typename Signal, typename Start> void awaitSignal(Object *object, Signal signal, Start start)
{
    QEventLoop loop;
    QObject::connect(object, signal, &loop, &QEventLoop::quit);
    start();
    if (object->isRunning())
        loop.exec();
}

QString importStatusName(ImportRow::Status status)
{
    switch (status) {
    case ImportRow::Status::Ready:
        return u"ready"_s;
    case ImportRow::Status::Exists:
        return u"exists"_s;
    case ImportRow::Status::Invalid:
        return u"invalid"_s;
    }
    return {};
}

QString outcomeName(BulkReportEntry::Outcome outcome)
{
    switch (outcome) {
    case BulkReportEntry::Outcome::Done:
        return u"created"_s;
    case BulkReportEntry::Outcome::Skipped:
        return u"skipped"_s;
    case BulkReportEntry::Outcome::Failed:
        return u"failed"_s;
    case BulkReportEntry::Outcome::NotDone:
        return u"not-done"_s;
    }
    return {};
}

} // namespace

CommandRunner::CommandRunner(MailboxService &service, Console &console, PasswordReader &passwords)
    : m_service(service), m_console(console), m_passwords(passwords)
{ }

ExitCode CommandRunner::refused(const ServiceError &error)
{
    m_console.printError(error);
    return ExitCode::Refused;
}

ExitCode CommandRunner::run(const Command &command)
{
    const CommandSpec *spec = CommandTable::find(command.action);
    if (!spec || !spec->run)
        return ExitCode::UsageError; // a command that needs no service is carried out without one
    return (this->*spec->run)(command);
}

ExitCode CommandRunner::addDomain(const Command &command)
{
    const Result<Domain> added = awaitResult(m_service.addDomain(command.domain));
    if (!added)
        return refused(added.error());
    const Result<DomainDetails> details = awaitResult(m_service.domainDetails(added.value().name));
    if (!details)
        return refused(details.error());
    m_console.printResult(tr("Domain %1 added, with its postmaster mailbox.").arg(added.value().name) + u"\n\n"
            + OutputFormatter::domainDetails(details.value()),
        OutputFormatter::domainJson(details.value()));
    return ExitCode::Success;
}

ExitCode CommandRunner::listDomains(const Command &)
{
    const Result<QList<Domain>> domains = awaitResult(m_service.domains());
    if (!domains)
        return refused(domains.error());
    QList<DomainDetails> all;
    QJsonArray array;
    for (const Domain &domain : domains.value()) {
        const Result<DomainDetails> details = awaitResult(m_service.domainDetails(domain.name));
        if (!details)
            return refused(details.error());
        all.append(details.value());
        array.append(OutputFormatter::domainJson(details.value()));
    }
    // A provider's server keeps its own domains: nothing to add here, only to name.
    const QString none = m_service.capabilities().addsDomains
        ? tr("No domains yet: add one with “pecadmin-cli domain add”, or the demo domain with “pecadmin-cli demo”.")
        : tr("The server lists no domains: name the ones to work on with --domain NAME.");
    m_console.printResult(
        all.isEmpty() ? none : OutputFormatter::domainTable(all), QJsonObject { { u"domains"_s, array } });
    return ExitCode::Success;
}

ExitCode CommandRunner::showDomain(const Command &command)
{
    const Result<DomainDetails> details = awaitResult(m_service.domainDetails(command.target));
    if (!details)
        return refused(details.error());
    m_console.printResult(
        OutputFormatter::domainDetails(details.value()), OutputFormatter::domainJson(details.value()));
    return ExitCode::Success;
}

ExitCode CommandRunner::editDomain(const Command &command)
{
    const Result<DomainDetails> current = awaitResult(m_service.domainDetails(command.target));
    if (!current)
        return refused(current.error());
    Domain domain = command.domainChange.appliedTo(current.value().domain);
    domain.passwordPolicy = command.policy.appliedTo(domain.passwordPolicy);
    const Result<DomainDetails> changed = awaitResult(m_service.changeDomain(domain));
    if (!changed)
        return refused(changed.error());
    m_console.printResult(tr("Domain %1 changed.").arg(changed.value().domain.name) + u"\n\n"_s
            + OutputFormatter::domainDetails(changed.value()),
        OutputFormatter::domainJson(changed.value()));
    return ExitCode::Success;
}

ExitCode CommandRunner::removeDomain(const Command &command)
{
    const Outcome removed = awaitResult(m_service.removeDomain(command.target));
    if (!removed)
        return refused(removed.error());
    const QString name = rules::normalizedDomainName(command.target);
    m_console.printResult(
        tr("Domain %1 removed, with its postmaster mailbox.").arg(name), QJsonObject { { u"removed"_s, name } });
    return ExitCode::Success;
}

ExitCode CommandRunner::listMailboxes(const Command &command)
{
    MailboxQuery query;
    query.domain = command.target;
    query.filter = command.filter;
    query.sortColumn = command.sortColumn;
    query.sortOrder = command.sortOrder;
    query.offset = command.offset;
    query.limit = command.limit.value_or(listPageSize);

    QList<Mailbox> mailboxes;
    bool hasMore = false;
    for (;;) {
        const Result<MailboxPage> page = awaitResult(m_service.mailboxes(query));
        if (!page)
            return refused(page.error());
        mailboxes += page.value().mailboxes;
        hasMore = page.value().hasMore;
        // With --limit, one page; without, every page, each after the last one's final row.
        if (command.limit || !hasMore || page.value().mailboxes.isEmpty())
            break;
        query.after = page.value().mailboxes.constLast();
    }
    // A domain that is not there is an error, not an empty list. The local store says so when
    // asked for its mailboxes; a backend that answers with no rows is asked about the domain,
    // only then: its details cost a read of all its mailboxes (the count of those whose usage
    // is not reported), many times the page itself.
    if (mailboxes.isEmpty()) {
        if (const Result<DomainDetails> details = awaitResult(m_service.domainDetails(command.target)); !details)
            return refused(details.error());
    }

    // Only the form that is printed is made: the table of a long list costs as much as its JSON.
    if (m_console.json()) {
        m_console.printResult(QString(),
            OutputFormatter::mailboxListJson(rules::normalizedDomainName(command.target), command.offset, mailboxes,
                command.limit ? hasMore : false));
        return ExitCode::Success;
    }
    QString text = mailboxes.isEmpty()
        ? (command.filter.isEmpty() ? tr("No mailboxes.") : tr("No mailbox matches “%1”.").arg(command.filter))
        : OutputFormatter::mailboxTable(mailboxes);
    if (hasMore && command.limit) {
        text += u'\n'
            + tr("More mailboxes follow: add --offset %1 to see them.").arg(command.offset + int(mailboxes.size()));
    }
    m_console.printResult(text, QByteArray());
    return ExitCode::Success;
}

ExitCode CommandRunner::showMailbox(const Command &command)
{
    const Result<Mailbox> mailbox = awaitResult(m_service.mailbox(command.target));
    if (!mailbox)
        return refused(mailbox.error());
    m_console.printResult(
        OutputFormatter::mailboxDetails(mailbox.value()), OutputFormatter::mailboxJson(mailbox.value()));
    return ExitCode::Success;
}

Result<QString> CommandRunner::newPassword(
    const Command &command, const Domain &domain, const QString &mailboxName, const QString &address)
{
    if (command.generatePassword)
        return generatePassword(domain.passwordPolicy, mailboxName);
    return m_passwords.readNewPassword(address);
}

void CommandRunner::printGeneratedPassword(const QString &address, const QString &password)
{
    // The only time anybody sees it: the store keeps a hash alone.
    m_console.printNote(tr("Generated password for %1: %2").arg(address, password) + u'\n'
        + tr("It is shown only this once. Give it to the user, who must change it at first "
             "access."));
}

ExitCode CommandRunner::createMailbox(const Command &command)
{
    rules::Address address;
    if (const auto error = rules::parseAddress(command.target, &address))
        return refused(*error);
    const Result<DomainDetails> details = awaitResult(m_service.domainDetails(address.domain));
    if (!details)
        return refused(details.error());
    // Where the server does not state the domain's limits, only it checks them.
    const bool limitsKnown = details.value().limitsKnown;
    const DomainDetails limits = rules::limitsToCheck(details.value());
    const Domain &domain = limits.domain;

    NewMailbox mailbox;
    mailbox.name = address.name;
    mailbox.domain = address.domain;
    const bool defaultQuota = !command.quotaMb;
    mailbox.quotaMb = command.quotaMb.value_or(rules::defaultQuotaMb(details.value()));
    mailbox.softQuotaMb = command.softQuotaMb.value_or(0);
    mailbox.archiving = command.archiving;

    // Everything but the password is checked before the password is asked for, with a
    // stand-in that meets the policy; the service checks the whole mailbox again.
    {
        NewMailbox check = mailbox;
        check.password = generatePassword(domain.passwordPolicy, mailbox.name);
        if (const auto error = rules::checkNewMailbox(limits, check))
            return refused(*error);
    }

    Result<QString> password = newPassword(command, domain, mailbox.name, address.name + u'@' + address.domain);
    if (!password)
        return refused(password.error());
    mailbox.password = password.value();
    const Result<Mailbox> created = awaitResult(m_service.createMailbox(mailbox));
    mailbox.password.fill(QChar(0));
    if (!created) {
        password.value().fill(QChar(0));
        return refused(created.error());
    }

    const Mailbox &result = created.value();
    QByteArray json = OutputFormatter::mailboxJson(result, command.generatePassword ? password.value() : QString());
    QString text = tr("Mailbox %1 created. The user must change the password at first access.").arg(result.address());
    if (defaultQuota && limitsKnown) {
        text += u'\n'
            + tr("Its disk quota is %1 MB: the domain's largest mailbox quota, within the space the domain has left. "
                 "Use --quota-mb to choose another.")
                  .arg(result.quotaMb);
    } else if (defaultQuota) {
        text += u'\n'
            + tr("Its disk quota is %1 MB, the default: the server does not state the domain's limits. Use "
                 "--quota-mb to choose another.")
                  .arg(result.quotaMb);
    }
    m_console.printResult(text + u"\n\n" + OutputFormatter::mailboxDetails(result), json);
    if (command.generatePassword)
        printGeneratedPassword(result.address(), password.value());
    password.value().fill(QChar(0));
    json.fill(0); // it may hold the password
    return ExitCode::Success;
}

ExitCode CommandRunner::resetPassword(const Command &command)
{
    const Result<Mailbox> current = awaitResult(m_service.mailbox(command.target));
    if (!current)
        return refused(current.error());
    if (const auto error = rules::checkPasswordReset(current.value()))
        return refused(*error);
    const Result<DomainDetails> details = awaitResult(m_service.domainDetails(current.value().domain));
    if (!details)
        return refused(details.error());

    Result<QString> password = newPassword(
        command, rules::limitsToCheck(details.value()).domain, current.value().name, current.value().address());
    if (!password)
        return refused(password.error());
    const Result<Mailbox> changed
        = awaitResult(m_service.resetPassword(current.value().address(), QString(), password.value()));
    if (!changed) {
        password.value().fill(QChar(0));
        return refused(changed.error());
    }

    QByteArray json
        = OutputFormatter::mailboxJson(changed.value(), command.generatePassword ? password.value() : QString());
    m_console.printResult(command.generatePassword
            ? tr("New password set for %1.").arg(changed.value().address())
            : tr("New password set for %1. The user must change it at first access.").arg(changed.value().address()),
        json);
    if (command.generatePassword)
        printGeneratedPassword(changed.value().address(), password.value());
    password.value().fill(QChar(0));
    json.fill(0); // it may hold the password
    return ExitCode::Success;
}

ExitCode CommandRunner::change(const MailboxChange &mailboxChange, const QString &doneText)
{
    const Result<Mailbox> changed = awaitResult(m_service.changeMailbox(mailboxChange));
    if (!changed)
        return refused(changed.error());
    m_console.printResult(doneText + u"\n\n" + OutputFormatter::mailboxDetails(changed.value()),
        OutputFormatter::mailboxJson(changed.value()));
    return ExitCode::Success;
}

ExitCode CommandRunner::setEnabled(const Command &command, bool enabled)
{
    MailboxChange mailboxChange;
    mailboxChange.address = command.target;
    mailboxChange.enabled = enabled;
    return change(mailboxChange,
        enabled ? tr("Mailbox %1 enabled.").arg(command.target)
                : tr("Mailbox %1 disabled: it keeps its messages, but cannot be accessed "
                     "and receives no mail.")
                      .arg(command.target));
}

ExitCode CommandRunner::enableMailbox(const Command &command)
{
    return setEnabled(command, true);
}

ExitCode CommandRunner::disableMailbox(const Command &command)
{
    return setEnabled(command, false);
}

ExitCode CommandRunner::setQuota(const Command &command)
{
    const Result<Mailbox> current = awaitResult(m_service.mailbox(command.target));
    if (!current)
        return refused(current.error());
    const qint64 quotaMb = *command.quotaMb;

    MailboxChange mailboxChange;
    mailboxChange.address = current.value().address();
    // The warning below is about this very state: refuse if the mailbox changes meanwhile.
    mailboxChange.version = current.value().version;
    mailboxChange.quotaMb = quotaMb;
    if (quotaMb >= 1 && rules::quotaBelowUsage(current.value(), quotaMb)) {
        // A script cannot answer a question: warn, and set the quota as asked.
        m_console.printWarning(tr("%1 already uses %2, more than the new disk quota of %3.")
                                   .arg(current.value().address(), OutputFormatter::size(current.value().usedBytes),
                                       OutputFormatter::sizeMb(quotaMb)));
    }
    return change(mailboxChange, tr("Disk quota of %1 set to %2 MB.").arg(current.value().address()).arg(quotaMb));
}

ExitCode CommandRunner::setSoftQuota(const Command &command)
{
    MailboxChange mailboxChange;
    mailboxChange.address = command.target;
    mailboxChange.softQuotaMb = *command.softQuotaMb;
    return change(mailboxChange,
        *command.softQuotaMb == 0 ? tr("Soft quota of %1 removed.").arg(command.target)
                                  : tr("Soft quota of %1 set to %2 MB.").arg(command.target).arg(*command.softQuotaMb));
}

ExitCode CommandRunner::setArchiving(const Command &command)
{
    MailboxChange mailboxChange;
    mailboxChange.address = command.target;
    mailboxChange.archiving = command.archiving;
    return change(mailboxChange,
        command.archiving ? tr("Conservazione sostitutiva turned on for %1.").arg(command.target)
                          : tr("Conservazione sostitutiva turned off for %1.").arg(command.target));
}

ExitCode CommandRunner::deleteMailbox(const Command &command)
{
    const Outcome deleted = awaitResult(m_service.deleteMailbox(command.target, QString()));
    if (!deleted)
        return refused(deleted.error());
    rules::Address address;
    const QString shown
        = rules::parseAddress(command.target, &address) ? command.target : address.name + u'@' + address.domain;
    // What happened to the mail depends on whether a mail server purges the store.
    const bool purged = m_service.capabilities().mailServerRemovesMail;
    m_console.printResult(purged
            ? tr("Mailbox %1 deleted; its mail is removed by the mail server within a minute.").arg(shown)
            : tr("Mailbox %1 and all its messages deleted.").arg(shown),
        QJsonObject { { u"deleted"_s, shown }, { u"mail_removed_by_mail_server"_s, purged } });
    return ExitCode::Success;
}

ExitCode CommandRunner::addDemoDomain(const Command &)
{
    const Result<DomainDetails> added = awaitResult(m_service.addDemoDomain());
    if (!added)
        return refused(added.error());
    const DomainDetails &details = added.value();
    m_console.printResult(
        tr("Demo domain %1 added with %n mailboxes.", nullptr, details.mailboxCount).arg(details.domain.name) + u"\n\n"
            + OutputFormatter::domainDetails(details),
        OutputFormatter::domainJson(details));
    return ExitCode::Success;
}

ExitCode CommandRunner::importMailboxes(const Command &command)
{
    Result<MailboxCsvFile> file = MailboxCsv::readFile(command.filePath);
    if (!file)
        return refused(file.error());

    ImportPlanner planner(m_service);
    awaitSignal(&planner, &ImportPlanner::finished, [&] { planner.start(command.target, file.takeValue()); });
    if (planner.error())
        return refused(*planner.error());
    ImportPlan plan = *planner.takePlan();
    const QString domain = plan.details.domain.name;

    QJsonArray warnings;
    for (const QString &warning : std::as_const(plan.warnings)) {
        m_console.printWarning(warning);
        warnings.append(warning);
    }

    // A file with a refused row is imported whole or not at all, unless --skip-invalid: the
    // preview is then what the postmaster reads.
    const std::optional<ServiceError> wholeFileRefusal
        = command.dryRun || command.skipInvalid ? std::nullopt : Importer::wholeFileRefusal(plan);
    if (command.dryRun || wholeFileRefusal) {
        QList<QStringList> rows;
        QJsonArray array;
        for (const ImportRow &row : std::as_const(plan.rows)) {
            const QString result = ImportPlan::resultText(row);
            rows.append({ QString::number(row.row), row.writtenName, result });
            QJsonObject object { { u"row"_s, row.row }, { u"name"_s, row.writtenName }, { u"address"_s, row.address() },
                { u"status"_s, importStatusName(row.status) }, { u"message"_s, result } };
            if (row.error)
                object.insert(u"code"_s, ServiceError::codeName(row.error->code()));
            array.append(object);
        }
        const int ready = plan.count(ImportRow::Status::Ready);
        const int exists = plan.count(ImportRow::Status::Exists);
        const int invalid = plan.count(ImportRow::Status::Invalid);
        plan.clearPasswords();
        const QString text = OutputFormatter::table({ tr("Row"), tr("Name"), tr("Result") }, rows, { 0 }) + u'\n'
            + tr("%n mailboxes would be created", nullptr, ready) + u", "
            + tr("%n skipped because they exist", nullptr, exists) + u", " + tr("%n rows with errors", nullptr, invalid)
            + u".\n"
            + (plan.details.limitsKnown
                    ? tr("Disk quota to allocate: %1 MB of the %2 MB the domain has left.")
                          .arg(plan.plannedQuotaMb())
                          .arg(std::max<qint64>(plan.details.freeSpaceMb(), 0))
                    : tr("Disk quota to allocate: %1 MB. The server does not state the space the domain has left: it "
                         "checks it itself.")
                          .arg(plan.plannedQuotaMb()))
            + u'\n'
            + (wholeFileRefusal ? tr("Nothing was imported: %n row(s) are refused. Correct them, or add --skip-invalid "
                                     "to create only the ready rows.",
                   nullptr, invalid)
                                : tr("Dry run: nothing was changed."));
        m_console.printResult(text,
            QJsonObject { { u"domain"_s, domain }, { u"dryRun"_s, command.dryRun }, { u"imported"_s, false },
                { u"warnings"_s, warnings }, { u"rows"_s, array }, { u"ready"_s, ready }, { u"exists"_s, exists },
                { u"invalid"_s, invalid }, { u"plannedQuotaMb"_s, plan.plannedQuotaMb() },
                { u"freeSpaceMb"_s,
                    plan.details.limitsKnown ? QJsonValue(plan.details.freeSpaceMb()) : QJsonValue() } });
        return invalid > 0 ? ExitCode::Refused : ExitCode::Success;
    }

    Importer importer(m_service);
    awaitSignal(&importer, &Importer::finished, [&] { importer.start(std::move(plan), Importer::Mode::ReadyOnly); });
    const BulkReport &report = importer.report();

    using Outcome = BulkReportEntry::Outcome;
    QList<QStringList> rows;
    QList<QStringList> passwords;
    QJsonArray array;
    for (const BulkReportEntry &entry : report.entries) {
        const QString result = BulkReport::outcomeText(entry, tr("created"));
        rows.append({ QString::number(entry.row), entry.address, result });
        QJsonObject object { { u"row"_s, entry.row }, { u"address"_s, entry.address },
            { u"outcome"_s, outcomeName(entry.outcome) }, { u"message"_s, result } };
        if (entry.error)
            object.insert(u"code"_s, ServiceError::codeName(entry.error->code()));
        if (entry.error && !entry.error->detail().isEmpty())
            object.insert(u"detail"_s, entry.error->detail());
        if (!entry.password.isEmpty()) {
            object.insert(u"generatedPassword"_s, entry.password);
            passwords.append({ entry.address, entry.password });
        }
        array.append(object);
    }
    const int created = report.count(Outcome::Done);
    const int skipped = report.count(Outcome::Skipped);
    const int failed = report.count(Outcome::Failed);
    const int notDone = report.count(Outcome::NotDone);
    QString text = OutputFormatter::table({ tr("Row"), tr("Address"), tr("Result") }, rows, { 0 }) + u'\n'
        + tr("%n mailboxes created", nullptr, created) + u", " + tr("%n skipped", nullptr, skipped) + u", "
        + tr("%n failed", nullptr, failed);
    if (notDone > 0)
        text += u", " + tr("%n not done", nullptr, notDone);
    text += u'.';
    if (report.stoppedBy) {
        text += u'\n'
            + tr("The import stopped: %1 Run the same file again to create the rest.").arg(report.stoppedBy->message());
        if (!report.stoppedBy->detail().isEmpty())
            text += u'\n' + tr("Detail: %1").arg(report.stoppedBy->detail());
    }
    QJsonObject json { { u"domain"_s, domain }, { u"dryRun"_s, false }, { u"warnings"_s, warnings },
        { u"rows"_s, array }, { u"created"_s, created }, { u"skipped"_s, skipped }, { u"failed"_s, failed },
        { u"notDone"_s, notDone } };
    if (report.stoppedBy) {
        json.insert(u"stoppedBy"_s, report.stoppedBy->message());
        if (!report.stoppedBy->detail().isEmpty())
            json.insert(u"detail"_s, report.stoppedBy->detail());
    }
    m_console.printResult(text, json);
    if (!passwords.isEmpty()) {
        // The only time anybody sees them: the store keeps hashes alone.
        m_console.printNote(u'\n'
            + tr("Generated passwords, shown only this once. Give each to its user, who must "
                 "change it at first access:")
            + u'\n' + OutputFormatter::table({ tr("Address"), tr("Password") }, passwords));
        for (QStringList &line : passwords)
            line[1].fill(QChar(0));
    }
    importer.clearPasswords();
    return failed > 0 || notDone > 0 || report.stoppedBy ? ExitCode::Refused : ExitCode::Success;
}

std::optional<ServiceError> CommandRunner::outputFileRefusal(const Command &command) const
{
    std::optional<ServiceError> refusal
        = outputfile::checkTarget(command.filePath, m_service.storeFiles(), command.force);
    if (refusal && refusal->code() == ServiceError::Code::AlreadyExists)
        return ServiceError(ServiceError::Code::AlreadyExists,
            QT_TRANSLATE_NOOP("ServiceError", "The file %1 exists already. Add --force to replace it."),
            { command.filePath })
            .onField(u"file"_s);
    return refusal;
}

ExitCode CommandRunner::exportMailboxes(const Command &command)
{
    MailboxCsvExportOptions options;
    options.separator = command.semicolon ? u';' : u',';
    options.language = command.exportLanguage;
    const QString domain = rules::normalizedDomainName(command.target);

    if (!command.filePath.isEmpty() && command.filePath != u"-") {
        if (auto refusal = outputFileRefusal(command))
            return refused(*refusal);
        // Written whole or not at all: a failure leaves any earlier file as it was.
        Exporter exporter(m_service);
        awaitSignal(&exporter, &Exporter::finished, [&] { exporter.start(command.target, command.filePath, options); });
        if (exporter.error())
            return refused(*exporter.error());
        m_console.printResult(
            tr("%n mailboxes of %1 written to %2.", nullptr, exporter.count()).arg(domain, command.filePath),
            QJsonObject {
                { u"domain"_s, domain }, { u"file"_s, command.filePath }, { u"mailboxes"_s, exporter.count() } });
        return ExitCode::Success;
    }

    // Standard output: nothing is printed before the whole domain has been read, so that an
    // error is never preceded by half a file.
    MailboxQuery query;
    query.domain = command.target;
    query.sortColumn = MailboxColumn::Address;
    query.limit = listPageSize;
    QByteArray bytes = MailboxCsv::byteOrderMark() + MailboxCsv::headerBytes(options);
    for (;;) {
        const Result<MailboxPage> page = awaitResult(m_service.mailboxes(query));
        if (!page)
            return refused(page.error());
        for (const Mailbox &mailbox : page.value().mailboxes)
            bytes += MailboxCsv::rowBytes(mailbox, options);
        if (!page.value().hasMore || page.value().mailboxes.isEmpty())
            break;
        query.after = page.value().mailboxes.constLast();
    }
    m_console.printBytes(bytes);
    return ExitCode::Success;
}

// ---- the history of changes ----

namespace {

QJsonObject historyJson(const HistoryEntry &entry)
{
    const auto fields = [](const QString &text) {
        return text.isEmpty() ? QJsonValue() : QJsonValue(QJsonDocument::fromJson(text.toUtf8()).object());
    };
    return QJsonObject { { u"sequence"_s, entry.sequence },
        { u"time"_s, entry.time.toUTC().toString(Qt::ISODateWithMs) }, { u"actor"_s, entry.actor },
        { u"operation"_s, entry.operation }, { u"domain"_s, entry.domain }, { u"mailbox"_s, entry.mailbox },
        { u"before"_s, fields(entry.before) }, { u"after"_s, fields(entry.after) }, { u"result"_s, entry.result },
        { u"previousHash"_s, QString::fromLatin1(entry.previousHash) },
        { u"hash"_s, QString::fromLatin1(entry.hash) } };
}

QString headText(const HistoryEntry &entry)
{
    return QString::number(entry.sequence) + u':' + QString::fromLatin1(entry.hash);
}

} // namespace

Result<QList<HistoryEntry>> CommandRunner::historyEntries(const Command &command, int limit, qint64 upTo)
{
    HistoryQuery query;
    if (command.target.contains(u'@'))
        query.mailbox = command.target;
    else
        query.domain = command.target;
    query.since = command.since;
    query.until = command.until;
    query.actor = command.actor;
    query.operation = command.operation;
    if (upTo > 0)
        query.beforeSequence = upTo + 1;
    QList<HistoryEntry> entries;
    for (;;) {
        query.limit = limit > 0 ? std::min(listPageSize, limit - int(entries.size())) : listPageSize;
        const Result<HistoryPage> page = awaitResult(m_service.history(query));
        if (!page)
            return page.error();
        entries += page.value().entries;
        if (!page.value().hasMore || page.value().entries.isEmpty() || (limit > 0 && entries.size() >= limit))
            return entries;
        query.beforeSequence = page.value().entries.constLast().sequence;
    }
}

ExitCode CommandRunner::listHistory(const Command &command)
{
    const Result<QList<HistoryEntry>> entries = historyEntries(command, command.limit.value_or(0));
    if (!entries)
        return refused(entries.error());
    QList<QStringList> rows;
    QJsonArray array;
    for (const HistoryEntry &entry : entries.value()) {
        QString change = entry.before.isEmpty() ? entry.after
            : entry.after.isEmpty()             ? entry.before
                                                : entry.before + u" → "_s + entry.after;
        rows.append(
            { QString::number(entry.sequence), entry.time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s), entry.actor,
                entry.operation, entry.mailbox.isEmpty() ? entry.domain : entry.mailbox, change, entry.result });
        array.append(historyJson(entry));
    }
    m_console.printResult(rows.isEmpty()
            ? tr("No changes recorded that match.")
            : OutputFormatter::table({ tr("#"), tr("Time (UTC)"), tr("Who"), tr("Operation"), tr("Mailbox or domain"),
                                         tr("Change"), tr("Result") },
                rows, { 0 }),
        QJsonObject { { u"entries"_s, array } });
    return ExitCode::Success;
}

ExitCode CommandRunner::exportHistory(const Command &command)
{
    if (command.pdf)
        return writeHistoryReport(command);
    const Result<QList<HistoryEntry>> entries = historyEntries(command, 0);
    if (!entries)
        return refused(entries.error());
    QByteArray bytes = history::csvHeader();
    for (auto it = entries.value().crbegin(); it != entries.value().crend(); ++it)
        bytes += history::csvRow(*it);
    if (command.filePath == u"-") {
        m_console.printBytes(bytes);
        return ExitCode::Success;
    }
    if (auto refusal = outputFileRefusal(command))
        return refused(*refusal);
    // Written whole or not at all.
    QSaveFile file(command.filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return refused(ServiceError(ServiceError::Code::Storage,
            QT_TRANSLATE_NOOP("ServiceError", "The file %1 could not be written."), { command.filePath })
                           .withDetail(file.errorString()));
    m_console.printResult(
        tr("%n history entries written to %1.", nullptr, int(entries.value().size())).arg(command.filePath),
        QJsonObject { { u"file"_s, command.filePath }, { u"entries"_s, entries.value().size() } });
    return ExitCode::Success;
}

ExitCode CommandRunner::verifyHistory(const Command &command)
{
    const Result<HistoryCheck> checked = awaitResult(m_service.verifyHistory());
    if (!checked)
        return refused(checked.error());
    const HistoryCheck &check = checked.value();
    QString problem;
    qint64 broken = check.brokenSequence;
    switch (check.problem) {
    case HistoryCheck::Problem::None:
        break;
    case HistoryCheck::Problem::Changed:
        problem = tr("Entry %1 was changed after it was written.").arg(broken);
        break;
    case HistoryCheck::Problem::Removed:
        problem = tr("Entry %1 was removed.").arg(broken);
        break;
    case HistoryCheck::Problem::Reordered:
        problem = tr("Entry %1 is not the one that followed entry %2: entries were moved.").arg(broken).arg(broken - 1);
        break;
    }
    // A head kept elsewhere must still be in the chain with the same hash.
    if (problem.isEmpty() && command.headSequence > 0) {
        HistoryQuery query;
        query.beforeSequence = command.headSequence + 1;
        query.limit = 1;
        const Result<HistoryPage> page = awaitResult(m_service.history(query));
        if (!page)
            return refused(page.error());
        const bool cutAway = command.headSequence < check.firstSequence;
        const bool found = !page.value().entries.isEmpty()
            && page.value().entries.constFirst().sequence == command.headSequence
            && page.value().entries.constFirst().hash == command.headHash;
        if (!found && !cutAway) {
            broken = command.headSequence;
            problem = command.headSequence > check.head.sequence
                ? tr("Entry %1, kept elsewhere, is missing: the history ends at entry %2.")
                      .arg(command.headSequence)
                      .arg(check.head.sequence)
                : tr("Entry %1 is not the one kept elsewhere: the history was rewritten.").arg(command.headSequence);
        }
    }
    if (!problem.isEmpty()) {
        if (m_console.json())
            m_console.printResult(QString(),
                QJsonObject { { u"intact"_s, false }, { u"brokenSequence"_s, broken }, { u"message"_s, problem },
                    { u"entriesRead"_s, check.entries } });
        else
            m_console.printWarning(tr("The history does not hold: %1").arg(problem));
        return ExitCode::Refused;
    }
    m_console.printResult(check.entries == 0
            ? tr("The history is empty.")
            : tr("The history holds: %n entries checked, up to %1.", nullptr, int(check.entries))
                  .arg(headText(check.head)),
        QJsonObject { { u"intact"_s, true }, { u"entries"_s, check.entries },
            { u"firstSequence"_s, check.firstSequence },
            { u"head"_s, check.entries == 0 ? QJsonValue() : QJsonValue(historyJson(check.head)) } });
    return ExitCode::Success;
}

ExitCode CommandRunner::historyHead(const Command &)
{
    const Result<HistoryEntry> head = awaitResult(m_service.historyHead());
    if (!head)
        return refused(head.error());
    if (head.value().sequence == 0) {
        m_console.printResult(tr("The history is empty."), QJsonObject { { u"head"_s, QJsonValue() } });
        return ExitCode::Success;
    }
    m_console.printResult(headText(head.value()) + u"  "_s + head.value().time.toUTC().toString(Qt::ISODateWithMs),
        QJsonObject { { u"head"_s, historyJson(head.value()) } });
    return ExitCode::Success;
}

ExitCode CommandRunner::cutHistory(const Command &command)
{
    const Result<HistoryEntry> checkpoint = awaitResult(m_service.cutHistory(command.until));
    if (!checkpoint)
        return refused(checkpoint.error());
    const QJsonObject after = QJsonDocument::fromJson(checkpoint.value().after.toUtf8()).object();
    m_console.printResult(
        tr("%n history entries removed; checkpoint %1 added.", nullptr, int(after.value(u"count"_s).toInteger()))
            .arg(headText(checkpoint.value())),
        QJsonObject { { u"checkpoint"_s, historyJson(checkpoint.value()) } });
    return ExitCode::Success;
}

ExitCode CommandRunner::changeOwnPassword(const Command &command)
{
    const Result<Mailbox> current = awaitResult(m_service.mailbox(command.target));
    if (!current)
        return refused(current.error());
    const QString address = current.value().address();
    Result<QString> currentPassword = m_passwords.readCurrentPassword(address);
    if (!currentPassword)
        return refused(currentPassword.error());
    Result<QString> password = m_passwords.readNewPassword(address);
    if (!password) {
        currentPassword.value().fill(QChar(0));
        return refused(password.error());
    }
    const Result<Mailbox> changed
        = awaitResult(m_service.changePassword(address, currentPassword.value(), password.value()));
    currentPassword.value().fill(QChar(0));
    password.value().fill(QChar(0));
    if (!changed)
        return refused(changed.error());
    m_console.printResult(tr("Password of %1 changed: the user can log in to the mail server with it.").arg(address),
        OutputFormatter::mailboxJson(changed.value()));
    return ExitCode::Success;
}

ExitCode CommandRunner::purgeDeletedMail(const Command &command)
{
    MailRemoval removal;
    removal.doveadm = command.doveadm;
    removal.dovecotConfig = command.dovecotConfig;
    const Result<MailPurge> purge = awaitResult(m_service.purgeDeletedMail(removal));
    if (!purge)
        return refused(purge.error());
    QStringList lines;
    QJsonArray failed;
    for (const QString &user : purge.value().removed)
        lines.append(tr("Mail of %1 removed.").arg(user));
    for (const auto &[user, reason] : purge.value().failed) {
        lines.append(tr("Mail of %1 not removed: %2").arg(user, reason));
        failed.append(QJsonObject { { u"mailbox"_s, user }, { u"reason"_s, reason } });
    }
    if (lines.isEmpty())
        lines.append(tr("No deleted mailbox was waiting for its mail to be removed."));
    m_console.printResult(lines.join(u'\n'),
        QJsonObject { { u"removed"_s, QJsonArray::fromStringList(purge.value().removed) }, { u"failed"_s, failed } });
    return purge.value().failed.isEmpty() ? ExitCode::Success : ExitCode::Refused;
}

} // namespace pecadmin
