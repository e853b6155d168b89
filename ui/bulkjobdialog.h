#pragma once

#include <QDialog>

class QBoxLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace pecadmin {

class BulkJob;
class BulkProgressWidget;
class BulkReportModel;
class CredentialLettersBar;

// The frame of a dialog that runs a bulk job (an import, a change of several mailboxes): the
// progress while the job runs, a Cancel that stops after the current mailbox, and at the end
// the report, with the passwords generated (shown this once, copied on request) and the
// credential letters. The job's end and the dialog's closing take one path here: the report
// shown, jobFinished() for the subclass, mailboxesChanged() where any mailbox was done, then
// reportShown();
// Cancel (or Escape) stops a running job, and otherwise closes with the passwords overwritten.
//
// A subclass builds its own form, and where its report belongs calls createReportWidgets()
// with the table that shows reportModel() and adds them with addReportWidgets(), then, once its
// buttons exist, calls setCancelButton().
class BulkJobDialog : public QDialog
{
    Q_OBJECT

public:
    ~BulkJobDialog() override;

    // The webmail's address for the credential letters; empty: none.
    void setWebmailUrl(const QString &url);
    // The open store's files (MailboxService::storeFiles()), which the letters never replace.
    void setStoreFiles(const QStringList &files);
    bool isRunning() const;

public Q_SLOTS:
    // While the job runs: stops after the current mailbox. Otherwise closes.
    void reject() override;

Q_SIGNALS:
    // Mailboxes were created or changed: the domain's list and totals are out of date.
    void mailboxesChanged();
    // The job has finished and the report is shown (after mailboxesChanged()).
    void reportShown();

protected:
    explicit BulkJobDialog(QWidget *parent);

    // Makes the widgets of the job, children of this dialog, in this order (the Tab order): the
    // progress, the summary, `reportTableView` (made by the subclass on reportModel()), the note
    // on the passwords, the copy button and its note, the credential letters.
    void createReportWidgets(QTableView *reportTableView);
    // Adds them to `layout`, the report's table stretching.
    void addReportWidgets(QBoxLayout *layout);
    void setCancelButton(QPushButton *cancelButton);

    // Follows `job`, a child of this dialog, from none of `total` done; the subclass starts it.
    void follow(BulkJob *job, int total);
    // Shows the widgets of the job for where the dialog is: while it runs, or once finished.
    void showReportWidgets(bool running, bool finished);
    // The texts of the widgets of the job; `passwordsNote` says what to do with the passwords.
    void retranslateReportWidgets(const QString &passwordsNote);

    // What a done entry of the report reads ("created", "changed").
    virtual QString doneText() const = 0;
    // The job has finished and its report is in reportModel(): show the dialog's last state.
    virtual void jobFinished() = 0;

    BulkReportModel *reportModel() const { return m_reportModel; }
    QLabel *summaryLabel() const { return m_summaryLabel; }

private:
    void finished();
    void copyPasswords();
    void clearPasswords();

    BulkJob *m_job = nullptr;
    BulkReportModel *m_reportModel = nullptr;
    BulkProgressWidget *m_progressWidget = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTableView *m_reportTableView = nullptr;
    QLabel *m_passwordsLabel = nullptr;
    QPushButton *m_copyPasswordsButton = nullptr;
    QLabel *m_copiedLabel = nullptr;
    CredentialLettersBar *m_lettersBar = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace pecadmin
