#include "csv_text_decoder.h"

#include <QByteArray>

#include <cstdint>
#include <cstring>

namespace clientele {

namespace {

struct KnownEncoding {
    const char* name;
    const char* decoderName; // null for UTF-8
};

// GBK and GB2312 are subsets of GB18030, so one decoder reads all three.
constexpr KnownEncoding kEncodings[] = {
    {"utf-8", nullptr},
    {"utf8", nullptr},
    {"gb18030", "GB18030"},
    {"gbk", "GB18030"},
    {"gb2312", "GB18030"},
    {"cp936", "GB18030"},
    {"big5", "Big5"},
    {"latin1", "ISO-8859-1"},
    {"iso-8859-1", "ISO-8859-1"},
    {"windows-1252", "windows-1252"},
};

bool isContinuation(unsigned char c) {
    return (c & 0xC0) == 0x80;
}

// Length of the valid sequence starting at s[0] (lead byte >= 0x80), or 0 when malformed.
// Follows the well-formed table of Unicode 15, section 3.9 (no overlongs, no surrogates).
int sequenceLength(const unsigned char* s, qsizetype left) {
    const unsigned char c = s[0];
    int length = 0;
    unsigned char low = 0x80, high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        low = c == 0xE0 ? 0xA0 : 0x80;
        high = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        low = c == 0xF0 ? 0x90 : 0x80;
        high = c == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (left < length || s[1] < low || s[1] > high)
        return 0;
    for (int i = 2; i < length; ++i)
        if (!isContinuation(s[i]))
            return 0;
    return length;
}

} // namespace

qsizetype decodeUtf8Into(QByteArrayView bytes, QString& out) {
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    if (out.size() != n)
        out.resize(n); // never more UTF-16 units than bytes
    QChar* d = out.data();
    qsizetype w = 0;
    qsizetype bad = -1;
    qsizetype i = 0;
    // Most cells are ASCII: copy eight bytes at a time while no high bit is set.
    for (std::uint64_t word = 0;
         i + 8 <= n && (std::memcpy(&word, s + i, 8), (word & 0x8080808080808080ULL) == 0);
         i += 8, w += 8) {
        for (int k = 0; k < 8; ++k)
            d[w + k] = QChar(char16_t(s[i + k]));
    }
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            d[w++] = QChar(char16_t(c));
            ++i;
            continue;
        }
        const int length = sequenceLength(s + i, n - i);
        if (length == 0) {
            bad = i;
            break;
        }
        char32_t cp = c & (0xFF >> (length + 1));
        for (int k = 1; k < length; ++k)
            cp = (cp << 6) | (s[i + k] & 0x3F);
        if (cp >= 0x10000) {
            d[w++] = QChar(QChar::highSurrogate(cp));
            d[w++] = QChar(QChar::lowSurrogate(cp));
        } else {
            d[w++] = QChar(char16_t(cp));
        }
        i += length;
    }
    if (w != n)
        out.resize(w);
    return bad;
}

Result<CsvTextDecoder> CsvTextDecoder::forEncoding(const QString& name) {
    const QString wanted = name.trimmed().toLower();
    CsvTextDecoder decoder;
    if (wanted.isEmpty()) {
        decoder.m_name = QStringLiteral("utf-8");
        return decoder;
    }
    for (const KnownEncoding& known : kEncodings) {
        if (wanted != QLatin1String(known.name))
            continue;
        decoder.m_name = wanted;
        if (known.decoderName) {
            decoder.m_decoder = std::make_unique<QStringDecoder>(known.decoderName,
                                                                 QStringDecoder::Flag::Stateless);
            if (!decoder.m_decoder->isValid())
                return Error::usage(
                    QStringLiteral("the encoding %1 is not available on this system").arg(name));
        }
        return decoder;
    }
    return Error::usage(QStringLiteral("unknown encoding \"%1\" (use utf-8, gb18030, gbk, big5, "
                                       "latin1 or windows-1252)")
                            .arg(name));
}

bool CsvTextDecoder::decodeSlowly(QByteArrayView bytes, QString& out, QString& why) {
    if (!m_decoder) {
        const qsizetype bad = decodeUtf8Into(bytes, out);
        if (bad < 0)
            return true;
        why = QStringLiteral("not valid UTF-8 (byte 0x%1 at position %2 of the value); if the file "
                             "was saved as GBK/GB18030 (Chinese Windows or Excel), import it with "
                             "--encoding gb18030")
                  .arg(static_cast<uint>(static_cast<unsigned char>(bytes[bad])), 2, 16,
                       QLatin1Char('0'))
                  .arg(bad + 1);
        return false;
    }
    out = m_decoder->decode(bytes);
    if (!m_decoder->hasError())
        return true;
    why = QStringLiteral("not valid %1 text (check the --encoding option)").arg(m_name);
    return false;
}

} // namespace clientele
