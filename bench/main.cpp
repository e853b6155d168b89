#include "benchmark.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace pecadmin;

int main(int argc, char *argv[])
{
    // The main window is measured without a screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("pecadmin-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures PEC Admin on a store of a million mailboxes (10 domains of 100,000): medians over repeated runs."));
    parser.addHelpOption();
    const QCommandLineOption quickOption(QStringLiteral("quick"),
        QStringLiteral("A store of 100,000 mailboxes (10 domains of 10,000), fewer runs and creations: a check that "
                       "the program works, in about a minute."));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
        QStringLiteral("Repetitions of each measurement (default 5, 3 with --quick)."), QStringLiteral("N"));
    const QCommandLineOption creationsOption(QStringLiteral("creations"),
        QStringLiteral("Mailboxes created with passwords through the service (default 10000, 200 with --quick)."),
        QStringLiteral("N"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
        QStringLiteral("Keep the generated store in PATH, and reuse the one already generated there."),
        QStringLiteral("PATH"));
    const QCommandLineOption loadOption(QStringLiteral("load"),
        QStringLiteral("Measure every figure held against its floor a second time with one busy thread started by the "
                       "bench: a known load, so that runs on a shared machine can be compared."));
    const QCommandLineOption cliOption(QStringLiteral("cli"),
        QStringLiteral("The pecadmin-cli to measure (default: the one built next to the bench)."),
        QStringLiteral("PATH"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
        QStringLiteral(
            "Only these sections, comma-separated: page, filter, sort, cli, window, scroll, create, history (the first "
            "page of a domain's history of 1,000,000 entries, 100,000 with --quick, in a store of its own), replica "
            "(first page, search and sort on the copy kept for offline work of a domain, against the local store)."),
        QStringLiteral("LIST"));
    const QCommandLineOption domainsOption(
        QStringLiteral("domains"), QStringLiteral("Domains in the generated store (default 10)."), QStringLiteral("N"));
    const QCommandLineOption perDomainOption(QStringLiteral("per-domain"),
        QStringLiteral("Mailboxes in each domain (default 100000, 10000 with --quick)."), QStringLiteral("N"));
    parser.addOptions({ quickOption, runsOption, creationsOption, dirOption, loadOption, cliOption, onlyOption,
        domainsOption, perDomainOption });
    parser.process(app);

    Benchmark::Options options;
    options.quick = parser.isSet(quickOption);
    options.runs = options.quick ? 3 : 5;
    options.creations = options.quick ? 200 : 10000;
    if (parser.isSet(runsOption))
        options.runs = qMax(1, parser.value(runsOption).toInt());
    if (parser.isSet(creationsOption))
        options.creations = qMax(1, parser.value(creationsOption).toInt());
    options.dir = parser.value(dirOption);
    options.load = parser.isSet(loadOption);
    options.cli = parser.value(cliOption);
    options.only = parser.value(onlyOption);
    if (parser.isSet(domainsOption))
        options.domains = qMax(1, parser.value(domainsOption).toInt());
    if (parser.isSet(perDomainOption))
        options.perDomain = qMax(1, parser.value(perDomainOption).toInt());

    Benchmark benchmark(options);
    return benchmark.run();
}
