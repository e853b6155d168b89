#include "bulkjobview.h"

#include "bulk/bulkjob.h"
#include "bulkprogresswidget.h"
#include "bulkreportmodel.h"
#include "credentiallettersbar.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

namespace pecadmin {

BulkJobView::BulkJobView(const Widgets &widgets, QObject *parent) : QObject(parent), m_widgets(widgets)
{ }

void BulkJobView::follow(BulkJob *job, int total)
{
    connect(job, &BulkJob::progress, m_widgets.progressWidget, &BulkProgressWidget::setProgress);
    m_widgets.progressWidget->setProgress(0, total, -1);
}

void BulkJobView::stop(BulkJob *job)
{
    job->cancel();
    m_widgets.progressWidget->setStopping();
    m_widgets.cancelButton->setEnabled(false);
}

void BulkJobView::showReport(BulkJob *job, const QString &doneText)
{
    m_widgets.reportModel->setReport(job->report(), doneText);
    job->clearPasswords(); // the report model holds them now, until the dialog closes
    m_widgets.lettersBar->setCredentials(m_widgets.reportModel->credentials());
    m_widgets.reportTableView->resizeColumnsToContents();
    m_widgets.reportTableView->setColumnHidden(BulkReportModel::PasswordColumn, !m_widgets.reportModel->hasPasswords());
}

void BulkJobView::copyPasswords()
{
    QStringList lines;
    for (const Credential &credential : m_widgets.reportModel->credentials())
        lines.append(credential.address + u'\t' + credential.password);
    QGuiApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
    m_widgets.copiedLabel->setVisible(true);
}

void BulkJobView::clearPasswords()
{
    m_widgets.reportModel->clearPasswords();
    m_widgets.lettersBar->clear();
}

void BulkJobView::release(BulkJob *job)
{
    if (!job)
        return;
    job->cancel();
    job->clearPasswords();
    if (!job->isRunning())
        return;
    job->setParent(nullptr);
    connect(job, &BulkJob::finished, job, &QObject::deleteLater);
}

} // namespace pecadmin
