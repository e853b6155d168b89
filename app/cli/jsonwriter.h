#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

namespace pecadmin {

// Writes the JSON the command-line tool prints, straight into UTF-8 bytes, exactly as
// QJsonDocument::toJson(QJsonDocument::Indented) writes the same document: four spaces a
// level, `"name": value`, strings escaped as RFC 8259 asks (`\"`, `\\`, \b \f \n \r \t, other
// control characters as \u00XX) and the rest written as UTF-8. A QJsonObject keeps its members
// sorted by name: so must whoever writes an object member by member, so that a script sees the
// same bytes whichever way a document was made.
class JsonWriter
{
public:
    // `expectedSize`: about how many bytes the document takes, to make room for them at once.
    explicit JsonWriter(qsizetype expectedSize = 0);

    void beginObject() { begin('{'); }
    void endObject() { end('}'); }
    void beginArray() { begin('['); }
    void endArray() { end(']'); }

    // The name of the next member of the object being written; its value follows. A name in
    // Latin-1 is one of the program's own, of ASCII letters alone: copied as it is, and in a
    // debug build checked to come after the one before.
    void key(QLatin1StringView name);
    void key(QStringView name);

    void string(QStringView text);
    void string(QLatin1StringView text);
    // The text `first` + `separator` + `second` ("name@domain") without making it first.
    void joinedString(QStringView first, QChar separator, QStringView second);
    void number(qint64 value);
    void boolean(bool value);
    void null();
    // "2024-08-12T09:05:07Z": `time` in UTC as QDateTime::toString(Qt::ISODate) writes it; an
    // invalid time is the empty string.
    void isoUtc(const QDateTime &time);
    // Any value, an object's members in its own order (sorted) and an array's in theirs.
    void value(const QJsonValue &value);

    // The document written, ending with a newline; the writer is empty again.
    QByteArray take();

    // Writes `msecs` after the epoch (before it where negative) into `out` as
    // QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODate) does,
    // "yyyy-MM-ddTHH:mm:ssZ" with the milliseconds dropped, and returns its length (20); 0 for
    // a time outside the years 1 to 9999, left to Qt.
    static qsizetype isoUtcText(qint64 msecs, char *out);

private:
    struct Level
    {
        bool object = false;
        bool empty = true;
#ifndef QT_NO_DEBUG
        bool afterKey = false;
        QLatin1StringView lastKey;
#endif
    };

    void begin(char bracket);
    void end(char bracket);
    // Before a value: an array's element starts on a line of its own; an object's member has
    // had its key written.
    void beforeValue();
    // Room for `most` more bytes, then the end of what was written there.
    char *reserve(qsizetype most)
    {
        if (m_bytes.size() - m_size < most)
            grow(most);
        return m_data + m_size;
    }
    void commit(const char *end)
    {
        m_size = end - m_data;
    }
    void grow(qsizetype most);
    // The start of an element or a member: the comma after the one before, a new line and
    // the indentation of its level.
    char *startItem(char *out);
    // In a debug build: a key where one is awaited; the program's own names in order.
    void checkKey(QLatin1StringView name);
    void append(const char *bytes, qsizetype size);

    // Written up to m_size; beyond it, room to write into.
    QByteArray m_bytes;
    char *m_data = nullptr;
    qsizetype m_size = 0;
    QVarLengthArray<Level, 8> m_levels;
};

} // namespace pecadmin
