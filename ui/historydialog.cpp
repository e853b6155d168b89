#include "historydialog.h"

#include "core/mailboxservice.h"
#include "core/whenready.h"
#include "filedialog.h"
#include "historytablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace pecadmin {

namespace {

constexpr int pageSize = 200;

} // namespace

HistoryDialog::HistoryDialog(MailboxService *service, const QString &domain, QWidget *parent)
    : QDialog(parent), m_service(service), m_domain(domain), m_model(new HistoryTableModel(service, this))
{
    setObjectName(QStringLiteral("historyDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QGridLayout;
    layout->addLayout(filters);

    m_mailboxLabel = new QLabel(this);
    m_mailboxEdit = new QLineEdit(this);
    m_mailboxEdit->setObjectName(QStringLiteral("mailboxEdit"));
    m_mailboxEdit->setClearButtonEnabled(true);
    m_mailboxLabel->setBuddy(m_mailboxEdit);
    m_operationLabel = new QLabel(this);
    m_operationComboBox = new QComboBox(this);
    m_operationComboBox->setObjectName(QStringLiteral("operationComboBox"));
    m_operationLabel->setBuddy(m_operationComboBox);
    m_userLabel = new QLabel(this);
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

    m_tableView = new QTableView(this);
    m_tableView->setObjectName(QStringLiteral("historyTableView"));
    m_tableView->setModel(m_model);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_tableView, 1);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_statusLabel);

    auto *buttons = new QDialogButtonBox(this);
    m_exportButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    // Return in a filter applies it; it never presses a button.
    m_exportButton->setAutoDefault(false);
    m_closeButton->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_exportButton, &QPushButton::clicked, this, &HistoryDialog::exportToFile);

    connect(m_mailboxEdit, &QLineEdit::editingFinished, this, &HistoryDialog::applyFilters);
    connect(m_userEdit, &QLineEdit::editingFinished, this, &HistoryDialog::applyFilters);
    connect(m_operationComboBox, &QComboBox::activated, this, &HistoryDialog::applyFilters);
    connect(m_sinceCheckBox, &QCheckBox::toggled, m_sinceEdit, &QWidget::setEnabled);
    connect(m_untilCheckBox, &QCheckBox::toggled, m_untilEdit, &QWidget::setEnabled);
    connect(m_sinceCheckBox, &QCheckBox::toggled, this, &HistoryDialog::applyFilters);
    connect(m_untilCheckBox, &QCheckBox::toggled, this, &HistoryDialog::applyFilters);
    connect(m_sinceEdit, &QDateEdit::dateChanged, this, &HistoryDialog::applyFilters);
    connect(m_untilEdit, &QDateEdit::dateChanged, this, &HistoryDialog::applyFilters);
    connect(m_model, &HistoryTableModel::pageLoaded, this, &HistoryDialog::showStatus);

    const QList<QWidget *> order { m_mailboxEdit, m_operationComboBox, m_userEdit, m_sinceCheckBox, m_sinceEdit,
        m_untilCheckBox, m_untilEdit, m_tableView, m_exportButton, m_closeButton };
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    resize(900, 520);
    retranslateUi();
    applyFilters();
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
    const HistoryQuery &now = m_model->query();
    if (m_model->rowCount() > 0 || m_model->isLoading() || m_model->error()) {
        if (next.domain == now.domain && next.mailbox == now.mailbox && next.operation == now.operation
            && next.actor == now.actor && next.since == now.since && next.until == now.until)
            return;
    }
    m_model->setQuery(next);
    showStatus();
}

void HistoryDialog::showStatus()
{
    if (m_model->error()) {
        m_statusLabel->setText(m_model->error()->message());
        return;
    }
    if (m_model->isLoading() && m_model->rowCount() == 0) {
        m_statusLabel->setText(tr("Loading…"));
        return;
    }
    if (m_model->rowCount() == 0) {
        m_statusLabel->setText(tr("No changes recorded that match."));
        return;
    }
    m_statusLabel->setText(m_model->atEnd()
            ? tr("%n change(s).", nullptr, m_model->rowCount())
            : tr("The newest %n change(s); more load as you scroll.", nullptr, m_model->rowCount()));
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
            m_statusLabel->setText(refusal->message());
        return false;
    }
    m_exporting = true;
    m_exportButton->setEnabled(false);
    m_statusLabel->setText(tr("Exporting…"));
    HistoryQuery first = query();
    first.limit = 1000;
    exportPage(path, first, QByteArray());
    return true;
}

void HistoryDialog::exportPage(const QString &path, HistoryQuery pageQuery, const QByteArray &newestFirst)
{
    whenReady(m_service->history(pageQuery), this,
        [this, path, pageQuery, newestFirst](const Result<HistoryPage> &page) mutable {
            const auto finish = [this](const QString &status, bool written) {
                m_exporting = false;
                m_exportButton->setEnabled(true);
                m_statusLabel->setText(status);
                Q_EMIT exportFinished(written);
            };
            if (!page) {
                finish(page.error().message(), false);
                return;
            }
            // Rows are gathered newest first; each row is prefixed so that the file is oldest first.
            QByteArray rows = newestFirst;
            for (const HistoryEntry &entry : page.value().entries)
                rows.prepend(history::csvRow(entry));
            if (page.value().hasMore && !page.value().entries.isEmpty()) {
                pageQuery.beforeSequence = page.value().entries.constLast().sequence;
                exportPage(path, pageQuery, rows);
                return;
            }
            QSaveFile file(path);
            const QByteArray bytes = history::csvHeader() + rows;
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
                finish(tr("The file %1 could not be written: %2").arg(path, file.errorString()), false);
                return;
            }
            finish(tr("The history was written to %1.").arg(path), true);
        });
}

void HistoryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
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
    m_sinceEdit->setAccessibleName(tr("From date"));
    m_untilCheckBox->setText(tr("&To"));
    m_untilEdit->setAccessibleName(tr("To date"));
    m_tableView->setAccessibleName(tr("Changes, newest first"));
    m_exportButton->setText(tr("&Export to CSV…"));
    m_exportButton->setAccessibleName(tr("Export to CSV"));
    showStatus();
}

} // namespace pecadmin
