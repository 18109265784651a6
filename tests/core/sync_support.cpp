#include "sync_support.h"

#include "domain/customer_repository.h"
#include "storage/sqlite.h"
#include "sync/change_recorder.h"

#include <catch2/catch.hpp>

#include <atomic>

namespace clientele::test {

std::vector<std::unique_ptr<Database>> makeFamily(const TempDir& dir, const QStringList& names) {
    std::vector<std::unique_ptr<Database>> family;
    family.push_back(createDatabase(dir, names.first() + QStringLiteral(".sqlite")));
    for (const QString& name : names.mid(1)) {
        const QString path = dir.path(name + QStringLiteral(".sqlite"));
        auto cloned = sync::cloneDatabase(*family.front(), path, name);
        INFO((cloned ? QString() : cloned.error().message).toStdString());
        REQUIRE(cloned.ok());
        OpenOptions options;
        options.clock = &testClock();
        auto db = Database::open(path, options);
        REQUIRE(db.ok());
        family.push_back(std::move(*db));
    }
    return family;
}

QStringList userContent(Database& db) {
    QStringList tables;
    {
        sql::Statement q(db.handle(), "SELECT name FROM sqlite_schema WHERE type = 'table' "
                                      "ORDER BY name");
        while (q.step())
            if (sync::ChangeRecorder::recordsTable(q.text(0).toUtf8().constData()))
                tables << q.text(0);
    }
    QStringList rows;
    for (const QString& table : tables) {
        sql::Statement q(db.handle(),
                         QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(table));
        while (q.step()) {
            QStringList cells{table};
            for (int c = 0; c < q.columnCount(); ++c)
                cells << (q.isNull(c) ? QStringLiteral("NULL") : q.text(c));
            rows << cells.join(QLatin1Char('|'));
        }
    }
    return rows;
}

sync::ImportOutcome sendPacket(Database& from, Database& to, const TempDir& dir) {
    static std::atomic<int> counter{0};
    const QString path = dir.path(QStringLiteral("packet-%1.sync").arg(++counter));
    auto target = sync::syncStatus(to);
    REQUIRE(target.ok());
    auto written = sync::exportPacket(from, target->self.name, path);
    if (!written && written.error().kind == Error::Kind::NotFound)
        written = sync::exportPacket(from, QString(), path);
    INFO((written ? QString() : written.error().message).toStdString());
    REQUIRE(written.ok());
    auto imported = sync::importPacket(to, path);
    INFO((imported ? QString() : imported.error().message).toStdString());
    REQUIRE(imported.ok());
    return *imported;
}

qint64 queryCount(Database& db, const char* sql) {
    return sql::queryInt(db.handle(), sql);
}

Id createCustomer(Database& db, const QString& ref, const QString& name) {
    Customer c;
    c.ref = ref;
    c.name = name;
    auto id = CustomerRepository(db).create(c);
    INFO((id ? QString() : id.error().message).toStdString());
    REQUIRE(id.ok());
    return *id;
}

void changeCustomer(Database& db, Id id, void (*edit)(Customer&)) {
    CustomerRepository repo(db);
    auto c = repo.get(id);
    REQUIRE(c.ok());
    edit(*c);
    REQUIRE(repo.update(*c).ok());
}

QString customerName(Database& db, Id id) {
    auto c = CustomerRepository(db).get(id);
    return c ? c->name : QString();
}

} // namespace clientele::test
