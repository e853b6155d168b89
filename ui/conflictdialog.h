#pragma once

#include "core/journal.h"
#include "core/replica.h"

#include <QDialog>

#include <memory>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace pecadmin {

class ErrorLabel;
class ValueLabel;

// A change made offline that the server refused (docs/OFFLINE.md): what the server said, and
// mine against theirs, field by field. Nothing is overwritten until the user chooses:
//   Apply mine anyway  the change is sent again on the server's current version;
//   Keep theirs        the change is dropped, the copy takes the server's values;
//   Edit               a creation is made again here with another address or other values
//                      (the same sealed password); any other change is dropped, and the
//                      normal dialog of the operation opens on the server's mailbox with the
//                      values of mine, to be confirmed there (where the server deleted the
//                      mailbox, the new mailbox dialog, to create it again).
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(std::shared_ptr<Replica> copy, const JournalEntry &entry, QWidget *parent = nullptr);

    const JournalEntry &entry() const { return m_entry; }
    // Whether mine can be applied: the server still has the mailbox, and a creation's address
    // is not taken.
    bool minePossible() const;
    // Whether Edit has something to offer for this change.
    bool editPossible() const;
    // What the view says happened, for a person, fitted to its choices.
    QString situation() const;

Q_SIGNALS:
    // The copy did what was chosen.
    void resolved(pecadmin::ConflictChoice choice);
    // Mine was dropped, for the normal dialog of the operation.
    void editRequested(const pecadmin::JournalEntry &entry);
    // A creation was made again with another address: pending, to be sent.
    void revisedSent();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillFields();
    void choose(ConflictChoice choice, bool thenEdit);
    void edit();
    void sendRevised();
    bool mailboxGone() const;

    std::shared_ptr<Replica> m_copy;
    JournalEntry m_entry;
    QLabel *m_introLabel = nullptr;
    ValueLabel *m_reasonLabel = nullptr;
    QTableWidget *m_fieldsTable = nullptr;
    ErrorLabel *m_errorLabel = nullptr;
    QPushButton *m_mineButton = nullptr;
    QPushButton *m_theirsButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    // A creation made again: its address and quota.
    QGroupBox *m_reviseGroupBox = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_nameLineEdit = nullptr;
    QLabel *m_domainLabel = nullptr;
    ErrorLabel *m_nameErrorLabel = nullptr;
    QLabel *m_quotaLabel = nullptr;
    QSpinBox *m_quotaSpinBox = nullptr;
    QPushButton *m_sendRevisedButton = nullptr;
    bool m_busy = false;
};

} // namespace pecadmin
