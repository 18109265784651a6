#pragma once

#include "common/result.h"

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <memory>

namespace clientele {

// Index of the first byte of a malformed UTF-8 sequence in bytes, or -1 when it is all valid.
// Decodes what is valid into out either way.
qsizetype decodeUtf8Into(QByteArrayView bytes, QString& out);

// Turns the bytes of one CSV field into text. UTF-8 is decoded by hand (strict: no overlong
// forms, no surrogates) into the caller's string so its storage is reused from row to row; other
// encodings (GB18030 and its subsets GBK/GB2312 from Chinese Windows and Excel) go through
// QStringDecoder. Only encodings in which the bytes of , ; " tab CR LF never occur inside a
// multi-byte character are accepted, because the reader splits fields on bytes.
class CsvTextDecoder {
public:
    // name: empty or "utf-8" (the default), "gb18030", "gbk", "gb2312", "big5", "latin1",
    // "windows-1252". Anything else is a usage error naming the accepted ones.
    static Result<CsvTextDecoder> forEncoding(const QString& name);

    bool isUtf8() const { return !m_decoder; }
    QString name() const { return m_name; }

    // Decodes bytes into out. On malformed input returns false and sets why.
    bool decode(QByteArrayView bytes, QString& out, QString& why) {
        if (!m_decoder && decodeUtf8Into(bytes, out) < 0)
            return true; // the common case, kept inline
        return decodeSlowly(bytes, out, why);
    }

private:
    bool decodeSlowly(QByteArrayView bytes, QString& out, QString& why);

    QString m_name;
    std::unique_ptr<QStringDecoder> m_decoder; // null for UTF-8
};

} // namespace clientele
