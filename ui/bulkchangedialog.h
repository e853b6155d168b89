#pragma once

#include "bulk/bulkchange.h"
#include "core/domain.h"
#include "core/mailbox.h"
#include "core/serviceerror.h"

#include <QDialog>
#include <QList>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;

namespace pecadmin {

class BulkJobView;
class BulkProgressWidget;
class BulkReportModel;
class CredentialLettersBar;
class ErrorLabel;
class MailboxService;

// One change on several mailboxes: the disk quota or the soft quota set to one value,
// conservazione sostitutiva turned on or off, or the passwords reset to generated ones. The
// dialog says what will happen to the selected mailboxes, asks for the value where there is
// one (checked as it is typed), applies the change one mailbox at a time with progress and a
// Cancel that stops after the current mailbox, and ends with a report. A reset shows the new
// passwords this once and offers the credential letters.
class BulkChangeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class State { Confirm, Applying, Finished };

    // `details`: the domain as last read, for the rules and the password policy.
    BulkChangeDialog(MailboxService *service, const QList<Mailbox> &mailboxes, BulkChange::Action action,
        const DomainDetails &details, QWidget *parent = nullptr);
    ~BulkChangeDialog() override;

    BulkChange::Action action() const { return m_action; }
    State state() const { return m_state; }
    // The mailboxes the rules let the change reach.
    int applicableCount() const { return int(m_applicable.size()); }
    void setWebmailUrl(const QString &url);

    // Whether the action asks for a value (a quota in MB).
    static bool takesValue(BulkChange::Action action);
    // The actions this dialog offers.
    static QList<BulkChange::Action> actions();

public Q_SLOTS:
    void start();
    // While applying: stops after the current mailbox. Otherwise closes.
    void reject() override;

Q_SIGNALS:
    void changeFinished();
    // Mailboxes changed: the domain's list and totals are out of date.
    void mailboxesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setState(State state);
    void validate();
    std::optional<QString> valueError() const;
    int belowUsageCount() const;
    void jobFinished();
    QString summaryText() const;
    QString doneText() const;

    MailboxService *m_service = nullptr;
    BulkChange::Action m_action;
    DomainDetails m_details;
    QList<Mailbox> m_applicable;
    QList<QPair<Mailbox, ServiceError>> m_leftOut;
    State m_state = State::Confirm;
    BulkChange *m_job = nullptr;
    BulkReportModel *m_reportModel = nullptr;
    BulkJobView *m_jobView = nullptr;

    QLabel *m_explanationLabel = nullptr;
    QListWidget *m_mailboxesListWidget = nullptr;
    ErrorLabel *m_leftOutLabel = nullptr;
    QLabel *m_valueLabel = nullptr;
    QSpinBox *m_valueSpinBox = nullptr;
    ErrorLabel *m_valueErrorLabel = nullptr;
    QLabel *m_belowUsageLabel = nullptr;
    BulkProgressWidget *m_progressWidget = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTableView *m_reportTableView = nullptr;
    QLabel *m_passwordsLabel = nullptr;
    QPushButton *m_copyPasswordsButton = nullptr;
    QLabel *m_copiedLabel = nullptr;
    CredentialLettersBar *m_lettersBar = nullptr;
    QDialogButtonBox *m_buttonBox = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace pecadmin
