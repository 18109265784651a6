#pragma once

#include "common/ids.h"
#include "common/result.h"

#include <QString>
#include <QStringList>

namespace clientele {

class Database;

// Everything held about one customer, section by section, as the SQL that reads it. Export and
// erase share this list, so what is erased is exactly what the export showed.
struct CustomerRecordSection {
    const char* name;  // "visits", also the CSV file name
    const char* query; // one parameter: the customer id
};
const std::vector<CustomerRecordSection>& customerRecordSections();

// The person's data access copy: DIR/customer.json (all sections) and DIR/<section>.csv.
struct CustomerExportResult {
    QString jsonPath;
    QStringList csvPaths;
};
Result<CustomerExportResult> exportCustomerRecord(Database& db, const QString& ref,
                                                  const QString& dir);

} // namespace clientele
