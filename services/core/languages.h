#pragma once

#include <QLocale>
#include <QMutex>
#include <QObject>
#include <QTranslator>

#include <functional>
#include <memory>

namespace pecadmin {

// The application's language: its own catalogue and Qt's, installed on the application and
// switched at run time (every window then receives QEvent::LanguageChange). A catalogue is read
// from its file when the first text is translated, not when it is installed: a command that
// prints no sentence does not pay for reading it.
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
    // A translator that loads its catalogue (with `load`) on the first translation asked of it,
    // from whichever thread asks.
    class LazyTranslator : public QTranslator
    {
    public:
        void setLoader(std::function<bool(QTranslator &)> load);
        QString translate(
            const char *context, const char *sourceText, const char *disambiguation, int n) const override;
        bool isEmpty() const override { return false; }

    private:
        mutable QMutex m_mutex;
        std::function<bool(QTranslator &)> m_load;
        mutable std::unique_ptr<QTranslator> m_catalogue;
    };

    LazyTranslator m_appTranslator;
    LazyTranslator m_qtTranslator;
    QString m_language;
};

} // namespace pecadmin
