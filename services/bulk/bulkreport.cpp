#include "bulkreport.h"

namespace pecadmin {

int BulkReport::count(BulkReportEntry::Outcome outcome) const
{
    int n = 0;
    for (const BulkReportEntry &entry : entries) {
        if (entry.outcome == outcome)
            ++n;
    }
    return n;
}

bool BulkReport::complete() const
{
    return count(BulkReportEntry::Outcome::Failed) == 0 && count(BulkReportEntry::Outcome::NotDone) == 0;
}

QString BulkReport::outcomeText(const BulkReportEntry &entry, const QString &doneText)
{
    using Outcome = BulkReportEntry::Outcome;
    switch (entry.outcome) {
    case Outcome::Done:
        return doneText;
    case Outcome::Skipped:
        return entry.error ? tr("skipped: %1").arg(entry.error->message()) : tr("skipped");
    case Outcome::Failed:
        return entry.error ? tr("failed: %1").arg(entry.error->message()) : tr("failed");
    case Outcome::NotDone:
        return tr("not done");
    }
    return {};
}

void BulkReport::clearPasswords()
{
    for (BulkReportEntry &entry : entries) {
        entry.password.fill(QChar(0));
        entry.password.clear();
    }
}

} // namespace pecadmin
