#include "credentialletters.h"

#include "filedialog.h"
#include "messagebox.h"

#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace pecadmin {

namespace {

bool isItalian(const QString &language)
{
    return language == u"it";
}

} // namespace

CredentialLetters::CredentialLetters(QList<Credential> credentials)
    : m_credentials(std::move(credentials)), m_language(defaultLanguage()), m_date(QDate::currentDate())
{ }

CredentialLetters::~CredentialLetters()
{
    clear();
}

void CredentialLetters::clear()
{
    for (Credential &credential : m_credentials) {
        credential.password.fill(QChar(0));
        credential.password.clear();
    }
    m_credentials.clear();
}

QStringList CredentialLetters::languages()
{
    return { u"it"_s, u"en"_s };
}

QString CredentialLetters::languageName(const QString &language)
{
    // Each language named in itself, so that it is found whatever the application's language.
    return isItalian(language) ? u"Italiano"_s : u"English"_s;
}

QString CredentialLetters::defaultLanguage()
{
    return QLocale().language() == QLocale::Italian ? u"it"_s : u"en"_s;
}

QString CredentialLetters::sentence(Sentence sentence, const QString &language)
{
    // The letter's own texts in both languages: a letter in Italian is printed from an
    // application running in English and the other way round.
    const bool it = isItalian(language);
    switch (sentence) {
    case Sentence::Title:
        return it ? u"Credenziali della casella PEC"_s : u"Credentials of your PEC mailbox"_s;
    case Sentence::Intro:
        return it ? u"Di seguito l'indirizzo e la password provvisoria della Sua casella di Posta Elettronica "
                    u"Certificata (PEC)."_s
                  : u"Here are the address and the temporary password of your certified e-mail (PEC) mailbox."_s;
    case Sentence::Date:
        return it ? u"Data: %1"_s : u"Date: %1"_s;
    case Sentence::Address:
        return it ? u"Indirizzo"_s : u"Address"_s;
    case Sentence::Password:
        return it ? u"Password provvisoria"_s : u"Temporary password"_s;
    case Sentence::Webmail:
        return it ? u"Webmail"_s : u"Webmail"_s;
    case Sentence::ChangeAtFirstAccess:
        return it ? u"La password è provvisoria: al primo accesso alla casella è obbligatorio cambiarla."_s
                  : u"This password is temporary: you must change it at your first access to the mailbox."_s;
    case Sentence::KeepSafe:
        return it ? u"Conservi questa lettera in un luogo sicuro e la distrugga dopo aver cambiato la password."_s
                  : u"Keep this letter in a safe place and destroy it once you have changed the password."_s;
    }
    return {};
}

QString CredentialLetters::formatDate(const QDate &date, const QString &language)
{
    const QLocale locale(isItalian(language) ? QLocale::Italian : QLocale::English,
        isItalian(language) ? QLocale::Italy : QLocale::UnitedKingdom);
    return locale.toString(date, QLocale::LongFormat);
}

bool CredentialLetters::paint(QPagedPaintDevice *device) const
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const QRect area(0, 0, device->width(), device->height());
    // Sizes in points, whatever the device's resolution.
    const auto points = [device](qreal pt) { return int(pt * device->logicalDpiY() / 72.0); };

    QFont body(u"DejaVu Sans"_s);
    body.setStyleHint(QFont::SansSerif);
    body.setPointSizeF(11);
    QFont small = body;
    small.setPointSizeF(9.5);
    QFont title = body;
    title.setPointSizeF(18);
    title.setBold(true);
    QFont label = body;
    label.setPointSizeF(10);
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(14);
    QFont password = fixed;
    password.setPointSizeF(16);
    password.setBold(true);
    QFont strong = body;
    strong.setBold(true);

    const Qt::Alignment wrap = Qt::AlignLeft | Qt::AlignTop;
    const auto paragraph = [&painter, &area](int y, const QFont &font, const QString &text, Qt::Alignment align) {
        painter.setFont(font);
        const QRect box(area.left(), y, area.width(), area.height() - y);
        QRect used;
        painter.drawText(box, int(align) | Qt::TextWordWrap, text, &used);
        return used.bottom() + 1;
    };

    for (qsizetype i = 0; i < m_credentials.size(); ++i) {
        if (i > 0 && !device->newPage()) {
            painter.end();
            return false;
        }
        const Credential &credential = m_credentials.at(i);
        int y = area.top();
        y = paragraph(y, small, sentence(Sentence::Date, m_language).arg(formatDate(m_date, m_language)),
            Qt::AlignRight | Qt::AlignTop);
        y += points(24);
        y = paragraph(y, title, sentence(Sentence::Title, m_language), wrap);
        y += points(14);
        y = paragraph(y, body, sentence(Sentence::Intro, m_language), wrap);
        y += points(20);

        // The credentials in a frame: a label above each value.
        const int padding = points(12);
        const int frameTop = y;
        y += padding;
        const auto field = [&](const QString &name, const QString &value, const QFont &valueFont) {
            painter.setFont(label);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            const QFontMetrics labelMetrics(label, device);
            painter.drawText(QRect(area.left() + padding, y, area.width() - 2 * padding, labelMetrics.height()),
                Qt::AlignLeft | Qt::AlignTop, name);
            y += labelMetrics.height() + points(3);
            painter.setPen(Qt::black);
            painter.setFont(valueFont);
            QRect used;
            painter.drawText(QRect(area.left() + padding, y, area.width() - 2 * padding, area.height() - y),
                Qt::AlignLeft | Qt::AlignTop | Qt::TextWrapAnywhere, value, &used);
            y = used.bottom() + 1 + points(12);
        };
        field(sentence(Sentence::Address, m_language), credential.address, fixed);
        field(sentence(Sentence::Password, m_language), credential.password, password);
        if (!m_webmailUrl.isEmpty())
            field(sentence(Sentence::Webmail, m_language), m_webmailUrl, body);
        y += padding - points(12);
        painter.setPen(QPen(QColor(0x88, 0x88, 0x88), points(0.75)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRect(area.left(), frameTop, area.width() - 1, y - frameTop));
        painter.setPen(Qt::black);
        y += points(20);

        y = paragraph(y, strong, sentence(Sentence::ChangeAtFirstAccess, m_language), wrap);
        y += points(10);
        paragraph(y, body, sentence(Sentence::KeepSafe, m_language), wrap);
    }
    return painter.end();
}

bool CredentialLetters::writePdf(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(sentence(Sentence::Title, m_language));
        writer.setCreator(u"PEC Admin"_s);
        if (!paint(&writer)) {
            file.cancelWriting();
            if (error)
                *error = tr("The letters could not be drawn.");
            return false;
        }
    }
    if (!file.commit()) {
        if (error)
            *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool CredentialLetters::saveAsPdf(QWidget *parent, const QStringList &storeFiles) const
{
    if (isEmpty())
        return false;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    //: The file name a save dialog suggests for credential letters; keep .pdf
    const QString suggested = QDir(folder).filePath(tr("credential-letters.pdf"));
    QString path = FileDialog::getSaveFileName(
        parent, tr("Save Credential Letters"), suggested, tr("PDF documents (*.pdf);;All files (*)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".pdf"_s;
    if (const auto refusal = FileDialog::confirmSaveTarget(parent, tr("Save Credential Letters"), path, storeFiles)) {
        if (refusal->code() != ServiceError::Code::Cancelled)
            MessageBox::critical(parent, tr("Save Credential Letters"), refusal->message());
        return false;
    }
    QString error;
    if (!writePdf(path, &error)) {
        MessageBox::critical(parent, tr("Save Credential Letters"), error);
        return false;
    }
    return true;
}

bool CredentialLetters::print(QWidget *parent) const
{
    if (isEmpty())
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    printer.setDocName(sentence(Sentence::Title, m_language));
    QPointer<QPrintDialog> dialog = new QPrintDialog(&printer, parent);
    dialog->setObjectName(u"printDialog"_s);
    dialog->setWindowTitle(tr("Print Credential Letters"));
    const int answer = dialog->exec();
    const bool alive = !dialog.isNull();
    delete dialog;
    if (!alive || answer != QDialog::Accepted)
        return false;
    if (!paint(&printer)) {
        MessageBox::critical(parent, tr("Print Credential Letters"), tr("The letters could not be printed."));
        return false;
    }
    return true;
}

} // namespace pecadmin
