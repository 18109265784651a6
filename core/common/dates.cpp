#include "dates.h"

#include <QDateTime>
#include <QTimeZone>

namespace clientele {

namespace {

bool isLeap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

// Reads exactly n ASCII digits at pos.
bool readDigits(QStringView text, qsizetype pos, int n, int& out) {
    if (pos + n > text.size())
        return false;
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const char16_t c = text[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        v = v * 10 + (c - u'0');
    }
    out = v;
    return true;
}

Result<DayNumber> checkedDay(Ymd d, QStringView text) {
    if (d.month < 1 || d.month > 12)
        return Error::invalid(
            QStringLiteral("\"%1\": there is no month %2").arg(text).arg(d.month));
    if (d.day < 1 || d.day > daysInMonth(d.year, d.month))
        return Error::invalid(QStringLiteral("\"%1\": month %2 of %3 has no day %4")
                                  .arg(text)
                                  .arg(d.month)
                                  .arg(d.year)
                                  .arg(d.day));
    if (d.year < 1800 || d.year > 2200)
        return Error::invalid(
            QStringLiteral("\"%1\": year %2 is out of range").arg(text).arg(d.year));
    return dayNumber(d);
}

const char* const kMonthAbbrev[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                    "jul", "aug", "sep", "oct", "nov", "dec"};

} // namespace

// Howard Hinnant's days_from_civil: exact for the whole proleptic Gregorian range.
DayNumber dayNumber(Ymd date) {
    const int y = date.year - (date.month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int mp = (date.month + 9) % 12;
    const int doy = (153 * mp + 2) / 5 + date.day - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Ymd civilDate(DayNumber day) {
    const int z = day + 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = z - era * 146097;
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    const int d = doy - (153 * mp + 2) / 5 + 1;
    const int m = mp < 10 ? mp + 3 : mp - 9;
    return {yoe + era * 400 + (m <= 2 ? 1 : 0), m, d};
}

int daysInMonth(int year, int month) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : days[month - 1];
}

bool isValidDate(Ymd d) {
    return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

int weekday(DayNumber day) {
    // 1970-01-01 was a Thursday (3 when Monday is 0).
    return ((day % 7) + 7 + 3) % 7;
}

QString monthLabel(int index) {
    return QStringLiteral("%1-%2")
        .arg(index / 12, 4, 10, QLatin1Char('0'))
        .arg(index % 12 + 1, 2, 10, QLatin1Char('0'));
}

Result<DayNumber> parseIsoDate(QStringView text) {
    Ymd d;
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-' ||
        !readDigits(text, 0, 4, d.year) || !readDigits(text, 5, 2, d.month) ||
        !readDigits(text, 8, 2, d.day))
        return Error::invalid(QStringLiteral("\"%1\" is not a date (YYYY-MM-DD)").arg(text));
    return checkedDay(d, text);
}

namespace {

// Imports and exports format millions of dates: digits written in place, no QString::arg.
void putDigits(char16_t* at, int value, int width) {
    for (int i = width - 1; i >= 0; --i, value /= 10)
        at[i] = static_cast<char16_t>(u'0' + value % 10);
}

} // namespace

QString formatIsoDate(DayNumber day) {
    const Ymd d = civilDate(day);
    if (d.year >= 0 && d.year <= 9999) {
        char16_t text[10] = {0, 0, 0, 0, u'-', 0, 0, u'-', 0, 0};
        putDigits(text, d.year, 4);
        putDigits(text + 5, d.month, 2);
        putDigits(text + 8, d.day, 2);
        return QString(reinterpret_cast<const QChar*>(text), 10);
    }
    return QStringLiteral("%1-%2-%3")
        .arg(d.year, 4, 10, QLatin1Char('0'))
        .arg(d.month, 2, 10, QLatin1Char('0'))
        .arg(d.day, 2, 10, QLatin1Char('0'));
}

DayNumber dayOfStoredDate(QStringView stored) {
    Ymd d;
    readDigits(stored, 0, 4, d.year);
    readDigits(stored, 5, 2, d.month);
    readDigits(stored, 8, 2, d.day);
    return dayNumber(d);
}

Result<DateTime> parseIsoDateTime(QStringView text) {
    auto day = parseIsoDate(text.left(10));
    if (!day)
        return Error::invalid(
            QStringLiteral("\"%1\" is not a date or date-time (YYYY-MM-DD HH:MM:SS)").arg(text));
    DateTime out{*day, 0, false};
    if (text.size() == 10)
        return out;
    const auto bad = [&] {
        return Error::invalid(
            QStringLiteral("\"%1\" is not a date-time (YYYY-MM-DD HH:MM[:SS])").arg(text));
    };
    if (text[10] != u' ' && text[10] != u'T')
        return bad();
    int h = 0, m = 0, s = 0;
    if (!readDigits(text, 11, 2, h) || text.size() < 16 || text[13] != u':' ||
        !readDigits(text, 14, 2, m))
        return bad();
    qsizetype pos = 16;
    if (pos < text.size() && text[pos] == u':') {
        if (!readDigits(text, pos + 1, 2, s))
            return bad();
        pos += 3;
        if (pos < text.size() && text[pos] == u'.') { // fractional seconds are dropped
            ++pos;
            while (pos < text.size() && text[pos].isDigit())
                ++pos;
        }
    }
    if (h > 23 || m > 59 || s > 59)
        return Error::invalid(QStringLiteral("\"%1\": the time of day is out of range").arg(text));
    out.secondOfDay = h * 3600 + m * 60 + s;
    out.hasTime = true;
    if (pos == text.size())
        return out;
    int offsetSeconds = 0;
    if (text[pos] == u'Z' && pos + 1 == text.size()) {
        offsetSeconds = 0;
    } else if ((text[pos] == u'+' || text[pos] == u'-') && text.size() - pos == 6 &&
               text[pos + 3] == u':') {
        int oh = 0, om = 0;
        if (!readDigits(text, pos + 1, 2, oh) || !readDigits(text, pos + 4, 2, om))
            return bad();
        offsetSeconds = (oh * 3600 + om * 60) * (text[pos] == u'-' ? -1 : 1);
    } else {
        return bad();
    }
    const qint64 utcSeconds = qint64(out.day) * 86400 + out.secondOfDay - offsetSeconds;
    const QDateTime local =
        QDateTime::fromSecsSinceEpoch(utcSeconds, QTimeZone::utc()).toLocalTime();
    const QDate ld = local.date();
    out.day = dayNumber({ld.year(), ld.month(), ld.day()});
    out.secondOfDay = local.time().msecsSinceStartOfDay() / 1000;
    return out;
}

QString formatStoredDateTime(const DateTime& value) {
    if (!value.hasTime)
        return formatIsoDate(value.day);
    const int s = value.secondOfDay;
    if (QString date = formatIsoDate(value.day); date.size() == 10) {
        char16_t time[9] = {u' ', 0, 0, u':', 0, 0, u':', 0, 0};
        putDigits(time + 1, s / 3600, 2);
        putDigits(time + 4, s / 60 % 60, 2);
        putDigits(time + 7, s % 60, 2);
        date.append(reinterpret_cast<const QChar*>(time), 9);
        return date;
    }
    return QStringLiteral("%1 %2:%3:%4")
        .arg(formatIsoDate(value.day))
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

Result<DateTime> parseDateWithPattern(QStringView text, QStringView pattern) {
    Ymd d{-1, -1, -1};
    int h = 0, m = 0, s = 0;
    bool hasTime = false;
    qsizetype t = 0;
    const auto bad = [&] {
        return Error::invalid(
            QStringLiteral("\"%1\" does not match the date format \"%2\"").arg(text, pattern));
    };
    // Reads 1..maxDigits digits, so both "5/3/2024" and "05/03/2024" match "%d/%m/%Y".
    const auto number = [&](int maxDigits, int& out) {
        int n = 0, v = 0;
        while (n < maxDigits && t < text.size() && text[t].unicode() >= u'0' &&
               text[t].unicode() <= u'9') {
            v = v * 10 + (text[t].unicode() - u'0');
            ++t;
            ++n;
        }
        out = v;
        return n > 0;
    };
    for (qsizetype p = 0; p < pattern.size(); ++p) {
        if (pattern[p] != u'%' || p + 1 == pattern.size()) {
            if (t >= text.size() || text[t] != pattern[p])
                return bad();
            ++t;
            continue;
        }
        const char16_t spec = pattern[++p].unicode();
        bool ok = true;
        switch (spec) {
        case u'Y':
            ok = number(4, d.year);
            break;
        case u'y':
            ok = number(2, d.year);
            d.year += d.year < 70 ? 2000 : 1900;
            break;
        case u'm':
            ok = number(2, d.month);
            break;
        case u'd':
            ok = number(2, d.day);
            break;
        case u'H':
            hasTime = true;
            ok = number(2, h);
            break;
        case u'M':
            hasTime = true;
            ok = number(2, m);
            break;
        case u'S':
            hasTime = true;
            ok = number(2, s);
            break;
        case u'b': {
            ok = false;
            for (int i = 0; i < 12 && !ok; ++i) {
                if (text.mid(t, 3).compare(QLatin1String(kMonthAbbrev[i]), Qt::CaseInsensitive) ==
                    0) {
                    d.month = i + 1;
                    t += 3;
                    ok = true;
                }
            }
            break;
        }
        case u'%':
            ok = t < text.size() && text[t] == u'%';
            ++t;
            break;
        default:
            return Error::usage(QStringLiteral("unknown directive %%1 in the date format \"%2\"")
                                    .arg(QChar(spec))
                                    .arg(pattern));
        }
        if (!ok)
            return bad();
    }
    if (t != text.size() || d.year < 0 || d.month < 0 || d.day < 0)
        return bad();
    auto day = checkedDay(d, text);
    if (!day)
        return day.error();
    if (h > 23 || m > 59 || s > 59)
        return Error::invalid(QStringLiteral("\"%1\": the time of day is out of range").arg(text));
    return DateTime{*day, h * 3600 + m * 60 + s, hasTime};
}

} // namespace clientele
