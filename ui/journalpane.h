#pragma once

#include "core/journal.h"
#include "core/mailboxservice.h"
#include "core/replica.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace pecadmin {

class ConflictDialog;
class JournalModel;

// The journal of changes made offline (docs/OFFLINE.md), in the order they will be sent: when,
// what, the address, and whether each waits or is in conflict. The selected change can be
// cancelled, or all of them (after a confirmation): the copy shows the mailboxes as they were
// before. "Send now" sends them to the server, with a progress bar and the count, and says at
// the end how many were applied and how many are in conflict. A change in conflict opens the
// conflict view (ConflictDialog), where the user chooses.
class JournalPane : public QWidget
{
    Q_OBJECT

public:
    explicit JournalPane(QWidget *parent = nullptr);
    ~JournalPane() override;

    // The copy whose journal is shown (none: nothing).
    void setCopy(std::shared_ptr<Replica> copy);
    // The server the changes are sent to (none: it cannot be reached, sending waits).
    void setServer(std::shared_ptr<MailboxService> server);
    std::shared_ptr<Replica> copy() const { return m_copy; }

    JournalModel *model() const { return m_model; }
    bool isSending() const { return m_sending; }
    // The conflict view open now, if any.
    ConflictDialog *conflictDialog() const;

    // Reads the journal again.
    void reload();
    // Sends the journal to the server, where one is given and nothing is being sent.
    void send();
    // Opens the conflict view of the entry at `row`, when it is in conflict.
    void openConflict(int row);

Q_SIGNALS:
    // The copy changed (changes cancelled, sent, resolved): what shows it must be read again.
    void copyChanged();
    // The journal was read: `count` entries, `conflicts` of them in conflict.
    void journalRead(int count, int conflicts);
    // A sending ended.
    void sent(const pecadmin::JournalSummary &summary);
    // Edit, in the conflict view: the normal dialog for the change, with its values (the user's
    // own change is dropped first, so nothing is overwritten without the dialog's choice).
    void editRequested(const pecadmin::JournalEntry &entry);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    void cancelSelected();
    void cancelAll();
    int selectedRow() const;
    void finished(const Outcome &outcome);
    void showSummary(const JournalSummary &summary);

    std::shared_ptr<Replica> m_copy;
    std::shared_ptr<MailboxService> m_server;
    JournalModel *m_model = nullptr;
    QLabel *m_countLabel = nullptr;
    QTableView *m_tableView = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QPushButton *m_sendButton = nullptr;
    QPushButton *m_conflictButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_cancelAllButton = nullptr;
    QPointer<ConflictDialog> m_conflictDialog;
    bool m_sending = false;
    bool m_busy = false; // a cancellation or a resolution on its way
    bool m_showConflict = false; // the next reading opens the first conflict
    std::optional<JournalSummary> m_lastSummary;
};

} // namespace pecadmin
