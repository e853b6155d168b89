#include "storegenerator.h"

#include "core/limits.h"

#include <QDateTime>

#include <algorithm>
#include <numeric>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

const char *const firstNames[] = { "mario", "giulia", "luca", "francesca", "marco", "chiara", "alessandro", "sara",
    "andrea", "valentina", "giuseppe", "elena", "davide", "martina", "stefano", "federica", "matteo", "silvia",
    "roberto", "laura", "paolo", "anna", "simone", "giorgia", "fabio", "alessia", "riccardo", "ilaria", "antonio",
    "camilla", "rosa", "giovanni", "lorenzo", "beatrice", "nicola", "paola", "franco", "teresa", "michele", "sofia" };

const char *const surnames[] = { "rossi", "bianchi", "ferrari", "russo", "romano", "colombo", "ricci", "marino",
    "greco", "bruno", "gallo", "conti", "deluca", "mancini", "costa", "giordano", "rizzo", "lombardi", "moretti",
    "barbieri", "fontana", "santoro", "mariani", "rinaldi", "caruso", "ferrara", "galli", "martini", "leone", "longo",
    "gentile", "martinelli", "vitale", "lombardo", "serra", "coppola", "desantis", "dangelo", "marchetti", "parisi",
    "villa", "conte", "ferraro", "ferri", "fabbri", "bianco", "marini", "grasso", "valentini", "messina", "sala",
    "benedetti", "bernardi", "esposito", "amato", "silvestri", "ambrosi", "rossetti", "pellegrini", "palumbo" };

const char *const functionalNames[] = { "segreteria", "protocollo", "amministrazione", "ufficio.tecnico",
    "ufficio.legale", "risorse.umane", "contabilita", "direzione", "gare.appalti", "fatturazione" };

constexpr int firstCount = int(sizeof firstNames / sizeof firstNames[0]);
constexpr int surnameCount = int(sizeof surnames / sizeof surnames[0]);
constexpr int functionalCount = int(sizeof functionalNames / sizeof functionalNames[0]);

// Every number from 0 names a different mailbox: the functional ones first, then each
// first name with each surname, then the same with a number behind ("mario.rossi2").
QString nameFor(int number)
{
    if (number < functionalCount)
        return QString::fromLatin1(functionalNames[number]);
    const int n = number - functionalCount;
    const int person = n % (firstCount * surnameCount);
    const int round = n / (firstCount * surnameCount);
    QString name = QString::fromLatin1(firstNames[person % firstCount]) + u'.'
        + QString::fromLatin1(surnames[person / firstCount]);
    if (round > 0)
        name += QString::number(round + 1);
    return name;
}

} // namespace

QString StoreGenerator::domainName(int index)
{
    return u"bench%1.pec.example.it"_s.arg(index + 1, 2, 10, QLatin1Char('0'));
}

Domain StoreGenerator::domain(int index, int mailboxes)
{
    Domain domain;
    domain.name = domainName(index);
    domain.maxMailboxes = mailboxes * 2 + 10;
    domain.maxMailboxQuotaMb = 1024;
    // A domain of a million mailboxes reaches the largest total a domain may have.
    domain.totalSpaceMb = std::min(qint64(domain.maxMailboxes) * 1024, limits::maxSizeMb);
    domain.archivingAvailable = true;
    domain.passwordPolicy = PasswordPolicy::poste();
    return domain;
}

QList<StoredMailbox> StoreGenerator::mailboxes(int index, int count) const
{
    std::mt19937 random(m_seed + quint32(index) * 7919u);
    std::vector<int> order(static_cast<size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), random);

    static const qint64 quotas[] = { 256, 512, 512, 1024, 1024, 1024 };
    const qint64 threeYearsMs = qint64(3) * 365 * 24 * 3600 * 1000;
    const qint64 now = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    std::uniform_int_distribution<int> percent(0, 99);
    std::uniform_int_distribution<qint64> age(0, threeYearsMs);

    QList<StoredMailbox> list;
    list.reserve(count);
    for (const int number : order) {
        StoredMailbox mailbox;
        mailbox.name = nameFor(number);
        mailbox.quotaMb = quotas[size_t(percent(random)) % (sizeof quotas / sizeof quotas[0])];
        const int fill = percent(random);
        mailbox.usedBytes = mailbox.quotaMb * 1024 * 1024 / 100 * fill + percent(random) * 4099;
        mailbox.softQuotaMb = percent(random) < 70 ? mailbox.quotaMb * 8 / 10 : 0;
        mailbox.enabled = percent(random) >= 5;
        mailbox.archiving = percent(random) < 20;
        mailbox.mustChangePassword = percent(random) < 10;
        mailbox.created = QDateTime::fromMSecsSinceEpoch(now - age(random), Qt::UTC);
        // One mailbox in twenty has no usage reported by the mail server yet.
        if (number % 20 != 7)
            mailbox.usageUpdated = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
        list.append(mailbox);
    }
    return list;
}

Result<int> StoreGenerator::generate(SqlStore &store, int domains, int perDomain) const
{
    constexpr int batch = 50000;
    int written = 0;
    for (int index = 0; index < domains; ++index) {
        const Result<Domain> added = store.addDomain(domain(index, perDomain));
        if (!added)
            return added.error();
        const QList<StoredMailbox> all = mailboxes(index, perDomain);
        for (qsizetype from = 0; from < all.size(); from += batch) {
            const Result<int> done = store.bulkInsert(added.value().name, all.mid(from, batch));
            if (!done)
                return done;
            written += done.value();
        }
    }
    return written;
}

} // namespace pecadmin
