#include "historydialog.h"

#include "core/mailboxservice.h"
#include "core/whenready.h"
#include "filedialog.h"
#include "historyreport.h"
#include "historytablemodel.h"
#include "historyview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

#include <limits>

namespace pecadmin {

namespace {

constexpr int pageSize = 200;

} // namespace

HistoryDialog::HistoryDialog(MailboxService *service, const QString &domain, QWidget *parent)
    : QDialog(parent), m_service(service), m_domain(domain)
{
    setObjectName(QStringLiteral("historyDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QGridLayout;
    layout->addLayout(filters);

    m_mailboxLabel = new QLabel(this);
    m_mailboxLabel->setObjectName(QStringLiteral("mailboxLabel"));
    m_mailboxEdit = new QLineEdit(this);
    m_mailboxEdit->setObjectName(QStringLiteral("mailboxEdit"));
    m_mailboxEdit->setClearButtonEnabled(true);
    m_mailboxLabel->setBuddy(m_mailboxEdit);
    m_operationLabel = new QLabel(this);
    m_operationLabel->setObjectName(QStringLiteral("operationLabel"));
    m_operationComboBox = new QComboBox(this);
    m_operationComboBox->setObjectName(QStringLiteral("operationComboBox"));
    m_operationLabel->setBuddy(m_operationComboBox);
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_userEdit = new QLineEdit(this);
    m_userEdit->setObjectName(QStringLiteral("userEdit"));
    m_userEdit->setClearButtonEnabled(true);
    m_userLabel->setBuddy(m_userEdit);
    m_sinceCheckBox = new QCheckBox(this);
    m_sinceCheckBox->setObjectName(QStringLiteral("sinceCheckBox"));
    m_sinceEdit = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_sinceEdit->setObjectName(QStringLiteral("sinceEdit"));
    m_sinceEdit->setCalendarPopup(true);
    m_sinceEdit->setEnabled(false);
    m_untilCheckBox = new QCheckBox(this);
    m_untilCheckBox->setObjectName(QStringLiteral("untilCheckBox"));
    m_untilEdit = new QDateEdit(QDate::currentDate(), this);
    m_untilEdit->setObjectName(QStringLiteral("untilEdit"));
    m_untilEdit->setCalendarPopup(true);
    m_untilEdit->setEnabled(false);

    filters->addWidget(m_mailboxLabel, 0, 0);
    filters->addWidget(m_mailboxEdit, 0, 1);
    filters->addWidget(m_operationLabel, 0, 2);
    filters->addWidget(m_operationComboBox, 0, 3);
    filters->addWidget(m_userLabel, 1, 0);
    filters->addWidget(m_userEdit, 1, 1);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_sinceCheckBox);
    dates->addWidget(m_sinceEdit);
    dates->addWidget(m_untilCheckBox);
    dates->addWidget(m_untilEdit);
    filters->addLayout(dates, 1, 2, 1, 2);

    // Made after the filters, so that Tab goes from them to the table, then to the buttons.
    m_view = new HistoryView(service, this);
    layout->addWidget(m_view, 1);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_exportButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_reportButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_reportButton->setObjectName(QStringLiteral("reportButton"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    // Return in a filter applies it; it never presses a button.
    m_exportButton->setAutoDefault(false);
    m_reportButton->setAutoDefault(false);
    m_closeButton->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_exportButton, &QPushButton::clicked, this, &HistoryDialog::exportToFile);
    connect(m_reportButton, &QPushButton::clicked, this, &HistoryDialog::printReport);

    connect(m_mailboxEdit, &QLineEdit::editingFinished, this, &HistoryDialog::applyFilters);
    connect(m_userEdit, &QLineEdit::editingFinished, this, &HistoryDialog::applyFilters);
    connect(m_operationComboBox, &QComboBox::activated, this, &HistoryDialog::applyFilters);
    connect(m_sinceCheckBox, &QCheckBox::toggled, m_sinceEdit, &QWidget::setEnabled);
    connect(m_untilCheckBox, &QCheckBox::toggled, m_untilEdit, &QWidget::setEnabled);
    connect(m_sinceCheckBox, &QCheckBox::toggled, this, &HistoryDialog::applyFilters);
    connect(m_untilCheckBox, &QCheckBox::toggled, this, &HistoryDialog::applyFilters);
    connect(m_sinceEdit, &QDateEdit::dateChanged, this, &HistoryDialog::applyFilters);
    connect(m_untilEdit, &QDateEdit::dateChanged, this, &HistoryDialog::applyFilters);

    const QList<QWidget *> order { m_mailboxEdit, m_operationComboBox, m_userEdit, m_sinceCheckBox, m_sinceEdit,
        m_untilCheckBox, m_untilEdit, m_view->tableView() };
    // The buttons follow the table: the button box orders them itself.
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    resize(900, 520);
    retranslateUi();
    applyFilters();
}

HistoryTableModel *HistoryDialog::model() const
{
    return m_view->model();
}

HistoryQuery HistoryDialog::query() const
{
    HistoryQuery query;
    query.domain = m_domain;
    const QString mailbox = m_mailboxEdit->text().trimmed();
    if (!mailbox.isEmpty())
        query.mailbox = mailbox.contains(u'@') ? mailbox : mailbox + u'@' + m_domain;
    query.operation = m_operationComboBox->currentData().toString();
    query.actor = m_userEdit->text().trimmed();
    if (m_sinceCheckBox->isChecked())
        query.since = QDateTime(m_sinceEdit->date(), QTime(0, 0), Qt::UTC);
    if (m_untilCheckBox->isChecked())
        query.until = QDateTime(m_untilEdit->date().addDays(1), QTime(0, 0), Qt::UTC);
    query.limit = pageSize;
    return query;
}

void HistoryDialog::applyFilters()
{
    const HistoryQuery next = query();
    const HistoryTableModel *model = m_view->model();
    const HistoryQuery &now = model->query();
    if (model->rowCount() > 0 || model->isLoading() || model->error()) {
        if (next.domain == now.domain && next.mailbox == now.mailbox && next.operation == now.operation
            && next.actor == now.actor && next.since == now.since && next.until == now.until)
            return;
    }
    m_view->setQuery(next);
}

bool HistoryDialog::exportToFile()
{
    if (m_exporting || !m_service)
        return false;
    const QString path = FileDialog::getSaveFileName(this, tr("Export the history"),
        m_domain + QStringLiteral("-history.csv"), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return false;
    if (const auto refusal
        = FileDialog::confirmSaveTarget(this, tr("Export the history"), path, m_service->storeFiles())) {
        if (refusal->code() != ServiceError::Code::Cancelled)
            m_view->showMessage(refusal->message());
        return false;
    }
    setBusy(true);
    m_view->showMessage(tr("Exporting…"));
    HistoryQuery first = query();
    first.limit = 1000;
    collectEntries(
        first, {}, std::numeric_limits<int>::max(), [this, path](const Result<QList<HistoryEntry>> &entries) {
            const auto finish = [this](const QString &status, bool written) {
                setBusy(false);
                m_view->showMessage(status);
                Q_EMIT exportFinished(written);
            };
            if (!entries) {
                finish(entries.error().message(), false);
                return;
            }
            // Oldest first in the file.
            QByteArray bytes = history::csvHeader();
            for (auto entry = entries.value().crbegin(); entry != entries.value().crend(); ++entry)
                bytes += history::csvRow(*entry);
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
                finish(tr("The file %1 could not be written: %2").arg(path, file.errorString()), false);
                return;
            }
            finish(tr("The history was written to %1.").arg(path), true);
        });
    return true;
}

bool HistoryDialog::printReport()
{
    if (m_exporting || !m_service)
        return false;
    //: The file name a save dialog suggests for the history's report; keep .pdf
    QString path = FileDialog::getSaveFileName(this, tr("Print a report of the history"),
        tr("%1-history.pdf").arg(m_domain), tr("PDF documents (*.pdf);;All files (*)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    if (const auto refusal
        = FileDialog::confirmSaveTarget(this, tr("Print a report of the history"), path, m_service->storeFiles())) {
        if (refusal->code() != ServiceError::Code::Cancelled)
            m_view->showMessage(refusal->message());
        return false;
    }
    setBusy(true);
    m_view->showMessage(tr("Preparing the report…"));
    const auto fail = [this](const ServiceError &error) {
        setBusy(false);
        m_view->showMessage(error.message());
        Q_EMIT reportFinished(false);
    };
    whenReady(m_service->historyActor(), this, [this, path, fail](const Result<QString> &actor) {
        if (!actor) {
            fail(actor.error());
            return;
        }
        // The head first: the report holds the entries up to it, however many are added meanwhile.
        whenReady(m_service->historyHead(), this,
            [this, path, fail, printedBy = actor.value()](const Result<HistoryEntry> &head) {
                if (!head) {
                    fail(head.error());
                    return;
                }
                writeReport(path, printedBy, head.value());
            });
    });
    return true;
}

void HistoryDialog::writeReport(const QString &path, const QString &printedBy, const HistoryEntry &head)
{
    HistoryQuery first = query();
    first.limit = 1000;
    first.beforeSequence = head.sequence + 1;
    HistoryReport report;
    report.domain = m_domain;
    report.mailbox = first.mailbox;
    report.operation = first.operation;
    report.actor = first.actor;
    if (m_sinceCheckBox->isChecked())
        report.since = m_sinceEdit->date();
    if (m_untilCheckBox->isChecked())
        report.until = m_untilEdit->date();
    report.printedBy = printedBy;
    report.printedAt = QDateTime::currentDateTimeUtc();
    report.head = head;
    collectEntries(first, {}, HistoryReport::maximumEntries,
        [this, path, report](const Result<QList<HistoryEntry>> &entries) mutable {
            const auto finish = [this](const QString &status, bool written) {
                setBusy(false);
                m_view->showMessage(status);
                Q_EMIT reportFinished(written);
            };
            if (!entries) {
                finish(entries.error().message(), false);
                return;
            }
            report.entries.reserve(entries.value().size());
            for (auto entry = entries.value().crbegin(); entry != entries.value().crend(); ++entry)
                report.entries.append(*entry);
            if (const auto error = report.writePdf(path)) {
                finish(*error, false);
                return;
            }
            finish(tr("The report was written to %1.").arg(path), true);
        });
}

void HistoryDialog::collectEntries(HistoryQuery pageQuery, QList<HistoryEntry> newestFirst, int maximum,
    std::function<void(const Result<QList<HistoryEntry>> &)> done)
{
    whenReady(m_service->history(pageQuery), this,
        [this, pageQuery, newestFirst, maximum, done](const Result<HistoryPage> &page) mutable {
            if (!page) {
                done(page.error());
                return;
            }
            newestFirst += page.value().entries;
            if (newestFirst.size() > maximum) {
                done(ServiceError(ServiceError::Code::Validation,
                    QT_TRANSLATE_NOOP("ServiceError",
                        "The report would hold more than %1 changes: choose a shorter period or more filters."),
                    { QLocale().toString(maximum) }));
                return;
            }
            if (page.value().hasMore && !page.value().entries.isEmpty()) {
                pageQuery.beforeSequence = page.value().entries.constLast().sequence;
                collectEntries(pageQuery, newestFirst, maximum, done);
                return;
            }
            done(newestFirst);
        });
}

void HistoryDialog::setBusy(bool busy)
{
    m_exporting = busy;
    m_exportButton->setEnabled(!busy);
    m_reportButton->setEnabled(!busy);
}

void HistoryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void HistoryDialog::retranslateUi()
{
    setWindowTitle(tr("History of %1").arg(m_domain));
    m_mailboxLabel->setText(tr("&Mailbox:"));
    m_mailboxEdit->setPlaceholderText(tr("Every mailbox"));
    m_mailboxEdit->setAccessibleName(tr("Mailbox"));
    m_operationLabel->setText(tr("&Operation:"));
    m_operationComboBox->setAccessibleName(tr("Operation"));
    const QString operation = m_operationComboBox->currentData().toString();
    m_operationComboBox->clear();
    m_operationComboBox->addItem(tr("Every operation"), QString());
    for (const QString &name : history::operations())
        m_operationComboBox->addItem(HistoryTableModel::operationText(name), name);
    m_operationComboBox->setCurrentIndex(std::max(0, m_operationComboBox->findData(operation)));
    m_userLabel->setText(tr("&User:"));
    m_userEdit->setPlaceholderText(tr("Everybody"));
    m_userEdit->setAccessibleName(tr("User"));
    m_sinceCheckBox->setText(tr("&From"));
    m_sinceCheckBox->setAccessibleName(tr("From a date"));
    m_sinceEdit->setAccessibleName(tr("From date"));
    m_untilCheckBox->setText(tr("&To"));
    m_untilCheckBox->setAccessibleName(tr("To a date"));
    m_untilEdit->setAccessibleName(tr("To date"));
    m_view->tableView()->setAccessibleName(tr("Changes, newest first"));
    m_exportButton->setText(tr("&Export to CSV…"));
    m_exportButton->setAccessibleName(tr("Export to CSV"));
    m_reportButton->setText(tr("&Report (PDF)…"));
    m_reportButton->setAccessibleName(tr("Print a report of the history to PDF"));
    m_closeButton->setAccessibleName(tr("Close"));
}

} // namespace pecadmin
