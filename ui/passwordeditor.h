#pragma once

#include "core/passwordpolicy.h"
#include "core/serviceerror.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace pecadmin {

class ErrorLabel;

// A new password typed twice, checked against a domain's policy as the user types, with a
// show/hide switch and a generator.
class PasswordEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PasswordEditor(QWidget *parent = nullptr);

    void setPolicy(const PasswordPolicy &policy);
    PasswordPolicy policy() const { return m_policy; }
    // The mailbox the password is for: some policies forbid its name inside the password.
    void setMailboxName(const QString &name);

    bool isValid() const;
    // The first rule the input breaks, or nothing.
    std::optional<ServiceError> error() const;
    QString password() const;
    // Empties both fields, so that the password stays in no widget.
    void clear();

    // The first field of the editor, for the dialog's tab order.
    QWidget *firstField() const;
    QWidget *lastField() const;

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void generate();
    void updateChecklist();
    void updateErrors();

    PasswordPolicy m_policy;
    QString m_mailboxName;
    bool m_passwordTouched = false;
    bool m_repeatTouched = false;

    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_passwordLineEdit = nullptr;
    QLabel *m_repeatLabel = nullptr;
    QLineEdit *m_repeatLineEdit = nullptr;
    QCheckBox *m_showCheckBox = nullptr;
    QPushButton *m_generateButton = nullptr;
    ErrorLabel *m_passwordErrorLabel = nullptr;
    ErrorLabel *m_repeatErrorLabel = nullptr;
    QLabel *m_checklistTitleLabel = nullptr;
    QWidget *m_checklistWidget = nullptr;
    QVBoxLayout *m_checklistLayout = nullptr;
};

} // namespace pecadmin
