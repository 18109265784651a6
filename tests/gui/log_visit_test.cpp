#include "customer_page/customer_page.h"
#include "domain/task_repository.h"
#include "domain/visit_repository.h"
#include "gui_fixture.h"
#include "visits/log_visit_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QUndoStack>

using namespace clientele;
using namespace clientele::test;

TEST_CASE("Ctrl+L on a customer's page logs a visit whose follow-up becomes a task", "[gui]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    MainWindow window(std::move(db));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.openCustomer(shop.wang);

    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    auto* dialog = openDialog<LogVisitDialog>(&window);
    REQUIRE(dialog);
    dialog->kindCombo()->setCurrentIndex(dialog->kindCombo()->findData(QStringLiteral("call")));
    QTest::keyClicks(dialog->subjectEdit(), QStringLiteral("Spring order"));
    dialog->notesEdit()->setPlainText(QStringLiteral("Wants a sample"));
    QTest::keyClicks(dialog->outcomeEdit(), QStringLiteral("Will decide next week"));

    // Choosing the product shows what was quoted and paid before, and proposes the quote.
    dialog->productCombo()->setCurrentIndex(dialog->productCombo()->findData(shop.tea));
    const QString hints = dialog->priceHints()->text();
    CHECK(hints.contains(QStringLiteral("Last quoted: ¥12.80")));
    CHECK(hints.contains(QStringLiteral("Last paid: ¥12.00 on order SO-1")));
    CHECK(dialog->priceEdit()->text() == QStringLiteral("12.80"));
    dialog->priceEdit()->setText(QStringLiteral("12.60"));

    dialog->followUpCheck()->setChecked(true);
    dialog->followUpDate()->setDate(QDate(2024, 6, 20));
    QTest::keyClicks(dialog->followUpTitle(), QStringLiteral("Send the sample"));
    dialog->accept();
    REQUIRE_FALSE(dialog->errorLabel()->isVisible());

    Database& data = window.database();
    auto visits = VisitRepository(data).listForCustomer(shop.wang);
    REQUIRE(visits.ok());
    REQUIRE(visits->size() == 2);
    const Visit& v = visits->front().visit; // newest first
    CHECK(v.kind == QStringLiteral("call"));
    CHECK(v.outcome == QStringLiteral("Will decide next week"));
    CHECK(v.quotedPrice == std::optional<Money>(1260));
    auto tasks = TaskRepository(data).listForCustomer(shop.wang);
    REQUIRE(tasks.ok());
    REQUIRE(tasks->size() == 1);
    CHECK(tasks->front().task.title == QStringLiteral("Send the sample"));
    CHECK(tasks->front().task.dueOn == QStringLiteral("2024-06-20"));
    CHECK(tasks->front().task.visitId == std::optional<Id>(v.id));

    // Undo takes back both the visit and its task.
    window.app().undoStack()->undo();
    CHECK(countRows(data, "SELECT count(*) FROM visit") == 1);
    CHECK(countRows(data, "SELECT count(*) FROM task") == 0);
    window.app().undoStack()->redo();
    CHECK(countRows(data, "SELECT count(*) FROM visit") == 2);
    CHECK(countRows(data, "SELECT count(*) FROM task") == 1);
}

TEST_CASE("a price that is not an amount keeps the visit dialog open with a message", "[gui]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    MainWindow window(std::move(db));
    LogVisitDialog dialog(window.app(), shop.li);
    dialog.productCombo()->setCurrentIndex(dialog.productCombo()->findData(shop.tea));
    CHECK(dialog.priceHints()->text().contains(QStringLiteral("Never quoted before")));
    CHECK(dialog.priceHints()->text().contains(QStringLiteral("Never bought")));
    dialog.priceEdit()->setText(QStringLiteral("12,5"));
    dialog.accept();
    CHECK(dialog.errorLabel()->isVisibleTo(&dialog));
    CHECK(dialog.savedVisitId() == 0);
    CHECK(countRows(window.database(), "SELECT count(*) FROM visit") == 1);
}
