#pragma once

#include "core/domain.h"
#include "core/serviceerror.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace pecadmin {

class ErrorLabel;
class ValueLabel;
class MailboxService;

// Adds a domain to a store: its name, its total space, how many mailboxes it may hold, the
// provider's limits (a Poste or Aruba preset, or custom password rules), and the language of the
// messages the mail server sends its users (the soft-quota alarm). Given a domain's
// details, the same form changes that domain instead: its name stays, and limits below what its
// mailboxes use are refused as they are typed (rules::checkDomainChange).
class NewDomainDialog : public QDialog
{
    Q_OBJECT

public:
    NewDomainDialog(MailboxService *service, QWidget *parent = nullptr);
    // Changes the domain of `current`.
    NewDomainDialog(MailboxService *service, const DomainDetails &current, QWidget *parent = nullptr);

    // The domain as the form describes it now.
    Domain domain() const;
    bool isEditing() const { return m_editing; }

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void domainAdded(const pecadmin::Domain &domain);
    void domainChanged(const pecadmin::DomainDetails &details);
    // The server's session expired under the request: once signed in again, `submitAgain`
    // sends the same request with what the form holds (ConnectionSession::resumeAfterSignIn).
    void signInNeeded(const std::function<void()> &submitAgain);

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void setPolicyFields(const PasswordPolicy &policy);
    void retranslateUi();
    void presetChanged();
    void validate();
    // What the rules refuse in the form as it is now.
    std::optional<ServiceError> formError() const;
    // Gives each field the text of its error as its accessible description.
    void tieErrorsToFields();
    void submit();
    void setBusy(bool busy);
    void showError(const ServiceError &error);
    PasswordPolicy policy() const;

    MailboxService *m_service = nullptr;
    bool m_editing = false;
    DomainDetails m_current; // the domain being changed
    bool m_busy = false;
    bool m_nameTouched = false;

    QLabel *m_introLabel = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_nameLineEdit = nullptr;
    ErrorLabel *m_nameErrorLabel = nullptr;
    QLabel *m_spaceLabel = nullptr;
    QSpinBox *m_spaceSpinBox = nullptr;
    QComboBox *m_spaceUnitComboBox = nullptr;
    ErrorLabel *m_spaceErrorLabel = nullptr;
    QLabel *m_maxMailboxesLabel = nullptr;
    QSpinBox *m_maxMailboxesSpinBox = nullptr;
    ErrorLabel *m_maxMailboxesErrorLabel = nullptr;
    QLabel *m_maxQuotaLabel = nullptr;
    QSpinBox *m_maxQuotaSpinBox = nullptr;
    ErrorLabel *m_maxQuotaErrorLabel = nullptr;
    ValueLabel *m_usageLabel = nullptr;
    QLabel *m_presetLabel = nullptr;
    QComboBox *m_presetComboBox = nullptr;
    QLabel *m_presetRulesLabel = nullptr;
    QGroupBox *m_customGroupBox = nullptr;
    QLabel *m_minLengthLabel = nullptr;
    QSpinBox *m_minLengthSpinBox = nullptr;
    QLabel *m_maxLengthLabel = nullptr;
    QSpinBox *m_maxLengthSpinBox = nullptr;
    QCheckBox *m_lowercaseCheckBox = nullptr;
    QCheckBox *m_uppercaseCheckBox = nullptr;
    QCheckBox *m_digitCheckBox = nullptr;
    QCheckBox *m_symbolCheckBox = nullptr;
    QLabel *m_symbolsLabel = nullptr;
    QLineEdit *m_symbolsLineEdit = nullptr;
    QCheckBox *m_forbidNameCheckBox = nullptr;
    ErrorLabel *m_policyErrorLabel = nullptr;
    QCheckBox *m_archivingCheckBox = nullptr;
    ErrorLabel *m_archivingErrorLabel = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_languageComboBox = nullptr;
    ErrorLabel *m_languageErrorLabel = nullptr;
    ErrorLabel *m_errorLabel = nullptr;
    QProgressBar *m_busyProgressBar = nullptr;
    QDialogButtonBox *m_buttonBox = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace pecadmin
