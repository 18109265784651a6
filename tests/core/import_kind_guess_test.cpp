// Which kind the desktop app's import preselects for a file.
#include "io/import_kind_guess.h"
#include "qt_catch_strings.h"
#include "storage/database.h"
#include "test_support.h"

#include <catch2/catch.hpp>

using namespace clientele;
using namespace clientele::test;

TEST_CASE("the import kind is guessed from the header's columns, the file's name breaking ties",
          "[csv-import][import-guess]") {
    const auto guess = [](const char* header, const char* file) {
        return guessImportKind(QString::fromLatin1(header).split(u','), QString::fromLatin1(file));
    };
    CHECK(guess("order_number,ordered_at,customer_ref,product_sku,quantity,unit_price", "x.csv") ==
          QStringLiteral("sales"));
    CHECK(guess("order_number,ordered_at,customer_ref,paid_amount", "x.csv") ==
          QStringLiteral("orders"));
    CHECK(guess("Ref,Name,City", "export.csv") == QStringLiteral("customers"));
    CHECK(guess("sku,name,unit_price", "x.csv") == QStringLiteral("products"));
    // campaign_members is named, campaigns is only a part of the name.
    CHECK(guess("code,customer_ref", "Campaign Members 2024.csv") ==
          QStringLiteral("campaign_members"));
    CHECK(guess("nothing,known", "tasks-2024.csv") == QStringLiteral("tasks"));
    CHECK(guess("nothing,known", "data.csv").isEmpty());
}

TEST_CASE("a read-write sibling shares the writer's lock of its database", "[database]") {
    TempDir dir;
    auto db = createDatabase(dir);
    auto sibling = db->openSibling(OpenMode::ReadWrite);
    REQUIRE(sibling.ok());
    CHECK_FALSE((*sibling)->isReadOnly());
    (*sibling)->exec("INSERT INTO setting (key, value) VALUES ('sibling', 'yes')");
    CHECK(db->setting(QStringLiteral("sibling")) == QStringLiteral("yes"));
    // Another open of the file still finds it locked.
    auto other = Database::open(db->path());
    CHECK_FALSE(other.ok());
}
