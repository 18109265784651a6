#include "customer_repository.h"

#include "common/phone.h"
#include "common/text_lists.h"
#include "customer_validation.h"
#include "search/collation.h"
#include "search/customer_finder.h"
#include "storage/database.h"
#include "storage/sqlite.h"
#include "storage/write_transaction.h"

#include <QStringList>

#include <array>

namespace clientele {

namespace {

struct TextField {
    const char* column;
    QString Customer::*member;
};

// The free-text columns, in one place for insert, update and read.
const std::array<TextField, 22> kTextFields = {{
    {"ref", &Customer::ref},
    {"kind", &Customer::kind},
    {"name", &Customer::name},
    {"role", &Customer::role},
    {"decision_role", &Customer::decisionRole},
    {"phones", &Customer::phones},
    {"emails", &Customer::emails},
    {"address", &Customer::address},
    {"city", &Customer::city},
    {"region", &Customer::region},
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
}};

QString phoneDigitsColumn(const QString& phones) {
    QStringList numbers;
    for (const QString& phone : splitList(phones))
        numbers << phoneDigits(phone);
    return numbers.join(u' ');
}

QString sortColumn(CustomerSort sort) {
    switch (sort) {
    case CustomerSort::Name:
        return QStringLiteral("c.name_key");
    case CustomerSort::Ref:
        return QStringLiteral("c.ref");
    case CustomerSort::Company:
        return QStringLiteral("co.name_key");
    case CustomerSort::City:
        return QStringLiteral("c.city");
    case CustomerSort::Region:
        return QStringLiteral("c.region");
    case CustomerSort::Status:
        return QStringLiteral("c.status");
    case CustomerSort::Tier:
        return QStringLiteral("c.tier");
    case CustomerSort::Salesperson:
        return QStringLiteral("c.salesperson");
    case CustomerSort::Created:
        return QStringLiteral("c.created_at");
    case CustomerSort::Updated:
        return QStringLiteral("c.updated_at");
    }
    return QStringLiteral("c.name_key");
}

struct WhereClause {
    QString sql;
    CustomerFinder::Condition find;
    QList<QPair<QString, QString>> binds;
};

WhereClause whereFor(const CustomerFilter& f) {
    WhereClause w;
    QStringList parts;
    const auto equals = [&](const QString& value, const char* column) {
        if (value.isEmpty())
            return;
        const QString name = QStringLiteral(":f_%1").arg(QLatin1String(column));
        parts << QStringLiteral("c.%1 = %2").arg(QLatin1String(column), name);
        w.binds.append({name, value});
    };
    equals(f.kind, "kind");
    equals(f.status, "status");
    equals(f.tier, "tier");
    equals(f.salesperson, "salesperson");
    equals(f.region, "region");
    equals(f.city, "city");
    if (!f.tag.isEmpty()) {
        parts << QStringLiteral("(';' || c.tags || ';') LIKE '%;' || :f_tag || ';%'");
        w.binds.append({QStringLiteral(":f_tag"), f.tag});
    }
    if (!f.text.trimmed().isEmpty()) {
        w.find = CustomerFinder::condition(f.text);
        parts << w.find.sql;
    }
    if (f.ids) {
        QStringList ids;
        for (Id id : *f.ids)
            ids << QString::number(id);
        parts << QStringLiteral("c.id IN (%1)").arg(ids.join(u','));
    }
    w.sql = parts.isEmpty() ? QStringLiteral("1") : parts.join(QStringLiteral(" AND "));
    return w;
}

void bindWhere(sql::Statement& q, const WhereClause& w) {
    for (const auto& [name, value] : w.binds)
        q.bind(name.toUtf8().constData(), value);
    if (q.hasParameter(":find_match"))
        q.bind(":find_match", w.find.match);
    if (q.hasParameter(":find_text"))
        q.bind(":find_text", w.find.text);
}

} // namespace

CustomerRepository::CustomerRepository(Database& db)
    : m_db(db)
    , m_collator(std::make_unique<NameCollator>(db.settings().locale)) {}

CustomerRepository::~CustomerRepository() = default;

sql::Statement& CustomerRepository::writeStatement(bool insert) {
    std::unique_ptr<sql::Statement>& cached = insert ? m_insert : m_update;
    if (cached)
        return *cached;
    QStringList columns, values;
    for (const TextField& f : kTextFields) {
        columns << QLatin1String(f.column);
        values << QStringLiteral(":") + QLatin1String(f.column);
    }
    for (const char* extra : {"notes", "company_id", "birthday", "birthday_lunar", "phone_digits",
                              "name_key", "created_at", "updated_at"}) {
        columns << QLatin1String(extra);
        values << QStringLiteral(":") + QLatin1String(extra);
    }
    QString sqlText;
    if (insert) {
        sqlText = QStringLiteral("INSERT INTO customer (id, %1) VALUES (:id, %2)")
                      .arg(columns.join(u','), values.join(u','));
    } else {
        QStringList sets;
        for (qsizetype i = 0; i < columns.size(); ++i)
            if (columns[i] != QLatin1String("created_at"))
                sets << columns[i] + u'=' + values[i];
        sqlText = QStringLiteral("UPDATE customer SET %1 WHERE id = :id").arg(sets.join(u','));
    }
    cached = std::make_unique<sql::Statement>(m_db.handle(), sqlText);
    return *cached;
}

Status CustomerRepository::write(Customer& c, bool insert) {
    if (const FieldErrors errors = validateCustomer(c); !errors.empty())
        return Error::invalid(
            QStringLiteral("customer %1: %2").arg(c.ref, joinFieldErrors(errors)));
    c.phones = joinList(splitList(c.phones));
    c.emails = joinList(splitList(c.emails));
    c.tags = joinList(splitList(c.tags));
    const QString now = m_db.clock().nowText();
    if (insert) {
        if (c.id == 0)
            c.id = newId();
        if (c.createdAt.isEmpty())
            c.createdAt = now;
    }
    c.updatedAt = now;
    const auto body = [&]() -> Status {
        if (c.companyId) {
            sql::Statement company = m_db.prepare("SELECT kind FROM customer WHERE id = ?");
            company.bind(1, *c.companyId);
            if (!company.step())
                return Error::invalid(
                    QStringLiteral("customer %1: company_ref: no such company").arg(c.ref));
            if (company.text(0) != QLatin1String("company"))
                return Error::invalid(
                    QStringLiteral(
                        "customer %1: company_ref: that customer is a person, not a company")
                        .arg(c.ref));
        }
        sql::Statement& q = writeStatement(insert);
        q.reset();
        q.clearBindings();
        q.bind(":id", c.id);
        for (const TextField& f : kTextFields)
            q.bind((QByteArray(":") + f.column).constData(), c.*f.member);
        q.bind(":notes", c.notes);
        q.bind(":company_id", std::optional<qint64>(c.companyId));
        q.bindTextOrNull(":birthday", c.birthday);
        q.bind(":birthday_lunar", c.birthdayLunar);
        q.bind(":phone_digits", phoneDigitsColumn(c.phones));
        q.bindBlob(":name_key", m_collator->key(c.name));
        if (insert)
            q.bind(":created_at", c.createdAt);
        q.bind(":updated_at", c.updatedAt);
        const int changed = q.exec();
        q.reset();
        if (changed != 1)
            return Error::notFound(QStringLiteral("customer %1 no longer exists").arg(c.ref));
        return {};
    };
    if (!m_withinCallerTransaction)
        return writeInTransaction(m_db, QStringLiteral("saving customer %1").arg(c.ref), body);
    try {
        return body();
    } catch (...) {
        return describeException(QStringLiteral("saving customer %1").arg(c.ref));
    }
}

Result<Id> CustomerRepository::create(Customer customer) {
    if (Status s = write(customer, true); !s)
        return s.error();
    return customer.id;
}

Status CustomerRepository::update(Customer customer) {
    return write(customer, false);
}

Status CustomerRepository::remove(Id id) {
    return writeInTransaction(m_db, QStringLiteral("deleting a customer"), [&]() -> Status {
        sql::Statement orders = m_db.prepare("SELECT count(*) FROM orders WHERE customer_id = ?");
        orders.bind(1, id).step();
        if (const int n = orders.integer(0); n > 0)
            return Error::invalid(
                QStringLiteral("the customer has %1 orders, which belong to the accounts; "
                               "merge the customer into another or erase their personal "
                               "data instead")
                    .arg(n));
        sql::Statement del = m_db.prepare("DELETE FROM customer WHERE id = ?");
        if (del.bind(1, id).exec() != 1)
            return Error::notFound(QStringLiteral("no customer with id %1").arg(id));
        return {};
    });
}

Result<Customer> CustomerRepository::get(Id id) const {
    try {
        QStringList columns;
        for (const TextField& f : kTextFields)
            columns << QLatin1String(f.column);
        sql::Statement q =
            m_db.prepare(QStringLiteral("SELECT %1, notes, company_id, birthday, birthday_lunar, "
                                        "created_at, updated_at FROM customer WHERE id = ?")
                             .arg(columns.join(u',')));
        q.bind(1, id);
        if (!q.step())
            return Error::notFound(QStringLiteral("no customer with id %1").arg(id));
        Customer c;
        c.id = id;
        int i = 0;
        for (const TextField& f : kTextFields)
            c.*f.member = q.text(i++);
        c.notes = q.text(i++);
        c.companyId = q.optionalInt(i++);
        c.birthday = q.text(i++);
        c.birthdayLunar = q.integer(i++) != 0;
        c.createdAt = q.text(i++);
        c.updatedAt = q.text(i++);
        return c;
    } catch (...) {
        return describeException(QStringLiteral("reading customer %1").arg(id));
    }
}

std::optional<Id> CustomerRepository::idForRef(const QString& ref) const {
    try {
        sql::Statement q = m_db.prepare("SELECT id FROM customer WHERE ref = ?");
        if (q.bind(1, ref).step())
            return q.int64(0);
    } catch (const sql::Exception&) {
        // Reads as "not found"; a broken database is reported by the next write.
    }
    return std::nullopt;
}

Result<std::vector<CustomerListRow>> CustomerRepository::list(const CustomerFilter& filter,
                                                              CustomerSort sort, bool ascending,
                                                              int offset, int limit) const {
    std::vector<CustomerListRow> rows;
    try {
        const WhereClause where = whereFor(filter);
        const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
        const QString sqlText =
            QStringLiteral(
                "SELECT c.id, c.ref, c.name, c.kind, coalesce(co.name, ''), c.phones, c.emails, "
                "c.city, c.region, c.status, c.tier, c.salesperson, c.tags, c.created_at, "
                "c.updated_at FROM customer c LEFT JOIN customer co ON co.id = c.company_id "
                "WHERE %1 ORDER BY %2 %3, c.id %3 LIMIT :limit OFFSET :offset")
                .arg(where.sql, sortColumn(sort), direction);
        sql::Statement q = m_db.prepare(sqlText);
        bindWhere(q, where);
        q.bind(":limit", limit);
        q.bind(":offset", offset);
        while (q.step()) {
            CustomerListRow r;
            r.id = q.int64(0);
            QString* fields[] = {&r.ref,         &r.name, &r.kind,      &r.company,  &r.phones,
                                 &r.emails,      &r.city, &r.region,    &r.status,   &r.tier,
                                 &r.salesperson, &r.tags, &r.createdAt, &r.updatedAt};
            int i = 1;
            for (QString* field : fields)
                *field = q.text(i++);
            rows.push_back(std::move(r));
        }
    } catch (...) {
        return describeException(QStringLiteral("listing customers"));
    }
    return rows;
}

Result<int> CustomerRepository::count(const CustomerFilter& filter) const {
    try {
        const WhereClause where = whereFor(filter);
        sql::Statement q =
            m_db.prepare(QStringLiteral("SELECT count(*) FROM customer c WHERE %1").arg(where.sql));
        bindWhere(q, where);
        q.step();
        return q.integer(0);
    } catch (...) {
        return describeException(QStringLiteral("counting customers"));
    }
}

} // namespace clientele
