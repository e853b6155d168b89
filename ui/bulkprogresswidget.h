#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace pecadmin {

// The progress of a bulk operation: a bar, the count done, and an estimate of the time left.
class BulkProgressWidget : public QWidget
{
    Q_OBJECT

public:
    explicit BulkProgressWidget(QWidget *parent = nullptr);

    void setProgress(int done, int total, qint64 msecsLeft);
    // Says that the operation stops after the mailbox whose answer is awaited.
    void setStopping();

    // "about 3 minutes left", "less than a minute left"; empty while unknown.
    static QString timeLeftText(qint64 msecsLeft);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    int m_done = 0;
    int m_total = 0;
    qint64 m_msecsLeft = -1;
    bool m_stopping = false;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_progressLabel = nullptr;
};

} // namespace pecadmin
