#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace clientele::cli {

// The passphrase from a file (its first line) or, for "-", asked on the terminal without echo
// (or read as one line from stdin when that is not a terminal).
Result<QByteArray> readPassphrase(const QString& source, bool confirm);

} // namespace clientele::cli
