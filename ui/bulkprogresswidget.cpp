#include "bulkprogresswidget.h"
#include "valuelabel.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pecadmin {

BulkProgressWidget::BulkProgressWidget(QWidget *parent) : QWidget(parent)
{
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(u"progressBar"_s);
    m_progressBar->setRange(0, 0);
    m_progressLabel = new ValueLabel(this);
    m_progressLabel->setObjectName(u"progressLabel"_s);
    m_progressLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_progressLabel);
    retranslateUi();
}

void BulkProgressWidget::setProgress(int done, int total, qint64 msecsLeft)
{
    m_done = done;
    m_total = total;
    m_msecsLeft = msecsLeft;
    retranslateUi();
    m_progressBar->setRange(0, std::max(total, 1));
    m_progressBar->setValue(done);
}

void BulkProgressWidget::setStopping()
{
    m_stopping = true;
    retranslateUi();
}

QString BulkProgressWidget::timeLeftText(qint64 msecsLeft)
{
    if (msecsLeft < 0)
        return {};
    const qint64 seconds = (msecsLeft + 999) / 1000;
    if (seconds < 60)
        return tr("less than a minute left");
    const int minutes = int((seconds + 30) / 60);
    if (minutes < 120)
        return tr("about %n minute(s) left", nullptr, minutes);
    return tr("about %n hour(s) left", nullptr, (minutes + 30) / 60);
}

void BulkProgressWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BulkProgressWidget::retranslateUi()
{
    m_progressBar->setAccessibleName(tr("Progress"));
    m_progressLabel->setAccessibleName(tr("Progress"));
    //: "12 of 50 mailboxes done"
    QString text = tr("%1 of %n mailbox(es) done", nullptr, m_total).arg(QLocale().toString(m_done));
    const QString left = timeLeftText(m_msecsLeft);
    if (m_stopping)
        text += u" · "_s + tr("stopping after the current mailbox…");
    else if (!left.isEmpty())
        text += u" · "_s + left;
    m_progressLabel->setText(text);
}

} // namespace pecadmin
