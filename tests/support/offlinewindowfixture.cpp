#include "offlinewindowfixture.h"

#include "appsettings.h"
#include "connection/connector.h"
#include "connection/profilestore.h"
#include "connectioncontroller.h"
#include "core/languages.h"
#include "mainwindow.h"
#include "support/await.h"
#include "support/screenshotcheck.h"
#include "support/testmode.h"

#include <QDialog>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace pecadmin::test {

OfflineWindowFixture::OfflineWindowFixture() = default;
OfflineWindowFixture::~OfflineWindowFixture() = default;

QString OfflineWindowFixture::setUp(int seeded, const QString &domain)
{
    test::enableTestMode();
    m_folder = qEnvironmentVariable("PECADMIN_SCREENSHOT_DIR");
    m_language = qEnvironmentVariable("PECADMIN_SCREENSHOT_LANGUAGE", u"en"_s);
    if (!m_folder.isEmpty() && !QDir().mkpath(m_folder))
        return u"cannot make the folder %1"_s.arg(m_folder);
    static Languages languages;
    if (!languages.setLanguage(m_language))
        return u"no language %1"_s.arg(m_language);
    if (!m_dir.isValid())
        return u"no temporary folder"_s;
    const QString name = QString::fromLatin1(profileName);
    QDir(QFileInfo(Connector::replicaPath(name)).absolutePath()).removeRecursively();
    if (const QString failure = m_server.start({ u"--seed"_s, QString::number(seeded) }); !failure.isEmpty())
        return failure;
    m_qsettings = std::make_unique<QSettings>(m_dir.filePath(u"pecadmin.ini"_s), QSettings::IniFormat);
    m_settings = std::make_unique<AppSettings>(*m_qsettings);
    m_settings->setStorePath(m_dir.filePath(u"local.sqlite"_s));

    ProfileStore store(*m_qsettings, &m_keyring);
    ConnectionProfile profile;
    profile.name = name;
    profile.kind = ConnectionProfile::Kind::Scim;
    profile.baseUrl = m_server.baseUrl();
    profile.user = m_server.user();
    profile.domains = QStringList { domain };
    const Outcome saved = await(store.saveProfile(profile, {}, m_server.password()));
    if (!saved)
        return saved.error().message() + u' ' + saved.error().detail();
    store.setLastProfile(name);
    return {};
}

OfflineWindowFixture::Window OfflineWindowFixture::openWindow(const QSize &size, bool waitForCopy)
{
    Window opened;
    opened.window = std::make_unique<MainWindow>(*m_settings);
    MainWindow *window = opened.window.get();
    window->setCredentialStore(&m_keyring);
    window->connectionController()->setProbeIntervals(100, 800);
    window->resize(size);
    QSignalSpy ready(window, &MainWindow::storeReady);
    opened.copied = std::make_unique<QSignalSpy>(window->connectionController(), &ConnectionController::copyRefreshed);
    window->show();
    if (!ready.wait(30000))
        qWarning("the window did not get ready");
    if (waitForCopy && opened.copied->isEmpty() && !opened.copied->wait(30000))
        qWarning("the copy was not made");
    return opened;
}

bool OfflineWindowFixture::screenshot(QWidget *widget, const QString &name) const
{
    // A dialog is also walked as a keyboard and screen-reader user meets it; the main window
    // has its own walk in tst_accessibility.
    if (qobject_cast<QDialog *>(widget))
        return checkAndCapture(widget, name, m_folder, m_language);
    if (m_folder.isEmpty())
        return true;
    return savePicture(widget, name, m_folder, m_language);
}

} // namespace pecadmin::test
