#include "core/result.h"
#include "core/serviceerror.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace pecadmin;

namespace {

// A catalogue that answers every lookup of the ServiceError context, as a language would.
class UpperCaseTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int n) const override
    {
        if (qstrcmp(context, "ServiceError") != 0)
            return {};
        QString text = QString::fromUtf8(sourceText).toUpper();
        return n >= 0 ? text.replace(QStringLiteral("%N"), QStringLiteral("%n")) : text;
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestServiceError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messageFollowsLanguage();
    void plural();
    void result();
    void codeNames();
};

void TestServiceError::messageFollowsLanguage()
{
    const ServiceError error(ServiceError::Code::NotFound, QT_TRANSLATE_NOOP("ServiceError", "No mailbox %1."),
        { QStringLiteral("mario@pec.example.it") });
    QCOMPARE(error.message(), QStringLiteral("No mailbox mario@pec.example.it."));
    UpperCaseTranslator translator;
    QCoreApplication::installTranslator(&translator);
    // The message is translated when read, so a language switch reaches errors already made.
    QCOMPARE(error.message(), QStringLiteral("NO MAILBOX mario@pec.example.it."));
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(error.message(), QStringLiteral("No mailbox mario@pec.example.it."));
}

void TestServiceError::plural()
{
    const ServiceError one(
        ServiceError::Code::MailboxLimitReached, QT_TRANSLATE_N_NOOP("ServiceError", "Limit of %n mailboxes."), {}, 1);
    QCOMPARE(one.message(), QStringLiteral("Limit of 1 mailboxes."));
    const ServiceError many(ServiceError::Code::MailboxLimitReached,
        QT_TRANSLATE_N_NOOP("ServiceError", "Limit of %n mailboxes."), {}, 200);
    QCOMPARE(many.message(), QStringLiteral("Limit of 200 mailboxes."));
}

void TestServiceError::result()
{
    Result<int> value(42);
    QVERIFY(value.ok());
    QCOMPARE(value.value(), 42);
    Result<int> failed(ServiceError(ServiceError::Code::Conflict, "x"));
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code(), ServiceError::Code::Conflict);
    Result<int> empty;
    QVERIFY(!empty.ok());
}

void TestServiceError::codeNames()
{
    QSet<QString> names;
    for (int code = int(ServiceError::Code::Validation); code <= int(ServiceError::Code::Cancelled); ++code)
        names.insert(ServiceError::codeName(ServiceError::Code(code)));
    QCOMPARE(names.size(), int(ServiceError::Code::Cancelled) + 1);
    QVERIFY(!names.contains(QStringLiteral("unknown")));
}

QTEST_GUILESS_MAIN(TestServiceError)
#include "tst_serviceerror.moc"
