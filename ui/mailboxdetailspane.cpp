#include "mailboxdetailspane.h"

#include "core/limits.h"
#include "core/mailboxservice.h"
#include "historytablemodel.h"
#include "historyview.h"
#include "mailboxtablemodel.h"
#include "valuelabel.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace pecadmin {

namespace {
// The rows of the form, in order; each value label is named "<key>ValueLabel".
enum Row {
    Username,
    DomainRow,
    Status,
    Used,
    UsageUpdated,
    Quota,
    SoftQuota,
    SoftQuotaAlarm,
    Archiving,
    MustChange,
    Created,
    Modified,
    Version,
    RowCount
};
const char *const rowKeys[RowCount] = { "username", "domain", "status", "used", "usageUpdated", "quota", "softQuota",
    "softQuotaAlarm", "archiving", "mustChangePassword", "created", "modified", "version" };
} // namespace

MailboxDetailsPane::MailboxDetailsPane(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("mailboxDetailsPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_stackedWidget = new QStackedWidget(this);
    m_stackedWidget->setObjectName(QStringLiteral("detailsStackedWidget"));
    layout->addWidget(m_stackedWidget);

    m_messageLabel = new QLabel(m_stackedWidget);
    m_messageLabel->setObjectName(QStringLiteral("selectionMessageLabel"));
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setForegroundRole(QPalette::PlaceholderText);
    m_stackedWidget->addWidget(m_messageLabel);

    m_tabWidget = new QTabWidget(m_stackedWidget);
    m_tabWidget->setObjectName(QStringLiteral("detailsTabWidget"));
    m_tabWidget->setDocumentMode(true);
    m_stackedWidget->addWidget(m_tabWidget);

    m_detailsWidget = new QWidget(m_tabWidget);
    m_detailsWidget->setObjectName(QStringLiteral("detailsWidget"));
    auto *detailsLayout = new QVBoxLayout(m_detailsWidget);
    m_titleLabel = new QLabel(m_detailsWidget);
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    m_titleLabel->setWordWrap(true);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_titleLabel->setFont(titleFont);
    detailsLayout->addWidget(m_titleLabel);

    m_formLayout = new QFormLayout;
    m_formLayout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    // A narrow pane puts a long caption above its value rather than cutting either.
    m_formLayout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_formLayout->setLabelAlignment(Qt::AlignLeft);
    detailsLayout->addLayout(m_formLayout);
    detailsLayout->addStretch(1);
    for (const char *key : rowKeys)
        addRow(QString::fromLatin1(key) + QStringLiteral("ValueLabel"));
    m_tabWidget->addTab(m_detailsWidget, QString());

    m_historyView = new HistoryView(nullptr, m_tabWidget);
    m_historyView->setObjectName(QStringLiteral("mailboxHistoryView"));
    // The mailbox is the pane's title: its column would repeat it on every line.
    m_historyView->tableView()->setColumnHidden(HistoryTableModel::SubjectColumn, true);
    m_tabWidget->addTab(m_historyView, QString());
    m_tabWidget->setTabVisible(m_tabWidget->indexOf(m_historyView), false);
    connect(m_tabWidget, &QTabWidget::currentChanged, this, &MailboxDetailsPane::showHistory);

    setMinimumWidth(220);
    retranslateUi();
    showValues();
}

ValueLabel *MailboxDetailsPane::addRow(const QString &objectName)
{
    auto *caption = new QLabel(m_detailsWidget);
    auto *value = new ValueLabel(m_detailsWidget);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(true);
    value->setFocusPolicy(Qt::TabFocus);
    caption->setBuddy(value);
    m_formLayout->addRow(caption, value);
    m_captionLabels.append(caption);
    m_valueLabels.append(value);
    return value;
}

void MailboxDetailsPane::setMailboxes(const QList<Mailbox> &mailboxes)
{
    m_mailboxes = mailboxes;
    showValues();
}

void MailboxDetailsPane::setService(MailboxService *service)
{
    m_historyView->setService(service);
    m_historyVersion.clear();
    const bool keepsHistory = service && service->capabilities().keepsHistory;
    if (!keepsHistory)
        m_tabWidget->setCurrentWidget(m_detailsWidget);
    m_tabWidget->setTabVisible(m_tabWidget->indexOf(m_historyView), keepsHistory);
    showHistory();
}

void MailboxDetailsPane::showHistory()
{
    if (m_mailboxes.size() != 1 || m_tabWidget->currentWidget() != m_historyView)
        return;
    const Mailbox &mailbox = m_mailboxes.constFirst();
    const HistoryTableModel *model = m_historyView->model();
    if (model->query().mailbox == mailbox.address() && m_historyVersion == mailbox.version && !model->error())
        return;
    HistoryQuery query;
    query.domain = mailbox.domain;
    query.mailbox = mailbox.address();
    m_historyVersion = mailbox.version;
    m_historyView->setQuery(query);
}

void MailboxDetailsPane::setArchivingAvailable(bool available)
{
    m_archivingAvailable = available;
    showValues();
}

QString MailboxDetailsPane::valueText(const QString &objectName) const
{
    if (objectName == m_messageLabel->objectName())
        return m_messageLabel->text();
    if (objectName == m_titleLabel->objectName())
        return m_titleLabel->text();
    for (const QLabel *label : m_valueLabels)
        if (label->objectName() == objectName)
            return label->text();
    return {};
}

void MailboxDetailsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MailboxDetailsPane::retranslateUi()
{
    const QString captions[RowCount] = {
        tr("Username:"),
        tr("Domain:"),
        tr("Status:"),
        tr("Disk space used:"),
        tr("Usage reported:"),
        tr("Disk quota:"),
        tr("Soft quota:"),
        tr("Soft-quota alarm sent:"),
        tr("Archiving:"),
        tr("Must change password:"),
        tr("Created:"),
        tr("Last modified:"),
        tr("Version:"),
    };
    for (int row = 0; row < RowCount; ++row) {
        m_captionLabels[row]->setText(captions[row]);
        QString accessible = captions[row];
        accessible.chop(1); // without the colon
        m_valueLabels[row]->setAccessibleName(accessible);
    }
    m_stackedWidget->setAccessibleName(tr("Mailbox details"));
    m_tabWidget->setAccessibleName(tr("Mailbox details"));
    m_tabWidget->setTabText(m_tabWidget->indexOf(m_detailsWidget), tr("De&tails"));
    m_tabWidget->setTabText(m_tabWidget->indexOf(m_historyView), tr("Histor&y"));
    m_tabWidget->setTabToolTip(m_tabWidget->indexOf(m_historyView), tr("Who changed this mailbox, and when"));
    m_historyView->tableView()->setAccessibleName(tr("Changes of this mailbox, newest first"));
    showValues();
}

void MailboxDetailsPane::showValues()
{
    if (m_mailboxes.size() != 1) {
        m_messageLabel->setText(m_mailboxes.isEmpty() ? tr("No mailbox selected")
                                                      : tr("%n mailboxes selected", nullptr, int(m_mailboxes.size())));
        m_messageLabel->setAccessibleName(m_messageLabel->text());
        m_stackedWidget->setCurrentWidget(m_messageLabel);
        return;
    }

    const Mailbox &mailbox = m_mailboxes.constFirst();
    const QLocale locale;
    m_titleLabel->setText(mailbox.address());
    m_titleLabel->setAccessibleName(mailbox.address());

    const int percent = limits::percent(mailbox.usedBytes, limits::bytesFromMb(mailbox.quotaMb));
    const QString values[RowCount] = {
        mailbox.name,
        mailbox.domain,
        mailbox.enabled ? tr("Enabled") : tr("Disabled"),
        mailbox.usageKnown()
            ? tr("%1 (%2%)").arg(MailboxTableModel::formatSize(mailbox.usedBytes), locale.toString(percent))
            : tr("Not reported by the mail server"),
        mailbox.usageUpdated.isValid() ? MailboxTableModel::formatDateTime(mailbox.usageUpdated)
                                       : tr("Not reported", "usage"),
        MailboxTableModel::formatMegabytes(mailbox.quotaMb),
        mailbox.softQuotaMb > 0 ? MailboxTableModel::formatMegabytes(mailbox.softQuotaMb) : tr("None", "soft quota"),
        !mailbox.softQuotaAlarmKnown           ? tr("Not reported", "soft-quota alarm")
            : mailbox.softQuotaAlarm.isValid() ? MailboxTableModel::formatDateTime(mailbox.softQuotaAlarm)
                                               : tr("Never", "soft-quota alarm"),
        !m_archivingAvailable ? tr("Not available for this domain")
                              : (mailbox.archiving ? tr("Yes", "archiving") : tr("No", "archiving")),
        mailbox.mustChangePassword ? tr("Yes, at the next access") : tr("No", "must change password"),
        MailboxTableModel::formatDateTime(mailbox.created),
        mailbox.modified.isValid() ? MailboxTableModel::formatDateTime(mailbox.modified) : tr("Never"),
        mailbox.version,
    };
    for (int row = 0; row < RowCount; ++row)
        m_valueLabels[row]->setText(values[row]);
    m_stackedWidget->setCurrentWidget(m_tabWidget);
    showHistory();
}

} // namespace pecadmin
