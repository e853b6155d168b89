#include "jsonwriter.h"

#include <QCborValue>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <utility>

namespace pecadmin {

namespace {

constexpr qsizetype indentWidth = 4;
// The most bytes one UTF-16 unit or Latin-1 character takes once escaped: \u001f.
constexpr qsizetype mostBytesPerUnit = 6;

char hexDigit(uint value)
{
    return "0123456789abcdef"[value & 0xf];
}

char *escapedUnicode(char *out, char16_t unit)
{
    *out++ = '\\';
    *out++ = 'u';
    *out++ = hexDigit(unit >> 12);
    *out++ = hexDigit(unit >> 8);
    *out++ = hexDigit(unit >> 4);
    *out++ = hexDigit(unit);
    return out;
}

char *escapedAscii(char *out, char16_t unit)
{
    *out++ = '\\';
    switch (unit) {
    case u'"':
        *out++ = '"';
        break;
    case u'\\':
        *out++ = '\\';
        break;
    case u'\b':
        *out++ = 'b';
        break;
    case u'\f':
        *out++ = 'f';
        break;
    case u'\n':
        *out++ = 'n';
        break;
    case u'\r':
        *out++ = 'r';
        break;
    case u'\t':
        *out++ = 't';
        break;
    default:
        return escapedUnicode(out - 1, unit);
    }
    return out;
}

bool plainAscii(char16_t unit)
{
    return unit >= 0x20 && unit < 0x80 && unit != u'"' && unit != u'\\';
}

// The text of a JSON string, without its quotes, as UTF-8. A surrogate without its other half
// is escaped, as QJsonDocument does.
char *escaped(char *out, QStringView text)
{
    const char16_t *unit = text.utf16();
    const char16_t *const end = unit + text.size();
    while (unit != end) {
        const char16_t u = *unit++;
        if (plainAscii(u)) {
            *out++ = char(u);
        } else if (u < 0x80) {
            out = escapedAscii(out, u);
        } else if (u < 0x800) {
            *out++ = char(0xc0 | (u >> 6));
            *out++ = char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            *out++ = char(0xe0 | (u >> 12));
            *out++ = char(0x80 | ((u >> 6) & 0x3f));
            *out++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && unit != end && QChar::isLowSurrogate(*unit)) {
            const char32_t codePoint = QChar::surrogateToUcs4(u, *unit++);
            *out++ = char(0xf0 | (codePoint >> 18));
            *out++ = char(0x80 | ((codePoint >> 12) & 0x3f));
            *out++ = char(0x80 | ((codePoint >> 6) & 0x3f));
            *out++ = char(0x80 | (codePoint & 0x3f));
        } else {
            out = escapedUnicode(out, u);
        }
    }
    return out;
}

char *escaped(char *out, QLatin1StringView text)
{
    for (const char c : text) {
        const auto u = char16_t(uchar(c));
        if (plainAscii(u)) {
            *out++ = c;
        } else if (u < 0x80) {
            out = escapedAscii(out, u);
        } else {
            *out++ = char(0xc0 | (u >> 6));
            *out++ = char(0x80 | (u & 0x3f));
        }
    }
    return out;
}

char *twoDigits(char *out, int value)
{
    *out++ = char('0' + value / 10);
    *out++ = char('0' + value % 10);
    return out;
}

} // namespace

JsonWriter::JsonWriter(qsizetype expectedSize)
{
    if (expectedSize > 0)
        grow(expectedSize);
}

void JsonWriter::grow(qsizetype most)
{
    m_bytes.resize(std::max(2 * m_bytes.size(), m_size + most + 1024));
    m_data = m_bytes.data();
}

void JsonWriter::append(const char *bytes, qsizetype size)
{
    std::memcpy(reserve(size), bytes, size_t(size));
    m_size += size;
}

char *JsonWriter::startItem(char *out)
{
    Level &level = m_levels.last();
    if (!level.empty)
        *out++ = ',';
    level.empty = false;
    *out++ = '\n';
    const qsizetype indent = indentWidth * m_levels.size();
    std::memset(out, ' ', size_t(indent));
    return out + indent;
}

void JsonWriter::beforeValue()
{
    if (m_levels.isEmpty())
        return;
    Level &level = m_levels.last();
    if (level.object) {
#ifndef QT_NO_DEBUG
        Q_ASSERT_X(level.afterKey, "JsonWriter", "an object's member without its key");
        level.afterKey = false;
#endif
        return;
    }
    commit(startItem(reserve(2 + indentWidth * m_levels.size())));
}

void JsonWriter::begin(char bracket)
{
    beforeValue();
    append(&bracket, 1);
    m_levels.append(Level());
    m_levels.last().object = bracket == '{';
}

void JsonWriter::end(char bracket)
{
    Q_ASSERT(!m_levels.isEmpty());
    m_levels.removeLast();
    const qsizetype indent = indentWidth * m_levels.size();
    char *out = reserve(indent + 3);
    *out++ = '\n';
    std::memset(out, ' ', size_t(indent));
    out += indent;
    *out++ = bracket;
    // The document ends with a newline.
    if (m_levels.isEmpty())
        *out++ = '\n';
    commit(out);
}

void JsonWriter::checkKey([[maybe_unused]] QLatin1StringView name)
{
    Q_ASSERT(!m_levels.isEmpty() && m_levels.last().object);
#ifndef QT_NO_DEBUG
    Level &level = m_levels.last();
    Q_ASSERT_X(!level.afterKey, "JsonWriter", "two keys without a value");
    level.afterKey = true;
    if (name.isNull())
        return;
    // A QJsonObject's members are sorted by name: a writer's must be, to print the same bytes.
    Q_ASSERT_X(level.empty || level.lastKey < name, "JsonWriter", "members out of order");
    level.lastKey = name;
    for (const char c : name)
        Q_ASSERT_X(plainAscii(char16_t(uchar(c))), "JsonWriter", "a name to escape");
#endif
}

void JsonWriter::key(QLatin1StringView name)
{
    checkKey(name);
    char *out = startItem(reserve(2 + indentWidth * m_levels.size() + name.size() + 4));
    *out++ = '"';
    std::memcpy(out, name.data(), size_t(name.size()));
    out += name.size();
    *out++ = '"';
    *out++ = ':';
    *out++ = ' ';
    commit(out);
}

void JsonWriter::key(QStringView name)
{
    // Any name, such as a QJsonObject's (in the order it keeps them).
    checkKey(QLatin1StringView());
    char *out = startItem(reserve(2 + indentWidth * m_levels.size() + mostBytesPerUnit * name.size() + 4));
    *out++ = '"';
    out = escaped(out, name);
    *out++ = '"';
    *out++ = ':';
    *out++ = ' ';
    commit(out);
}

void JsonWriter::string(QStringView text)
{
    beforeValue();
    char *out = reserve(mostBytesPerUnit * text.size() + 2);
    *out++ = '"';
    out = escaped(out, text);
    *out++ = '"';
    commit(out);
}

void JsonWriter::string(QLatin1StringView text)
{
    beforeValue();
    char *out = reserve(mostBytesPerUnit * text.size() + 2);
    *out++ = '"';
    out = escaped(out, text);
    *out++ = '"';
    commit(out);
}

void JsonWriter::joinedString(QStringView first, QChar separator, QStringView second)
{
    beforeValue();
    char *out = reserve(mostBytesPerUnit * (first.size() + 1 + second.size()) + 2);
    *out++ = '"';
    out = escaped(out, first);
    out = escaped(out, QStringView(&separator, 1));
    out = escaped(out, second);
    *out++ = '"';
    commit(out);
}

void JsonWriter::number(qint64 value)
{
    beforeValue();
    char digits[20];
    char *const digitsEnd = digits + sizeof(digits);
    char *digit = digitsEnd;
    // The magnitude as unsigned: -9223372036854775808 has no positive qint64.
    quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    do {
        *--digit = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    char *out = reserve(21);
    if (value < 0)
        *out++ = '-';
    const auto count = size_t(digitsEnd - digit);
    std::memcpy(out, digit, count);
    commit(out + count);
}

void JsonWriter::boolean(bool value)
{
    beforeValue();
    if (value)
        append("true", 4);
    else
        append("false", 5);
}

void JsonWriter::null()
{
    beforeValue();
    append("null", 4);
}

qsizetype JsonWriter::isoUtcText(qint64 msecs, char *out)
{
    constexpr qint64 msecsPerDay = 86'400'000;
    // Days and milliseconds of the day, rounded down: -1 ms is 1969-12-31T23:59:59.
    qint64 days = msecs / msecsPerDay;
    qint64 msecsOfDay = msecs % msecsPerDay;
    if (msecsOfDay < 0) {
        msecsOfDay += msecsPerDay;
        --days;
    }
    // The civil date of a day since 1970-01-01 in the proleptic Gregorian calendar (Howard
    // Hinnant's days_from_civil inverted): eras of 400 years starting on 1 March.
    const qint64 shifted = days + 719'468;
    const qint64 era = (shifted >= 0 ? shifted : shifted - 146'096) / 146'097;
    const qint64 dayOfEra = shifted - era * 146'097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36'524 - dayOfEra / 146'096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthFromMarch = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
    const int month = int(monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 1 || year > 9999)
        return 0;

    const int seconds = int(msecsOfDay / 1000);
    char *const start = out;
    out = twoDigits(out, int(year / 100));
    out = twoDigits(out, int(year % 100));
    *out++ = '-';
    out = twoDigits(out, month);
    *out++ = '-';
    out = twoDigits(out, day);
    *out++ = 'T';
    out = twoDigits(out, seconds / 3600);
    *out++ = ':';
    out = twoDigits(out, seconds / 60 % 60);
    *out++ = ':';
    out = twoDigits(out, seconds % 60);
    *out++ = 'Z';
    return out - start;
}

void JsonWriter::isoUtc(const QDateTime &time)
{
    if (!time.isValid()) {
        string(QLatin1StringView());
        return;
    }
    char text[20];
    const qsizetype size = isoUtcText(time.toMSecsSinceEpoch(), text);
    if (size == 0) {
        string(time.toUTC().toString(Qt::ISODate));
        return;
    }
    beforeValue();
    char *out = reserve(size + 2);
    *out++ = '"';
    std::memcpy(out, text, size_t(size));
    out += size;
    *out++ = '"';
    commit(out);
}

void JsonWriter::value(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        boolean(value.toBool());
        break;
    case QJsonValue::Double: {
        // A QJsonValue keeps an integer as one; QJsonDocument writes it with every digit.
        const QCborValue cbor = QCborValue::fromJsonValue(value);
        if (cbor.isInteger()) {
            number(cbor.toInteger());
            break;
        }
        const double number = value.toDouble();
        beforeValue();
        if (std::isfinite(number)) {
            const QByteArray text = QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
            append(text.constData(), text.size());
        } else {
            append("null", 4); // as QJsonDocument writes an infinity or NaN
        }
        break;
    }
    case QJsonValue::String:
        string(value.toString());
        break;
    case QJsonValue::Array: {
        beginArray();
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array)
            this->value(element);
        endArray();
        break;
    }
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject object = value.toObject();
        for (auto member = object.constBegin(); member != object.constEnd(); ++member) {
            key(member.key());
            this->value(member.value());
        }
        endObject();
        break;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        break;
    }
}

QByteArray JsonWriter::take()
{
    Q_ASSERT(m_levels.isEmpty());
    m_bytes.resize(m_size);
    m_data = nullptr;
    m_size = 0;
    return std::exchange(m_bytes, QByteArray());
}

} // namespace pecadmin
