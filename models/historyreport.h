#pragma once

#include "core/history.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QTextDocument;

namespace pecadmin {

// A printed report of the history of a domain for a period, for the office's records: the
// domain, the period, the filters, who printed it and when, the chain's head at that moment,
// and a table of the entries, oldest first. The texts are in the program's language. Written by
// the window and by pecadmin-cli (which needs a QGuiApplication for the fonts, on the offscreen
// platform: no display).
class HistoryReport
{
    Q_DECLARE_TR_FUNCTIONS(pecadmin::HistoryReport)

public:
    // More entries than this make a report too long to be read: a shorter period is asked for.
    static constexpr int maximumEntries = 20000;

    QString domain;
    QString mailbox; // the filters, where set
    QString operation;
    QString actor;
    QDate since; // invalid: from the first entry
    QDate until; // included; invalid: to the last entry
    QString printedBy;
    QDateTime printedAt; // UTC
    HistoryEntry head; // sequence 0: the history is empty
    QList<HistoryEntry> entries; // oldest first

    QString title() const;
    // The report, laid out for an A4 page in landscape.
    std::unique_ptr<QTextDocument> document() const;
    // Writes the report as PDF to `path` through a QSaveFile (the file appears whole or not at
    // all); the error to show, or none.
    std::optional<QString> writePdf(const QString &path) const;
};

} // namespace pecadmin
