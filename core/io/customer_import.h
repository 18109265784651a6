#pragma once

#include "table_import.h"

namespace clientele {

// Customers go through CustomerRepository, which keeps the derived search columns (phone
// digits, the name's collation key) right. A company_ref may name a company of the same file.
// A phone number or email that already belongs to another customer is a warning (a problem with
// --strict-dedupe): it is most often the same person under a second ref.
class CustomerImport : public TableImport {
public:
    explicit CustomerImport(Database& db);

    void check(ImportRun& run) override;
    Status apply(ImportRun& run) override;

private:
    void checkCompanies(ImportRun& run);
    void checkDuplicatePeople(ImportRun& run);
    void validate(ImportRun& run);

    std::vector<QString> m_companyRefs; // per row, taken out before the table's own checks
};

} // namespace clientele
