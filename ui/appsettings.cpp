#include "appsettings.h"

#include <QSettings>

namespace pecadmin {

namespace {
const QString geometryKey = QStringLiteral("MainWindow/geometry");
const QString stateKey = QStringLiteral("MainWindow/state");
const QString splitterKey = QStringLiteral("MainWindow/splitter");
const QString headerKey = QStringLiteral("MainWindow/mailboxHeader");
const QString storeKey = QStringLiteral("Store/path");
const QString domainKey = QStringLiteral("Store/lastDomain");
const QString languageKey = QStringLiteral("General/language");
} // namespace

AppSettings::AppSettings(QSettings &settings) : m_settings(settings)
{ }

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(geometryKey).toByteArray();
}
void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(geometryKey, geometry);
}
QByteArray AppSettings::windowState() const
{
    return m_settings.value(stateKey).toByteArray();
}
void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(stateKey, state);
}
QByteArray AppSettings::splitterState() const
{
    return m_settings.value(splitterKey).toByteArray();
}
void AppSettings::setSplitterState(const QByteArray &state)
{
    m_settings.setValue(splitterKey, state);
}
QByteArray AppSettings::headerState() const
{
    return m_settings.value(headerKey).toByteArray();
}
void AppSettings::setHeaderState(const QByteArray &state)
{
    m_settings.setValue(headerKey, state);
}
QString AppSettings::storePath() const
{
    return m_settings.value(storeKey).toString();
}
void AppSettings::setStorePath(const QString &path)
{
    m_settings.setValue(storeKey, path);
}
QString AppSettings::lastDomain() const
{
    return m_settings.value(domainKey).toString();
}
void AppSettings::setLastDomain(const QString &domain)
{
    m_settings.setValue(domainKey, domain);
}
QString AppSettings::language() const
{
    return m_settings.value(languageKey).toString();
}
void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(languageKey, language);
}

void AppSettings::sync()
{
    m_settings.sync();
}

} // namespace pecadmin
