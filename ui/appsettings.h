#pragma once

#include <QByteArray>
#include <QString>

class QSettings;

namespace pecadmin {

// The preferences the GUI remembers, over a QSettings that the caller owns and passes in.
// Never a password or a token.
class AppSettings
{
public:
    explicit AppSettings(QSettings &settings);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);
    QByteArray headerState() const;
    void setHeaderState(const QByteArray &state);

    // The store opened last; empty: the default one.
    QString storePath() const;
    void setStorePath(const QString &path);
    QString lastDomain() const;
    void setLastDomain(const QString &domain);
    // "en", "it"; empty: follow the system.
    QString language() const;
    void setLanguage(const QString &language);

    void sync();
    QSettings &settings() { return m_settings; }

private:
    QSettings &m_settings;
};

} // namespace pecadmin
