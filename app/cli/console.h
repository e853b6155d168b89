#pragma once

#include "core/serviceerror.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QTextStream>

#include <cstdio>

namespace pecadmin {

// Where the command-line tool writes: results on standard output, errors, warnings and prompts
// on standard error; as text for a person or, with --json, as JSON. Every write is flushed at
// once, so that the two streams interleave in the order they were written.
class Console
{
    Q_DECLARE_TR_FUNCTIONS(pecadmin::Console)

public:
    Console(FILE *out, FILE *err);

    void setJson(bool json) { m_json = json; }
    bool json() const { return m_json; }

    // A result: `text` for a person, `object` in JSON mode.
    void printResult(const QString &text, const QJsonObject &object);
    // The same with the JSON document already written (OutputFormatter); either may be left
    // empty where the mode does not print it.
    void printResult(const QString &text, const QByteArray &json);
    // A line for a person only (a note after a result); nothing in JSON mode.
    void printNote(const QString &text);
    // Text on standard output in every mode (the help).
    void printText(const QString &text);
    // Bytes on standard output as they are, in every mode (a CSV export).
    void printBytes(const QByteArray &bytes);

    // "pecadmin-cli: message" on standard error, or {"error": {...}} in JSON mode.
    void printError(const ServiceError &error);
    // The same for a command line that is wrong, with how to use it.
    void printUsageError(const QString &message, const QString &usageHint);
    // "pecadmin-cli: warning: …" on standard error, in every mode (a script's log shows it).
    void printWarning(const QString &text);

private:
    void writeOut(const QString &text);
    void writeErr(const QString &text);
    void writeErr(const QByteArray &bytes);

    FILE *m_outFile;
    FILE *m_errFile;
    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
};

} // namespace pecadmin
