#pragma once

#include "support/fakecredentialstore.h"
#include "support/scimserverprocess.h"

#include <QSettings>
#include <QSignalSpy>
#include <QSize>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class QWidget;

namespace pecadmin {

class AppSettings;
class MainWindow;

namespace test {

// What the window tests of working offline share: the real SCIM test server with seeded
// mailboxes, settings in a temporary folder, the saved connection "Provider" (the last one used,
// keeping a copy for offline work) on one domain, and windows opened on it, in the language of
// PECADMIN_SCREENSHOT_LANGUAGE (English by default), their pictures saved where
// PECADMIN_SCREENSHOT_DIR says.
class OfflineWindowFixture
{
public:
    static constexpr const char *profileName = "Provider";

    OfflineWindowFixture();
    ~OfflineWindowFixture();

    // For initTestCase: test mode, the language, every copy made before forgotten, the server
    // started with `seeded` mailboxes (and the postmaster), the connection saved. Empty on
    // success, else why not.
    QString setUp(int seeded, const QString &domain);

    // A window opened on the saved connection: shown, its first domain read. `copied` watches
    // the copy's refreshes from before the window was shown, so that none is missed.
    struct Window
    {
        std::unique_ptr<MainWindow> window;
        std::unique_ptr<QSignalSpy> copied;
        MainWindow *operator->() const { return window.get(); }
        MainWindow &operator*() const { return *window; }
        MainWindow *get() const { return window.get(); }
    };
    // `waitForCopy`: also until the first copy is made.
    Window openWindow(const QSize &size, bool waitForCopy);

    ScimServerProcess &server() { return m_server; }
    QSettings &qsettings() { return *m_qsettings; }
    FakeCredentialStore &keyring() { return m_keyring; }
    const QString &language() const { return m_language; }
    bool italian() const { return m_language == QStringLiteral("it"); }
    // Saves a picture of `widget` where PECADMIN_SCREENSHOT_DIR says (nothing without it).
    bool screenshot(QWidget *widget, const QString &name) const;

private:
    ScimServerProcess m_server { ScimServerProcess::Server::Scimmy };
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
    FakeCredentialStore m_keyring;
    QString m_folder;
    QString m_language;
};

} // namespace test

} // namespace pecadmin
