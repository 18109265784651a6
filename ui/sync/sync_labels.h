#pragma once

#include <QString>

namespace clientele {

class AppContext;
namespace sync {
struct FieldValue;
struct WriteClock;
} // namespace sync

// How the Sync page names what the sync tables hold: tables and columns as people call them,
// values as the rest of the app shows them, and hybrid clocks as local date-times.
QString syncTableLabel(const QString& table);
QString syncFieldLabel(const QString& column);
QString syncValueText(const AppContext& app, const QString& column, const sync::FieldValue& value);
// A count with its noun, singular and plural spelled out (no English translation file fills in
// "%n change(s)"): many holds %1 for the number.
QString syncCount(qint64 n, const QString& one, const QString& many);
// The wall-clock time a hybrid clock holds, as a local date and time; empty for 0.
QString syncClockText(const AppContext& app, qint64 clock);

} // namespace clientele
