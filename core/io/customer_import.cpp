#include "customer_import.h"

#include "common/phone.h"
#include "common/text_lists.h"
#include "domain/customer_repository.h"
#include "domain/customer_validation.h"
#include "import_run.h"
#include "reference_lookup.h"
#include "storage/database.h"
#include "storage/sqlite.h"

#include <QHash>

#include <array>

namespace clientele {

namespace {

struct TextColumn {
    const char* name;
    QString Customer::*member;
};

const std::array<TextColumn, 25> kColumns = {{
    {"ref", &Customer::ref},
    {"name", &Customer::name},
    {"kind", &Customer::kind},
    {"role", &Customer::role},
    {"decision_role", &Customer::decisionRole},
    {"phones", &Customer::phones},
    {"emails", &Customer::emails},
    {"address", &Customer::address},
    {"city", &Customer::city},
    {"region", &Customer::region},
    {"birthday", &Customer::birthday},
    {"native_place", &Customer::nativePlace},
    {"education", &Customer::education},
    {"occupation", &Customer::occupation},
    {"family", &Customer::family},
    {"personality", &Customer::personality},
    {"hobbies", &Customer::hobbies},
    {"title", &Customer::title},
    {"source", &Customer::source},
    {"status", &Customer::status},
    {"tier", &Customer::tier},
    {"salesperson", &Customer::salesperson},
    {"tags", &Customer::tags},
    {"notes", &Customer::notes},
    {"created_at", &Customer::createdAt},
}};

} // namespace

CustomerImport::CustomerImport(Database& db)
    : TableImport(*tableSpec(QStringLiteral("customers")), db) {}

void CustomerImport::check(ImportRun& run) {
    const int company = column("company_ref");
    for (Row& row : m_rows) {
        m_companyRefs.push_back(row.values[static_cast<std::size_t>(company)].text);
        row.values[static_cast<std::size_t>(company)] = CellValue::null();
    }
    TableImport::check(run);
    validate(run);
    checkCompanies(run);
    checkDuplicatePeople(run);
}

void CustomerImport::validate(ImportRun& run) {
    for (const Row& row : m_rows) {
        Customer c;
        for (const TextColumn& t : kColumns)
            c.*t.member = row.values[static_cast<std::size_t>(column(t.name))].text;
        for (const FieldError& e : validateCustomer(c)) {
            const QString name =
                columnIndex(m_schema, e.field) >= 0 ? e.field : QStringLiteral("ref");
            run.problems().add(row.line, name, e.message);
        }
    }
}

void CustomerImport::checkCompanies(ImportRun& run) {
    QHash<QString, QString> kindInFile;
    // An updated customer keeps the kind the database has unless the file gives one.
    const int kindColumn = column("kind");
    for (const Row& row : m_rows)
        if (row.action == Action::Create ||
            (row.action == Action::Update && m_present[static_cast<std::size_t>(kindColumn)]))
            kindInFile.insert(row.values[0].text,
                              row.values[static_cast<std::size_t>(kindColumn)].text);
    sql::Statement kindInDb(m_db.handle(), "SELECT kind FROM customer WHERE ref = ?");
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const QString& ref = m_companyRefs[i];
        if (ref.isEmpty())
            continue;
        const Row& row = m_rows[i];
        QString kind;
        if (ref == row.values[0].text) {
            run.problems().add(row.line, QStringLiteral("company_ref"),
                               QStringLiteral("a customer cannot be their own company"));
            continue;
        }
        if (auto inFile = kindInFile.constFind(ref); inFile != kindInFile.constEnd()) {
            kind = *inFile;
        } else {
            kindInDb.bind(1, ref);
            if (kindInDb.step())
                kind = kindInDb.text(0);
            kindInDb.reset();
        }
        if (kind.isEmpty())
            run.problems().add(
                row.line, QStringLiteral("company_ref"),
                QStringLiteral("no customer \"%1\" in the file or the database").arg(ref));
        else if (kind != QLatin1String("company"))
            run.problems().add(row.line, QStringLiteral("company_ref"),
                               QStringLiteral("\"%1\" is a person, not a company").arg(ref));
    }
}

void CustomerImport::checkDuplicatePeople(ImportRun& run) {
    QHash<QString, QString> ownerOfPhone, ownerOfEmail;
    sql::Statement existing(m_db.handle(), "SELECT ref, phones, emails FROM customer");
    const auto note = [](QHash<QString, QString>& owners, const QString& item, const QString& ref) {
        if (!item.isEmpty() && !owners.contains(item))
            owners.insert(item, ref);
    };
    while (existing.step()) {
        const QString ref = existing.text(0);
        for (const QString& phone : splitList(existing.text(1)))
            note(ownerOfPhone, phoneDigits(phone), ref);
        for (const QString& email : splitList(existing.text(2)))
            note(ownerOfEmail, email.toLower(), ref);
    }
    const int phones = column("phones");
    const int emails = column("emails");
    for (const Row& row : m_rows) {
        const QString& ref = row.values[0].text;
        const auto compare = [&](QHash<QString, QString>& owners, const QString& item,
                                 const QString& shown, int columnIndexOf) {
            if (item.isEmpty())
                return;
            const QString owner = owners.value(item);
            if (!owner.isEmpty() && owner != ref)
                run.doubt(row.line, m_spec.columns[static_cast<std::size_t>(columnIndexOf)].name,
                          QStringLiteral("%1 already belongs to customer %2; is this the same "
                                         "customer?")
                              .arg(shown, owner));
            note(owners, item, ref);
        };
        for (const QString& phone : splitList(row.values[static_cast<std::size_t>(phones)].text))
            compare(ownerOfPhone, phoneDigits(phone), phone, phones);
        for (const QString& email : splitList(row.values[static_cast<std::size_t>(emails)].text))
            compare(ownerOfEmail, email.toLower(), email, emails);
    }
}

Status CustomerImport::apply(ImportRun& run) {
    CustomerRepository repository(m_db);
    repository.setWithinCallerTransaction(true);
    ReferenceLookup ids(m_db, RefTable::Customer);
    qint64 done = 0;
    for (const Row& row : m_rows) {
        const QString& ref = row.values[0].text;
        if (row.action == Action::Skip)
            continue;
        Customer c;
        if (row.action == Action::Update) {
            auto current = repository.get(*ids.find(ref));
            if (!current)
                return current.error();
            c = *current;
        }
        for (const TextColumn& t : kColumns) {
            const int i = column(t.name);
            if (m_present[static_cast<std::size_t>(i)] || row.action == Action::Create)
                c.*t.member = row.values[static_cast<std::size_t>(i)].text;
        }
        if (row.action == Action::Create) {
            auto id = repository.create(c);
            if (!id)
                return id.error();
            ids.remember(ref, *id);
        } else if (Status s = repository.update(c); !s) {
            return s;
        }
        if (++done % 1024 == 0 && !run.written(done))
            return Error::cancelled();
    }
    if (!m_present[static_cast<std::size_t>(column("company_ref"))])
        return {};
    sql::Statement link(m_db.handle(), "UPDATE customer SET company_id = ? WHERE id = ?");
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].action == Action::Skip)
            continue;
        const QString& company = m_companyRefs[i];
        link.bind(1, company.isEmpty() ? std::optional<qint64>() : ids.find(company));
        link.bind(2, *ids.find(m_rows[i].values[0].text));
        link.exec();
        link.reset();
    }
    return {};
}

} // namespace clientele
