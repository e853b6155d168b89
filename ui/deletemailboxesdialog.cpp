#include "deletemailboxesdialog.h"

#include "bulk/bulkchange.h"
#include "core/mailboxservice.h"
#include "core/rules.h"
#include "errorlabel.h"
#include "typedconfirmation.h"
#include "valuelabel.h"

#include <QAccessible>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pecadmin {

DeleteMailboxesDialog::DeleteMailboxesDialog(MailboxService *service, const QList<Mailbox> &mailboxes, QWidget *parent)
    : QDialog(parent), m_service(service)
{
    setObjectName(u"deleteMailboxesDialog"_s);
    // Wide enough that explanations wrap into a few lines, not into a narrow column.
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    for (const Mailbox &mailbox : mailboxes) {
        Entry entry;
        entry.mailbox = mailbox;
        entry.skipReason = rules::checkDelete(mailbox);
        m_entries.append(entry);
    }

    m_warningLabel = new ValueLabel(this);
    m_warningLabel->setObjectName(u"warningLabel"_s);
    m_warningLabel->setWordWrap(true);
    QFont bold = m_warningLabel->font();
    bold.setBold(true);
    m_warningLabel->setFont(bold);
    m_suggestionLabel = new ValueLabel(this);
    m_suggestionLabel->setObjectName(u"suggestionLabel"_s);
    m_suggestionLabel->setWordWrap(true);
    m_mailboxesListWidget = new QListWidget(this);
    m_mailboxesListWidget->setObjectName(u"mailboxesListWidget"_s);
    m_mailboxesListWidget->setSelectionMode(QAbstractItemView::NoSelection);
    m_mailboxesListWidget->setMaximumHeight(m_mailboxesListWidget->fontMetrics().height() * 9);
    m_mailboxesListWidget->setVisible(m_entries.size() > 1);
    m_refusalLabel = new ErrorLabel(this);
    m_refusalLabel->setObjectName(u"refusalLabel"_s);
    m_confirmation = new TypedConfirmation(this);
    m_errorLabel = new ErrorLabel(this);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_reloadedLabel = new QLabel(this);
    m_reloadedLabel->setObjectName(u"reloadedLabel"_s);
    m_reloadedLabel->setWordWrap(true);
    m_reloadedLabel->setVisible(false);
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(u"progressBar"_s);
    m_progressBar->setRange(0, std::max(1, deletableCount()));
    m_progressBar->setVisible(false);
    m_summaryLabel = new ValueLabel(this);
    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setVisible(false);

    m_buttonBox = new QDialogButtonBox(this);
    m_buttonBox->setObjectName(u"buttonBox"_s);
    m_deleteButton = m_buttonBox->addButton(QString(), QDialogButtonBox::DestructiveRole);
    m_deleteButton->setObjectName(u"deleteButton"_s);
    m_deleteButton->setAutoDefault(false);
    m_cancelButton = m_buttonBox->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(u"cancelButton"_s);

    const bool any = deletableCount() > 0;
    // Enter in the confirmation deletes once it is satisfied (the button is enabled only then)
    // and does nothing before; with nothing to delete, Enter cancels.
    m_deleteButton->setDefault(any);
    m_cancelButton->setDefault(!any);
    m_confirmation->setVisible(any);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_warningLabel);
    layout->addWidget(m_suggestionLabel);
    layout->addWidget(m_mailboxesListWidget);
    layout->addWidget(m_refusalLabel);
    layout->addWidget(m_confirmation);
    layout->addWidget(m_errorLabel);
    m_errorLabel->setField(m_confirmation->lineEdit());
    layout->addWidget(m_reloadedLabel);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_summaryLabel);
    layout->addStretch(0);
    // Qt makes the box a focus proxy of its first button; behind its buttons in the Tab order, it
    // would send Tab from the last button back to the first one, never to the fields.
    m_buttonBox->setFocusProxy(nullptr);
    layout->addWidget(m_buttonBox);

    setTabOrder(m_mailboxesListWidget, m_confirmation->lineEdit());
    setTabOrder(m_confirmation->lineEdit(), m_deleteButton);
    setTabOrder(m_deleteButton, m_cancelButton);

    connect(m_confirmation, &TypedConfirmation::edited, this, &DeleteMailboxesDialog::validate);
    connect(m_deleteButton, &QPushButton::clicked, this, &DeleteMailboxesDialog::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &DeleteMailboxesDialog::reject);

    retranslateUi();
    if (any)
        m_confirmation->lineEdit()->setFocus();
    else
        m_cancelButton->setFocus();
}

DeleteMailboxesDialog::~DeleteMailboxesDialog()
{
    // A job whose answer is awaited lives on until it has finished; no more entries reach here.
    if (m_job && m_job->isRunning()) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job->setParent(nullptr);
        connect(m_job, &BulkJob::finished, m_job, &QObject::deleteLater);
    }
}

bool DeleteMailboxesDialog::isSingle() const
{
    return m_entries.size() == 1;
}

int DeleteMailboxesDialog::deletableCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return !e.skipReason; }));
}

QString DeleteMailboxesDialog::confirmationText() const
{
    if (isSingle())
        return m_entries.constFirst().mailbox.address();
    return QString::number(deletableCount());
}

void DeleteMailboxesDialog::reject()
{
    if (m_busy) {
        // One deletion may be made already: the dialog waits for its answer.
        if (!isSingle()) {
            m_job->cancel();
            m_cancelButton->setEnabled(false);
        }
        return;
    }
    QDialog::reject();
}

void DeleteMailboxesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DeleteMailboxesDialog::retranslateUi()
{
    const int count = deletableCount();
    if (isSingle()) {
        const QString address = m_entries.constFirst().mailbox.address();
        setWindowTitle(tr("Delete Mailbox"));
        m_warningLabel->setText(tr("Deleting %1 deletes every message in every folder of the mailbox, for ever. The "
                                   "provider keeps no backup: nothing can be recovered.")
                                    .arg(address));
        m_suggestionLabel->setText(tr("If the mailbox is no longer used but its messages may still be needed, "
                                      "disable it instead: a disabled mailbox keeps its messages."));
        m_confirmation->setPrompt(
            tr("To confirm, type the address of the mailbox, %1:").arg(address), tr("Type the address to confirm"));
        m_deleteButton->setText(tr("&Delete mailbox"));
    } else {
        setWindowTitle(tr("Delete Mailboxes"));
        m_warningLabel->setText(tr("Deleting these mailboxes deletes every message in every folder of each of them, "
                                   "for ever. The provider keeps no backup: nothing can be recovered."));
        m_suggestionLabel->setText(tr("If the mailboxes are no longer used but their messages may still be needed, "
                                      "disable them instead: a disabled mailbox keeps its messages."));
        m_confirmation->setPrompt(tr("To confirm, type the number of mailboxes to delete, %n:", nullptr, count),
            tr("Type the number of mailboxes to confirm"));
        m_deleteButton->setText(tr("&Delete %n mailbox(es)", nullptr, count));
    }
    m_warningLabel->setAccessibleName(tr("Warning"));
    m_suggestionLabel->setAccessibleName(tr("Suggestion"));
    m_mailboxesListWidget->setAccessibleName(tr("Mailboxes to delete"));
    m_refusalLabel->setAccessibleName(tr("Mailboxes that cannot be deleted"));
    m_errorLabel->setAccessibleName(tr("Error"));
    m_errorLabel->retranslate();
    m_reloadedLabel->setText(tr("The mailbox changed meanwhile and was not deleted. Check it, then delete it again "
                                "if you still want to."));
    m_reloadedLabel->setAccessibleName(tr("Mailbox read again"));
    m_progressBar->setAccessibleName(tr("Deleting"));
    m_summaryLabel->setAccessibleName(tr("Summary"));
    m_deleteButton->setAccessibleName(m_deleteButton->text().remove(u'&'));
    m_cancelButton->setText(m_finished ? tr("Close") : tr("Cancel"));
    m_cancelButton->setAccessibleName(m_cancelButton->text());
    updateList();
    if (m_finished && !isSingle())
        finish();
    validate();
}

void DeleteMailboxesDialog::updateList()
{
    QStringList refused;
    m_mailboxesListWidget->clear();
    for (const Entry &entry : std::as_const(m_entries)) {
        QString text = entry.mailbox.address();
        QString state;
        if (entry.skipReason) {
            text = tr("%1 (left out)").arg(text);
            refused.append(isSingle() ? entry.skipReason->message()
                                      : tr("%1: %2").arg(entry.mailbox.address(), entry.skipReason->message()));
            state = u"skipped"_s;
        } else if (entry.failure) {
            text = tr("%1 (failed)").arg(text);
            state = u"failed"_s;
        } else if (entry.done) {
            text = tr("%1 (deleted)").arg(text);
            state = u"done"_s;
        }
        auto *item = new QListWidgetItem(text, m_mailboxesListWidget);
        item->setData(Qt::UserRole, entry.mailbox.address());
        item->setData(Qt::UserRole + 1, state);
    }
    m_refusalLabel->setMessage(m_finished && !isSingle() ? QString() : refused.join(u'\n'));
}

void DeleteMailboxesDialog::validate()
{
    // What is to be typed follows the mailboxes that can still be deleted.
    m_confirmation->setExpected(confirmationText());
    m_deleteButton->setEnabled(!m_busy && !m_finished && deletableCount() > 0 && m_confirmation->isConfirmed());
}

void DeleteMailboxesDialog::start()
{
    m_confirmation->setExpected(confirmationText());
    if (m_busy || m_finished || deletableCount() == 0 || !m_confirmation->isConfirmed())
        return;
    // Those not deleted yet: a single mailbox refused can be deleted again, knowingly.
    QList<Mailbox> mailboxes;
    m_sent.clear();
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry &entry = m_entries.at(i);
        if (entry.skipReason || entry.done)
            continue;
        m_sent.append(int(i));
        mailboxes.append(entry.mailbox);
    }
    if (mailboxes.isEmpty())
        return;
    m_busy = true;
    m_errorLabel->clearError();
    m_reloadedLabel->setVisible(false);
    m_progressBar->setValue(0);
    // One mailbox shows a busy bar, several the progress through them.
    m_progressBar->setRange(0, isSingle() ? 0 : deletableCount());
    m_progressBar->setTextVisible(!isSingle());
    m_progressBar->setVisible(true);
    m_confirmation->setEnabled(false);
    m_cancelButton->setEnabled(!isSingle());
    validate();
    delete m_job;
    m_job = new BulkChange(*m_service, this);
    connect(m_job, &BulkJob::entryFinished, this, &DeleteMailboxesDialog::entryFinished);
    if (!isSingle())
        connect(m_job, &BulkJob::progress, m_progressBar, &QProgressBar::setValue);
    connect(m_job, &BulkJob::finished, this, &DeleteMailboxesDialog::jobFinished);
    m_job->start(BulkChange::Action::Delete, mailboxes);
}

void DeleteMailboxesDialog::entryFinished(int jobIndex)
{
    const BulkReportEntry &result = m_job->report().entries.at(jobIndex);
    Entry &entry = m_entries[m_sent.at(jobIndex)];
    if (result.outcome == BulkReportEntry::Outcome::Done) {
        entry.done = true;
        entry.failure.reset();
        Q_EMIT mailboxDeleted(entry.mailbox.address());
    } else {
        entry.failure = result.error;
        // Read again after someone else's change: deleting it again deletes it as it is now.
        if (result.mailbox) {
            entry.mailbox = *result.mailbox;
            Q_EMIT mailboxChanged(entry.mailbox);
        }
    }
    updateList();
}

void DeleteMailboxesDialog::jobFinished()
{
    for (qsizetype i = 0; i < m_sent.size(); ++i) {
        if (m_job->report().entries.at(i).outcome == BulkReportEntry::Outcome::NotDone)
            m_entries[m_sent.at(i)].notDone = true;
    }
    m_busy = false;
    updateList();
    finish();
}

QString DeleteMailboxesDialog::deletedText() const
{
    if (!isSingle() || !m_entries.constFirst().done)
        return QString(); // the dialog's own summary says it
    const QString address = m_entries.constFirst().mailbox.address();
    // What happened to its mail: a mail server that purges the store removes it shortly after.
    if (m_service->capabilities().mailServerRemovesMail)
        return tr("Mailbox %1 deleted; its mail is removed by the mail server within a minute.").arg(address);
    return tr("Mailbox %1 deleted.").arg(address);
}

void DeleteMailboxesDialog::finish()
{
    if (isSingle()) {
        const Entry &entry = m_entries.constFirst();
        if (entry.done) {
            m_finished = true;
            accept();
            return;
        }
        // Refused: the dialog stays, with what was typed, to try again.
        m_progressBar->setVisible(false);
        m_confirmation->setEnabled(true);
        m_cancelButton->setEnabled(true);
        if (entry.failure) {
            m_errorLabel->setError(entry.failure);
            m_reloadedLabel->setVisible(entry.failure->code() == ServiceError::Code::Conflict);
        }
        validate();
        return;
    }
    m_finished = true;
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
    QString summary = tr("%n mailbox(es) deleted.", nullptr, done);
    // What happened to their mail: a mail server that purges the store removes it shortly after.
    if (done > 0 && m_service->capabilities().mailServerRemovesMail)
        summary += u' ' + tr("Their mail is removed by the mail server within a minute.");
    if (!problems.isEmpty())
        summary
            += u'\n' + tr("%n mailbox(es) not deleted:", nullptr, int(problems.size())) + u'\n' + problems.join(u'\n');
    if (m_job && m_job->report().cancelled)
        summary += u'\n' + tr("The deletion was cancelled: the mailboxes not deleted are as they were.");
    const bool announce = summary != m_summaryLabel->text();
    m_summaryLabel->setText(summary);
    m_summaryLabel->setVisible(true);
    if (announce) {
        QAccessibleEvent alert(m_summaryLabel, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
    m_refusalLabel->setVisible(false); // the summary says it again
    m_confirmation->setVisible(false);
    m_deleteButton->setVisible(false);
    m_cancelButton->setEnabled(true);
    m_cancelButton->setText(tr("Close"));
    m_cancelButton->setAccessibleName(tr("Close"));
    m_cancelButton->setFocus();
}

} // namespace pecadmin
