#include "outputformatter.h"

#include "core/limits.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pecadmin {

void OutputFormatter::writeMailbox(JsonWriter &json, const Mailbox &mailbox, const QString &generatedPassword)
{
    // In the order of the names, as a QJsonObject holds them.
    json.beginObject();
    json.key("address"_L1);
    json.joinedString(mailbox.name, u'@', mailbox.domain);
    json.key("archiving"_L1);
    json.boolean(mailbox.archiving);
    json.key("created"_L1);
    json.isoUtc(mailbox.created);
    json.key("domain"_L1);
    json.string(mailbox.domain);
    json.key("enabled"_L1);
    json.boolean(mailbox.enabled);
    if (!generatedPassword.isEmpty()) {
        json.key("generatedPassword"_L1);
        json.string(generatedPassword);
    }
    json.key("mustChangePassword"_L1);
    json.boolean(mailbox.mustChangePassword);
    json.key("name"_L1);
    json.string(mailbox.name);
    json.key("quotaMb"_L1);
    json.number(mailbox.quotaMb);
    // A time; "never"; null where the server does not say.
    json.key("softQuotaAlarm"_L1);
    if (!mailbox.softQuotaAlarmKnown)
        json.null();
    else if (mailbox.softQuotaAlarm.isValid())
        json.isoUtc(mailbox.softQuotaAlarm);
    else
        json.string("never"_L1);
    json.key("softQuotaMb"_L1);
    json.number(mailbox.softQuotaMb);
    json.key("usageUpdated"_L1);
    if (mailbox.usageUpdated.isValid())
        json.isoUtc(mailbox.usageUpdated);
    else
        json.null();
    json.key("usedBytes"_L1);
    if (mailbox.usageKnown())
        json.number(mailbox.usedBytes);
    else
        json.null();
    // A store counts a mailbox's versions: a number, like every other number. A SCIM server's
    // version is an opaque tag (an ETag such as W/"3"), kept as the text it is.
    json.key("version"_L1);
    bool isNumber = false;
    const qint64 version = mailbox.version.toLongLong(&isNumber);
    if (isNumber)
        json.number(version);
    else
        json.string(mailbox.version);
    json.endObject();
}

QByteArray OutputFormatter::mailboxJson(const Mailbox &mailbox, const QString &generatedPassword)
{
    JsonWriter json;
    writeMailbox(json, mailbox, generatedPassword);
    return json.take();
}

QByteArray OutputFormatter::mailboxListJson(
    const QString &domain, int offset, const QList<Mailbox> &mailboxes, bool hasMore)
{
    // A mailbox takes about 550 bytes.
    JsonWriter json(640 * mailboxes.size() + 256);
    json.beginObject();
    json.key("domain"_L1);
    json.string(domain);
    json.key("hasMore"_L1);
    json.boolean(hasMore);
    json.key("mailboxes"_L1);
    json.beginArray();
    for (const Mailbox &mailbox : mailboxes)
        writeMailbox(json, mailbox);
    json.endArray();
    json.key("offset"_L1);
    json.number(offset);
    json.endObject();
    return json.take();
}

QJsonObject OutputFormatter::passwordPolicyJson(const PasswordPolicy &policy)
{
    return QJsonObject {
        { u"preset"_s, PasswordPolicy::presetName(policy.preset) },
        { u"minLength"_s, policy.minLength },
        { u"maxLength"_s, policy.maxLength },
        { u"requireLowercase"_s, policy.requireLowercase },
        { u"requireUppercase"_s, policy.requireUppercase },
        { u"requireDigit"_s, policy.requireDigit },
        { u"requireSymbol"_s, policy.requireSymbol },
        { u"allowedSymbols"_s, policy.allowedSymbols },
        { u"forbidMailboxName"_s, policy.forbidMailboxName },
    };
}

QJsonObject OutputFormatter::domainJson(const DomainDetails &details)
{
    const Domain &domain = details.domain;
    if (!details.limitsKnown) {
        // What the server does not state is null, never a number it did not give.
        const QJsonValue unknown(QJsonValue::Null);
        return QJsonObject {
            { u"name"_s, domain.name },
            { u"limitsKnown"_s, false },
            { u"totalSpaceMb"_s, unknown },
            { u"maxMailboxes"_s, unknown },
            { u"maxMailboxQuotaMb"_s, unknown },
            { u"archivingAvailable"_s, unknown },
            { u"passwordPolicy"_s, unknown },
            { u"language"_s, unknown },
            { u"mailboxCount"_s, details.mailboxCount },
            { u"allocatedMb"_s, unknown },
            { u"usedBytes"_s, unknown },
            { u"usageNotReported"_s, unknown },
            { u"freeSpaceMb"_s, unknown },
            { u"freeMailboxes"_s, unknown },
        };
    }
    return QJsonObject {
        { u"name"_s, domain.name },
        { u"limitsKnown"_s, true },
        { u"totalSpaceMb"_s, domain.totalSpaceMb },
        { u"maxMailboxes"_s, domain.maxMailboxes },
        { u"maxMailboxQuotaMb"_s, domain.maxMailboxQuotaMb },
        { u"archivingAvailable"_s, domain.archivingAvailable },
        { u"passwordPolicy"_s, passwordPolicyJson(domain.passwordPolicy) },
        // null where the server does not state it (SCIM).
        { u"language"_s, domain.language.isEmpty() ? QJsonValue() : QJsonValue(domain.language) },
        { u"mailboxCount"_s, details.mailboxCount },
        { u"allocatedMb"_s, details.allocatedMb },
        // The sum of the reported usages; null where none is reported. usageNotReported counts the
        // mailboxes left out of it.
        { u"usedBytes"_s, details.usageUnknown() ? QJsonValue() : QJsonValue(details.usedBytes) },
        { u"usageNotReported"_s, details.usageNotReported },
        { u"freeSpaceMb"_s, details.freeSpaceMb() },
        { u"freeMailboxes"_s, details.freeMailboxes() },
    };
}

QJsonObject OutputFormatter::errorJson(const QString &code, const QString &message)
{
    return QJsonObject { { u"error"_s, QJsonObject { { u"code"_s, code }, { u"message"_s, message } } } };
}

QByteArray OutputFormatter::jsonText(const QJsonObject &object)
{
    JsonWriter json;
    json.value(object);
    return json.take();
}

QString OutputFormatter::status(bool enabled)
{
    return enabled ? tr("enabled", "mailbox status") : tr("disabled", "mailbox status");
}

QString OutputFormatter::yesNo(bool value)
{
    return value ? tr("yes") : tr("no");
}

QString OutputFormatter::size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString OutputFormatter::sizeMb(qint64 megabytes)
{
    return size(limits::bytesFromMb(megabytes));
}

QString OutputFormatter::date(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return QLocale().toString(dateTime.toLocalTime(), QLocale::ShortFormat);
}

QString OutputFormatter::passwordPolicyText(const PasswordPolicy &policy)
{
    QString preset;
    switch (policy.preset) {
    case PasswordPolicy::Preset::Poste:
        preset = tr("Poste");
        break;
    case PasswordPolicy::Preset::Aruba:
        preset = tr("Aruba");
        break;
    case PasswordPolicy::Preset::Custom:
        preset = tr("custom");
        break;
    }
    QStringList requirements;
    if (policy.allowedSymbols.isEmpty())
        requirements << tr("%1 to %2 letters and digits").arg(policy.minLength).arg(policy.maxLength);
    else
        requirements << tr("%1 to %2 characters").arg(policy.minLength).arg(policy.maxLength)
                     << tr("symbols %1").arg(policy.allowedSymbols);
    if (policy.requireLowercase)
        requirements << tr("a lowercase letter");
    if (policy.requireUppercase)
        requirements << tr("an uppercase letter");
    if (policy.requireDigit)
        requirements << tr("a digit");
    if (policy.requireSymbol)
        requirements << tr("a symbol");
    if (policy.forbidMailboxName)
        requirements << tr("must not contain the mailbox name");
    return tr("%1 (%2)", "password policy: preset (requirements)").arg(preset, requirements.join(u", "_s));
}

QString OutputFormatter::table(
    const QStringList &headers, const QList<QStringList> &rows, const QList<int> &rightAligned)
{
    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths.append(header.size());
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size() && column < widths.size(); ++column)
            widths[column] = std::max(widths.at(column), row.at(column).size());
    }
    QList<bool> right(widths.size(), false);
    for (const int column : rightAligned) {
        if (column >= 0 && column < right.size())
            right[column] = true;
    }

    // Written once into a text of the size it takes, each cell padded in place.
    qsizetype lineSize = 1;
    for (const qsizetype width : std::as_const(widths))
        lineSize += width + 2;
    QString text;
    text.reserve(lineSize * (rows.size() + 1));
    const auto pad = [&text](qsizetype spaces) {
        if (spaces > 0)
            text.resize(text.size() + spaces, u' ');
    };
    const auto line = [&](const QStringList &cells) {
        for (qsizetype column = 0; column < widths.size(); ++column) {
            const QStringView cell = column < cells.size() ? QStringView(cells.at(column)) : QStringView();
            const qsizetype padding = widths.at(column) - cell.size();
            if (column > 0)
                text += u"  ";
            if (right.at(column)) {
                pad(padding);
                text += cell;
            } else {
                text += cell;
                if (column < widths.size() - 1)
                    pad(padding);
            }
        }
        text += u'\n';
    };

    line(headers);
    for (const QStringList &row : rows)
        line(row);
    return text;
}

QString OutputFormatter::fields(const QList<std::pair<QString, QString>> &fields)
{
    qsizetype width = 0;
    for (const auto &[label, value] : fields)
        width = std::max(width, label.size() + 1);
    QString text;
    for (const auto &[label, value] : fields)
        text += QString(label + u':').leftJustified(width + 2) + value + u'\n';
    return text;
}

QString OutputFormatter::mailboxTable(const QList<Mailbox> &mailboxes)
{
    const QStringList headers
        = { tr("Address"), tr("Status"), tr("Used"), tr("Quota"), tr("Soft quota"), tr("Archiving"), tr("Created") };
    // The words every row repeats, translated once.
    const QString enabled = status(true);
    const QString disabled = status(false);
    const QString notReported = tr("not reported", "usage");
    const QString none = tr("none", "soft quota");
    const QString yes = yesNo(true);
    const QString no = yesNo(false);
    QList<QStringList> rows;
    rows.reserve(mailboxes.size());
    for (const Mailbox &mailbox : mailboxes) {
        rows.append({ mailbox.address(), mailbox.enabled ? enabled : disabled,
            mailbox.usageKnown() ? size(mailbox.usedBytes) : notReported, sizeMb(mailbox.quotaMb),
            mailbox.softQuotaMb > 0 ? sizeMb(mailbox.softQuotaMb) : none, mailbox.archiving ? yes : no,
            date(mailbox.created) });
    }
    return table(headers, rows, { 2, 3, 4 });
}

QString OutputFormatter::mailboxDetails(const Mailbox &mailbox)
{
    const int percent = limits::percent(mailbox.usedBytes, limits::bytesFromMb(mailbox.quotaMb));
    return fields({
        { tr("Address"), mailbox.address() },
        { tr("Status"), status(mailbox.enabled) },
        { tr("Used"),
            mailbox.usageKnown() ? tr("%1 (%2% of the quota)").arg(size(mailbox.usedBytes)).arg(percent)
                                 : tr("not reported by the mail server") },
        { tr("Usage reported"),
            mailbox.usageUpdated.isValid() ? date(mailbox.usageUpdated) : tr("never, by the mail server") },
        { tr("Disk quota"), sizeMb(mailbox.quotaMb) },
        { tr("Soft quota"), mailbox.softQuotaMb > 0 ? sizeMb(mailbox.softQuotaMb) : tr("none", "soft quota") },
        { tr("Soft-quota alarm sent"),
            !mailbox.softQuotaAlarmKnown           ? tr("not reported by the mail server")
                : mailbox.softQuotaAlarm.isValid() ? date(mailbox.softQuotaAlarm)
                                                   : tr("never", "soft-quota alarm") },
        { tr("Conservazione sostitutiva"), yesNo(mailbox.archiving) },
        { tr("Must change password"), yesNo(mailbox.mustChangePassword) },
        { tr("Created"), date(mailbox.created) },
    });
}

QString OutputFormatter::domainUsage(const DomainDetails &details, bool detailed)
{
    if (details.usageComplete())
        return size(details.usedBytes);
    if (details.usageUnknown())
        return detailed ? tr("not reported by the mail server") : tr("not reported", "usage");
    if (!detailed) {
        //: A domain's usage where some mailboxes' usage is not reported: "at least 1.2 GB"
        return tr("at least %1").arg(size(details.usedBytes));
    }
    //: "at least 1.2 GB (2 mailboxes not reported by the mail server)"
    return tr("at least %1 (%n mailboxes not reported by the mail server)", nullptr, details.usageNotReported)
        .arg(size(details.usedBytes));
}

QString OutputFormatter::domainTable(const QList<DomainDetails> &domains)
{
    const QStringList headers = { tr("Domain"), tr("Mailboxes"), tr("Allocated"), tr("Total space"), tr("Used"),
        tr("Max quota"), tr("Archiving"), tr("Password policy") };
    QList<QStringList> rows;
    for (const DomainDetails &details : domains) {
        const Domain &domain = details.domain;
        if (!details.limitsKnown) {
            //: A cell of the domain table whose value the server does not give
            const QString unknown = tr("not stated");
            rows.append({ domain.name, QString::number(details.mailboxCount), unknown, unknown, unknown, unknown,
                unknown, unknown });
            continue;
        }
        rows.append({ domain.name,
            tr("%1 of %2", "mailboxes: count of limit").arg(details.mailboxCount).arg(domain.maxMailboxes),
            sizeMb(details.allocatedMb), sizeMb(domain.totalSpaceMb), domainUsage(details, false),
            sizeMb(domain.maxMailboxQuotaMb), yesNo(domain.archivingAvailable),
            PasswordPolicy::presetName(domain.passwordPolicy.preset) });
    }
    return table(headers, rows, { 1, 2, 3, 4, 5 });
}

QString OutputFormatter::domainDetails(const DomainDetails &details)
{
    const Domain &domain = details.domain;
    if (!details.limitsKnown) {
        //: A line of "domain show" whose value the server does not give
        const QString unknown = tr("not stated by the server");
        return fields({
                   { tr("Domain"), domain.name },
                   { tr("Mailboxes"),
                       tr("%1 (the server does not state a limit)", "mailboxes: count").arg(details.mailboxCount) },
                   { tr("Total space"), unknown },
                   { tr("Allocated"), unknown },
                   { tr("Used"), unknown },
                   { tr("Largest mailbox quota"), unknown },
                   { tr("Conservazione sostitutiva"), unknown },
                   { tr("Password policy"), unknown },
                   { tr("Language of the messages to users"), unknown },
               })
            + u'\n'
            + tr("The server does not state this domain's limits: it checks them itself when a mailbox is created "
                 "or changed, and says why it refuses.")
            + u'\n';
    }
    return fields({
        { tr("Domain"), domain.name },
        { tr("Mailboxes"),
            // %n only replaces counts of 0 or more: a domain above its limit has none free.
            tr("%1 of %2 (%n free)", "mailboxes: count of limit", std::max(details.freeMailboxes(), 0))
                .arg(details.mailboxCount)
                .arg(domain.maxMailboxes) },
        { tr("Total space"), sizeMb(domain.totalSpaceMb) },
        { tr("Allocated"),
            tr("%1 (%2 left)").arg(sizeMb(details.allocatedMb), sizeMb(std::max<qint64>(details.freeSpaceMb(), 0))) },
        { tr("Used"), domainUsage(details, true) },
        { tr("Largest mailbox quota"), sizeMb(domain.maxMailboxQuotaMb) },
        { tr("Conservazione sostitutiva"), domain.archivingAvailable ? tr("available") : tr("not available") },
        { tr("Password policy"), passwordPolicyText(domain.passwordPolicy) },
        { tr("Language of the messages to users"), domainLanguageText(domain.language) },
    });
}

QString OutputFormatter::domainLanguageText(const QString &language)
{
    if (language.isEmpty())
        return tr("not stated by the server");
    if (language == u"it")
        return tr("Italian (it)");
    if (language == u"en")
        return tr("English (en)");
    //: A language the store holds that the program does not offer (set by hand): its code
    return tr("“%1” (the mail server writes in English)").arg(language);
}

} // namespace pecadmin
