#include "mailboxservice.h"

namespace pecadmin {

MailboxService::~MailboxService() = default;

} // namespace pecadmin
