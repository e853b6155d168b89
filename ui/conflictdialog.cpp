#include "conflictdialog.h"

#include "core/whenready.h"
#include "errorlabel.h"
#include "mailboxtablemodel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace pecadmin {

namespace {

QString stateText(bool enabled)
{
    return enabled ? ConflictDialog::tr("Enabled") : ConflictDialog::tr("Disabled");
}

QString softQuotaText(qint64 megabytes)
{
    //: No warning threshold
    return megabytes > 0 ? MailboxTableModel::formatMegabytes(megabytes) : ConflictDialog::tr("None");
}

QString onOffText(bool on)
{
    return on ? ConflictDialog::tr("On") : ConflictDialog::tr("Off");
}

} // namespace

ConflictDialog::ConflictDialog(std::shared_ptr<Replica> copy, const JournalEntry &entry, QWidget *parent)
    : QDialog(parent), m_copy(std::move(copy)), m_entry(entry)
{
    setObjectName(QStringLiteral("conflictDialog"));
    auto *layout = new QVBoxLayout(this);
    m_introLabel = new QLabel(this);
    m_introLabel->setObjectName(QStringLiteral("conflictIntroLabel"));
    m_introLabel->setWordWrap(true);
    m_introLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(m_introLabel);
    m_reasonLabel = new QLabel(this);
    m_reasonLabel->setObjectName(QStringLiteral("conflictReasonLabel"));
    m_reasonLabel->setWordWrap(true);
    m_reasonLabel->setTextFormat(Qt::PlainText);
    m_reasonLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_reasonLabel->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(m_reasonLabel);

    m_fieldsTable = new QTableWidget(0, 3, this);
    m_fieldsTable->setObjectName(QStringLiteral("conflictFieldsTable"));
    m_fieldsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fieldsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fieldsTable->setTabKeyNavigation(false);
    m_fieldsTable->verticalHeader()->hide();
    m_fieldsTable->horizontalHeader()->setStretchLastSection(true);
    m_fieldsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_fieldsTable, 1);

    m_errorLabel = new ErrorLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("conflictErrorLabel"));
    layout->addWidget(m_errorLabel);

    auto *buttons = new QDialogButtonBox(this);
    m_mineButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_mineButton->setObjectName(QStringLiteral("applyMineButton"));
    m_theirsButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_theirsButton->setObjectName(QStringLiteral("keepTheirsButton"));
    m_editButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_editButton->setObjectName(QStringLiteral("editMineButton"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    // Nothing is chosen by Enter: each choice is a button of its own.
    for (QPushButton *button : { m_mineButton, m_theirsButton, m_editButton, m_closeButton })
        button->setAutoDefault(false);
    layout->addWidget(buttons);
    m_errorLabel->setField(m_fieldsTable);

    connect(m_mineButton, &QPushButton::clicked, this, [this] { choose(ConflictChoice::Mine, false); });
    connect(m_theirsButton, &QPushButton::clicked, this, [this] { choose(ConflictChoice::Theirs, false); });
    connect(m_editButton, &QPushButton::clicked, this, [this] { choose(ConflictChoice::Theirs, true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslateUi();
    resize(std::max(sizeHint().width(), 560), std::max(sizeHint().height(), 360));
}

bool ConflictDialog::minePossible() const
{
    return m_entry.theirs.has_value() && m_entry.kind != JournalEntry::Kind::Create;
}

bool ConflictDialog::editPossible() const
{
    return m_entry.theirs.has_value() && m_entry.kind == JournalEntry::Kind::Change;
}

void ConflictDialog::choose(ConflictChoice choice, bool thenEdit)
{
    if (m_busy || !m_copy)
        return;
    m_busy = true;
    m_errorLabel->clearError();
    for (QPushButton *button : { m_mineButton, m_theirsButton, m_editButton })
        button->setEnabled(false);
    whenReady(m_copy->resolveConflict(m_entry.id, choice), this, [this, choice, thenEdit](const Outcome &outcome) {
        m_busy = false;
        if (!outcome) {
            m_errorLabel->setError(outcome.error());
            retranslateUi();
            return;
        }
        if (thenEdit)
            Q_EMIT editRequested(m_entry);
        else
            Q_EMIT resolved(choice);
        accept();
    });
}

void ConflictDialog::fillFields()
{
    struct Row
    {
        QString field;
        QString mine;
        QString theirs;
    };
    QList<Row> rows;
    const std::optional<Mailbox> &theirs = m_entry.theirs;
    const QString none = tr("No such mailbox on the server");
    const auto their = [&theirs, &none](const std::function<QString(const Mailbox &)> &text) {
        return theirs ? text(*theirs) : none;
    };
    switch (m_entry.kind) {
    case JournalEntry::Kind::Create: {
        const NewMailbox &created = m_entry.created;
        rows.append({ tr("Mailbox"), tr("Created offline"), their([](const Mailbox &) { return tr("Exists"); }) });
        rows.append(
            { tr("Status"), stateText(created.enabled), their([](const Mailbox &m) { return stateText(m.enabled); }) });
        rows.append({ tr("Quota"), MailboxTableModel::formatMegabytes(created.quotaMb),
            their([](const Mailbox &m) { return MailboxTableModel::formatMegabytes(m.quotaMb); }) });
        rows.append({ tr("Warning threshold"), softQuotaText(created.softQuotaMb),
            their([](const Mailbox &m) { return softQuotaText(m.softQuotaMb); }) });
        rows.append({ tr("Archiving"), onOffText(created.archiving),
            their([](const Mailbox &m) { return onOffText(m.archiving); }) });
        break;
    }
    case JournalEntry::Kind::ResetPassword:
        rows.append({ tr("Password"), tr("A new password"), their([](const Mailbox &) { return tr("Unchanged"); }) });
        break;
    case JournalEntry::Kind::Delete:
        rows.append({ tr("Mailbox"), tr("Deleted"), their([](const Mailbox &) { return tr("Exists"); }) });
        break;
    case JournalEntry::Kind::Change: {
        const MailboxChange &change = m_entry.change;
        if (change.enabled)
            rows.append({ tr("Status"), stateText(*change.enabled),
                their([](const Mailbox &m) { return stateText(m.enabled); }) });
        if (change.quotaMb)
            rows.append({ tr("Quota"), MailboxTableModel::formatMegabytes(*change.quotaMb),
                their([](const Mailbox &m) { return MailboxTableModel::formatMegabytes(m.quotaMb); }) });
        if (change.softQuotaMb)
            rows.append({ tr("Warning threshold"), softQuotaText(*change.softQuotaMb),
                their([](const Mailbox &m) { return softQuotaText(m.softQuotaMb); }) });
        if (change.archiving)
            rows.append({ tr("Archiving"), onOffText(*change.archiving),
                their([](const Mailbox &m) { return onOffText(m.archiving); }) });
        break;
    }
    }
    if (theirs)
        rows.append({ tr("Last changed"), MailboxTableModel::formatDateTime(m_entry.when),
            MailboxTableModel::formatDateTime(theirs->modified) });
    m_fieldsTable->setRowCount(int(rows.size()));
    for (qsizetype row = 0; row < rows.size(); ++row) {
        const Row &values = rows.at(row);
        const QString texts[] = { values.field, values.mine, values.theirs };
        for (int column = 0; column < 3; ++column) {
            auto *item = new QTableWidgetItem(texts[column]);
            if (column > 0 && values.mine != values.theirs) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_fieldsTable->setItem(int(row), column, item);
        }
    }
}

void ConflictDialog::retranslateUi()
{
    //: The conflict view's title
    setWindowTitle(tr("Conflict — %1").arg(m_entry.address));
    m_introLabel->setText(
        tr("The server refused this change made offline: %1. Nothing is overwritten until you choose.")
            .arg(journal::describe(m_entry)));
    m_reasonLabel->setText(m_entry.conflict);
    m_reasonLabel->setAccessibleName(tr("What the server said"));
    m_fieldsTable->setHorizontalHeaderLabels({ tr("Field"), tr("Mine"), tr("Theirs") });
    m_fieldsTable->setAccessibleName(tr("Mine against theirs"));
    fillFields();
    m_mineButton->setText(tr("Apply &Mine Anyway"));
    m_mineButton->setAccessibleName(tr("Apply mine anyway"));
    m_mineButton->setEnabled(!m_busy && minePossible());
    m_mineButton->setToolTip(minePossible()
            ? tr("Send my change again over the server's values")
            : tr("The mailbox is gone from the server, or its address is taken: my change cannot be applied"));
    m_theirsButton->setText(tr("Keep &Theirs"));
    m_theirsButton->setAccessibleName(tr("Keep theirs"));
    m_theirsButton->setEnabled(!m_busy);
    m_theirsButton->setToolTip(tr("Drop my change and keep the server's values"));
    m_editButton->setText(tr("&Edit…"));
    m_editButton->setAccessibleName(tr("Edit my change"));
    m_editButton->setEnabled(!m_busy && editPossible());
    m_editButton->setToolTip(tr("Drop my change and make it again in its dialog, starting from my values"));
    m_closeButton->setText(tr("Decide &Later"));
    m_closeButton->setAccessibleName(tr("Decide later"));
    m_errorLabel->retranslate();
}

void ConflictDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace pecadmin
