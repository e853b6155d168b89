#pragma once

#include "core/domain.h"
#include "local/sqlstore.h"

#include <QList>
#include <QString>

namespace pecadmin {

// Realistic, reproducible store contents for benchmarks and scale tests: domains of people's
// mailboxes ("giulia.bianchi", "mario.rossi17") and a few functional ones, with sizes,
// states and creation dates spread the way a real provider's are. The same seed gives the
// same mailboxes.
class StoreGenerator
{
public:
    explicit StoreGenerator(quint32 seed = 20240917) : m_seed(seed) { }

    // "bench01.pec.example.it": the name of the domain number `index` (from 0).
    static QString domainName(int index);
    // A domain with room for `mailboxes` (plus its postmaster) and more.
    static Domain domain(int index, int mailboxes);
    // The mailboxes of domain number `index`, `count` of them, in a shuffled order (the
    // order of insertion is not the order of any column).
    QList<StoredMailbox> mailboxes(int index, int count) const;

    // Adds `domains` domains of `perDomain` mailboxes each through SqlStore::bulkInsert, in
    // batches. Returns how many mailboxes were written.
    Result<int> generate(SqlStore &store, int domains, int perDomain) const;

private:
    quint32 m_seed;
};

} // namespace pecadmin
