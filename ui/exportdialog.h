#pragma once

#include "core/mailbox.h"
#include "core/serviceerror.h"

#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace pecadmin {

class ErrorLabel;
class Exporter;
class MailboxService;

// Exports mailboxes to a CSV file that spreadsheets open: a whole domain, or the mailboxes
// selected. The user chooses the separator (a semicolon for spreadsheets set to Italian), the
// language of the header, and the file. Passwords are never exported, and a cell that a
// spreadsheet would run as a formula is neutralised.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class State { Options, Exporting, Finished };

    // The whole `domain`, `mailboxCount` mailboxes in it as last counted.
    ExportDialog(MailboxService *service, const QString &domain, int mailboxCount, QWidget *parent = nullptr);
    // Only `selection`.
    // `storeFiles`: the open store's files (MailboxService::storeFiles()), never written.
    ExportDialog(const QList<Mailbox> &selection, const QStringList &storeFiles, QWidget *parent = nullptr);
    ~ExportDialog() override;

    State state() const { return m_state; }
    QString filePath() const { return m_path; }
    QChar separator() const;
    QString headerLanguage() const;

public Q_SLOTS:
    // Asks for the file (FileDialog) and exports to it. False when no file was chosen.
    bool exportToFile();
    void reject() override;

Q_SIGNALS:
    void exportFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslateUi();
    void setState(State state);
    void exported(int count, const std::optional<ServiceError> &error, bool cancelled);

    MailboxService *m_service = nullptr;
    QStringList m_storeFiles;
    QString m_domain;
    int m_mailboxCount = 0;
    QList<Mailbox> m_selection;
    bool m_wholeDomain = true;
    State m_state = State::Options;
    QString m_path;
    int m_exported = 0;
    Exporter *m_exporter = nullptr;

    QLabel *m_scopeLabel = nullptr;
    QLabel *m_separatorLabel = nullptr;
    QComboBox *m_separatorComboBox = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_headerLanguageComboBox = nullptr;
    QLabel *m_noPasswordsLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    ErrorLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttonBox = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace pecadmin
