#pragma once

#include "common/progress.h"

#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace clientele {

// What happens to a row whose key already exists in the database.
enum class OnDuplicate { Error, Skip, Update };

struct ImportOptions {
    QString sourceName; // how messages name the file; the path when empty
    char delimiter = 0; // 0 detects it from the header line
    QString dateFormat; // strftime-like pattern for non-ISO dates (parseDateWithPattern)
    OnDuplicate onDuplicate = OnDuplicate::Error;
    bool ignoreUnknown = false;
    QString encoding;          // empty for UTF-8
    bool strictDedupe = false; // a phone or email of another customer is a problem, not a warning
    bool dryRun = false;       // validate and count, write nothing
    int problemLimit = 50;
    Progress progress; // bytes read of the file's size, then rows written of all rows
};

struct ImportSummary {
    qint64 rows = 0;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 skipped = 0;
    // Records made on the way ("customers" 3 for a sales file that named three new customers).
    std::vector<std::pair<QString, qint64>> alsoCreated;
    QStringList warnings; // located like problems; they do not stop the import
    qint64 batchId = 0;   // the undo batch of an applied import (0 for a dry run)
};

} // namespace clientele
