#include "exportdialog.h"

#include "bulk/exporter.h"
#include "bulk/mailboxcsv.h"
#include "core/mailboxservice.h"
#include "errorlabel.h"
#include "filedialog.h"
#include "valuelabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pecadmin {

ExportDialog::ExportDialog(MailboxService *service, const QString &domain, int mailboxCount, QWidget *parent)
    : QDialog(parent), m_service(service), m_domain(domain), m_mailboxCount(mailboxCount), m_wholeDomain(true)
{
    if (m_service)
        m_storeFiles = m_service->storeFiles();
    build();
}

ExportDialog::ExportDialog(const QList<Mailbox> &selection, const QStringList &storeFiles, QWidget *parent)
    : QDialog(parent), m_storeFiles(storeFiles), m_selection(selection), m_wholeDomain(false)
{
    if (!selection.isEmpty())
        m_domain = selection.constFirst().domain;
    build();
}

ExportDialog::~ExportDialog()
{
    if (m_exporter && m_exporter->isRunning()) {
        // The page awaited arrives after the dialog: the exporter lives until it has finished.
        m_exporter->cancel();
        m_exporter->setParent(nullptr);
        connect(m_exporter, &Exporter::finished, m_exporter, &QObject::deleteLater);
    }
}

void ExportDialog::build()
{
    setObjectName(u"exportDialog"_s);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);

    m_scopeLabel = new ValueLabel(this);
    m_scopeLabel->setObjectName(u"scopeLabel"_s);
    m_scopeLabel->setWordWrap(true);
    m_separatorLabel = new QLabel(this);
    m_separatorLabel->setObjectName(u"separatorLabel"_s);
    m_separatorComboBox = new QComboBox(this);
    m_separatorComboBox->setObjectName(u"separatorComboBox"_s);
    m_separatorComboBox->addItem(QString(), QChar(u','));
    m_separatorComboBox->addItem(QString(), QChar(u';'));
    m_separatorLabel->setBuddy(m_separatorComboBox);
    m_languageLabel = new QLabel(this);
    m_languageLabel->setObjectName(u"headerLanguageLabel"_s);
    m_headerLanguageComboBox = new QComboBox(this);
    m_headerLanguageComboBox->setObjectName(u"headerLanguageComboBox"_s);
    // Each language named in itself.
    m_headerLanguageComboBox->addItem(u"English"_s, u"en"_s);
    m_headerLanguageComboBox->addItem(u"Italiano"_s, u"it"_s);
    m_languageLabel->setBuddy(m_headerLanguageComboBox);
    // A spreadsheet set to Italian reads semicolons; the application's language is the best guess.
    const bool italian = QLocale().language() == QLocale::Italian;
    m_separatorComboBox->setCurrentIndex(italian ? 1 : 0);
    m_headerLanguageComboBox->setCurrentIndex(italian ? 1 : 0);
    m_noPasswordsLabel = new ValueLabel(this);
    m_noPasswordsLabel->setObjectName(u"noPasswordsLabel"_s);
    m_noPasswordsLabel->setWordWrap(true);
    m_statusLabel = new ValueLabel(this);
    m_statusLabel->setObjectName(u"statusLabel"_s);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_errorLabel = new ErrorLabel(this);
    m_errorLabel->setObjectName(u"errorLabel"_s);

    m_buttonBox = new QDialogButtonBox(this);
    m_buttonBox->setObjectName(u"buttonBox"_s);
    m_exportButton = m_buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(u"exportButton"_s);
    m_exportButton->setDefault(true);
    m_cancelButton = m_buttonBox->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(u"cancelButton"_s);

    auto *form = new QFormLayout;
    form->addRow(m_separatorLabel, m_separatorComboBox);
    form->addRow(m_languageLabel, m_headerLanguageComboBox);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scopeLabel);
    layout->addLayout(form);
    layout->addWidget(m_noPasswordsLabel);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);
    // Qt makes the box a focus proxy of its first button; behind its buttons in the Tab order, it
    // would send Tab from the last button back to the first one, never to the fields.
    m_buttonBox->setFocusProxy(nullptr);
    layout->addWidget(m_buttonBox);

    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::exportToFile);
    connect(m_cancelButton, &QPushButton::clicked, this, &ExportDialog::reject);
    setState(State::Options);
}

QChar ExportDialog::separator() const
{
    return m_separatorComboBox->currentData().toChar();
}

QString ExportDialog::headerLanguage() const
{
    return m_headerLanguageComboBox->currentData().toString();
}

bool ExportDialog::exportToFile()
{
    if (m_state != State::Options)
        return false;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    //: The file name an export suggests: %1 is the domain
    const QString suggested
        = QDir(folder).filePath(m_wholeDomain ? tr("%1.csv").arg(m_domain) : tr("%1-selected.csv").arg(m_domain));
    QString path
        = FileDialog::getSaveFileName(this, m_wholeDomain ? tr("Export Mailboxes") : tr("Export Selected Mailboxes"),
            suggested, tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".csv"_s;
    const QString caption = m_wholeDomain ? tr("Export Mailboxes") : tr("Export Selected Mailboxes");
    if (const auto refusal = FileDialog::confirmSaveTarget(this, caption, path, m_storeFiles)) {
        if (refusal->code() == ServiceError::Code::Cancelled)
            return false;
        exported(0, refusal, false);
        return true;
    }
    m_path = path;
    m_errorLabel->clearError();
    MailboxCsvExportOptions options;
    options.separator = separator();
    options.language = headerLanguage();

    if (!m_wholeDomain) {
        // The selection is in memory already: written at once, replacing the file only when whole.
        QSaveFile file(path);
        const QByteArray bytes = MailboxCsv::exportBytes(m_selection, options);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            exported(0,
                ServiceError(ServiceError::Code::Storage, QT_TRANSLATE_NOOP("ServiceError", "%1 cannot be written: %2"),
                    { QDir::toNativeSeparators(path), file.errorString() }),
                false);
            return true;
        }
        exported(int(m_selection.size()), std::nullopt, false);
        return true;
    }

    m_exporter = new Exporter(*m_service, this);
    connect(m_exporter, &Exporter::progress, this, [this](int written) {
        m_exported = written;
        retranslateUi();
    });
    connect(m_exporter, &Exporter::finished, this,
        [this] { exported(m_exporter->count(), m_exporter->error(), m_exporter->cancelled()); });
    m_exported = 0;
    setState(State::Exporting);
    m_exporter->start(m_domain, path, options);
    return true;
}

void ExportDialog::exported(int count, const std::optional<ServiceError> &error, bool cancelled)
{
    m_exported = count;
    if (error) {
        m_errorLabel->setError(error);
        setState(State::Options);
        return;
    }
    if (cancelled) {
        setState(State::Options);
        m_statusLabel->setText(tr("The export was cancelled: no file was written."));
        m_statusLabel->setVisible(true);
        return;
    }
    setState(State::Finished);
    Q_EMIT exportFinished();
}

void ExportDialog::reject()
{
    if (m_state == State::Exporting) {
        m_exporter->cancel();
        return;
    }
    QDialog::reject();
}

void ExportDialog::setState(State state)
{
    m_state = state;
    const bool options = state == State::Options;
    m_separatorComboBox->setEnabled(options);
    m_headerLanguageComboBox->setEnabled(options);
    m_exportButton->setVisible(state != State::Finished);
    m_exportButton->setEnabled(options && (m_wholeDomain || !m_selection.isEmpty()));
    m_statusLabel->setVisible(state != State::Options);
    retranslateUi();
    if (state == State::Finished)
        m_cancelButton->setFocus();
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExportDialog::retranslateUi()
{
    const QLocale locale;
    if (m_wholeDomain) {
        setWindowTitle(tr("Export Mailboxes"));
        m_scopeLabel->setText(
            tr("Every mailbox of %1 (%n mailbox(es)) will be written to a CSV file.", nullptr, m_mailboxCount)
                .arg(m_domain));
    } else {
        setWindowTitle(tr("Export Selected Mailboxes"));
        m_scopeLabel->setText(
            tr("The %n selected mailbox(es) will be written to a CSV file.", nullptr, int(m_selection.size())));
    }
    m_scopeLabel->setAccessibleName(tr("What is exported"));
    m_separatorLabel->setText(tr("&Separator:"));
    m_separatorComboBox->setItemText(0, tr("Comma (,)"));
    m_separatorComboBox->setItemText(1, tr("Semicolon (;): spreadsheets set to Italian"));
    m_separatorComboBox->setAccessibleName(tr("Separator"));
    m_languageLabel->setText(tr("&Column names in:"));
    m_headerLanguageComboBox->setAccessibleName(tr("Language of the column names"));
    m_noPasswordsLabel->setText(tr("Passwords are never exported. Cells that a spreadsheet would run as a formula "
                                   "are written as plain text."));
    m_noPasswordsLabel->setAccessibleName(tr("Note"));
    if (m_state == State::Exporting)
        m_statusLabel->setText(tr("Exporting… %n mailbox(es) written.", nullptr, m_exported));
    else if (m_state == State::Finished)
        m_statusLabel->setText(
            tr("%n mailbox(es) exported to %1.", nullptr, m_exported).arg(QDir::toNativeSeparators(m_path)));
    m_statusLabel->setAccessibleName(tr("Status"));
    m_errorLabel->retranslate();
    m_errorLabel->setAccessibleName(tr("Error"));
    m_exportButton->setText(tr("&Export…"));
    m_exportButton->setAccessibleName(tr("Export"));
    m_cancelButton->setText(m_state == State::Finished ? tr("Close") : tr("Cancel"));
    m_cancelButton->setAccessibleName(m_cancelButton->text());
}

} // namespace pecadmin
