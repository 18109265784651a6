#include "migrations.h"

#include "database_file.h"
#include "sqlite.h"
#include "sqlite_error.h"

#include <QFile>

#include <array>
#include <string>

namespace clientele {

namespace {

// Append only: a released migration is never edited, a new one is added.
constexpr std::array kMigrations = {
    ":/clientele/migrations/0001_initial.sql",
    ":/clientele/migrations/0002_import_batch.sql",
    ":/clientele/migrations/0003_import_batch_order.sql",
    ":/clientele/migrations/0004_sync.sql",
    ":/clientele/migrations/0005_sync_more.sql",
    ":/clientele/migrations/0006_message_template.sql",
    ":/clientele/migrations/0007_stock_movement.sql",
};

} // namespace

int latestSchemaVersion() {
    return static_cast<int>(kMigrations.size());
}

Status migrate(sqlite3* db) {
    try {
        const int current = static_cast<int>(sql::queryInt(db, "PRAGMA user_version"));
        for (int version = current + 1; version <= latestSchemaVersion(); ++version) {
            QFile file(QString::fromLatin1(kMigrations[static_cast<std::size_t>(version - 1)]));
            if (!file.open(QIODevice::ReadOnly))
                return Error::database(
                    QStringLiteral("schema migration %1 is missing from the program").arg(version));
            sql::exec(db, "BEGIN IMMEDIATE");
            try {
                sql::exec(db, file.readAll().toStdString());
                sql::exec(db, "PRAGMA application_id = " + std::to_string(kApplicationId));
                sql::exec(db, "PRAGMA user_version = " + std::to_string(version));
                sql::exec(db, "COMMIT");
            } catch (...) {
                sql::exec(db, "ROLLBACK");
                throw;
            }
        }
    } catch (...) {
        return describeException(QStringLiteral("upgrading the database schema"));
    }
    return {};
}

} // namespace clientele
