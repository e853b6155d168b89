#include "journalpane.h"

#include "conflictdialog.h"
#include "core/whenready.h"
#include "journalmodel.h"
#include "messagebox.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace pecadmin {

JournalPane::JournalPane(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("journalPane"));
    m_model = new JournalModel(this);
    m_model->setObjectName(QStringLiteral("journalModel"));

    auto *layout = new QVBoxLayout(this);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("journalCountLabel"));
    m_countLabel->setWordWrap(true);
    layout->addWidget(m_countLabel);

    m_tableView = new QTableView(this);
    m_tableView->setObjectName(QStringLiteral("journalTableView"));
    m_tableView->setModel(m_model);
    m_tableView->setTabKeyNavigation(false);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setShowGrid(false);
    m_tableView->setWordWrap(false);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_tableView, 1);

    auto *progressLayout = new QHBoxLayout;
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("journalProgressBar"));
    m_progressBar->setRange(0, 1);
    m_progressBar->setValue(0);
    m_progressBar->hide();
    progressLayout->addWidget(m_progressBar, 1);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("journalSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summaryLabel->hide();
    progressLayout->addWidget(m_summaryLabel, 1);
    layout->addLayout(progressLayout);

    auto *buttons = new QHBoxLayout;
    m_sendButton = new QPushButton(this);
    m_sendButton->setObjectName(QStringLiteral("journalSendButton"));
    m_conflictButton = new QPushButton(this);
    m_conflictButton->setObjectName(QStringLiteral("journalConflictButton"));
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("journalCancelButton"));
    m_cancelAllButton = new QPushButton(this);
    m_cancelAllButton->setObjectName(QStringLiteral("journalCancelAllButton"));
    buttons->addWidget(m_sendButton);
    buttons->addWidget(m_conflictButton);
    buttons->addStretch(1);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_cancelAllButton);
    layout->addLayout(buttons);

    connect(m_sendButton, &QPushButton::clicked, this, &JournalPane::send);
    connect(m_conflictButton, &QPushButton::clicked, this, [this] { openConflict(selectedRow()); });
    connect(m_cancelButton, &QPushButton::clicked, this, &JournalPane::cancelSelected);
    connect(m_cancelAllButton, &QPushButton::clicked, this, &JournalPane::cancelAll);
    connect(m_tableView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            openConflict(index.row());
    });
    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JournalPane::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &JournalPane::updateButtons);

    retranslateUi();
}

JournalPane::~JournalPane() = default;

ConflictDialog *JournalPane::conflictDialog() const
{
    return m_conflictDialog;
}

void JournalPane::setCopy(std::shared_ptr<Replica> copy)
{
    if (copy == m_copy)
        return;
    m_copy = std::move(copy);
    m_lastSummary.reset();
    m_summaryLabel->hide();
    reload();
}

void JournalPane::setServer(std::shared_ptr<MailboxService> server)
{
    m_server = std::move(server);
    updateButtons();
}

void JournalPane::reload()
{
    if (!m_copy) {
        m_model->setEntries({});
        retranslateUi();
        Q_EMIT journalRead(0, 0);
        return;
    }
    whenReady(m_copy->journal(), this, [this, copy = m_copy](const Result<QList<JournalEntry>> &entries) {
        if (copy != m_copy)
            return;
        if (!entries) {
            m_summaryLabel->setText(entries.error().message());
            m_summaryLabel->show();
            return;
        }
        const qint64 selected = selectedRow() >= 0 ? m_model->entryAt(selectedRow()).id : 0;
        m_model->setEntries(entries.value());
        const int row = m_model->rowOfId(selected);
        if (row >= 0)
            m_tableView->selectRow(row);
        retranslateUi();
        Q_EMIT journalRead(m_model->rowCount(), m_model->conflictCount());
        if (std::exchange(m_showConflict, false)) {
            // A sending left conflicts: the first one is shown, for a choice.
            for (int conflict = 0; conflict < m_model->rowCount(); ++conflict) {
                if (m_model->entryAt(conflict).state == JournalEntry::State::Conflict) {
                    m_tableView->selectRow(conflict);
                    openConflict(conflict);
                    break;
                }
            }
        }
    });
}

int JournalPane::selectedRow() const
{
    const QModelIndexList rows = m_tableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void JournalPane::updateButtons()
{
    const bool idle = m_copy && !m_sending && !m_busy;
    const int row = selectedRow();
    const bool any = m_model->rowCount() > 0;
    m_sendButton->setEnabled(idle && any && m_server);
    m_sendButton->setToolTip(
        m_server || !any ? QString() : tr("The server cannot be reached now: the changes are sent when it is."));
    m_cancelButton->setEnabled(idle && row >= 0);
    m_cancelAllButton->setEnabled(idle && any);
    m_conflictButton->setEnabled(idle && row >= 0 && m_model->entryAt(row).state == JournalEntry::State::Conflict);
}

void JournalPane::finished(const Outcome &outcome)
{
    m_busy = false;
    if (!outcome) {
        m_summaryLabel->setText(outcome.error().message());
        m_summaryLabel->show();
    }
    reload();
    updateButtons();
    Q_EMIT copyChanged();
}

void JournalPane::cancelSelected()
{
    const int row = selectedRow();
    if (!m_copy || m_busy || m_sending || row < 0)
        return;
    m_busy = true;
    updateButtons();
    whenReady(
        m_copy->cancelEntry(m_model->entryAt(row).id), this, [this](const Outcome &outcome) { finished(outcome); });
}

void JournalPane::cancelAll()
{
    if (!m_copy || m_busy || m_sending || m_model->rowCount() == 0)
        return;
    const QMessageBox::StandardButton answer = MessageBox::question(this, tr("Cancel All Changes"),
        tr("Cancel the %n change(s) made offline? The mailboxes go back to how they were before them, and "
           "nothing of them is sent to the server.",
            nullptr, m_model->rowCount()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    m_busy = true;
    updateButtons();
    whenReady(m_copy->cancelAll(), this, [this](const Outcome &outcome) { finished(outcome); });
}

void JournalPane::send()
{
    if (!m_copy || !m_server || m_sending || m_busy || m_model->rowCount() == 0)
        return;
    m_sending = true;
    m_lastSummary.reset();
    m_summaryLabel->hide();
    m_progressBar->setRange(0, m_model->rowCount());
    m_progressBar->setValue(0);
    m_progressBar->show();
    updateButtons();
    auto *sender = new JournalSender(m_server, m_copy, this);
    connect(sender, &JournalSender::progress, this, [this](int done, int total) {
        m_progressBar->setRange(0, std::max(1, total));
        m_progressBar->setValue(done);
    });
    connect(sender, &JournalSender::finished, this, [this, sender](const JournalSummary &summary) {
        sender->deleteLater();
        m_sending = false;
        m_progressBar->hide();
        showSummary(summary);
        m_showConflict = summary.conflicts > 0 && !m_conflictDialog;
        reload();
        updateButtons();
        Q_EMIT copyChanged();
        Q_EMIT sent(summary);
    });
    sender->start();
}

void JournalPane::showSummary(const JournalSummary &summary)
{
    m_lastSummary = summary;
    //: The end of a sending of the journal: "12 applied, 1 conflict"
    QString text = tr("%n applied", nullptr, summary.applied) + QStringLiteral(", ")
        + tr("%n conflict(s)", nullptr, summary.conflicts);
    if (summary.stoppedBy)
        text += QStringLiteral(". ") + summary.stoppedBy->message();
    m_summaryLabel->setText(text);
    m_summaryLabel->setAccessibleName(tr("Result of the sending"));
    m_summaryLabel->show();
}

void JournalPane::openConflict(int row)
{
    if (!m_copy || row < 0 || row >= m_model->rowCount() || m_sending || m_busy)
        return;
    const JournalEntry entry = m_model->entryAt(row);
    if (entry.state != JournalEntry::State::Conflict)
        return;
    if (m_conflictDialog)
        m_conflictDialog->close();
    auto *dialog = new ConflictDialog(m_copy, entry, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_conflictDialog = dialog;
    connect(dialog, &ConflictDialog::resolved, this, [this](ConflictChoice choice) {
        reload();
        Q_EMIT copyChanged();
        // Mine: sent at once on the server's version, where the server can be reached.
        if (choice == ConflictChoice::Mine && m_server)
            QMetaObject::invokeMethod(this, &JournalPane::send, Qt::QueuedConnection);
    });
    connect(dialog, &ConflictDialog::revisedSent, this, [this] {
        reload();
        Q_EMIT copyChanged();
        // Made again with another address: sent at once, where the server can be reached.
        if (m_server)
            QMetaObject::invokeMethod(this, &JournalPane::send, Qt::QueuedConnection);
    });
    connect(dialog, &ConflictDialog::editRequested, this, [this](const JournalEntry &edited) {
        reload();
        Q_EMIT copyChanged();
        Q_EMIT editRequested(edited);
    });
    dialog->open();
}

void JournalPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void JournalPane::retranslateUi()
{
    const int count = m_model->rowCount();
    const int conflicts = m_model->conflictCount();
    if (count == 0)
        m_countLabel->setText(tr("No change made offline waits to be sent."));
    else if (conflicts == 0)
        m_countLabel->setText(tr("%n change(s) made offline wait to be sent, in this order.", nullptr, count));
    else
        //: %1 is "3 changes"; the conflicts wait for a choice
        m_countLabel->setText(
            tr("%1 made offline wait to be sent, %n in conflict: choose what to keep.", nullptr, conflicts)
                .arg(tr("%n change(s)", nullptr, count)));
    m_tableView->setAccessibleName(tr("Changes made offline"));
    m_tableView->setAccessibleDescription(m_countLabel->text());
    m_progressBar->setAccessibleName(tr("Sending progress"));
    //: The progress of a sending: "3 of 12"
    m_progressBar->setFormat(tr("%v of %m"));
    m_sendButton->setText(tr("&Send Now"));
    m_sendButton->setAccessibleName(tr("Send now"));
    m_conflictButton->setText(tr("&Resolve Conflict…"));
    m_conflictButton->setAccessibleName(tr("Resolve the conflict"));
    m_conflictButton->setToolTip(tr("Mine against the server's, field by field, and a choice"));
    m_cancelButton->setText(tr("&Cancel Change"));
    m_cancelButton->setAccessibleName(tr("Cancel the selected change"));
    m_cancelAllButton->setText(tr("Cancel &All"));
    m_cancelAllButton->setAccessibleName(tr("Cancel all changes"));
    m_summaryLabel->setAccessibleName(tr("Result of the sending"));
    if (m_lastSummary)
        showSummary(*m_lastSummary);
    updateButtons();
}

} // namespace pecadmin
