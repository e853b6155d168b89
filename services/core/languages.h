#pragma once

#include <QLocale>
#include <QObject>
#include <QTranslator>

namespace pecadmin {

// The application's language: its own catalogue and Qt's, installed on the application and
// switched at run time (every window then receives QEvent::LanguageChange).
class Languages : public QObject
{
    Q_OBJECT
public:
    explicit Languages(QObject *parent = nullptr);

    // The languages the application speaks, as locale names: "en", "it".
    static QStringList available();
    // The language to use for `locale`: its own where the application speaks it, else English.
    static QString languageFor(const QLocale &locale);

    // Installs the catalogues of `language` ("it", "en") and makes it the default locale, so
    // that dates, numbers and sizes follow. Returns false if the catalogue cannot be loaded.
    bool setLanguage(const QString &language);
    QString language() const { return m_language; }

private:
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    QString m_language;
};

} // namespace pecadmin
