#pragma once

#include "bulk/importplan.h"
#include "core/serviceerror.h"

#include "bulkjobdialog.h"

#include <optional>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableView;

namespace pecadmin {

class ErrorLabel;
class ImportPlanner;
class Importer;
class MailboxService;

// Imports mailboxes from a CSV file: every row of the file checked against the domain and
// shown with its result (ready, exists and skipped, or invalid with the reason), then, on
// Import, created one at a time with progress and a Cancel that stops after the current
// mailbox, and a final report with the passwords generated, shown this once, and the
// credential letters (BulkJobDialog).
class ImportDialog : public BulkJobDialog
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

public Q_SLOTS:
    // Asks for another file (FileDialog) and previews it. False when none was chosen.
    bool chooseFile();
    void startImport();
    // Imports only the ready rows of a plan that has refused ones.
    void startImportOfReadyRows();

Q_SIGNALS:
    void previewReady();
    void importFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    class PreviewModel;

    void retranslateUi();
    void setState(State state);
    void showReadError(const ServiceError &error);
    void planned();
    void jobFinished() override;
    QString doneText() const override;
    QString summaryText() const;

    MailboxService *m_service = nullptr;
    QString m_domain;
    QString m_path;
    State m_state = State::NoFile;
    quint64 m_generation = 0;
    std::optional<ImportPlan> m_plan;
    ImportPlanner *m_planner = nullptr;
    PreviewModel *m_previewModel = nullptr;

    QLabel *m_fileLabel = nullptr;
    QPushButton *m_chooseFileButton = nullptr;
    QLabel *m_statusLabel = nullptr;
    ErrorLabel *m_errorLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_warningsLabel = nullptr;
    QTableView *m_previewTableView = nullptr;
    QDialogButtonBox *m_buttonBox = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_importReadyButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace pecadmin
