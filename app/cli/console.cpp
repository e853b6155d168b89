#include "console.h"
#include "outputformatter.h"

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

const QString prefix = u"pecadmin-cli: "_s;

QString withNewline(const QString &text)
{
    return text.endsWith(u'\n') ? text : text + u'\n';
}

} // namespace

Console::Console(FILE *out, FILE *err) : m_outFile(out), m_errFile(err), m_out(out), m_err(err)
{ }

void Console::writeOut(const QString &text)
{
    m_out << text;
    m_out.flush();
}

void Console::writeErr(const QString &text)
{
    m_err << text;
    m_err.flush();
}

void Console::writeErr(const QByteArray &bytes)
{
    m_err.flush();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_errFile);
    std::fflush(m_errFile);
}

void Console::printResult(const QString &text, const QJsonObject &object)
{
    printResult(text, m_json ? OutputFormatter::jsonText(object) : QByteArray());
}

void Console::printResult(const QString &text, const QByteArray &json)
{
    if (m_json) {
        printBytes(json);
        return;
    }
    // A long list's text is not copied to add its newline.
    m_out << text;
    if (!text.endsWith(u'\n'))
        m_out << u'\n';
    m_out.flush();
}

void Console::printBytes(const QByteArray &bytes)
{
    m_out.flush();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_outFile);
    std::fflush(m_outFile);
}

void Console::printNote(const QString &text)
{
    if (!m_json)
        writeOut(withNewline(text));
}

void Console::printText(const QString &text)
{
    writeOut(withNewline(text));
}

void Console::printError(const ServiceError &error)
{
    QString message = error.message();
    // A script reads what to do: the same command, run again, signs in afresh.
    if (error.code() == ServiceError::Code::SessionExpired)
        message = tr("The server ended the session: run the command again.");
    if (message.isEmpty())
        message = tr("The operation failed without saying why.");
    if (m_json) {
        QJsonObject object = OutputFormatter::errorJson(ServiceError::codeName(error.code()), message);
        if (!error.detail().isEmpty()) {
            QJsonObject inner = object.value(u"error"_s).toObject();
            inner.insert(u"detail"_s, error.detail());
            object.insert(u"error"_s, inner);
        }
        writeErr(OutputFormatter::jsonText(object));
        return;
    }
    writeErr(prefix + withNewline(message));
    // A technical detail (a driver's message), untranslated, for whoever looks into it.
    if (!error.detail().isEmpty())
        writeErr(prefix + withNewline(tr("detail: %1").arg(error.detail())));
}

void Console::printUsageError(const QString &message, const QString &usageHint)
{
    if (m_json)
        writeErr(OutputFormatter::jsonText(OutputFormatter::errorJson(u"usage"_s, message)));
    else
        writeErr(prefix + withNewline(message) + withNewline(usageHint));
}

void Console::printWarning(const QString &text)
{
    writeErr(prefix + withNewline(tr("warning: %1").arg(text)));
}

} // namespace pecadmin
