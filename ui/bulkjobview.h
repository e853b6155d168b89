#pragma once

#include <QObject>

class QLabel;
class QPushButton;
class QTableView;

namespace pecadmin {

class BulkJob;
class BulkProgressWidget;
class BulkReportModel;
class CredentialLettersBar;

// What a dialog shows of a bulk job it runs: the progress while the job runs, a Cancel that
// stops after the current mailbox, and at the end the report, with the passwords generated
// (shown this once, copied on request) and the credential letters. The dialog owns the widgets
// and lays them out; this drives them.
class BulkJobView : public QObject
{
    Q_OBJECT

public:
    struct Widgets
    {
        BulkProgressWidget *progressWidget = nullptr;
        BulkReportModel *reportModel = nullptr;
        QTableView *reportTableView = nullptr;
        CredentialLettersBar *lettersBar = nullptr;
        QLabel *copiedLabel = nullptr;
        QPushButton *cancelButton = nullptr;
    };

    BulkJobView(const Widgets &widgets, QObject *parent);

    // Shows the progress of `job`, from none of `total` done.
    void follow(BulkJob *job, int total);
    // Stops `job` after the current mailbox; Cancel stays off until it has stopped.
    void stop(BulkJob *job);
    // Moves the report of the finished `job` into the report table; a done entry reads `doneText`.
    void showReport(BulkJob *job, const QString &doneText);
    // Copies the addresses and passwords of the report, one a line, to the clipboard.
    void copyPasswords();
    // Overwrites the passwords the report and the letters hold.
    void clearPasswords();

    // Stops `job` and overwrites its passwords; a job whose answer is awaited lives on after
    // the dialog, until it has finished.
    static void release(BulkJob *job);

private:
    Widgets m_widgets;
};

} // namespace pecadmin
