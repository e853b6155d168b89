#include "demodata.h"

#include "core/passwordpolicy.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace pecadmin {

Domain DemoData::domain()
{
    Domain domain;
    domain.name = u"pec.example.it"_s;
    domain.totalSpaceMb = qint64(50) * 1024;
    domain.maxMailboxes = 200;
    domain.maxMailboxQuotaMb = 1024;
    domain.archivingAvailable = true;
    domain.passwordPolicy = PasswordPolicy::poste();
    return domain;
}

QList<StoredMailbox> DemoData::mailboxes(const QDate &day)
{
    // The people of an office first, then its functional mailboxes.
    static const char *const names[] = {
        "mario.rossi",
        "giulia.bianchi",
        "luca.ferrari",
        "francesca.russo",
        "marco.romano",
        "chiara.colombo",
        "alessandro.ricci",
        "sara.marino",
        "andrea.greco",
        "valentina.bruno",
        "giuseppe.gallo",
        "elena.conti",
        "davide.deluca",
        "martina.mancini",
        "stefano.costa",
        "federica.giordano",
        "matteo.rizzo",
        "silvia.lombardi",
        "roberto.moretti",
        "laura.barbieri",
        "paolo.fontana",
        "anna.santoro",
        "simone.mariani",
        "giorgia.rinaldi",
        "fabio.caruso",
        "alessia.ferrara",
        "riccardo.galli",
        "ilaria.martini",
        "antonio.leone",
        "camilla.longo",
        "segreteria",
        "protocollo",
        "amministrazione",
        "ufficio.tecnico",
        "ufficio.legale",
        "risorse.umane",
        "contabilita",
        "direzione",
        "gare.appalti",
        "fatturazione",
    };
    // How full each mailbox is, in percent of its quota: several above an 80 % soft quota,
    // one (sara.marino) nearly full.
    static const int usedPercent[] = { 12, 35, 67, 88, 5, 93, 45, 98, 22, 78, 51, 30, 8, 61, 84, 17, 40, 72, 26, 55, 3,
        47, 82, 19, 64, 9, 36, 70, 14, 58, 86, 91, 76, 42, 21, 33, 66, 81, 11, 49 };
    static const qint64 quotaCycle[] = { 512, 1024, 256, 512, 1024, 256, 512 };
    constexpr int count = int(sizeof names / sizeof names[0]);
    static_assert(sizeof usedPercent / sizeof usedPercent[0] == count);

    const QDateTime today(day, QTime(0, 0), Qt::UTC);
    QList<StoredMailbox> mailboxes;
    for (int i = 0; i < count; ++i) {
        StoredMailbox mailbox;
        mailbox.name = QString::fromLatin1(names[i]);
        const bool functional = i >= 30;
        mailbox.quotaMb = functional ? 1024 : quotaCycle[i % 7];
        mailbox.softQuotaMb = (i % 5 == 4) ? 0 : mailbox.quotaMb * 8 / 10;
        mailbox.usedBytes = mailbox.quotaMb * 1024 * 1024 / 100 * usedPercent[i] + qint64(i) * 40961;
        // The demo's mail server reported the usage at six this morning.
        mailbox.usageUpdated = today.addSecs(qint64(6) * 3600);
        mailbox.enabled = !(i == 9 || i == 18 || i == 27);
        mailbox.archiving = (functional && (i == 30 || i == 31 || i == 32 || i == 37)) || i % 6 == 0;
        mailbox.mustChangePassword = i % 8 == 3;
        // Spread over the past three years, the functional mailboxes among the oldest.
        const int daysAgo = functional ? 1000 + (i - 30) * 9 : 20 + i * 32 + (i * 7) % 11;
        mailbox.created = today.addDays(-daysAgo).addSecs(qint64(8 * 3600 + (i * 37 % 540) * 60));
        mailboxes.append(mailbox);
    }
    return mailboxes;
}

} // namespace pecadmin
