// The details pane's "Soft-quota alarm sent" row, as a user and a screen reader meet it in English
// and in Italian: never sent, sent at a time (in the language's format), and not reported by a
// server that does not say; the value is read with its caption.
#include "core/languages.h"
#include "mailboxdetailspane.h"
#include "mailboxtablemodel.h"
#include "support/accessibilitycheck.h"
#include "support/findchild.h"
#include "valuelabel.h"

#include <QAccessible>
#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pecadmin;

namespace {

enum class Alarm { Never, Sent, NotReported };

Mailbox mailboxWith(Alarm alarm, const QDateTime &sent)
{
    Mailbox mailbox;
    mailbox.name = u"mario.rossi"_s;
    mailbox.domain = u"pec.example.it"_s;
    mailbox.enabled = true;
    mailbox.quotaMb = 1024;
    mailbox.softQuotaMb = 800;
    mailbox.usedBytes = qint64(850) * 1024 * 1024;
    mailbox.usageUpdated = sent;
    mailbox.created = QDateTime(QDate(2026, 1, 10), QTime(9, 0), Qt::UTC);
    mailbox.version = u"3"_s;
    mailbox.softQuotaAlarmKnown = alarm != Alarm::NotReported;
    if (alarm == Alarm::Sent)
        mailbox.softQuotaAlarm = sent;
    return mailbox;
}

} // namespace

class TestMailboxDetailsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void softQuotaAlarmRow_data();
    void softQuotaAlarmRow();
    void cleanup();

private:
    Languages m_languages;
};

void TestMailboxDetailsPane::cleanup()
{
    m_languages.setLanguage(u"en"_s);
}

void TestMailboxDetailsPane::softQuotaAlarmRow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("alarmState"); // Alarm
    QTest::addColumn<QString>("caption");
    QTest::addColumn<QString>("shown"); // empty: the time of the alarm, as the language writes it

    const QString english = u"Soft-quota alarm sent"_s;
    const QString italian = u"Allarme di superamento della soglia inviato"_s;
    QTest::newRow("en, never") << u"en"_s << int(Alarm::Never) << english << u"Never"_s;
    QTest::newRow("en, sent") << u"en"_s << int(Alarm::Sent) << english << QString();
    QTest::newRow("en, not reported") << u"en"_s << int(Alarm::NotReported) << english << u"Not reported"_s;
    QTest::newRow("it, never") << u"it"_s << int(Alarm::Never) << italian << u"Mai"_s;
    QTest::newRow("it, sent") << u"it"_s << int(Alarm::Sent) << italian << QString();
    QTest::newRow("it, not reported") << u"it"_s << int(Alarm::NotReported) << italian
                                      << u"Non comunicato dal server di posta"_s;
}

void TestMailboxDetailsPane::softQuotaAlarmRow()
{
    QFETCH(QString, language);
    QFETCH(int, alarmState);
    const auto alarm = Alarm(alarmState);
    QFETCH(QString, caption);
    QFETCH(QString, shown);
    QVERIFY(m_languages.setLanguage(language));
    const QDateTime sent(QDate(2026, 3, 14), QTime(15, 42), Qt::UTC);
    if (shown.isEmpty()) {
        shown = MailboxTableModel::formatDateTime(sent);
        // The language's own format: day before month in Italian, a four-digit year in both.
        QVERIFY2(shown.contains(u"2026"_s), qPrintable(shown));
        if (language == u"it")
            QVERIFY2(shown.startsWith(u"14/03/2026"_s), qPrintable(shown));
    }

    MailboxDetailsPane pane;
    pane.resize(460, 600);
    pane.setMailboxes({ mailboxWith(alarm, sent) });
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));

    auto *value = test::child<ValueLabel>(&pane, "softQuotaAlarmValueLabel");
    QVERIFY(value);
    QVERIFY(value->isVisible());
    QCOMPARE(pane.valueText(u"softQuotaAlarmValueLabel"_s), shown);
    QCOMPARE(value->text(), shown);
    // The caption beside it, tied to it.
    bool captioned = false;
    for (const QLabel *label : pane.findChildren<QLabel *>()) {
        if (label->buddy() == value) {
            QCOMPARE(label->text(), caption + u':');
            QVERIFY(label->isVisible());
            captioned = true;
        }
    }
    QVERIFY(captioned);

    // A screen reader reads the value with its caption, and the value on its own.
    QAccessibleInterface *spoken = QAccessible::queryAccessibleInterface(value);
    QVERIFY(spoken);
    QCOMPARE(spoken->text(QAccessible::Name), caption + u": "_s + shown);
    QCOMPARE(spoken->text(QAccessible::Value), shown);
    QVERIFY(test::checkAccessible(&pane, u"mailbox details (%1)"_s.arg(QString::fromUtf8(QTest::currentDataTag()))));

    // Switched at run time, the row speaks the other language.
    const QString other = language == u"it" ? u"en"_s : u"it"_s;
    QVERIFY(m_languages.setLanguage(other));
    QTRY_VERIFY(!QAccessible::queryAccessibleInterface(value)->text(QAccessible::Name).startsWith(caption));
    if (alarm != Alarm::Sent)
        QVERIFY(value->text() != shown);
}

QTEST_MAIN(TestMailboxDetailsPane)
#include "tst_mailboxdetailspane.moc"
