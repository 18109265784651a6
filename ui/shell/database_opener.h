#pragma once

#include <QString>

#include <memory>

class QWidget;

namespace clientele {

class Database;

// Opens the database at path for the desktop app (created when missing, read-only when another
// program holds it). A file that cannot be used is explained and never modified; the user may
// pick another file instead. Returns null when the user gives up.
std::unique_ptr<Database> openDatabaseInteractively(QString path, QWidget* parent = nullptr);

} // namespace clientele
