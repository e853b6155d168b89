#include "dialoglauncher.h"

#include "connectionsession.h"
#include "signindialog.h"

namespace pecadmin {

DialogLauncher::DialogLauncher(ConnectionSession *session, QObject *parent) : QObject(parent), m_session(session)
{ }

void DialogLauncher::show(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_open.append(dialog);
    connect(dialog, &QDialog::finished, this, [this, dialog] { m_open.removeAll(dialog); });
    dialog->open();
}

QList<QDialog *> DialogLauncher::openDialogs() const
{
    QList<QDialog *> dialogs;
    for (const QPointer<QDialog> &dialog : m_open) {
        if (dialog)
            dialogs.append(dialog);
    }
    return dialogs;
}

void DialogLauncher::resumeAfterSignIn(QDialog *dialog, const std::function<void()> &submitAgain)
{
    m_session->resumeAfterSignIn(dialog, submitAgain);
}

} // namespace pecadmin
