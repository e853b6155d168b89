#include "enablemailboxesdialog.h"

#include "bulk/bulkchange.h"
#include "core/rules.h"
#include "errorlabel.h"
#include "valuelabel.h"

#include <QAccessible>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pecadmin {

EnableMailboxesDialog::EnableMailboxesDialog(
    MailboxService *service, const QList<Mailbox> &mailboxes, bool enable, QWidget *parent)
    : QDialog(parent), m_service(service), m_enable(enable)
{
    setObjectName(enable ? u"enableMailboxesDialog"_s : u"disableMailboxesDialog"_s);
    // Wide enough that explanations wrap into a few lines, not into a narrow column.
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    for (const Mailbox &mailbox : mailboxes) {
        Entry entry;
        entry.mailbox = mailbox;
        MailboxChange change;
        change.address = mailbox.address();
        change.version = mailbox.version;
        change.enabled = enable;
        // Only what concerns the mailbox itself is checked here; the backend checks the rest.
        entry.skipReason = enable ? rules::checkChange(DomainDetails(), mailbox, change) : rules::checkDisable(mailbox);
        m_entries.append(entry);
    }

    m_explanationLabel = new ValueLabel(this);
    m_explanationLabel->setObjectName(u"explanationLabel"_s);
    m_explanationLabel->setWordWrap(true);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"countLabel"_s);
    m_countLabel->setWordWrap(true);
    m_mailboxesListWidget = new QListWidget(this);
    m_mailboxesListWidget->setObjectName(u"mailboxesListWidget"_s);
    m_mailboxesListWidget->setSelectionMode(QAbstractItemView::NoSelection);
    m_mailboxesListWidget->setMaximumHeight(m_mailboxesListWidget->fontMetrics().height() * 9);
    m_countLabel->setBuddy(m_mailboxesListWidget);
    m_skippedLabel = new ErrorLabel(this);
    m_skippedLabel->setObjectName(u"skippedLabel"_s);
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(u"progressBar"_s);
    m_progressBar->setRange(0, std::max(1, applicableCount()));
    m_progressBar->setValue(0);
    m_progressBar->setVisible(false);
    m_summaryLabel = new ValueLabel(this);
    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setVisible(false);

    m_buttonBox = new QDialogButtonBox(this);
    m_buttonBox->setObjectName(u"buttonBox"_s);
    m_applyButton = m_buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(enable ? u"enableButton"_s : u"disableButton"_s);
    m_applyButton->setDefault(true);
    m_applyButton->setEnabled(applicableCount() > 0);
    m_cancelButton = m_buttonBox->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(u"cancelButton"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanationLabel);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_mailboxesListWidget);
    layout->addWidget(m_skippedLabel);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_summaryLabel);
    // Qt makes the box a focus proxy of its first button; behind its buttons in the Tab order, it
    // would send Tab from the last button back to the first one, never to the fields.
    m_buttonBox->setFocusProxy(nullptr);
    layout->addWidget(m_buttonBox);

    setTabOrder(m_mailboxesListWidget, m_applyButton);
    setTabOrder(m_applyButton, m_cancelButton);

    connect(m_applyButton, &QPushButton::clicked, this, &EnableMailboxesDialog::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &EnableMailboxesDialog::reject);

    retranslateUi();
}

EnableMailboxesDialog::~EnableMailboxesDialog()
{
    // A job whose answer is awaited lives on until it has finished; no more entries reach here.
    if (m_job && m_job->isRunning()) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job->setParent(nullptr);
        connect(m_job, &BulkJob::finished, m_job, &QObject::deleteLater);
    }
}

int EnableMailboxesDialog::applicableCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return !e.skipReason; }));
}

void EnableMailboxesDialog::reject()
{
    // Stopped after the current mailbox; the report then says which changed.
    if (m_busy) {
        m_job->cancel();
        m_cancelButton->setEnabled(false);
        return;
    }
    QDialog::reject();
}

void EnableMailboxesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void EnableMailboxesDialog::retranslateUi()
{
    const int count = applicableCount();
    if (m_enable) {
        setWindowTitle(tr("Enable Mailboxes"));
        m_explanationLabel->setText(tr("Enabling a mailbox restores access to it: its user can sign in and send "
                                       "again, and mail sent to it is delivered again."));
        m_countLabel->setText(tr("%n mailbox(es) will be enabled:", nullptr, count));
        m_applyButton->setText(tr("&Enable %n mailbox(es)", nullptr, count));
        m_progressBar->setAccessibleName(tr("Enabling"));
    } else {
        setWindowTitle(tr("Disable Mailboxes"));
        m_explanationLabel->setText(tr("A disabled mailbox keeps its messages, but nobody can access it, it cannot "
                                       "send, and mail sent to it is not delivered. You can enable it again at any "
                                       "time."));
        m_countLabel->setText(tr("%n mailbox(es) will be disabled:", nullptr, count));
        m_applyButton->setText(tr("&Disable %n mailbox(es)", nullptr, count));
        m_progressBar->setAccessibleName(tr("Disabling"));
    }
    m_explanationLabel->setAccessibleName(tr("What it means"));
    m_countLabel->setAccessibleName(m_countLabel->text());
    m_mailboxesListWidget->setAccessibleName(tr("Mailboxes"));
    m_applyButton->setAccessibleName(m_applyButton->text().remove(u'&'));
    m_skippedLabel->setAccessibleName(tr("Mailboxes left out"));
    m_summaryLabel->setAccessibleName(tr("Summary"));
    m_cancelButton->setText(m_finished ? tr("Close") : tr("Cancel"));
    m_cancelButton->setAccessibleName(m_cancelButton->text());
    updateList();
    if (m_finished)
        finish();
}

void EnableMailboxesDialog::updateList()
{
    QStringList skipped;
    m_mailboxesListWidget->clear();
    for (const Entry &entry : std::as_const(m_entries)) {
        QString text = entry.mailbox.address();
        QString state;
        if (entry.skipReason) {
            text = tr("%1 (left out)").arg(text);
            skipped.append(tr("%1: %2").arg(entry.mailbox.address(), entry.skipReason->message()));
            state = u"skipped"_s;
        } else if (entry.failure) {
            text = tr("%1 (failed)").arg(text);
            state = u"failed"_s;
        } else if (entry.done) {
            text = (m_enable ? tr("%1 (enabled)") : tr("%1 (disabled)")).arg(text);
            state = u"done"_s;
        }
        auto *item = new QListWidgetItem(text, m_mailboxesListWidget);
        item->setData(Qt::UserRole, entry.mailbox.address());
        item->setData(Qt::UserRole + 1, state);
    }
    m_skippedLabel->setMessage(
        skipped.isEmpty() || m_finished ? QString() : tr("Left out: %1").arg(skipped.join(u'\n')));
}

void EnableMailboxesDialog::start()
{
    if (m_busy || m_finished || applicableCount() == 0)
        return;
    QList<Mailbox> mailboxes;
    m_sent.clear();
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).skipReason)
            continue;
        m_sent.append(int(i));
        mailboxes.append(m_entries.at(i).mailbox);
    }
    m_busy = true;
    m_progressBar->setValue(0);
    m_progressBar->setVisible(true);
    m_applyButton->setEnabled(false);
    m_job = new BulkChange(*m_service, this);
    connect(m_job, &BulkJob::entryFinished, this, &EnableMailboxesDialog::entryFinished);
    connect(m_job, &BulkJob::progress, m_progressBar, &QProgressBar::setValue);
    connect(m_job, &BulkJob::finished, this, &EnableMailboxesDialog::jobFinished);
    m_job->start(m_enable ? BulkChange::Action::Enable : BulkChange::Action::Disable, mailboxes);
}

void EnableMailboxesDialog::entryFinished(int jobIndex)
{
    const BulkReportEntry &result = m_job->report().entries.at(jobIndex);
    Entry &entry = m_entries[m_sent.at(jobIndex)];
    entry.done = result.outcome == BulkReportEntry::Outcome::Done;
    entry.failure = entry.done ? std::nullopt : result.error;
    // Changed, or read again after someone else's change: the window shows it as it is now.
    if (result.mailbox) {
        entry.mailbox = *result.mailbox;
        Q_EMIT mailboxChanged(entry.mailbox);
    }
    updateList();
}

void EnableMailboxesDialog::jobFinished()
{
    for (qsizetype i = 0; i < m_sent.size(); ++i) {
        if (m_job->report().entries.at(i).outcome == BulkReportEntry::Outcome::NotDone)
            m_entries[m_sent.at(i)].notDone = true;
    }
    m_busy = false;
    m_finished = true;
    updateList();
    finish();
}

void EnableMailboxesDialog::finish()
{
    int done = 0;
    QStringList problems;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.done)
            ++done;
        else if (entry.failure)
            problems.append(tr("%1: %2").arg(entry.mailbox.address(), entry.failure->message()));
        else if (entry.skipReason)
            problems.append(tr("%1: %2").arg(entry.mailbox.address(), entry.skipReason->message()));
        else if (entry.notDone)
            problems.append(tr("%1: %2").arg(entry.mailbox.address(), BulkReport::tr("not done")));
    }
    QString summary
        = m_enable ? tr("%n mailbox(es) enabled.", nullptr, done) : tr("%n mailbox(es) disabled.", nullptr, done);
    if (!problems.isEmpty())
        summary
            += u'\n' + tr("%n mailbox(es) not changed:", nullptr, int(problems.size())) + u'\n' + problems.join(u'\n');
    if (m_job && m_job->report().cancelled)
        summary += u'\n' + tr("The change was cancelled: the mailboxes not done are as they were.");
    // The heading no longer speaks of what will be done: the list says what was.
    m_countLabel->setText(tr("What was done to each mailbox:"));
    m_countLabel->setAccessibleName(m_countLabel->text());
    const bool announce = summary != m_summaryLabel->text();
    m_summaryLabel->setText(summary);
    m_summaryLabel->setVisible(true);
    if (announce) {
        QAccessibleEvent alert(m_summaryLabel, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
    m_skippedLabel->setVisible(false); // the summary says it again
    m_applyButton->setVisible(false);
    m_cancelButton->setEnabled(true);
    m_cancelButton->setText(tr("Close"));
    m_cancelButton->setAccessibleName(tr("Close"));
    m_cancelButton->setDefault(true);
    m_cancelButton->setFocus();
}

} // namespace pecadmin
