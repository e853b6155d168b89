#include "historyview.h"

#include "historytablemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace pecadmin {

HistoryView::HistoryView(MailboxService *service, QWidget *parent)
    : QWidget(parent), m_model(new HistoryTableModel(service, this))
{
    setObjectName(QStringLiteral("historyView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_tableView = new QTableView(this);
    m_tableView->setObjectName(QStringLiteral("historyTableView"));
    m_tableView->setModel(m_model);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    // Tab leaves the table for the next control; the arrows move within it.
    m_tableView->setTabKeyNavigation(false);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_tableView, 1);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_statusLabel);

    connect(m_model, &HistoryTableModel::pageLoaded, this, &HistoryView::showStatus);
    // The short columns fit their first page; the change keeps the rest of the width.
    connect(m_model, &HistoryTableModel::pageLoaded, this, [this] {
        if (m_model->rowCount() > 0 && m_model->rowCount() <= m_model->query().limit) {
            for (const int column :
                { HistoryTableModel::TimeColumn, HistoryTableModel::ActorColumn, HistoryTableModel::OperationColumn })
                m_tableView->resizeColumnToContents(column);
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryView::showStatus);
    showStatus();
}

void HistoryView::setService(MailboxService *service)
{
    m_model->setService(service);
}

void HistoryView::setQuery(const HistoryQuery &query)
{
    m_model->setQuery(query);
    showStatus();
}

void HistoryView::clear()
{
    m_model->clear();
}

void HistoryView::showMessage(const QString &message)
{
    m_statusLabel->setText(message);
}

void HistoryView::showStatus()
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

void HistoryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        showStatus();
    }
    QWidget::changeEvent(event);
}

} // namespace pecadmin
