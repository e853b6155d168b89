#pragma once

// The text of a PDF file, page by page, as poppler's pdftotext extracts it.

#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <optional>

namespace pecadmin::test {

inline const QString pdfToTextProgram = QStringLiteral("/usr/bin/pdftotext");

inline bool havePdfToText()
{
    return QFile::exists(pdfToTextProgram);
}

// One string for each page, whitespace simplified (a sentence wrapped over two lines reads as
// one, ligatures as their letters); none when pdftotext fails.
inline std::optional<QStringList> pdfPages(const QString &path)
{
    QProcess process;
    process.start(pdfToTextProgram, { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::nullopt;
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(QChar(u'\f'));
    // pdftotext ends the last page with a form feed too.
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    // Compatibility forms folded: a typeset "ﬁ" ligature reads as "fi".
    for (QString &page : pages)
        page = page.normalized(QString::NormalizationForm_KC).simplified();
    return pages;
}

} // namespace pecadmin::test
