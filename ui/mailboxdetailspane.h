#pragma once

#include "core/mailbox.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace pecadmin {

class HistoryView;
class MailboxService;
class ValueLabel;

// Every attribute of the selected mailbox, read-only, and on a second tab its history of
// changes (where the connection keeps one); or how many mailboxes are selected.
class MailboxDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit MailboxDetailsPane(QWidget *parent = nullptr);

    // None: "No mailbox selected"; one: its details; several: how many.
    void setMailboxes(const QList<Mailbox> &mailboxes);
    // The connection whose history the History tab reads; none, or one that keeps no history,
    // hides the tab.
    void setService(MailboxService *service);
    // Whether the domain offers archiving; shown instead of "No" where it does not.
    void setArchivingAvailable(bool available);

    int selectionCount() const { return int(m_mailboxes.size()); }
    // The text shown on the line `objectName` ("usedValueLabel", ...), for tests.
    QString valueText(const QString &objectName) const;
    HistoryView *historyView() const { return m_historyView; }

protected:
    void changeEvent(QEvent *event) override;

private:
    ValueLabel *addRow(const QString &objectName);
    void retranslateUi();
    void showValues();
    // Loads the history of the selected mailbox when its tab is shown and the mailbox (or its
    // version: a change adds an entry) is not the one loaded.
    void showHistory();

    QList<Mailbox> m_mailboxes;
    bool m_archivingAvailable = true;

    QStackedWidget *m_stackedWidget = nullptr;
    QLabel *m_messageLabel = nullptr;
    QTabWidget *m_tabWidget = nullptr;
    QWidget *m_detailsWidget = nullptr;
    HistoryView *m_historyView = nullptr;
    QString m_historyVersion; // the version of the mailbox whose history is loaded
    QLabel *m_titleLabel = nullptr;
    QFormLayout *m_formLayout = nullptr;
    QList<QLabel *> m_captionLabels;
    QList<ValueLabel *> m_valueLabels;
};

} // namespace pecadmin
