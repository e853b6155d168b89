#include "historyreport.h"

#include "historytablemodel.h"

#include <QDir>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QTextTableFormat>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QPageLayout reportLayout()
{
    return QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(5, 5, 5, 5), QPageLayout::Millimeter);
}

} // namespace

QString HistoryReport::title() const
{
    return tr("History of changes of %1").arg(domain);
}

std::unique_ptr<QTextDocument> HistoryReport::document() const
{
    auto document = std::make_unique<QTextDocument>();
    QFont font = document->defaultFont();
    font.setPointSizeF(9);
    document->setDefaultFont(font);
    document->setMetaInformation(QTextDocument::DocumentTitle, title());
    QTextCursor cursor(document.get());

    QTextCharFormat titleFormat;
    titleFormat.setFontPointSize(16);
    titleFormat.setFontWeight(QFont::Bold);
    QTextCharFormat body;
    QTextCharFormat strong;
    strong.setFontWeight(QFont::Bold);

    cursor.insertText(title(), titleFormat);
    const auto paragraph = [&cursor, &body](const QString &text) {
        cursor.insertBlock();
        cursor.insertText(text, body);
    };
    const QString from = since.isValid() ? since.toString(Qt::ISODate) : tr("the first entry");
    const QString to = until.isValid() ? until.toString(Qt::ISODate) : tr("the last entry");
    paragraph(tr("Period: from %1 to %2 (UTC), both included").arg(from, to));
    if (!mailbox.isEmpty())
        paragraph(tr("Mailbox: %1").arg(mailbox));
    if (!operation.isEmpty())
        paragraph(tr("Operation: %1").arg(HistoryTableModel::operationText(operation)));
    if (!actor.isEmpty())
        paragraph(tr("User: %1").arg(actor));
    paragraph(tr("Printed by %1 on %2 (UTC)").arg(printedBy, utcText(printedAt)));
    if (head.sequence > 0)
        paragraph(tr("Head of the chain when printed: entry %1, SHA-256 %2")
                      .arg(QString::number(head.sequence), QString::fromLatin1(head.hash)));
    else
        paragraph(tr("Head of the chain when printed: the history is empty."));
    paragraph(entries.isEmpty() ? tr("No changes were recorded in this period.")
                                : tr("%n change(s), oldest first.", nullptr, int(entries.size())));
    if (entries.isEmpty())
        return document;

    cursor.insertBlock();
    QTextTableFormat tableFormat;
    // The header row is not repeated on each page: Qt 6.4 counts the pages of a table that repeats
    // it without the repeats, and drops the end of a long report (measured: the last entries of a
    // 294-entry report missing from the PDF). Every entry printed matters more.
    tableFormat.setHeaderRowCount(0);
    tableFormat.setCellPadding(2);
    tableFormat.setCellSpacing(0);
    tableFormat.setBorder(0.5);
    tableFormat.setBorderCollapse(true);
    tableFormat.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    const auto percent = [](int value) { return QTextLength(QTextLength::PercentageLength, value); };
    tableFormat.setColumnWidthConstraints(
        { percent(5), percent(12), percent(11), percent(12), percent(23), percent(31), percent(6) });
    const QStringList headers { tr("Entry"), tr("Time (UTC)"), tr("Who"), tr("Operation"), tr("Mailbox or domain"),
        tr("Change"), tr("Result") };
    QTextTable *table = cursor.insertTable(int(entries.size()) + 1, int(headers.size()), tableFormat);
    for (int column = 0; column < headers.size(); ++column)
        table->cellAt(0, column).firstCursorPosition().insertText(headers.at(column), strong);
    for (int row = 0; row < entries.size(); ++row) {
        const HistoryEntry &entry = entries.at(row);
        const QString cells[] = { QString::number(entry.sequence), utcText(entry.time), entry.actor,
            HistoryTableModel::operationText(entry.operation), entry.mailbox.isEmpty() ? entry.domain : entry.mailbox,
            HistoryTableModel::changeText(entry), entry.result };
        for (int column = 0; column < headers.size(); ++column)
            table->cellAt(row + 1, column).firstCursorPosition().insertText(cells[column], body);
    }
    return document;
}

std::optional<QString> HistoryReport::writePdf(const QString &path) const
{
    const auto notWritten = [&path](const QString &reason) {
        return tr("The file %1 could not be written: %2").arg(QDir::toNativeSeparators(path), reason);
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return notWritten(file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(reportLayout());
        writer.setResolution(300);
        writer.setTitle(title());
        writer.setCreator(u"PEC Admin"_s);
        const std::unique_ptr<QTextDocument> report = document();
        // Laid out on the writer's pages with margins of 2 cm, and each page numbered.
        report->print(&writer);
    }
    if (!file.commit())
        return notWritten(file.errorString());
    return std::nullopt;
}

} // namespace pecadmin
