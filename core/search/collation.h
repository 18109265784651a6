#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace clientele {

// Collation keys for SQL ordering: comparing the bytes (memcmp, as SQLite's BLOB order does)
// orders names the way the locale does, pinyin for zh_CN. Qt's QCollatorSortKey is opaque, so
// ICU is used directly for the bytes.
class NameCollator {
public:
    explicit NameCollator(const QString& locale);
    ~NameCollator();
    NameCollator(const NameCollator&) = delete;
    NameCollator& operator=(const NameCollator&) = delete;

    QByteArray key(const QString& text) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace clientele
