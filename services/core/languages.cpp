#include "languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace pecadmin {

Languages::Languages(QObject *parent) : QObject(parent)
{ }

QStringList Languages::available()
{
    return { QStringLiteral("en"), QStringLiteral("it") };
}

QString Languages::languageFor(const QLocale &locale)
{
    const QString name = QLocale::languageToCode(locale.language());
    return available().contains(name) ? name : QStringLiteral("en");
}

bool Languages::setLanguage(const QString &language)
{
    const QString chosen = available().contains(language) ? language : QStringLiteral("en");
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);

    const QLocale locale(chosen == u"it" ? QLocale(QLocale::Italian, QLocale::Italy)
                                         : QLocale(QLocale::English, QLocale::UnitedKingdom));
    QLocale::setDefault(locale);

    const bool loaded = m_appTranslator.load(QStringLiteral(":/i18n/pecadmin_") + chosen);
    if (loaded)
        QCoreApplication::installTranslator(&m_appTranslator);
    if (m_qtTranslator.load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    m_language = chosen;
    return loaded;
}

} // namespace pecadmin
