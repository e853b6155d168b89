// Every shell example of README.md runs as it is written: each ```sh block, except those that
// an HTML comment just above marks as not run here (they build or start the program), is run
// by bash with the built pecadmin-cli first on the PATH, in a scratch folder that holds a link
// to the repository's docs/ (the examples' CSV files), and fails on the first command that
// fails.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Example
{
    int line = 0; // where the block starts in README.md
    QString script;
};

QList<Example> shellExamples(const QString &readme, int *skipped)
{
    QList<Example> examples;
    const QStringList lines = readme.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed() != u"```sh")
            continue;
        const bool notRun = i > 0 && lines.at(i - 1).startsWith(u"<!-- Not run by tests/cli/tst_readmeexamples"_s);
        Example example;
        example.line = i + 1;
        int j = i + 1;
        for (; j < lines.size() && lines.at(j).trimmed() != u"```"; ++j)
            example.script += lines.at(j) + u'\n';
        i = j;
        if (notRun)
            ++*skipped;
        else
            examples.append(example);
    }
    return examples;
}

} // namespace

class TestReadmeExamples : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyExampleRuns_data();
    void everyExampleRuns();
};

void TestReadmeExamples::everyExampleRuns_data()
{
    QTest::addColumn<QString>("script");
    QFile readme(QStringLiteral(PECADMIN_SOURCE_DIR "/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    int skipped = 0;
    const QList<Example> examples = shellExamples(QString::fromUtf8(readme.readAll()), &skipped);
    QVERIFY2(!examples.isEmpty(), "README.md has no shell example left to run");
    QVERIFY2(skipped <= 3, "more README examples are marked as not run than the three that build the program");
    for (const Example &example : examples)
        QTest::addRow("README.md line %d", example.line) << example.script;
}

void TestReadmeExamples::everyExampleRuns()
{
    QFETCH(QString, script);
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    QVERIFY(QFile::link(QStringLiteral(PECADMIN_SOURCE_DIR "/docs"), scratch.filePath(u"docs"_s)));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString cliFolder = QFileInfo(QStringLiteral(PECADMIN_CLI_PATH)).absolutePath();
    environment.insert(u"PATH"_s, cliFolder + QDir::listSeparator() + environment.value(u"PATH"_s));
    // Nothing of the user's: the store, the settings and mktemp's folders are the scratch folder's.
    environment.insert(u"HOME"_s, scratch.filePath(u"home"_s));
    environment.insert(u"XDG_DATA_HOME"_s, scratch.filePath(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, scratch.filePath(u"config"_s));
    environment.insert(u"TMPDIR"_s, scratch.path());
    environment.insert(u"PECADMIN_STORE"_s, scratch.filePath(u"default.sqlite"_s));
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    environment.remove(u"PECADMIN_PASSWORD"_s);

    QProcess bash;
    bash.setProcessEnvironment(environment);
    bash.setWorkingDirectory(scratch.path());
    // Stop at the first command that fails, and say which.
    const QString prologue = u"set -eo pipefail\ntrap 'echo \"failed ($?): $BASH_COMMAND\" >&2' ERR\n"_s;
    bash.start(u"bash"_s, { u"-c"_s, prologue + script });
    QVERIFY(bash.waitForStarted(30000));
    QVERIFY(bash.waitForFinished(300000));
    const QByteArray err = bash.readAllStandardError();
    const QByteArray out = bash.readAllStandardOutput();
    QVERIFY2(bash.exitStatus() == QProcess::NormalExit && bash.exitCode() == 0,
        QByteArray(err + "\n--- standard output:\n" + out.right(2000)).constData());
    // The example's own scratch store, not the one the test names.
    QVERIFY(!QFileInfo::exists(scratch.filePath(u"default.sqlite"_s)));
}

QTEST_GUILESS_MAIN(TestReadmeExamples)
#include "tst_readmeexamples.moc"
