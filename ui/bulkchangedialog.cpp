#include "bulkchangedialog.h"

#include "bulkreportmodel.h"
#include "core/limits.h"
#include "core/mailboxservice.h"
#include "core/rules.h"
#include "errorlabel.h"
#include "messagebox.h"
#include "valuelabel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace pecadmin {

using Action = BulkChange::Action;

BulkChangeDialog::BulkChangeDialog(MailboxService *service, const QList<Mailbox> &mailboxes, BulkChange::Action action,
    const DomainDetails &details, QWidget *parent)
    : BulkJobDialog(parent), m_service(service), m_action(action), m_details(details), m_selection(mailboxes)
{
    setObjectName(u"bulkChangeDialog"_s);
    setSizeGripEnabled(true);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    for (const Mailbox &mailbox : mailboxes) {
        if (std::optional<ServiceError> reason = BulkChange::refusal(action, mailbox))
            m_leftOut.append({ mailbox, *reason });
        else
            m_applicable.append(mailbox);
    }

    m_explanationLabel = new ValueLabel(this);
    m_explanationLabel->setObjectName(u"explanationLabel"_s);
    m_explanationLabel->setWordWrap(true);
    m_mailboxesListWidget = new QListWidget(this);
    m_mailboxesListWidget->setObjectName(u"mailboxesListWidget"_s);
    m_mailboxesListWidget->setSelectionMode(QAbstractItemView::NoSelection);
    m_mailboxesListWidget->setMaximumHeight(m_mailboxesListWidget->fontMetrics().height() * 8);
    for (const Mailbox &mailbox : std::as_const(m_applicable))
        m_mailboxesListWidget->addItem(mailbox.address());
    m_leftOutLabel = new ErrorLabel(this);
    m_leftOutLabel->setObjectName(u"leftOutLabel"_s);

    m_valueLabel = new QLabel(this);
    m_valueLabel->setObjectName(u"valueLabel"_s);
    m_valueSpinBox = new QSpinBox(this);
    m_valueSpinBox->setObjectName(u"valueSpinBox"_s);
    m_valueSpinBox->setRange(action == Action::SetSoftQuota ? 0 : 1, limits::spinBoxValue(limits::maxSizeMb));
    m_valueSpinBox->setGroupSeparatorShown(true);
    m_valueLabel->setBuddy(m_valueSpinBox);
    if (!m_applicable.isEmpty()) {
        const Mailbox &first = m_applicable.constFirst();
        m_valueSpinBox->setValue(
            limits::spinBoxValue(action == Action::SetSoftQuota ? first.softQuotaMb : first.quotaMb));
    }
    m_valueErrorLabel = new ErrorLabel(this);
    m_valueErrorLabel->setObjectName(u"valueErrorLabel"_s);
    m_belowUsageLabel = new QLabel(this);
    m_belowUsageLabel->setObjectName(u"belowUsageLabel"_s);
    m_belowUsageLabel->setWordWrap(true);

    auto *reportTableView = new QTableView(this);
    reportTableView->setTabKeyNavigation(false); // Tab leaves the table: no keyboard trap
    reportTableView->setObjectName(u"reportTableView"_s);
    reportTableView->setModel(reportModel());
    reportTableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    reportTableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    reportTableView->setWordWrap(false);
    reportTableView->verticalHeader()->hide();
    reportTableView->verticalHeader()->setDefaultSectionSize(reportTableView->fontMetrics().height() + 6);
    reportTableView->horizontalHeader()->setStretchLastSection(true);
    reportTableView->setColumnHidden(BulkReportModel::RowColumn, true);
    createReportWidgets(reportTableView);
    if (m_service)
        setStoreFiles(m_service->storeFiles());

    m_buttonBox = new QDialogButtonBox(this);
    m_buttonBox->setObjectName(u"buttonBox"_s);
    m_applyButton = m_buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(u"applyButton"_s);
    // Where the rules leave some mailboxes out, the change of the others only is a choice of its own.
    m_applyApplicableButton = m_buttonBox->addButton(QString(), QDialogButtonBox::ActionRole);
    m_applyApplicableButton->setObjectName(u"applyApplicableButton"_s);
    m_applyApplicableButton->setAutoDefault(false);
    m_cancelButton = m_buttonBox->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(u"cancelButton"_s);

    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_valueLabel);
    valueRow->addWidget(m_valueSpinBox);
    valueRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanationLabel);
    layout->addWidget(m_mailboxesListWidget);
    layout->addWidget(m_leftOutLabel);
    layout->addLayout(valueRow);
    layout->addWidget(m_valueErrorLabel);
    m_valueErrorLabel->setField(m_valueSpinBox);
    layout->addWidget(m_belowUsageLabel);
    addReportWidgets(layout);
    layout->addStretch(0);
    // Qt makes the box a focus proxy of its first button; behind its buttons in the Tab order, it
    // would send Tab from the last button back to the first one, never to the fields.
    m_buttonBox->setFocusProxy(nullptr);
    layout->addWidget(m_buttonBox);

    connect(m_valueSpinBox, &QSpinBox::valueChanged, this, &BulkChangeDialog::validate);
    connect(m_applyButton, &QPushButton::clicked, this, &BulkChangeDialog::start);
    connect(m_applyApplicableButton, &QPushButton::clicked, this, &BulkChangeDialog::startOnApplicable);
    connect(m_cancelButton, &QPushButton::clicked, this, &BulkChangeDialog::reject);
    setCancelButton(m_cancelButton);
    connect(this, &BulkJobDialog::reportShown, this, &BulkChangeDialog::changeFinished);

    setState(State::Confirm);
    if (takesValue(action)) {
        m_valueSpinBox->setFocus();
        m_valueSpinBox->selectAll();
    }
}

QList<BulkChange::Action> BulkChangeDialog::actions()
{
    return { Action::SetQuota, Action::SetSoftQuota, Action::ArchivingOn, Action::ArchivingOff, Action::ResetPassword };
}

bool BulkChangeDialog::takesValue(BulkChange::Action action)
{
    return action == Action::SetQuota || action == Action::SetSoftQuota;
}

std::optional<QString> BulkChangeDialog::valueError() const
{
    const qint64 value = m_valueSpinBox->value();
    // Where the server does not state the domain's limits, only it checks them.
    const Domain domain = rules::limitsToCheck(m_details).domain;
    switch (m_action) {
    case Action::SetQuota: {
        if (auto error = rules::checkQuota(domain, value, 0))
            return error->message();
        if (m_details.limitsKnown) {
            qint64 allocated = m_details.allocatedMb;
            for (const Mailbox &mailbox : m_applicable)
                allocated += value - mailbox.quotaMb;
            if (allocated > m_details.domain.totalSpaceMb) {
                const QLocale locale;
                return tr("With %n quota(s) of %1 MB the domain would allocate %2 MB, more than its %3 MB.", nullptr,
                    applicableCount())
                    .arg(locale.toString(value), locale.toString(allocated),
                        locale.toString(m_details.domain.totalSpaceMb));
            }
        }
        return std::nullopt;
    }
    case Action::SetSoftQuota:
        for (const Mailbox &mailbox : m_applicable) {
            if (auto error = rules::checkSoftQuota(value, mailbox.quotaMb))
                return tr("%1: %2").arg(mailbox.address(), error->message());
        }
        return std::nullopt;
    case Action::ArchivingOn:
        if (auto error = rules::checkArchiving(m_details.domain, true))
            return error->message();
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

int BulkChangeDialog::belowUsageCount() const
{
    if (m_action != Action::SetQuota)
        return 0;
    const qint64 value = m_valueSpinBox->value();
    return int(std::count_if(m_applicable.cbegin(), m_applicable.cend(),
        [value](const Mailbox &mailbox) { return rules::quotaBelowUsage(mailbox, value); }));
}

void BulkChangeDialog::validate()
{
    if (m_state != State::Confirm)
        return;
    const std::optional<QString> error = valueError();
    m_valueErrorLabel->setMessage(error.value_or(QString()));
    const int below = belowUsageCount();
    m_belowUsageLabel->setText(below > 0 ? tr("%n of these mailboxes already use(s) more than this: they will not "
                                              "receive mail until their users delete messages.",
                                   nullptr, below)
                                         : QString());
    m_belowUsageLabel->setVisible(below > 0);
    m_applyButton->setEnabled(!error && !m_applicable.isEmpty() && m_leftOut.isEmpty());
    m_applyApplicableButton->setEnabled(!error && !m_applicable.isEmpty());
}

void BulkChangeDialog::start()
{
    // Every mailbox or none: with one left out, only the other button changes the rest.
    if (!m_leftOut.isEmpty())
        return;
    startJob(BulkJob::PlanMode::Whole);
}

void BulkChangeDialog::startOnApplicable()
{
    startJob(BulkJob::PlanMode::ReadyOnly);
}

void BulkChangeDialog::startJob(BulkJob::PlanMode mode)
{
    if (m_state != State::Confirm || m_applicable.isEmpty() || valueError())
        return;
    const int below = belowUsageCount();
    if (below > 0) {
        const auto answer = MessageBox::warning(this, tr("Quota Below Usage"),
            tr("%n of the mailboxes already use(s) more than %1 MB. They will not receive mail until their users "
               "delete messages.\n\nSet the quota anyway?",
                nullptr, below)
                .arg(QLocale().toString(m_valueSpinBox->value())),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    auto *job = new BulkChange(*m_service, this);
    follow(job, applicableCount());
    setState(State::Applying);
    // The whole selection: the mailboxes left out are in the report with the reason.
    job->start(
        m_action, m_selection, m_valueSpinBox->value(), rules::limitsToCheck(m_details).domain.passwordPolicy, mode);
}

void BulkChangeDialog::jobFinished()
{
    setState(State::Finished);
}

void BulkChangeDialog::setState(State state)
{
    m_state = state;
    const bool confirm = state == State::Confirm;
    const bool finished = state == State::Finished;
    const bool value = confirm && takesValue(m_action);
    m_explanationLabel->setVisible(!finished);
    m_mailboxesListWidget->setVisible(confirm);
    m_leftOutLabel->setVisible(confirm && !m_leftOut.isEmpty());
    m_valueLabel->setVisible(value);
    m_valueSpinBox->setVisible(value);
    m_valueErrorLabel->setVisible(confirm);
    m_belowUsageLabel->setVisible(false);
    showReportWidgets(state == State::Applying, finished);
    m_applyButton->setVisible(!finished);
    m_applyButton->setEnabled(confirm);
    m_applyApplicableButton->setVisible(confirm && !m_leftOut.isEmpty() && !m_applicable.isEmpty());
    retranslateUi();
    validate();
}

QString BulkChangeDialog::doneText() const
{
    switch (m_action) {
    case Action::ResetPassword:
        return tr("password reset");
    default:
        return tr("changed");
    }
}

QString BulkChangeDialog::summaryText() const
{
    const BulkReport &report = reportModel()->report();
    using Outcome = BulkReportEntry::Outcome;
    QStringList parts;
    parts.append(tr("%n mailbox(es) changed", nullptr, report.count(Outcome::Done)));
    parts.append(tr("%n failed", nullptr, report.count(Outcome::Failed)));
    if (report.count(Outcome::NotDone) > 0)
        parts.append(tr("%n not done", nullptr, report.count(Outcome::NotDone)));
    QString text = parts.join(u", "_s) + u'.';
    if (report.stoppedBy)
        text += u'\n' + tr("The change stopped: %1").arg(report.stoppedBy->message());
    else if (report.cancelled)
        text += u'\n' + tr("The change was cancelled: the mailboxes not done are as they were.");
    return text;
}

void BulkChangeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        validate();
    }
    QDialog::changeEvent(event);
}

void BulkChangeDialog::retranslateUi()
{
    const int count = applicableCount();
    const QLocale locale;
    switch (m_action) {
    case Action::SetQuota:
        setWindowTitle(tr("Set Disk Quota"));
        if (m_details.limitsKnown)
            m_explanationLabel->setText(tr("The disk quota of the %n selected mailbox(es) will be set to the value "
                                           "below, at most %1 MB each.",
                nullptr, count)
                                            .arg(locale.toString(m_details.domain.maxMailboxQuotaMb)));
        else
            m_explanationLabel->setText(tr("The disk quota of the %n selected mailbox(es) will be set to the value "
                                           "below. The server does not state the domain's limits: it checks the "
                                           "quotas itself.",
                nullptr, count));
        m_valueLabel->setText(tr("Disk &quota:"));
        m_applyButton->setText(tr("&Set the quota of %n mailbox(es)", nullptr, count));
        break;
    case Action::SetSoftQuota:
        setWindowTitle(tr("Set Soft Quota"));
        m_explanationLabel->setText(tr("The soft quota of the %n selected mailbox(es) will be set to the value "
                                       "below: the user gets a warning message when the mailbox reaches it. 0 "
                                       "turns the warning off.",
            nullptr, count));
        m_valueLabel->setText(tr("&Soft quota:"));
        m_applyButton->setText(tr("&Set the soft quota of %n mailbox(es)", nullptr, count));
        break;
    case Action::ArchivingOn:
        setWindowTitle(tr("Turn Archiving On"));
        m_explanationLabel->setText(tr("Conservazione sostitutiva (legal archiving of receipts) will be turned on "
                                       "for the %n selected mailbox(es).",
            nullptr, count));
        m_applyButton->setText(tr("&Turn archiving on for %n mailbox(es)", nullptr, count));
        break;
    case Action::ArchivingOff:
        setWindowTitle(tr("Turn Archiving Off"));
        m_explanationLabel->setText(tr("Conservazione sostitutiva (legal archiving of receipts) will be turned off "
                                       "for the %n selected mailbox(es). Receipts already archived stay archived.",
            nullptr, count));
        m_applyButton->setText(tr("&Turn archiving off for %n mailbox(es)", nullptr, count));
        break;
    case Action::ResetPassword:
        setWindowTitle(tr("Reset Passwords"));
        m_explanationLabel->setText(tr("The password of the %n selected mailbox(es) will be replaced by a generated "
                                       "one, shown once at the end. The users can no longer sign in with their "
                                       "current passwords, and must change the new one at the first access.",
            nullptr, count));
        m_applyButton->setText(tr("&Reset %n password(s)", nullptr, count));
        break;
    case Action::Enable:
    case Action::Disable:
    case Action::Delete:
        break; // their own dialogs
    }
    if (m_state == State::Applying)
        m_explanationLabel->setText(tr("Applying the change. Cancel stops after the current mailbox."));
    m_explanationLabel->setAccessibleName(tr("What will happen"));
    m_mailboxesListWidget->setAccessibleName(tr("Mailboxes to change"));
    QStringList leftOut;
    for (const auto &[mailbox, reason] : std::as_const(m_leftOut))
        leftOut.append(tr("%1: %2").arg(mailbox.address(), reason.message()));
    m_leftOutLabel->setMessage(m_leftOut.isEmpty()
            ? QString()
            : tr("%n mailbox(es) cannot take this change:", nullptr, int(m_leftOut.size())) + u'\n'
                + leftOut.join(u'\n') + u'\n'
                + tr("The change is made on every selected mailbox or on none: leave these out of the selection, or "
                     "change only the others."));
    m_leftOutLabel->setAccessibleName(tr("Mailboxes left out"));
    m_valueSpinBox->setSuffix(tr(" MB"));
    m_valueSpinBox->setAccessibleName(m_valueLabel->text().remove(u'&').remove(u':'));
    m_valueErrorLabel->setAccessibleName(tr("Error"));
    m_belowUsageLabel->setAccessibleName(tr("Warning"));
    summaryLabel()->setText(m_state == State::Finished ? summaryText() : QString());
    retranslateReportWidgets(tr("The new passwords are shown only now: copy them, or save or print the "
                                "credential letters, before you close this window."));
    m_applyApplicableButton->setText(tr("Change &only the %n other mailbox(es)", nullptr, count));
    m_applyButton->setAccessibleName(m_applyButton->text().remove(u'&'));
    m_applyApplicableButton->setAccessibleName(m_applyApplicableButton->text().remove(u'&'));
    m_cancelButton->setText(m_state == State::Finished ? tr("Close") : tr("Cancel"));
    m_cancelButton->setAccessibleName(m_cancelButton->text());
}

} // namespace pecadmin
