#pragma once

#include "domain/customer.h"
#include "storage/database.h"
#include "sync/sync_exchange.h"
#include "test_support.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace clientele::test {

// Copies of one database: "a" made first, the others cloned from it by name.
std::vector<std::unique_ptr<Database>> makeFamily(const TempDir& dir, const QStringList& names);

// Every row of every table that travels between copies, as text, in primary key order.
QStringList userContent(Database& db);

// Sends what `from` has that `to` lacks (a packet made for it when `from` knows it by name).
sync::ImportOutcome sendPacket(Database& from, Database& to, const TempDir& dir);

qint64 queryCount(Database& db, const char* sql);

// A customer created, changed and read back through the repository, like the app does.
Id createCustomer(Database& db, const QString& ref, const QString& name);
void changeCustomer(Database& db, Id id, void (*edit)(Customer&));
QString customerName(Database& db, Id id);

} // namespace clientele::test
