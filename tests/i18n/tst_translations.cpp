#include "core/languages.h"
#include "core/serviceerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>
#include <algorithm>

using namespace pecadmin;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool finished = true;
    QStringList translations; // one per plural form, or one
};

QList<Message> readCatalogue(const QString &path, QString *language)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS") {
                *language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                current = Message();
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            } else if (name == u"source") {
                current.source = xml.readElementText();
            } else if (name == u"translation") {
                const auto type = xml.attributes().value(QLatin1String("type"));
                current.finished = type.isEmpty();
                if (!current.numerus)
                    current.translations.append(xml.readElementText());
            } else if (name == u"numerusform") {
                current.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages.append(current);
        }
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueComplete_data();
    void catalogueComplete();
    void catalogueMatchesSources();
    void italianIsLoadedAtRunTime();
};

void TestTranslations::catalogueComplete_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expectedLanguage");
    QTest::newRow("English") << QStringLiteral(PECADMIN_TRANSLATIONS_DIR "/pecadmin_en.ts") << QStringLiteral("en");
    QTest::newRow("Italian") << QStringLiteral(PECADMIN_TRANSLATIONS_DIR "/pecadmin_it.ts") << QStringLiteral("it");
}

void TestTranslations::catalogueComplete()
{
    QFETCH(QString, path);
    QFETCH(QString, expectedLanguage);
    QString language;
    const QList<Message> messages = readCatalogue(path, &language);
    QVERIFY2(language.startsWith(expectedLanguage), qPrintable(language));
    QVERIFY2(messages.size() > 50, "the catalogue holds too few messages: run the update_translations target");
    QVERIFY(std::any_of(messages.cbegin(), messages.cend(), [](const Message &m) { return m.numerus; }));

    // The English catalogue carries only plural forms: every other text is its own source.
    const bool pluralsOnly = expectedLanguage == u"en";
    QStringList problems;
    for (const Message &message : messages) {
        const QString where = message.context + QStringLiteral(": ") + message.source.left(60);
        if (pluralsOnly && !message.numerus)
            continue;
        if (!message.finished) {
            problems << QStringLiteral("unfinished: ") + where;
            continue;
        }
        // Two plural forms in English and in Italian ("1 casella", "2 caselle").
        if (message.numerus && message.translations.size() != 2) {
            problems << QStringLiteral("plural forms missing: ") + where;
            continue;
        }
        for (const QString &translation : message.translations) {
            if (translation.trimmed().isEmpty()) {
                problems << QStringLiteral("empty: ") + where;
            } else if (placeholders(translation) != placeholders(message.source)
                && !(message.numerus
                    && placeholders(translation) + QSet<QString> { QStringLiteral("%n") }
                        == placeholders(message.source))) {
                problems << QStringLiteral("placeholders differ: ") + where;
            }
            if (translation.contains(QStringLiteral("...")))
                problems << QStringLiteral("three dots instead of an ellipsis: ") + where;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::catalogueMatchesSources()
{
    // Both catalogues hold the same messages: one was not refreshed without the other.
    QString language;
    QSet<QString> english, italian;
    for (const Message &m : readCatalogue(QStringLiteral(PECADMIN_TRANSLATIONS_DIR "/pecadmin_en.ts"), &language))
        english.insert(m.context + u'|' + m.source);
    for (const Message &m : readCatalogue(QStringLiteral(PECADMIN_TRANSLATIONS_DIR "/pecadmin_it.ts"), &language))
        italian.insert(m.context + u'|' + m.source);
    QCOMPARE(english, italian);
}

void TestTranslations::italianIsLoadedAtRunTime()
{
    Languages languages;
    QVERIFY(languages.setLanguage(QStringLiteral("it")));
    QCOMPARE(QLocale().language(), QLocale::Italian);
    const ServiceError error(
        ServiceError::Code::Validation, QT_TRANSLATE_NOOP("ServiceError", "The two passwords are different."));
    QCOMPARE(error.message(), QStringLiteral("Le due password sono diverse."));
    // Qt's own strings too, from qtbase_it.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annulla"));

    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    QCOMPARE(error.message(), QStringLiteral("The two passwords are different."));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
