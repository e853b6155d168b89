#pragma once

#include "core/mailbox.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QStackedWidget;

namespace pecadmin {

class ValueLabel;

// Every attribute of the selected mailbox, read-only; or how many mailboxes are selected.
class MailboxDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit MailboxDetailsPane(QWidget *parent = nullptr);

    // None: "No mailbox selected"; one: its details; several: how many.
    void setMailboxes(const QList<Mailbox> &mailboxes);
    // Whether the domain offers archiving; shown instead of "No" where it does not.
    void setArchivingAvailable(bool available);

    int selectionCount() const { return int(m_mailboxes.size()); }
    // The text shown on the line `objectName` ("usedValueLabel", ...), for tests.
    QString valueText(const QString &objectName) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    ValueLabel *addRow(const QString &objectName);
    void retranslateUi();
    void showValues();

    QList<Mailbox> m_mailboxes;
    bool m_archivingAvailable = true;

    QStackedWidget *m_stackedWidget = nullptr;
    QLabel *m_messageLabel = nullptr;
    QWidget *m_detailsWidget = nullptr;
    QLabel *m_titleLabel = nullptr;
    QFormLayout *m_formLayout = nullptr;
    QList<QLabel *> m_captionLabels;
    QList<ValueLabel *> m_valueLabels;
};

} // namespace pecadmin
