#pragma once

#include "core/domain.h"
#include "local/storedmailbox.h"

#include <QDate>
#include <QList>

namespace pecadmin {

// The demo domain pec.example.it and its mailboxes: fixed data, so that the demo looks the
// same every time (SqlStore::addDemoDomain()).
class DemoData
{
public:
    static Domain domain();
    // The people of an office and its functional mailboxes, in several states and sizes,
    // created over the three years before `day`. Their passwords are left to the store.
    static QList<StoredMailbox> mailboxes(const QDate &day);
};

} // namespace pecadmin
