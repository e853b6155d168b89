#pragma once

#include <QList>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace pecadmin {

class LocalMailboxService;

// Measures what a provider with a million mailboxes feels: generating the store, opening it,
// the first page of a large domain, a keystroke in the search field, sorting, scrolling to the
// end, the main window's first paint, the memory all that takes, creating mailboxes with
// passwords against the cost of the hashes alone, and the first page of the history of a
// domain of a million entries against the bare SQL statement. Prints one line per figure: the median
// over the runs, with the fastest and slowest.
class Benchmark
{
public:
    struct Options
    {
        bool quick = false;
        int runs = 5;
        int creations = 10000;
        QString dir; // empty: a temporary folder
        bool historyOnly = false;
    };

    explicit Benchmark(const Options &options);
    ~Benchmark();

    // Runs every measurement; 0 on success, 1 when something failed (the reason on stderr).
    int run();

private:
    bool prepareStore();
    bool measureOpenAndFirstPage();
    bool measureFilters();
    bool measureSorting();
    bool measureScrolling();
    bool measureMainWindow();
    bool measureCreations();
    bool measureHistory();

    std::shared_ptr<LocalMailboxService> openService(const QString &path, double *elapsedMs = nullptr);
    QString bigDomain(int run) const;

    void printMachine() const;
    void report(const QString &what, const QList<double> &values, const QString &unit = QStringLiteral("ms"));
    void line(const QString &text);

    Options m_options;
    int m_domains = 10;
    int m_perDomain = 100000;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_folder;
    QString m_storePath;
};

} // namespace pecadmin
