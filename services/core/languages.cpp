#include "languages.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QMutexLocker>

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

    const QString catalogue = QStringLiteral(":/i18n/pecadmin_") + chosen + QStringLiteral(".qm");
    const bool found = QFileInfo::exists(catalogue);
    if (found) {
        m_appTranslator.setLoader([catalogue](QTranslator &translator) { return translator.load(catalogue); });
        QCoreApplication::installTranslator(&m_appTranslator);
    }
    m_qtTranslator.setLoader([locale](QTranslator &translator) {
        return translator.load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    });
    QCoreApplication::installTranslator(&m_qtTranslator);
    m_language = chosen;
    return found;
}

void Languages::LazyTranslator::setLoader(std::function<bool(QTranslator &)> load)
{
    const QMutexLocker lock(&m_mutex);
    m_load = std::move(load);
    m_catalogue.reset();
}

QString Languages::LazyTranslator::translate(
    const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    const QMutexLocker lock(&m_mutex);
    if (!m_catalogue) {
        m_catalogue = std::make_unique<QTranslator>();
        if (m_load)
            m_load(*m_catalogue);
    }
    return m_catalogue->translate(context, sourceText, disambiguation, n);
}

} // namespace pecadmin
