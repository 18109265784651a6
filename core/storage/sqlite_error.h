#pragma once

#include "common/result.h"

#include <QString>

namespace clientele {

// The boundary where SQLite failures become core's Error: constraint failures are the user's
// input (Invalid, Conflict for keys), a full disk or an unwritable file is Io, corruption and
// locks are Database problems.
Error sqliteError(int code, const QString& message, const QString& doing);

// Call from inside a catch block: turns the exception in flight into an Error.
Error describeException(const QString& doing);

} // namespace clientele
