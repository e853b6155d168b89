#include "profilesdialog.h"

#include "connection/connector.h"
#include "connection/profilestore.h"
#include "core/credentialstore.h"
#include "core/whenready.h"
#include "errorlabel.h"
#include "messagebox.h"
#include "spokenname.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

// A caption and its field; `buddy` is the control inside `field` that the caption names
// (the field itself unless told), and gives the caption its object name ("hostLabel").
QLabel *addRow(QFormLayout *form, QWidget *field, QList<QLabel *> *labels, QWidget *buddy = nullptr)
{
    if (!buddy)
        buddy = field;
    auto *label = new QLabel(field->parentWidget());
    QString name = buddy->objectName();
    for (const QString &suffix : { u"LineEdit"_s, u"ComboBox"_s, u"SpinBox"_s }) {
        if (name.endsWith(suffix))
            name.chop(suffix.size());
    }
    label->setObjectName(name + u"Label"_s);
    label->setBuddy(buddy);
    form->addRow(label, field);
    labels->append(label);
    return label;
}

QWidget *withButton(QLineEdit *lineEdit, QPushButton *button)
{
    auto *box = new QWidget(lineEdit->parentWidget());
    box->setObjectName(button->objectName() + u"Row"_s);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    lineEdit->setParent(box);
    button->setParent(box);
    layout->addWidget(lineEdit, 1);
    layout->addWidget(button);
    return box;
}

} // namespace

ProfilesDialog::ProfilesDialog(ProfileStore &store, QWidget *parent) : QDialog(parent), m_store(store)
{
    setObjectName(u"profilesDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    layout->addLayout(columns, 1);

    // The profiles.
    auto *listColumn = new QVBoxLayout;
    m_profilesListWidget = new QListWidget(this);
    m_profilesListWidget->setObjectName(u"profilesListWidget"_s);
    m_profilesListWidget->setMinimumWidth(170);
    listColumn->addWidget(m_profilesListWidget, 1);
    auto *listButtons = new QHBoxLayout;
    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(u"addButton"_s);
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(u"removeButton"_s);
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    listColumn->addLayout(listButtons);
    columns->addLayout(listColumn);

    // The form of the selected profile.
    m_formWidget = new QWidget(this);
    m_formWidget->setObjectName(u"formWidget"_s);
    auto *formColumn = new QVBoxLayout(m_formWidget);
    formColumn->setContentsMargins(0, 0, 0, 0);
    m_formLayout = new QFormLayout;
    formColumn->addLayout(m_formLayout);
    auto fieldError = [this](QFormLayout *form, const QString &field) {
        auto *label = new ErrorLabel(form->parentWidget());
        label->setObjectName(field + u"ErrorLabel"_s);
        // The message is about the field that the caption of the row above names.
        if (QLayoutItem *above = form->itemAt(form->rowCount() - 1, QFormLayout::LabelRole)) {
            if (auto *caption = qobject_cast<QLabel *>(above->widget()))
                label->setField(caption->buddy());
        }
        form->addRow(static_cast<QWidget *>(nullptr), label);
        m_fieldErrors.insert(field, label);
    };

    m_nameLineEdit = new QLineEdit(m_formWidget);
    m_nameLineEdit->setObjectName(u"nameLineEdit"_s);
    addRow(m_formLayout, m_nameLineEdit, &m_labels);
    fieldError(m_formLayout, u"name"_s);
    m_kindComboBox = new QComboBox(m_formWidget);
    m_kindComboBox->setObjectName(u"kindComboBox"_s);
    for (int i = 0; i < 3; ++i)
        m_kindComboBox->addItem(QString());
    addRow(m_formLayout, m_kindComboBox, &m_labels);

    m_kindStackedWidget = new QStackedWidget(m_formWidget);
    m_kindStackedWidget->setObjectName(u"kindStackedWidget"_s);
    formColumn->addWidget(m_kindStackedWidget);

    auto *sqlitePage = new QWidget(m_kindStackedWidget);
    sqlitePage->setObjectName(u"sqlitePage"_s);
    auto *sqliteForm = new QFormLayout(sqlitePage);
    sqliteForm->setContentsMargins(0, 0, 0, 0);
    m_pathLineEdit = new QLineEdit(sqlitePage);
    m_pathLineEdit->setObjectName(u"pathLineEdit"_s);
    m_pathButton = new QPushButton(sqlitePage);
    m_pathButton->setObjectName(u"pathButton"_s);
    addRow(sqliteForm, withButton(m_pathLineEdit, m_pathButton), &m_labels, m_pathLineEdit);
    fieldError(sqliteForm, u"path"_s);
    m_kindStackedWidget->addWidget(sqlitePage);

    auto *pgPage = new QWidget(m_kindStackedWidget);
    pgPage->setObjectName(u"postgreSqlPage"_s);
    auto *pgForm = new QFormLayout(pgPage);
    pgForm->setContentsMargins(0, 0, 0, 0);
    m_hostLineEdit = new QLineEdit(pgPage);
    m_hostLineEdit->setObjectName(u"hostLineEdit"_s);
    addRow(pgForm, m_hostLineEdit, &m_labels);
    fieldError(pgForm, u"host"_s);
    m_portSpinBox = new QSpinBox(pgPage);
    m_portSpinBox->setObjectName(u"portSpinBox"_s);
    m_portSpinBox->setRange(1, 65535);
    m_portSpinBox->setValue(5432);
    m_portSpinBox->setGroupSeparatorShown(false);
    m_portSpinBox->setMaximumWidth(m_portSpinBox->fontMetrics().horizontalAdvance(u"655350"_s) + 40);
    addRow(pgForm, m_portSpinBox, &m_labels);
    m_databaseLineEdit = new QLineEdit(pgPage);
    m_databaseLineEdit->setObjectName(u"databaseLineEdit"_s);
    addRow(pgForm, m_databaseLineEdit, &m_labels);
    fieldError(pgForm, u"database"_s);
    m_pgUserLineEdit = new QLineEdit(pgPage);
    m_pgUserLineEdit->setObjectName(u"pgUserLineEdit"_s);
    addRow(pgForm, m_pgUserLineEdit, &m_labels);
    fieldError(pgForm, u"pgUser"_s);
    m_sslModeComboBox = new QComboBox(pgPage);
    m_sslModeComboBox->setObjectName(u"sslModeComboBox"_s);
    for (const QString &mode : ConnectionProfile::sslModeNames())
        m_sslModeComboBox->addItem(QString(), mode);
    addRow(pgForm, m_sslModeComboBox, &m_labels);
    m_kindStackedWidget->addWidget(pgPage);

    auto *scimPage = new QWidget(m_kindStackedWidget);
    scimPage->setObjectName(u"scimPage"_s);
    auto *scimForm = new QFormLayout(scimPage);
    scimForm->setContentsMargins(0, 0, 0, 0);
    m_urlLineEdit = new QLineEdit(scimPage);
    m_urlLineEdit->setObjectName(u"urlLineEdit"_s);
    m_urlLineEdit->setPlaceholderText(u"https://scim.example.it/scim/v2"_s);
    addRow(scimForm, m_urlLineEdit, &m_labels);
    fieldError(scimForm, u"baseUrl"_s);
    m_authComboBox = new QComboBox(scimPage);
    m_authComboBox->setObjectName(u"authComboBox"_s);
    m_authComboBox->addItem(QString());
    m_authComboBox->addItem(QString());
    addRow(scimForm, m_authComboBox, &m_labels);
    m_scimUserLineEdit = new QLineEdit(scimPage);
    m_scimUserLineEdit->setObjectName(u"scimUserLineEdit"_s);
    addRow(scimForm, m_scimUserLineEdit, &m_labels);
    fieldError(scimForm, u"user"_s);
    m_caLineEdit = new QLineEdit(scimPage);
    m_caLineEdit->setObjectName(u"caLineEdit"_s);
    m_caButton = new QPushButton(scimPage);
    m_caButton->setObjectName(u"caButton"_s);
    addRow(scimForm, withButton(m_caLineEdit, m_caButton), &m_labels, m_caLineEdit);
    m_domainsLineEdit = new QLineEdit(scimPage);
    m_domainsLineEdit->setObjectName(u"domainsLineEdit"_s);
    m_domainsLineEdit->setPlaceholderText(u"pec.example.it, studio.example.it"_s);
    addRow(scimForm, m_domainsLineEdit, &m_labels);
    fieldError(scimForm, u"domains"_s);
    m_webmailLineEdit = new QLineEdit(scimPage);
    m_webmailLineEdit->setObjectName(u"webmailLineEdit"_s);
    m_webmailLineEdit->setPlaceholderText(u"https://webmail.example.it"_s);
    addRow(scimForm, m_webmailLineEdit, &m_labels);
    fieldError(scimForm, u"webmailUrl"_s);
    m_kindStackedWidget->addWidget(scimPage);

    m_secretWidget = new QWidget(m_formWidget);
    m_secretWidget->setObjectName(u"secretWidget"_s);
    auto *secretForm = new QFormLayout(m_secretWidget);
    secretForm->setContentsMargins(0, 0, 0, 0);
    m_secretLineEdit = new QLineEdit(m_secretWidget);
    m_secretLineEdit->setObjectName(u"secretLineEdit"_s);
    m_secretLineEdit->setEchoMode(QLineEdit::Password);
    m_secretLabel = new QLabel(m_secretWidget);
    m_secretLabel->setObjectName(u"secretLabel"_s);
    m_secretLabel->setBuddy(m_secretLineEdit);
    secretForm->addRow(m_secretLabel, m_secretLineEdit);
    m_rememberCheckBox = new QCheckBox(m_secretWidget);
    m_rememberCheckBox->setObjectName(u"rememberCheckBox"_s);
    m_rememberCheckBox->setChecked(true);
    secretForm->addRow(static_cast<QWidget *>(nullptr), m_rememberCheckBox);
    m_offlineCopyCheckBox = new QCheckBox(m_secretWidget);
    m_offlineCopyCheckBox->setObjectName(u"offlineCopyCheckBox"_s);
    m_offlineCopyCheckBox->setChecked(true);
    secretForm->addRow(static_cast<QWidget *>(nullptr), m_offlineCopyCheckBox);
    formColumn->addWidget(m_secretWidget);

    m_errorLabel = new ErrorLabel(m_formWidget);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    formColumn->addWidget(m_errorLabel);
    m_testLabel = new QLabel(m_formWidget);
    m_testLabel->setObjectName(u"testLabel"_s);
    m_testLabel->setWordWrap(true);
    m_testLabel->setTextFormat(Qt::PlainText);
    formColumn->addWidget(m_testLabel);
    formColumn->addStretch(1);
    auto *formButtons = new QHBoxLayout;
    formButtons->addStretch(1);
    m_testButton = new QPushButton(m_formWidget);
    m_testButton->setObjectName(u"testButton"_s);
    m_saveButton = new QPushButton(m_formWidget);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_saveButton->setDefault(true);
    formButtons->addWidget(m_testButton);
    formButtons->addWidget(m_saveButton);
    formColumn->addLayout(formButtons);
    columns->addWidget(m_formWidget, 1);

    m_buttonBox = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttonBox->setObjectName(u"buttonBox"_s);
    m_buttonBox->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    // Qt makes the box a focus proxy of its first button; behind its buttons in the Tab order, it
    // would send Tab from the last button back to the first one, never to the fields.
    m_buttonBox->setFocusProxy(nullptr);
    layout->addWidget(m_buttonBox);

    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addButton, &QPushButton::clicked, this, [this] { addProfile(); });
    connect(m_removeButton, &QPushButton::clicked, this, &ProfilesDialog::remove);
    connect(m_saveButton, &QPushButton::clicked, this, &ProfilesDialog::save);
    connect(m_testButton, &QPushButton::clicked, this, &ProfilesDialog::testConnection);
    connect(m_pathButton, &QPushButton::clicked, this, [this] { chooseFile(m_pathLineEdit, true); });
    connect(m_caButton, &QPushButton::clicked, this, [this] { chooseFile(m_caLineEdit, false); });
    connect(m_kindComboBox, qOverload<int>(&QComboBox::currentIndexChanged), this, &ProfilesDialog::kindChanged);
    connect(m_authComboBox, qOverload<int>(&QComboBox::currentIndexChanged), this, &ProfilesDialog::kindChanged);
    // A profile is shown when it is chosen (clicked, or selected with the arrow keys), not when
    // Tab merely enters the list: Qt then makes the first row current, and a new connection being
    // typed would be lost.
    connect(m_profilesListWidget, &QListWidget::itemSelectionChanged, this, [this] {
        const QList<QListWidgetItem *> selected = m_profilesListWidget->selectedItems();
        if (selected.isEmpty())
            return;
        if (const auto profile = m_store.profile(selected.constFirst()->data(Qt::UserRole).toString()))
            showProfile(*profile, false);
    });
    const QList<QLineEdit *> edits = { m_nameLineEdit, m_pathLineEdit, m_hostLineEdit, m_databaseLineEdit,
        m_pgUserLineEdit, m_urlLineEdit, m_scimUserLineEdit, m_caLineEdit, m_domainsLineEdit, m_webmailLineEdit };
    for (QLineEdit *edit : edits) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            const QHash<QLineEdit *, QString> fields = { { m_nameLineEdit, u"name"_s }, { m_pathLineEdit, u"path"_s },
                { m_hostLineEdit, u"host"_s }, { m_databaseLineEdit, u"database"_s }, { m_pgUserLineEdit, u"pgUser"_s },
                { m_urlLineEdit, u"baseUrl"_s }, { m_scimUserLineEdit, u"user"_s }, { m_domainsLineEdit, u"domains"_s },
                { m_webmailLineEdit, u"webmailUrl"_s } };
            m_touched.insert(fields.value(edit), true);
            formEdited();
        });
    }
    connect(m_portSpinBox, qOverload<int>(&QSpinBox::valueChanged), this, &ProfilesDialog::formEdited);

    retranslateUi();
    reloadList({});
    if (m_profilesListWidget->count() == 0)
        addProfile();
    resize(760, 520);
}

void ProfilesDialog::reloadList(const QString &select)
{
    const QSignalBlocker blocker(m_profilesListWidget);
    m_profilesListWidget->clear();
    int row = -1;
    const QList<ConnectionProfile> profiles = m_store.profiles();
    for (const ConnectionProfile &profile : profiles) {
        auto *item = new QListWidgetItem(profile.name, m_profilesListWidget);
        item->setData(Qt::UserRole, profile.name);
        item->setToolTip(profile.displayLocation());
        if (profile.name == select)
            row = m_profilesListWidget->count() - 1;
    }
    if (row >= 0) {
        m_profilesListWidget->setCurrentRow(row);
        showProfile(profiles.at(row), false);
    } else if (!profiles.isEmpty() && select.isEmpty()) {
        m_profilesListWidget->setCurrentRow(0);
        showProfile(profiles.constFirst(), false);
    }
    m_removeButton->setEnabled(!profiles.isEmpty());
}

void ProfilesDialog::selectProfile(const QString &name)
{
    reloadList(name);
}

QString ProfilesDialog::selectedName() const
{
    return m_editedName;
}

void ProfilesDialog::addProfile(ConnectionProfile::Kind kind)
{
    ConnectionProfile profile;
    profile.kind = kind;
    {
        const QSignalBlocker blocker(m_profilesListWidget);
        m_profilesListWidget->clearSelection();
        m_profilesListWidget->setCurrentRow(-1);
    }
    showProfile(profile, true);
    m_nameLineEdit->setFocus();
}

void ProfilesDialog::showProfile(const ConnectionProfile &profile, bool isNew)
{
    m_loading = true;
    m_editedName = isNew ? QString() : profile.name;
    m_touched.clear();
    m_nameLineEdit->setText(profile.name);
    m_kindComboBox->setCurrentIndex(int(profile.kind));
    m_pathLineEdit->setText(QDir::toNativeSeparators(profile.path));
    m_hostLineEdit->setText(profile.host);
    m_portSpinBox->setValue(profile.port);
    m_databaseLineEdit->setText(profile.database);
    m_pgUserLineEdit->setText(profile.kind == ConnectionProfile::Kind::PostgreSql ? profile.user : QString());
    m_sslModeComboBox->setCurrentIndex(std::max(0, m_sslModeComboBox->findData(profile.sslMode)));
    m_urlLineEdit->setText(profile.baseUrl.toString());
    m_authComboBox->setCurrentIndex(profile.auth == ConnectionProfile::ScimAuth::Bearer ? 1 : 0);
    m_scimUserLineEdit->setText(profile.kind == ConnectionProfile::Kind::Scim ? profile.user : QString());
    m_caLineEdit->setText(QDir::toNativeSeparators(profile.caCertificateFile));
    m_domainsLineEdit->setText(profile.domains.join(u", "_s));
    m_webmailLineEdit->setText(profile.webmailUrl.toString());
    m_secretLineEdit->clear();
    m_rememberCheckBox->setChecked(profile.rememberSecret);
    m_offlineCopyCheckBox->setChecked(profile.keepOfflineCopy);
    // A remembered secret is not shown: an empty field keeps it.
    m_secretLineEdit->setPlaceholderText(!isNew && profile.needsSecret() && profile.rememberSecret
            ? tr("Unchanged (saved in the system keyring)")
            : QString());
    m_errorLabel->clearError();
    m_testLabel->clear();
    m_loading = false;
    kindChanged();
    validate(false);
}

ConnectionProfile ProfilesDialog::formProfile() const
{
    ConnectionProfile profile;
    profile.name = m_nameLineEdit->text();
    profile.kind = ConnectionProfile::Kind(std::clamp(m_kindComboBox->currentIndex(), 0, 2));
    switch (profile.kind) {
    case ConnectionProfile::Kind::SqliteFile:
        profile.path = QDir::fromNativeSeparators(m_pathLineEdit->text().trimmed());
        break;
    case ConnectionProfile::Kind::PostgreSql:
        profile.host = m_hostLineEdit->text().trimmed();
        profile.port = m_portSpinBox->value();
        profile.database = m_databaseLineEdit->text().trimmed();
        profile.user = m_pgUserLineEdit->text().trimmed();
        profile.sslMode = m_sslModeComboBox->currentData().toString();
        break;
    case ConnectionProfile::Kind::Scim: {
        profile.baseUrl = QUrl(m_urlLineEdit->text().trimmed());
        profile.auth = m_authComboBox->currentIndex() == 1 ? ConnectionProfile::ScimAuth::Bearer
                                                           : ConnectionProfile::ScimAuth::Basic;
        profile.user
            = profile.auth == ConnectionProfile::ScimAuth::Basic ? m_scimUserLineEdit->text().trimmed() : QString();
        profile.caCertificateFile = QDir::fromNativeSeparators(m_caLineEdit->text().trimmed());
        static const QRegularExpression separators(u"[,;\\s]+"_s);
        profile.domains = m_domainsLineEdit->text().toLower().split(separators, Qt::SkipEmptyParts);
        const QString webmail = m_webmailLineEdit->text().trimmed();
        profile.webmailUrl = webmail.isEmpty() ? QUrl() : QUrl(webmail);
        break;
    }
    }
    profile.rememberSecret = profile.needsSecret() && m_rememberCheckBox->isChecked();
    profile.keepOfflineCopy = m_offlineCopyCheckBox->isChecked();
    return profile;
}

void ProfilesDialog::kindChanged()
{
    const auto kind = ConnectionProfile::Kind(std::clamp(m_kindComboBox->currentIndex(), 0, 2));
    m_kindStackedWidget->setCurrentIndex(int(kind));
    // The stack is as tall as its current page.
    for (int i = 0; i < m_kindStackedWidget->count(); ++i)
        m_kindStackedWidget->widget(i)->setSizePolicy(
            QSizePolicy::Preferred, i == int(kind) ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_kindStackedWidget->adjustSize();
    const bool bearer = kind == ConnectionProfile::Kind::Scim && m_authComboBox->currentIndex() == 1;
    m_scimUserLineEdit->setEnabled(!bearer);
    m_secretWidget->setVisible(kind != ConnectionProfile::Kind::SqliteFile);
    m_secretLabel->setText(bearer ? tr("&Token:") : tr("&Password:"));
    m_secretLineEdit->setAccessibleName(bearer ? tr("Token") : tr("Password"));
    formEdited();
}

void ProfilesDialog::formEdited()
{
    if (m_loading)
        return;
    m_testLabel->clear();
    validate(false);
}

void ProfilesDialog::validate(bool all)
{
    for (ErrorLabel *label : std::as_const(m_fieldErrors))
        label->clearError();
    const QList<ServiceError> errors = formProfile().validate();
    const bool postgres = m_kindComboBox->currentIndex() == int(ConnectionProfile::Kind::PostgreSql);
    for (const ServiceError &error : errors) {
        QString field = error.field();
        if (field == u"user" && postgres)
            field = u"pgUser"_s;
        if (ErrorLabel *label = m_fieldErrors.value(field); label && (all || m_touched.value(field)))
            label->setError(error);
    }
    m_saveButton->setEnabled(errors.isEmpty() || !all);
}

void ProfilesDialog::save()
{
    m_touched.clear();
    validate(true);
    const ConnectionProfile profile = formProfile();
    if (!profile.validate().isEmpty()) {
        m_saveButton->setEnabled(true);
        return;
    }
    const QString previous = m_editedName;
    const QString typed = m_secretLineEdit->text();
    const std::optional<QString> secret = typed.isEmpty() ? std::nullopt : std::optional<QString>(typed);
    m_saveButton->setEnabled(false);
    whenReady(m_store.saveProfile(profile, previous, secret), this, [this, profile, previous](const Outcome &saved) {
        m_saveButton->setEnabled(true);
        if (!saved && saved.error().code() != ServiceError::Code::Unsupported
            && saved.error().code() != ServiceError::Code::Storage) {
            if (ErrorLabel *label = m_fieldErrors.value(saved.error().field()))
                label->setError(saved.error());
            else
                m_errorLabel->setError(saved.error());
            return;
        }
        // Saved; a keyring that refused the password is said, and the password is asked later.
        reloadList(profile.name);
        if (!saved)
            m_errorLabel->setMessage(
                tr("The connection is saved, but its password is not: %1").arg(saved.error().message()));
        Q_EMIT profileSaved(profile.name, previous);
    });
}

void ProfilesDialog::remove()
{
    const QString name = m_editedName;
    if (name.isEmpty())
        return;
    const auto answer = MessageBox::question(this, tr("Remove connection"),
        tr("Remove the connection %1? Its saved password is deleted from the system keyring too. "
           "The store or the server itself is not touched.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    whenReady(m_store.removeProfile(name), this, [this, name](const Outcome &removed) {
        reloadList({});
        if (m_profilesListWidget->count() == 0)
            addProfile();
        if (!removed)
            m_errorLabel->setError(removed.error());
        Q_EMIT profileRemoved(name);
    });
}

void ProfilesDialog::testConnection()
{
    m_touched.clear();
    validate(true);
    const ConnectionProfile profile = formProfile();
    if (!profile.validate().isEmpty())
        return;
    m_testButton->setEnabled(false);
    m_testLabel->setText(tr("Connecting…"));
    auto tryWith = [this, profile](const QString &secret) {
        whenReady(Connector::connect(profile, profile.user, secret), this,
            [this](const Result<std::shared_ptr<MailboxService>> &result) {
                m_testButton->setEnabled(true);
                if (result)
                    m_testLabel->setText(tr("✔ The connection works."));
                else
                    m_testLabel->setText(tr("✘ %1").arg(result.error().message()));
                Q_EMIT connectionTested(result.ok());
            });
    };
    const QString typed = m_secretLineEdit->text();
    if (!profile.needsSecret() || !typed.isEmpty() || m_editedName.isEmpty()) {
        tryWith(typed);
        return;
    }
    whenReady(m_store.readSecret(m_editedName), this,
        [tryWith](const Result<QString> &secret) { tryWith(secret ? secret.value() : QString()); });
}

void ProfilesDialog::chooseFile(QLineEdit *lineEdit, bool store)
{
    auto *dialog = new QFileDialog(this, store ? tr("Choose a store") : tr("Choose a CA certificate"),
        QFileInfo(lineEdit->text()).absolutePath(),
        store ? tr("PEC Admin stores (*.sqlite);;All files (*)") : tr("PEM certificates (*.pem *.crt);;All files (*)"));
    dialog->setObjectName(u"profileFileDialog"_s);
    dialog->setFileMode(store ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, lineEdit](const QString &file) {
        lineEdit->setText(QDir::toNativeSeparators(file));
        formEdited();
    });
    dialog->open();
}

void ProfilesDialog::retranslateUi()
{
    setWindowTitle(tr("Connections"));
    setButtonText(m_addButton, tr("&Add"));
    setButtonText(m_removeButton, tr("&Remove…"));
    setButtonText(m_buttonBox->button(QDialogButtonBox::Close), tr("Close"));
    m_profilesListWidget->setAccessibleName(tr("Connections"));
    const QStringList labels = { tr("&Name:"), tr("&Kind:"), tr("&File:"), tr("&Server:"), tr("P&ort:"),
        tr("&Database:"), tr("&User:"), tr("&Encryption:"), tr("&Address:"), tr("&Sign in with:"), tr("&Username:"),
        tr("&CA certificate:"), tr("D&omains:"), tr("&Webmail:") };
    for (int i = 0; i < m_labels.size() && i < labels.size(); ++i) {
        m_labels.at(i)->setText(labels.at(i));
        if (QWidget *buddy = m_labels.at(i)->buddy())
            buddy->setAccessibleName(spokenName(labels.at(i)).remove(u':'));
    }
    for (ErrorLabel *label : std::as_const(m_fieldErrors)) {
        if (label->field())
            label->setAccessibleName(tr("%1: error").arg(label->field()->accessibleName()));
    }
    m_errorLabel->setAccessibleName(tr("Error"));
    m_kindComboBox->setItemText(0, tr("Local file (SQLite)"));
    m_kindComboBox->setItemText(1, tr("Shared store (PostgreSQL)"));
    m_kindComboBox->setItemText(2, tr("Provider's server (SCIM)"));
    m_sslModeComboBox->setItemText(0, tr("None (clear text)"));
    m_sslModeComboBox->setItemText(1, tr("TLS where the server offers it"));
    m_sslModeComboBox->setItemText(2, tr("TLS, certificate not checked"));
    m_sslModeComboBox->setItemText(3, tr("TLS, certificate and name checked"));
    m_authComboBox->setItemText(0, tr("Username and password"));
    m_authComboBox->setItemText(1, tr("Bearer token"));
    setButtonText(m_pathButton, tr("&Browse…"));
    m_pathButton->setAccessibleName(tr("Choose the file"));
    setButtonText(m_caButton, tr("B&rowse…"));
    m_caButton->setAccessibleName(tr("Choose the CA certificate"));
    m_caLineEdit->setPlaceholderText(tr("Optional: a private authority"));
    m_domainsLineEdit->setToolTip(tr("The domains to show where the server does not list its domains"));
    m_webmailLineEdit->setToolTip(tr("Where the users read their mail, for the credential letters"));
    setButtonText(m_rememberCheckBox, tr("Remember in the system &keyring"));
    setButtonText(m_offlineCopyCheckBox, tr("Keep a cop&y for offline work"));
    m_offlineCopyCheckBox->setToolTip(
        tr("The domains and their mailboxes, without passwords, in a file on this computer, refreshed while "
           "online: shown when the server cannot be reached"));
    setButtonText(m_testButton, tr("&Test connection"));
    setButtonText(m_saveButton, tr("Sa&ve"));
    kindChanged();
    // The forms of the kinds and of the password share one column of labels.
    int labelWidth = m_secretLabel->sizeHint().width();
    for (const QLabel *label : std::as_const(m_labels))
        labelWidth = std::max(labelWidth, label->sizeHint().width());
    for (QLabel *label : std::as_const(m_labels))
        label->setMinimumWidth(labelWidth);
    m_secretLabel->setMinimumWidth(labelWidth);
    for (ErrorLabel *label : std::as_const(m_fieldErrors))
        label->retranslate();
    m_errorLabel->retranslate();
}

void ProfilesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace pecadmin
