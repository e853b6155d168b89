#include "programrun.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QProcess>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace pecadmin::test {

QJsonObject ProgramRun::json() const
{
    return QJsonDocument::fromJson(outBytes).object();
}

QJsonObject ProgramRun::error() const
{
    return QJsonDocument::fromJson(err.toUtf8()).object().value(u"error"_s).toObject();
}

QString ProgramRun::describe() const
{
    return u"exit %1\n--- stdout:\n%2\n--- stderr:\n%3"_s.arg(exitCode).arg(out, err);
}

QProcessEnvironment isolatedEnvironment(const QString &home)
{
    const QDir folder(home);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, folder.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, folder.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, folder.filePath(u"data"_s));
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + folder.filePath(u"no-bus"_s));
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    environment.remove(u"PECADMIN_PASSWORD"_s);
    setLanguage(environment, false);
    return environment;
}

void setLanguage(QProcessEnvironment &environment, bool italian)
{
    const QString locale = italian ? u"it_IT.UTF-8"_s : u"C.UTF-8"_s;
    environment.insert(u"LANG"_s, locale);
    environment.insert(u"LC_ALL"_s, locale);
    environment.remove(u"LC_MESSAGES"_s);
    if (italian)
        environment.insert(u"LANGUAGE"_s, u"it"_s);
    else
        environment.remove(u"LANGUAGE"_s);
}

ProgramRun runProgram(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
    const QByteArray &input, int timeoutMs)
{
    ProgramRun result;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted(timeoutMs)) {
        result.err = process.errorString();
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.outBytes = process.readAllStandardOutput();
    result.out = QString::fromUtf8(result.outBytes);
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace pecadmin::test
