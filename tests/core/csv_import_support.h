#pragma once

// Helpers for the import and export tests: import bytes as a named file, export a kind to bytes,
// and a fingerprint of every table to show that a refused import changed nothing.
#include "io/csv_export.h"
#include "io/csv_import.h"
#include "qt_catch_strings.h"
#include "storage/database.h"
#include "storage/sqlite.h"

#include <QBuffer>
#include <QStringList>

#include <catch2/catch.hpp>

namespace clientele::test {

inline Result<ImportSummary> importBytes(Database& db, const QString& kind, const QByteArray& bytes,
                                         ImportOptions options = {}) {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    if (options.sourceName.isEmpty())
        options.sourceName = kind + QStringLiteral(".csv");
    return importCsv(db, kind, buffer, options);
}

inline QStringList problemsOf(const Result<ImportSummary>& result) {
    REQUIRE_FALSE(result.ok());
    return result.error().message.split(u'\n');
}

inline QByteArray exportBytes(Database& db, const QString& kind, ExportOptions options = {}) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Status written = exportCsv(db, kind, buffer, options);
    INFO((written ? std::string() : written.error().message.toStdString()));
    REQUIRE(written.ok());
    return buffer.data();
}

// A digest of every table's contents (the import batches left out when asked).
inline QString fingerprint(Database& db, bool withBatches = true) {
    QStringList parts;
    sql::Statement tables(db.handle(), "SELECT name FROM sqlite_schema WHERE type = 'table' AND "
                                       "name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' "
                                       "ORDER BY name");
    while (tables.step()) {
        const QString table = tables.text(0);
        if (!withBatches &&
            (table == QLatin1String("import_batch") || table.startsWith(QLatin1String("sync_"))))
            continue;
        sql::Statement rows(db.handle(), QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        QString all;
        while (rows.step())
            for (int i = 0; i < rows.columnCount(); ++i)
                all += rows.text(i) + u'|';
        parts << QStringLiteral("%1:%2").arg(table).arg(qHash(all));
    }
    return parts.join(u' ');
}

inline qint64 countRows(Database& db, const char* table) {
    return sql::queryInt(db.handle(), std::string("SELECT count(*) FROM ") + table);
}

} // namespace clientele::test
