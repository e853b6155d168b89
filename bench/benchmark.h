#pragma once

#include "sqlitefloor.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QTemporaryDir;

namespace pecadmin {

class LocalMailboxService;
class MailboxService;

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
        bool load = false; // every compared figure again, with one busy thread started by the bench
        QString cli; // pecadmin-cli, for the whole-process figure; empty: next to the bench's build
        QString only; // empty: every section; else a comma-separated list of section names
        int domains = 10;
        int perDomain = 0; // 0: 100,000, or 10,000 with quick
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
    bool measureCli();

    // One figure held against its floor: `program(round)` is the program's time in ms (-1 on
    // failure), `floor(round)` the questions SQLite answers for the same result (the fastest of
    // them is the floor of that round). Rounds interleave the program and the floor.
    using Program = std::function<double(int round)>;
    using Floor = std::function<QList<SqliteFloor::Question>(int round)>;
    // What a figure must reach (docs/PERFORMANCE.md): its median at most `ratio` times its floor's
    // (the fresh floor; for the CLI, the `sqlite3` shell with QtCore loaded), and its 95th
    // percentile under `p95Ms`. 0 is no target of that kind.
    struct Target
    {
        double ratio;
        double p95Ms;
    };
    bool compare(const QString &what, const Program &program, const Floor &floor, Target target = { 0, 0 });
    // " target …: met" or " target …: NOT MET" for a figure's median ratio and 95th percentile,
    // counted for the summary at the end; empty where the figure has no target.
    QString verdict(Target target, double ratio, double p95Ms);
    bool compareRounds(const Program &program, const Floor &floor, QList<double> &programMs, QList<double> &freshMs,
        QList<double> &warmMs, QString &load);
    bool wanted(const QString &section) const;
    bool measureHistory();
    bool measureReplica();

    // One figure of the copy kept for offline work held against the same figure of the local
    // store: `program(service, round)` is the time in ms (-1 on failure); rounds interleave the
    // two, which goes first alternating. Returns the ratio of the medians (-1 on failure).
    using OnService = std::function<double(MailboxService *service, int round)>;
    double compareToStore(
        const QString &what, MailboxService *replica, MailboxService *store, const OnService &program);
    // Appends `count` entries about `domain`'s mailboxes to the history of the store at `path`,
    // straight with SQL in one transaction, each made and chained as HistoryLog makes it.
    bool appendHistoryEntries(const QString &path, const QString &domain, int mailboxes, qint64 count);

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
    std::unique_ptr<SqliteFloor> m_floor;
    QStringList m_summary; // one line a compared figure, printed again at the end
    int m_targets = 0; // figures with a target, and how many of them missed it
    int m_missed = 0;
    QStringList m_copySummary; // one line a figure of the copy for offline work, likewise
};

} // namespace pecadmin
