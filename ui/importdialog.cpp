#include "importdialog.h"

#include "bulk/importer.h"
#include "bulk/importplanner.h"
#include "bulk/mailboxcsv.h"
#include "bulkreportmodel.h"
#include "core/mailboxservice.h"
#include "core/whenready.h"
#include "errorlabel.h"
#include "filedialog.h"
#include "mailboxtablemodel.h"
#include "valuelabel.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPromise>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace pecadmin {

// The preview: one line for each row of the file.
class ImportDialog::PreviewModel : public QAbstractTableModel
{
public:
    enum Column { RowColumn, AddressColumn, QuotaColumn, ResultColumn, ColumnCount };
    static constexpr int StatusRole = Qt::UserRole + 1;

    explicit PreviewModel(QObject *parent) : QAbstractTableModel(parent) { }

    void setPlan(const ImportPlan *plan)
    {
        beginResetModel();
        m_plan = plan;
        endResetModel();
    }

    void retranslate()
    {
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() || !m_plan ? 0 : int(m_plan->rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= rowCount())
            return {};
        const ImportRow &row = m_plan->rows.at(index.row());
        if (role == StatusRole)
            return int(row.status);
        if (role == Qt::ForegroundRole && index.column() == ResultColumn) {
            switch (row.status) {
            case ImportRow::Status::Ready:
                return QColor(0x1b, 0x6e, 0x20);
            case ImportRow::Status::Exists:
                return QColor(0x6b, 0x6b, 0x6b);
            case ImportRow::Status::Invalid:
                return QColor(0xb0, 0x00, 0x20);
            }
        }
        if (role == Qt::TextAlignmentRole && (index.column() == RowColumn || index.column() == QuotaColumn))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        switch (index.column()) {
        case RowColumn:
            return row.row;
        case AddressColumn:
            return row.address();
        case QuotaColumn:
            return row.status == ImportRow::Status::Ready ? MailboxTableModel::formatMegabytes(row.mailbox.quotaMb)
                                                          : QString();
        case ResultColumn:
            return ImportPlan::resultText(row);
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        switch (section) {
        case RowColumn:
            //: The row of the spreadsheet file
            return ImportDialog::tr("Row");
        case AddressColumn:
            return ImportDialog::tr("Mailbox");
        case QuotaColumn:
            return ImportDialog::tr("Disk quota");
        case ResultColumn:
            return ImportDialog::tr("Result");
        default:
            return {};
        }
    }

private:
    const ImportPlan *m_plan = nullptr;
};

namespace {

QTableView *makeTable(QWidget *parent, const QString &name, QAbstractItemModel *model)
{
    auto *view = new QTableView(parent);
    view->setTabKeyNavigation(false); // Tab leaves the table: no keyboard trap
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

// A job whose answer is awaited lives on after the dialog, until it has finished.
template<typename Job> void releaseWhenFinished(Job *job)
{
    if (!job || !job->isRunning())
        return;
    job->setParent(nullptr);
    QObject::connect(job, &Job::finished, job, &QObject::deleteLater);
}

} // namespace

ImportDialog::ImportDialog(MailboxService *service, const QString &domain, QWidget *parent)
    : BulkJobDialog(parent), m_service(service), m_domain(domain)
{
    setObjectName(u"importDialog"_s);
    setSizeGripEnabled(true);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 34);

    m_previewModel = new PreviewModel(this);

    m_fileLabel = new ValueLabel(this);
    m_fileLabel->setObjectName(u"fileLabel"_s);
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_fileLabel->setWordWrap(true);
    m_chooseFileButton = new QPushButton(this);
    m_chooseFileButton->setObjectName(u"chooseFileButton"_s);
    m_chooseFileButton->setAutoDefault(false);
    m_statusLabel = new ValueLabel(this);
    m_statusLabel->setObjectName(u"statusLabel"_s);
    m_statusLabel->setWordWrap(true);
    m_errorLabel = new ErrorLabel(this);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_countsLabel = new ValueLabel(this);
    m_countsLabel->setObjectName(u"countsLabel"_s);
    m_countsLabel->setWordWrap(true);
    QFont bold = m_countsLabel->font();
    bold.setBold(true);
    m_countsLabel->setFont(bold);
    m_warningsLabel = new ValueLabel(this);
    m_warningsLabel->setObjectName(u"warningsLabel"_s);
    m_warningsLabel->setWordWrap(true);
    m_warningsLabel->setTextFormat(Qt::PlainText);
    m_previewTableView = makeTable(this, u"previewTableView"_s, m_previewModel);
    createReportWidgets(makeTable(this, u"reportTableView"_s, reportModel()));
    if (m_service)
        setStoreFiles(m_service->storeFiles());

    m_buttonBox = new QDialogButtonBox(this);
    m_buttonBox->setObjectName(u"buttonBox"_s);
    m_importButton = m_buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(u"importButton"_s);
    m_importReadyButton = m_buttonBox->addButton(QString(), QDialogButtonBox::ActionRole);
    m_importReadyButton->setObjectName(u"importReadyButton"_s);
    m_cancelButton = m_buttonBox->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(u"cancelButton"_s);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addWidget(m_chooseFileButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_countsLabel);
    layout->addWidget(m_warningsLabel);
    layout->addWidget(m_previewTableView, 1);
    addReportWidgets(layout);
    // Qt makes the box a focus proxy of its first button; behind its buttons in the Tab order, it
    // would send Tab from the last button back to the first one, never to the fields.
    m_buttonBox->setFocusProxy(nullptr);
    layout->addWidget(m_buttonBox);

    connect(m_chooseFileButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_importReadyButton, &QPushButton::clicked, this, &ImportDialog::startImportOfReadyRows);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::reject);
    setCancelButton(m_cancelButton);
    connect(this, &BulkJobDialog::reportShown, this, &ImportDialog::importFinished);

    setState(State::NoFile);
}

ImportDialog::~ImportDialog()
{
    releaseWhenFinished(m_planner);
    if (m_plan)
        m_plan->clearPasswords();
}

bool ImportDialog::chooseFile()
{
    if (m_state == State::Importing || m_state == State::Finished)
        return false;
    const QString folder = m_path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                            : QFileInfo(m_path).absolutePath();
    const QString path = FileDialog::getOpenFileName(
        this, tr("Import Mailboxes"), folder, tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return false;
    loadFile(path);
    return true;
}

void ImportDialog::loadFile(const QString &path)
{
    if (m_state == State::Importing || m_state == State::Finished)
        return;
    m_path = path;
    if (m_plan)
        m_plan->clearPasswords();
    m_plan.reset();
    m_previewModel->setPlan(nullptr);
    m_errorLabel->clearError();
    setState(State::Reading);
    const quint64 generation = ++m_generation;

    // The file is read on a worker thread: the window stays responsive for a large file.
    auto promise = std::make_shared<QPromise<Result<MailboxCsvFile>>>();
    QFuture<Result<MailboxCsvFile>> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, path] {
        promise->addResult(MailboxCsv::readFile(path));
        promise->finish();
    });
    whenReady(future, this, [this, generation](Result<MailboxCsvFile> file) {
        if (generation != m_generation)
            return;
        if (!file) {
            showReadError(file.error());
            return;
        }
        releaseWhenFinished(m_planner);
        if (m_planner && m_planner->parent() == this)
            delete m_planner;
        m_planner = new ImportPlanner(*m_service, this);
        connect(m_planner, &ImportPlanner::finished, this, [this, generation] {
            if (generation == m_generation)
                planned();
        });
        m_planner->start(m_domain, file.takeValue());
    });
}

void ImportDialog::showReadError(const ServiceError &error)
{
    m_errorLabel->setError(error);
    setState(State::NoFile);
}

void ImportDialog::planned()
{
    if (!m_planner->plan()) {
        showReadError(m_planner->error().value_or(ServiceError()));
        return;
    }
    m_plan = m_planner->takePlan();
    m_previewModel->setPlan(&*m_plan);
    m_previewTableView->resizeColumnsToContents();
    setState(State::Preview);
    Q_EMIT previewReady();
}

void ImportDialog::startImport()
{
    // The whole file or nothing: a plan with a refused row is imported only through the other button.
    if (m_plan && m_plan->count(ImportRow::Status::Invalid) > 0)
        return;
    startImportOfReadyRows();
}

void ImportDialog::startImportOfReadyRows()
{
    if (m_state != State::Preview || !m_plan || m_plan->count(ImportRow::Status::Ready) == 0)
        return;
    auto *importer = new Importer(*m_service, this);
    const int ready = m_plan->count(ImportRow::Status::Ready);
    // The importer takes the plan and its passwords; the preview keeps what it shows.
    ImportPlan plan = *m_plan;
    m_plan->clearPasswords();
    follow(importer, ready);
    setState(State::Importing);
    importer->start(std::move(plan), Importer::Mode::ReadyOnly);
}

void ImportDialog::jobFinished()
{
    setState(State::Finished);
}

QString ImportDialog::doneText() const
{
    return tr("created");
}

void ImportDialog::setState(State state)
{
    m_state = state;
    const bool preview = state == State::Preview || state == State::Reading || state == State::NoFile;
    const bool finished = state == State::Finished;
    m_chooseFileButton->setVisible(preview);
    m_chooseFileButton->setEnabled(state != State::Reading);
    m_statusLabel->setVisible(state == State::Reading || state == State::Importing);
    m_countsLabel->setVisible(state == State::Preview || state == State::Importing);
    m_warningsLabel->setVisible(
        (state == State::Preview || state == State::Importing) && m_plan && !m_plan->warnings.isEmpty());
    m_previewTableView->setVisible(state != State::Finished);
    showReportWidgets(state == State::Importing, finished);
    const int ready = m_plan ? m_plan->count(ImportRow::Status::Ready) : 0;
    const int refused = m_plan ? m_plan->count(ImportRow::Status::Invalid) : 0;
    m_importButton->setVisible(!finished);
    m_importButton->setEnabled(state == State::Preview && ready > 0 && refused == 0);
    m_importReadyButton->setVisible(state == State::Preview && ready > 0 && refused > 0);
    retranslateUi();
}

QString ImportDialog::summaryText() const
{
    const BulkReport &report = reportModel()->report();
    using Outcome = BulkReportEntry::Outcome;
    QStringList parts;
    parts.append(tr("%n mailbox(es) created", nullptr, report.count(Outcome::Done)));
    parts.append(tr("%n skipped", nullptr, report.count(Outcome::Skipped)));
    parts.append(tr("%n failed", nullptr, report.count(Outcome::Failed)));
    if (report.count(Outcome::NotDone) > 0)
        parts.append(tr("%n not done", nullptr, report.count(Outcome::NotDone)));
    QString text = parts.join(u", "_s) + u'.';
    if (report.stoppedBy)
        text += u'\n' + tr("The import stopped: %1").arg(report.stoppedBy->message());
    else if (report.cancelled)
        text += u'\n'
            + tr("The import was cancelled. The mailboxes created are complete; import the same file again to "
                 "create the rest.");
    return text;
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import Mailboxes into %1").arg(m_domain));
    m_fileLabel->setText(
        m_path.isEmpty() ? tr("No file chosen.") : tr("File: %1").arg(QDir::toNativeSeparators(m_path)));
    m_fileLabel->setAccessibleName(tr("File"));
    m_chooseFileButton->setText(m_path.isEmpty() ? tr("C&hoose a file…") : tr("C&hoose another file…"));
    m_chooseFileButton->setAccessibleName(m_chooseFileButton->text().remove(u'&').remove(u'…'));
    if (m_state == State::Reading)
        m_statusLabel->setText(tr("Reading the file and checking it against %1…").arg(m_domain));
    else if (m_state == State::Importing)
        m_statusLabel->setText(tr("Creating the mailboxes. Cancel stops after the current mailbox: every mailbox "
                                  "is created whole or not at all."));
    m_statusLabel->setAccessibleName(tr("Status"));
    m_errorLabel->retranslate();
    m_errorLabel->setAccessibleName(tr("Error"));

    if (m_plan) {
        const int ready = m_plan->count(ImportRow::Status::Ready);
        //: The three counts of an import preview, joined: "48 mailboxes will be created, 1 skipped, 1 invalid"
        m_countsLabel->setText(tr("%n mailbox(es) will be created", nullptr, ready) + u", "_s
            + tr("%n skipped", nullptr, m_plan->count(ImportRow::Status::Exists)) + u", "_s
            + tr("%n invalid", nullptr, m_plan->count(ImportRow::Status::Invalid)));
        m_warningsLabel->setText(m_plan->warnings.join(u'\n'));
        const int refused = m_plan->count(ImportRow::Status::Invalid);
        if (refused > 0)
            m_countsLabel->setText(m_countsLabel->text() + u'\n'
                + tr("The file is imported only when no row is refused: correct it and choose it again, or import "
                     "only the ready rows."));
        m_importButton->setText(tr("&Import %n mailbox(es)", nullptr, ready));
        m_importReadyButton->setText(tr("Import &only the %n ready row(s)", nullptr, ready));
    } else {
        m_countsLabel->clear();
        m_warningsLabel->clear();
        m_importButton->setText(tr("&Import"));
    }
    m_countsLabel->setAccessibleName(tr("Counts"));
    m_warningsLabel->setAccessibleName(tr("Warnings"));
    m_previewTableView->setAccessibleName(tr("Rows of the file"));
    m_previewModel->retranslate();
    summaryLabel()->setText(m_state == State::Finished ? summaryText() : QString());
    retranslateReportWidgets(tr("The generated passwords are shown only now: copy them, or save or print the "
                                "credential letters, before you close this window. Each user must change the "
                                "password at the first access."));
    m_importButton->setAccessibleName(m_importButton->text().remove(u'&'));
    m_importReadyButton->setAccessibleName(m_importReadyButton->text().remove(u'&'));
    m_cancelButton->setText(m_state == State::Finished ? tr("Close") : tr("Cancel"));
    m_cancelButton->setAccessibleName(m_cancelButton->text());
}

} // namespace pecadmin
