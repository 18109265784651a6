#pragma once

#include "common/ids.h"
#include "common/result.h"

#include <QString>

#include <vector>

namespace clientele {

class Database;

struct FoundCustomer {
    Id id = 0;
    QString ref;
    QString name;
    QString phones;
    QString company;
};

// The caller-lookup and quick-find search: any substring of a name (Chinese included, one
// character upwards), a run of 3+ digits of a phone number, an email, a ref, or a company
// (which also finds the people recorded at that company). Best matches first: exact ref, then
// names starting with the text, then names containing it, then other fields.
class CustomerFinder {
public:
    explicit CustomerFinder(Database& db)
        : m_db(db) {}
    Result<std::vector<FoundCustomer>> find(const QString& text, int limit = 20) const;

    // The SQL condition (on customer alias c) selecting the customers a text finds; the paged
    // customer list filters with it. Binds :find_match / :find_text.
    struct Condition {
        QString sql;
        QString match; // FTS5 query, empty when the text is too short for the trigram index
        QString text;
    };
    static Condition condition(const QString& text);

private:
    Database& m_db;
};

} // namespace clientele
