#include "limits.h"

namespace pecadmin::limits {

ServiceError impossibleServerValue(const QString &field, const QString &value)
{
    return ServiceError(ServiceError::Code::Server,
        QT_TRANSLATE_NOOP("ServiceError", "The server sent an impossible value for %1: %2."),
        { field, shortened(value) });
}

ServiceError impossibleStoredValue(const QString &field, const QString &value)
{
    return ServiceError(ServiceError::Code::Storage,
        QT_TRANSLATE_NOOP("ServiceError", "The store holds an impossible value for %1: %2. The store is damaged."),
        { field, shortened(value) });
}

} // namespace pecadmin::limits
