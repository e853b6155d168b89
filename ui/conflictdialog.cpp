#include "conflictdialog.h"

#include "core/whenready.h"
#include "errorlabel.h"
#include "mailboxtablemodel.h"
#include "valuelabel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <limits>

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
    m_reasonLabel = new ValueLabel(this);
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

    m_reviseGroupBox = new QGroupBox(this);
    m_reviseGroupBox->setObjectName(QStringLiteral("reviseGroupBox"));
    auto *reviseForm = new QFormLayout(m_reviseGroupBox);
    m_nameLabel = new QLabel(m_reviseGroupBox);
    m_nameLabel->setObjectName(QStringLiteral("reviseNameLabel"));
    m_nameLineEdit = new QLineEdit(m_reviseGroupBox);
    m_nameLineEdit->setObjectName(QStringLiteral("reviseNameLineEdit"));
    m_nameLabel->setBuddy(m_nameLineEdit);
    m_domainLabel = new QLabel(u'@' + m_entry.domain(), m_reviseGroupBox);
    m_domainLabel->setObjectName(QStringLiteral("reviseDomainLabel"));
    m_domainLabel->setTextFormat(Qt::PlainText);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_nameLineEdit, 1);
    nameRow->addWidget(m_domainLabel);
    reviseForm->addRow(m_nameLabel, nameRow);
    m_nameErrorLabel = new ErrorLabel(m_reviseGroupBox);
    m_nameErrorLabel->setObjectName(QStringLiteral("reviseNameErrorLabel"));
    m_nameErrorLabel->setField(m_nameLineEdit);
    reviseForm->addRow(m_nameErrorLabel);
    m_quotaLabel = new QLabel(m_reviseGroupBox);
    m_quotaLabel->setObjectName(QStringLiteral("reviseQuotaLabel"));
    m_quotaSpinBox = new QSpinBox(m_reviseGroupBox);
    m_quotaSpinBox->setObjectName(QStringLiteral("reviseQuotaSpinBox"));
    m_quotaSpinBox->setRange(1, std::numeric_limits<int>::max());
    m_quotaSpinBox->setGroupSeparatorShown(true);
    m_quotaSpinBox->setValue(int(std::clamp<qint64>(m_entry.created.quotaMb, 1, std::numeric_limits<int>::max())));
    m_quotaLabel->setBuddy(m_quotaSpinBox);
    reviseForm->addRow(m_quotaLabel, m_quotaSpinBox);
    m_sendRevisedButton = new QPushButton(m_reviseGroupBox);
    m_sendRevisedButton->setObjectName(QStringLiteral("sendRevisedButton"));
    m_sendRevisedButton->setAutoDefault(false);
    reviseForm->addRow(m_sendRevisedButton);
    m_nameLineEdit->setText(
        m_entry.created.name.isEmpty() ? m_entry.address.section(u'@', 0, 0) : m_entry.created.name);
    m_reviseGroupBox->hide();
    layout->addWidget(m_reviseGroupBox);
    connect(m_sendRevisedButton, &QPushButton::clicked, this, &ConflictDialog::sendRevised);
    connect(m_nameLineEdit, &QLineEdit::returnPressed, this, &ConflictDialog::sendRevised);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
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
    connect(m_editButton, &QPushButton::clicked, this, &ConflictDialog::edit);
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
    // A deletion of a mailbox the server has deleted too has nothing left to edit.
    return m_entry.kind != JournalEntry::Kind::Delete || m_entry.theirs.has_value();
}

bool ConflictDialog::mailboxGone() const
{
    return !m_entry.theirs && m_entry.kind != JournalEntry::Kind::Create;
}

QString ConflictDialog::situation() const
{
    const QString &address = m_entry.address;
    if (m_entry.kind == JournalEntry::Kind::Create) {
        if (m_entry.theirs)
            return tr("The address %1 was taken on the server while you were offline. Edit mine to create it with "
                      "another address, or keep theirs to drop it.")
                .arg(address);
        // A limit of the domain: the server's own words.
        return m_entry.conflict;
    }
    if (!m_entry.theirs) {
        if (m_entry.kind == JournalEntry::Kind::Delete)
            return tr("The mailbox %1 was deleted on the server too. Keep theirs to drop my deletion.").arg(address);
        return tr("The mailbox %1 was deleted on the server while you were offline. Create it again, or keep theirs "
                  "to drop my change.")
            .arg(address);
    }
    if (m_entry.theirs->version == m_entry.baseVersion)
        return m_entry.conflict; // refused for another reason (a limit): the server's own words
    if (m_entry.kind == JournalEntry::Kind::Delete)
        return tr("The mailbox %1 was changed on the server while you were offline. Apply mine to delete it as it is "
                  "now, edit to look at it again before deleting it, or keep theirs to keep it.")
            .arg(address);
    return tr("The mailbox %1 was changed on the server while you were offline. Compare the values below and choose "
              "which to keep.")
        .arg(address);
}

void ConflictDialog::edit()
{
    if (m_busy || !editPossible())
        return;
    if (m_entry.kind != JournalEntry::Kind::Create) {
        choose(ConflictChoice::Theirs, true);
        return;
    }
    // A creation is made again here, with its sealed password.
    m_reviseGroupBox->show();
    // The table keeps its room.
    resize(width(), height() + m_reviseGroupBox->sizeHint().height());
    m_editButton->setEnabled(false);
    m_nameLineEdit->setFocus();
    m_nameLineEdit->selectAll();
}

void ConflictDialog::sendRevised()
{
    if (m_busy || !m_copy || m_reviseGroupBox->isHidden())
        return;
    NewMailbox revised = m_entry.created;
    revised.name = m_nameLineEdit->text().trimmed();
    revised.domain = m_entry.domain();
    revised.quotaMb = m_quotaSpinBox->value();
    m_busy = true;
    m_errorLabel->clearError();
    m_nameErrorLabel->clearError();
    for (QPushButton *button : { m_mineButton, m_theirsButton, m_editButton, m_sendRevisedButton })
        button->setEnabled(false);
    whenReady(m_copy->reviseCreation(m_entry.id, revised), this, [this](const Outcome &outcome) {
        m_busy = false;
        if (!outcome) {
            // What was typed stays; the error is tied to the address where it is about it.
            if (outcome.error().field() == u"name")
                m_nameErrorLabel->setError(outcome.error());
            else
                m_errorLabel->setError(outcome.error());
            retranslateUi();
            m_nameLineEdit->setFocus();
            return;
        }
        Q_EMIT revisedSent();
        accept();
    });
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
    m_reasonLabel->setText(situation());
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
    if (mailboxGone()) {
        m_editButton->setText(tr("&Create Again…"));
        m_editButton->setAccessibleName(tr("Create the mailbox again"));
        m_editButton->setToolTip(
            tr("Drop my change and open the new mailbox dialog with this address, to create it again"));
    } else if (m_entry.kind == JournalEntry::Kind::Create) {
        m_editButton->setText(tr("&Edit…"));
        m_editButton->setAccessibleName(tr("Edit my change"));
        m_editButton->setToolTip(tr("Create my mailbox with another address or quota, with the same password"));
    } else {
        m_editButton->setText(tr("&Edit…"));
        m_editButton->setAccessibleName(tr("Edit my change"));
        m_editButton->setToolTip(m_entry.kind == JournalEntry::Kind::Delete
                ? tr("Drop my deletion and open the deletion dialog on the mailbox as the server has it, to confirm "
                     "it there")
                : tr("Drop my change and make it again in its dialog, starting from my values"));
    }
    m_editButton->setEnabled(!m_busy && editPossible() && m_reviseGroupBox->isHidden());
    m_reviseGroupBox->setTitle(tr("My mailbox, with another address"));
    m_nameLabel->setText(tr("&Address:"));
    m_nameLineEdit->setAccessibleName(tr("Address of my mailbox"));
    m_quotaLabel->setText(tr("&Quota:"));
    m_quotaSpinBox->setSuffix(tr(" MB"));
    m_quotaSpinBox->setAccessibleName(tr("Disk quota in MB"));
    m_sendRevisedButton->setText(tr("&Send as New Mailbox"));
    m_sendRevisedButton->setAccessibleName(tr("Send as new mailbox"));
    m_sendRevisedButton->setToolTip(tr("Create my mailbox with this address when the journal is sent"));
    m_sendRevisedButton->setEnabled(!m_busy);
    m_nameErrorLabel->retranslate();
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
