#pragma once

#include "core/connectionprofile.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace pecadmin {

class ErrorLabel;
class ProfileStore;

// File > Connect to > Manage connections…: adds, edits and removes the connection profiles,
// with the fields of each kind, the errors inline as the user types, a "Test connection"
// button, and the password or token with "Remember in the system keyring".
class ProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfilesDialog(ProfileStore &store, QWidget *parent = nullptr);

    // The profile of the form as it stands.
    ConnectionProfile formProfile() const;
    QString selectedName() const;
    void selectProfile(const QString &name);
    // Starts a new profile of `kind`, as the Add button does.
    void addProfile(ConnectionProfile::Kind kind = ConnectionProfile::Kind::Scim);

Q_SIGNALS:
    // The profile was saved (also after a rename: `previousName` is its old name).
    void profileSaved(const QString &name, const QString &previousName);
    void profileRemoved(const QString &name);
    // A test connection finished: `ok`, or the message shown.
    void connectionTested(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reloadList(const QString &select);
    void showProfile(const ConnectionProfile &profile, bool isNew);
    void kindChanged();
    void formEdited();
    void validate(bool all);
    void save();
    void remove();
    void testConnection();
    void chooseFile(QLineEdit *lineEdit, bool store);

    ProfileStore &m_store;
    QString m_editedName; // empty: a new profile
    bool m_loading = false;
    QHash<QString, bool> m_touched;
    QHash<QString, ErrorLabel *> m_fieldErrors;

    QListWidget *m_profilesListWidget = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QWidget *m_formWidget = nullptr;
    QFormLayout *m_formLayout = nullptr;
    QLineEdit *m_nameLineEdit = nullptr;
    QComboBox *m_kindComboBox = nullptr;
    QStackedWidget *m_kindStackedWidget = nullptr;
    // SQLite
    QLineEdit *m_pathLineEdit = nullptr;
    QPushButton *m_pathButton = nullptr;
    // PostgreSQL
    QLineEdit *m_hostLineEdit = nullptr;
    QSpinBox *m_portSpinBox = nullptr;
    QLineEdit *m_databaseLineEdit = nullptr;
    QLineEdit *m_pgUserLineEdit = nullptr;
    QComboBox *m_sslModeComboBox = nullptr;
    // SCIM
    QLineEdit *m_urlLineEdit = nullptr;
    QComboBox *m_authComboBox = nullptr;
    QLineEdit *m_scimUserLineEdit = nullptr;
    QLineEdit *m_caLineEdit = nullptr;
    QPushButton *m_caButton = nullptr;
    QLineEdit *m_domainsLineEdit = nullptr;
    QLineEdit *m_webmailLineEdit = nullptr;
    // The secret
    QWidget *m_secretWidget = nullptr;
    QLabel *m_secretLabel = nullptr;
    QLineEdit *m_secretLineEdit = nullptr;
    QCheckBox *m_rememberCheckBox = nullptr;
    QCheckBox *m_offlineCopyCheckBox = nullptr;

    ErrorLabel *m_errorLabel = nullptr;
    QLabel *m_testLabel = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QDialogButtonBox *m_buttonBox = nullptr;
    QList<QLabel *> m_labels; // the form's labels, by the order retranslateUi() names them
};

} // namespace pecadmin
