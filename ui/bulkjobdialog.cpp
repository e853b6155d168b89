#include "bulkjobdialog.h"

#include "bulk/bulkjob.h"
#include "bulkprogresswidget.h"
#include "bulkreportmodel.h"
#include "credentiallettersbar.h"
#include "valuelabel.h"

#include <QBoxLayout>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace pecadmin {

BulkJobDialog::BulkJobDialog(QWidget *parent) : QDialog(parent)
{
    m_reportModel = new BulkReportModel(this);
}

BulkJobDialog::~BulkJobDialog()
{
    // A job whose answer is awaited lives on after the dialog, until it has finished.
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job->clearPasswords();
        if (m_job->isRunning()) {
            m_job->setParent(nullptr);
            connect(m_job, &BulkJob::finished, m_job, &QObject::deleteLater);
        }
    }
    clearPasswords();
}

void BulkJobDialog::createReportWidgets(QTableView *reportTableView)
{
    m_progressWidget = new BulkProgressWidget(this);
    m_progressWidget->setObjectName(u"progressWidget"_s);
    m_summaryLabel = new ValueLabel(this);
    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    QFont bold = m_summaryLabel->font();
    bold.setBold(true);
    m_summaryLabel->setFont(bold);
    m_reportTableView = reportTableView;
    m_reportTableView->setParent(this);
    m_passwordsLabel = new ValueLabel(this);
    m_passwordsLabel->setObjectName(u"passwordsLabel"_s);
    m_passwordsLabel->setWordWrap(true);
    m_copyPasswordsButton = new QPushButton(this);
    m_copyPasswordsButton->setObjectName(u"copyPasswordsButton"_s);
    m_copyPasswordsButton->setAutoDefault(false);
    m_copiedLabel = new QLabel(this);
    m_copiedLabel->setObjectName(u"copiedLabel"_s);
    m_lettersBar = new CredentialLettersBar(this);
    m_lettersBar->setObjectName(u"lettersBar"_s);
    connect(m_copyPasswordsButton, &QPushButton::clicked, this, &BulkJobDialog::copyPasswords);
}

void BulkJobDialog::addReportWidgets(QBoxLayout *layout)
{
    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copyPasswordsButton);
    copyRow->addWidget(m_copiedLabel);
    copyRow->addStretch(1);
    layout->addWidget(m_progressWidget);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_reportTableView, 1);
    layout->addWidget(m_passwordsLabel);
    layout->addLayout(copyRow);
    layout->addWidget(m_lettersBar);
}

void BulkJobDialog::setCancelButton(QPushButton *cancelButton)
{
    m_cancelButton = cancelButton;
}

void BulkJobDialog::setWebmailUrl(const QString &url)
{
    m_lettersBar->setWebmailUrl(url);
}

void BulkJobDialog::setStoreFiles(const QStringList &files)
{
    m_lettersBar->setStoreFiles(files);
}

bool BulkJobDialog::isRunning() const
{
    return m_job && m_job->isRunning();
}

void BulkJobDialog::follow(BulkJob *job, int total)
{
    m_job = job;
    connect(job, &BulkJob::progress, m_progressWidget, &BulkProgressWidget::setProgress);
    connect(job, &BulkJob::finished, this, &BulkJobDialog::finished);
    m_progressWidget->setProgress(0, total, -1);
}

void BulkJobDialog::finished()
{
    m_reportModel->setReport(m_job->report(), doneText());
    m_job->clearPasswords(); // the report model holds them now, until the dialog closes
    m_lettersBar->setCredentials(m_reportModel->credentials());
    m_reportTableView->resizeColumnsToContents();
    m_reportTableView->setColumnHidden(BulkReportModel::PasswordColumn, !m_reportModel->hasPasswords());
    jobFinished();
    resize(size().expandedTo(sizeHint()));
    if (m_reportModel->report().count(BulkReportEntry::Outcome::Done) > 0)
        Q_EMIT mailboxesChanged();
    Q_EMIT reportShown();
}

void BulkJobDialog::reject()
{
    if (isRunning()) {
        m_job->cancel();
        m_progressWidget->setStopping();
        m_cancelButton->setEnabled(false);
        return;
    }
    clearPasswords();
    QDialog::reject();
}

void BulkJobDialog::showReportWidgets(bool running, bool finished)
{
    const bool passwords = finished && m_reportModel->hasPasswords();
    m_progressWidget->setVisible(running);
    m_summaryLabel->setVisible(finished);
    m_reportTableView->setVisible(finished);
    m_passwordsLabel->setVisible(passwords);
    m_copyPasswordsButton->setVisible(passwords);
    m_copiedLabel->setVisible(false);
    m_cancelButton->setEnabled(true);
    if (finished)
        m_cancelButton->setFocus();
}

void BulkJobDialog::retranslateReportWidgets(const QString &passwordsNote)
{
    m_summaryLabel->setAccessibleName(tr("Summary"));
    m_reportTableView->setAccessibleName(tr("Report"));
    m_reportModel->setDoneText(doneText());
    m_reportModel->retranslate();
    m_passwordsLabel->setText(passwordsNote);
    m_passwordsLabel->setAccessibleName(tr("Passwords shown once"));
    m_copyPasswordsButton->setText(tr("&Copy addresses and passwords"));
    m_copyPasswordsButton->setAccessibleName(tr("Copy addresses and passwords"));
    m_copiedLabel->setText(tr("Copied to the clipboard."));
    m_copiedLabel->setAccessibleName(tr("Copied"));
}

void BulkJobDialog::copyPasswords()
{
    QStringList lines;
    for (const Credential &credential : m_reportModel->credentials())
        lines.append(credential.address + u'\t' + credential.password);
    QGuiApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
    m_copiedLabel->setVisible(true);
}

void BulkJobDialog::clearPasswords()
{
    m_reportModel->clearPasswords();
    if (m_lettersBar)
        m_lettersBar->clear();
}

} // namespace pecadmin
