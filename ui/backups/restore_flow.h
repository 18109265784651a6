#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class QWidget;

namespace clientele {

struct RestoreRequest {
    QString backupPath;
    QString dbPath;
    QByteArray passphrase; // for an encrypted backup
};

// Restoring replaces the open file, so it happens in two steps around closing the database:
// first the user confirms (and gives the passphrase of an encrypted backup); nothing when the
// user declines.
std::optional<RestoreRequest> confirmRestore(QWidget* parent, const QString& backupPath,
                                             const QString& dbPath);

// Then, with the database closed, the backup is put in place (the replaced file is kept beside
// it) and the user is told the outcome. True when the backup was restored.
bool performRestore(QWidget* parent, const RestoreRequest& request);

} // namespace clientele
