#pragma once

#include "bulk/importplan.h"
#include "core/serviceerror.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableView;

namespace pecadmin {

class BulkJobView;
class BulkProgressWidget;
class BulkReportModel;
class CredentialLettersBar;
class ErrorLabel;
class ImportPlanner;
class Importer;
class MailboxService;

// Imports mailboxes from a CSV file: every row of the file checked against the domain and
// shown with its result (ready, exists and skipped, or invalid with the reason), then, on
// Import, created one at a time with progress and a Cancel that stops after the current
// mailbox, and a final report with the passwords generated, shown this once, and the
// credential letters.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class State { NoFile, Reading, Preview, Importing, Finished };

    ImportDialog(MailboxService *service, const QString &domain, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Reads `path` and builds its preview; previewReady() or the error shown follows.
    void loadFile(const QString &path);
    State state() const { return m_state; }
    // The preview, once built.
    const ImportPlan *plan() const { return m_plan ? &*m_plan : nullptr; }
    // The webmail's address for the credential letters; empty: none.
    void setWebmailUrl(const QString &url);

public Q_SLOTS:
    // Asks for another file (FileDialog) and previews it. False when none was chosen.
    bool chooseFile();
    void startImport();
    // While importing: stops after the current mailbox. Otherwise closes.
    void reject() override;

Q_SIGNALS:
    void previewReady();
    void importFinished();
    // Mailboxes were created: the domain's list and totals are out of date.
    void mailboxesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    class PreviewModel;

    void retranslateUi();
    void setState(State state);
    void showReadError(const ServiceError &error);
    void planned();
    void finished();
    QString summaryText() const;

    MailboxService *m_service = nullptr;
    QString m_domain;
    QString m_path;
    State m_state = State::NoFile;
    quint64 m_generation = 0;
    std::optional<ImportPlan> m_plan;
    ImportPlanner *m_planner = nullptr;
    Importer *m_importer = nullptr;
    PreviewModel *m_previewModel = nullptr;
    BulkReportModel *m_reportModel = nullptr;
    BulkJobView *m_jobView = nullptr;

    QLabel *m_fileLabel = nullptr;
    QPushButton *m_chooseFileButton = nullptr;
    QLabel *m_statusLabel = nullptr;
    ErrorLabel *m_errorLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_warningsLabel = nullptr;
    QTableView *m_previewTableView = nullptr;
    BulkProgressWidget *m_progressWidget = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTableView *m_reportTableView = nullptr;
    QLabel *m_passwordsLabel = nullptr;
    QPushButton *m_copyPasswordsButton = nullptr;
    QLabel *m_copiedLabel = nullptr;
    CredentialLettersBar *m_lettersBar = nullptr;
    QDialogButtonBox *m_buttonBox = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace pecadmin
