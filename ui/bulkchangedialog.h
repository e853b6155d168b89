#pragma once

#include "bulk/bulkchange.h"
#include "core/domain.h"
#include "core/mailbox.h"
#include "core/serviceerror.h"

#include "bulkjobdialog.h"

#include <QList>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;

namespace pecadmin {

class ErrorLabel;
class MailboxService;

// One change on several mailboxes: the disk quota or the soft quota set to one value,
// conservazione sostitutiva turned on or off, or the passwords reset to generated ones. The
// dialog says what will happen to the selected mailboxes, asks for the value where there is
// one (checked as it is typed), applies the change to every selected mailbox or, when the rules
// keep some of them from it, to none unless the postmaster chooses to change only the others;
// applies the change one mailbox at a time with progress and a
// Cancel that stops after the current mailbox, and ends with a report (BulkJobDialog). A reset
// shows the new passwords this once and offers the credential letters.
class BulkChangeDialog : public BulkJobDialog
{
    Q_OBJECT

public:
    enum class State { Confirm, Applying, Finished };

    // `details`: the domain as last read, for the rules and the password policy.
    BulkChangeDialog(MailboxService *service, const QList<Mailbox> &mailboxes, BulkChange::Action action,
        const DomainDetails &details, QWidget *parent = nullptr);

    BulkChange::Action action() const { return m_action; }
    State state() const { return m_state; }
    // The mailboxes the rules let the change reach.
    int applicableCount() const { return int(m_applicable.size()); }

    // Whether the action asks for a value (a quota in MB).
    static bool takesValue(BulkChange::Action action);
    // The actions this dialog offers.
    static QList<BulkChange::Action> actions();

public Q_SLOTS:
    // Changes every selected mailbox, or none when the rules keep one of them from the change.
    void start();
    // Changes only the mailboxes that can take the change, the others left out.
    void startOnApplicable();

Q_SIGNALS:
    void changeFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setState(State state);
    void validate();
    void startJob(BulkJob::PlanMode mode);
    std::optional<QString> valueError() const;
    int belowUsageCount() const;
    void jobFinished() override;
    QString summaryText() const;
    QString doneText() const override;

    MailboxService *m_service = nullptr;
    BulkChange::Action m_action;
    DomainDetails m_details;
    QList<Mailbox> m_selection; // as given, the left-out ones included
    QList<Mailbox> m_applicable;
    QList<QPair<Mailbox, ServiceError>> m_leftOut;
    State m_state = State::Confirm;

    QLabel *m_explanationLabel = nullptr;
    QListWidget *m_mailboxesListWidget = nullptr;
    ErrorLabel *m_leftOutLabel = nullptr;
    QLabel *m_valueLabel = nullptr;
    QSpinBox *m_valueSpinBox = nullptr;
    ErrorLabel *m_valueErrorLabel = nullptr;
    QLabel *m_belowUsageLabel = nullptr;
    QDialogButtonBox *m_buttonBox = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_applyApplicableButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace pecadmin
