#include "customers/customer_dialog.h"
#include "customers/customer_form.h"
#include "customers/customers_page.h"
#include "domain/customer_repository.h"
#include "gui_fixture.h"

#include <QLabel>
#include <QLineEdit>
#include <QUndoStack>

using namespace clientele;
using namespace clientele::test;

namespace {

QLineEdit* line(CustomerDialog& dialog, const char* column) {
    auto* edit = qobject_cast<QLineEdit*>(dialog.form()->field(QLatin1String(column)));
    REQUIRE(edit);
    return edit;
}

} // namespace

TEST_CASE("the new customer dialog shows validation messages next to the fields", "[gui]") {
    TempDir dir;
    auto db = createDatabase(dir);
    makeShop(*db);
    MainWindow window(std::move(db));
    CustomerDialog dialog(window.app(), CustomerDialog::newCustomer(window.database()));
    CHECK(line(dialog, "ref")->text() == QStringLiteral("C000005")); // after C000004
    line(dialog, "phones")->setText(QStringLiteral("12"));
    line(dialog, "emails")->setText(QStringLiteral("not-an-email"));
    line(dialog, "birthday")->setText(QStringLiteral("1990-02-30"));
    line(dialog, "company_ref")->setText(QStringLiteral("NOPE"));
    dialog.accept();
    for (const char* column : {"name", "phones", "emails", "birthday", "company_ref"}) {
        INFO(column);
        QLabel* error = dialog.form()->errorLabel(QLatin1String(column));
        REQUIRE(error);
        CHECK_FALSE(error->text().isEmpty());
    }
    CHECK(dialog.form()->errorLabel(QStringLiteral("ref"))->text().isEmpty());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(countRows(window.database(), "SELECT count(*) FROM customer") == 4);

    // A ref taken by someone else is refused at the ref field.
    line(dialog, "ref")->setText(QStringLiteral("C000002"));
    dialog.accept();
    CHECK_FALSE(dialog.form()->errorLabel(QStringLiteral("ref"))->text().isEmpty());
}

TEST_CASE("creating a customer saves at once, undo deletes it and redo brings it back", "[gui]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    MainWindow window(std::move(db));
    CustomerDialog dialog(window.app(), CustomerDialog::newCustomer(window.database()));
    line(dialog, "name")->setText(QStringLiteral("张伟"));
    line(dialog, "phones")->setText(QStringLiteral("137 0000 1111, 021 6666 7777"));
    line(dialog, "company_ref")->setText(QStringLiteral("C000001"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const Id id = dialog.savedId();
    auto saved = CustomerRepository(window.database()).get(id);
    REQUIRE(saved.ok());
    CHECK(saved->phones == QStringLiteral("137 0000 1111;021 6666 7777"));
    CHECK(saved->companyId == std::optional<Id>(shop.acme));

    QUndoStack* undo = window.app().undoStack();
    REQUIRE(undo->count() == 1);
    undo->undo();
    CHECK_FALSE(CustomerRepository(window.database()).get(id).ok());
    undo->redo();
    CHECK(CustomerRepository(window.database()).get(id)->name == QStringLiteral("张伟"));
}

TEST_CASE("editing a customer can be undone to the previous record", "[gui]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    MainWindow window(std::move(db));
    auto before = CustomerRepository(window.database()).get(shop.li);
    REQUIRE(before.ok());
    CustomerDialog dialog(window.app(), *before);
    line(dialog, "city")->setText(QStringLiteral("杭州"));
    line(dialog, "native_place")->setText(QStringLiteral("绍兴"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(CustomerRepository(window.database()).get(shop.li)->city == QStringLiteral("杭州"));
    window.app().undoStack()->undo();
    auto restored = CustomerRepository(window.database()).get(shop.li);
    CHECK(restored->city.isEmpty());
    CHECK(restored->nativePlace.isEmpty());
    CHECK(restored->phones == before->phones);
}
