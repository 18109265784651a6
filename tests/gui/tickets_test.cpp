#include "customer_page/customer_page.h"
#include "customer_page/timeline_model.h"
#include "customer_page/timeline_tab.h"
#include "domain/ticket_repository.h"
#include "gui_fixture.h"
#include "shell/message_box.h"
#include "shell/quick_find.h"
#include "shell/quick_find_model.h"
#include "tickets/resolve_dialog.h"
#include "tickets/ticket_dialog.h"
#include "tickets/ticket_list_model.h"
#include "tickets/tickets_page.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

using namespace clientele;
using namespace clientele::test;

namespace {

Id addTicket(Database& db, Id customer, const char* subject, const char* category,
             const char* severity, const char* status, std::optional<Id> order = std::nullopt) {
    Ticket t;
    t.customerId = customer;
    t.subject = QString::fromUtf8(subject);
    t.category = QLatin1String(category);
    t.severity = QLatin1String(severity);
    t.status = QLatin1String(status);
    t.orderId = order;
    t.openedAt = QStringLiteral("2024-06-01 09:00:00");
    if (ticket_values::isFinished(t.status)) {
        t.resolution = QStringLiteral("Refunded");
        t.resolvedAt = QStringLiteral("2024-06-03 10:00:00");
        t.satisfaction = 4;
    }
    auto id = TicketRepository(db).create(t);
    REQUIRE(id.ok());
    return *id;
}

TicketsPage* showTickets(MainWindow& window) {
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto* page = window.page<TicketsPage>();
    REQUIRE(page);
    window.showPage(page);
    waitUntilLoaded(page->model());
    return page;
}

void reloaded(TicketListModel* model) {
    QTest::qWait(1);
    waitUntilLoaded(model);
}

QStringList subjects(TicketListModel* model) {
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, TicketListModel::Subject).data().toString();
    out.sort();
    return out;
}

int rowOf(TicketListModel* model, const char* subject) {
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->rowAt(r).ticket.subject == QString::fromUtf8(subject))
            return r;
    FAIL("no row " << subject);
    return -1;
}

void choose(QComboBox* combo, const QVariant& data) {
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

QString statusOf(Database& db, Id ticket) {
    auto t = TicketRepository(db).get(ticket);
    return t ? t->status : QStringLiteral("(gone)");
}

} // namespace

TEST_CASE("the Tickets page filters by status, severity, category and text", "[gui][tickets]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    addTicket(*db, shop.wang, "Stale tea", "quality", "high", "open", shop.order);
    addTicket(*db, shop.li, "Late delivery", "delivery", "normal", "in_progress");
    addTicket(*db, shop.wang, "Wrong invoice", "billing", "low", "resolved");
    addTicket(*db, shop.li, "Broken lid", "quality", "critical", "closed");
    MainWindow window(std::move(db));
    TicketsPage* page = showTickets(window);
    TicketListModel* model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // Open and in progress by default.
    CHECK(subjects(model) ==
          QStringList{QStringLiteral("Late delivery"), QStringLiteral("Stale tea")});
    const int stale = rowOf(model, "Stale tea");
    CHECK(model->index(stale, TicketListModel::Customer).data().toString() ==
          QStringLiteral("王小明"));
    CHECK(model->index(stale, TicketListModel::Order).data().toString() == QStringLiteral("SO-1"));
    CHECK(model->index(stale, TicketListModel::Severity).data().toString() ==
          QStringLiteral("High"));
    CHECK(model->index(stale, TicketListModel::Age).data().toString() ==
          QStringLiteral("14 days")); // opened 06-01, today 06-15

    choose(page->statusCombo(), QStringList{QStringLiteral("resolved")});
    reloaded(model);
    REQUIRE(subjects(model) == QStringList{QStringLiteral("Wrong invoice")});
    CHECK(model->index(0, TicketListModel::Satisfaction).data().toInt() == 4);
    CHECK(model->index(0, TicketListModel::Status).data().toString() == QStringLiteral("Resolved"));

    choose(page->statusCombo(), QStringList{});
    reloaded(model);
    CHECK(model->rowCount() == 4);

    choose(page->categoryCombo(), QStringLiteral("quality"));
    reloaded(model);
    CHECK(subjects(model) ==
          QStringList{QStringLiteral("Broken lid"), QStringLiteral("Stale tea")});
    choose(page->severityCombo(), QStringLiteral("critical"));
    reloaded(model);
    CHECK(subjects(model) == QStringList{QStringLiteral("Broken lid")});
    page->severityCombo()->setCurrentIndex(0);
    page->categoryCombo()->setCurrentIndex(0);

    typeText(page->textFilter(), QStringLiteral("SO-1"));
    reloaded(model);
    CHECK(subjects(model) == QStringList{QStringLiteral("Stale tea")});
    page->textFilter()->clear();
    typeText(page->textFilter(), QStringLiteral("李"));
    reloaded(model);
    CHECK(subjects(model) ==
          QStringList{QStringLiteral("Broken lid"), QStringLiteral("Late delivery")});
}

TEST_CASE("a ticket is opened for a customer, started, resolved and closed, and undo steps back",
          "[gui][tickets]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    MainWindow window(std::move(db));
    TicketsPage* page = showTickets(window);
    Database& base = window.database();

    // Ctrl+N on the Tickets page is a new ticket; its customer is picked through quick-find.
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QPointer<TicketDialog> dialog = openDialog<TicketDialog>(&window);
    REQUIRE(dialog);
    QuickFind* picker = dialog->customerPicker();
    CHECK(dialog->focusWidget() == picker->lineEdit());
    typeText(picker->lineEdit(), QStringLiteral("138-0013"));
    REQUIRE(QTest::qWaitFor([&] { return picker->model()->rowCount() > 0; }, 5000));
    REQUIRE(QTest::qWaitFor([&] { return !picker->model()->isSearching(); }, 5000));
    QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
    REQUIRE(dialog->customerId() == shop.wang);
    REQUIRE(dialog->orderCombo()->count() == 2); // none, or 王小明's one order
    dialog->orderCombo()->setCurrentIndex(1);
    choose(dialog->severityCombo(), QStringLiteral("high"));
    QTest::keyClicks(dialog->categoryCombo()->lineEdit(), QStringLiteral("quality"));
    CHECK(dialog->stepButton(QStringLiteral("in_progress"))->isHidden()); // not saved yet
    QTest::keyClicks(dialog->subjectEdit(), QStringLiteral("Lid cracked"));
    QTest::keyClick(dialog->subjectEdit(), Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return dialog.isNull() || !dialog->isVisible(); }, 2000));

    auto list = TicketRepository(base).listForCustomer(shop.wang);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    const Ticket created = list->front().ticket;
    const Id id = created.id;
    CHECK(created.subject == QStringLiteral("Lid cracked"));
    CHECK(created.category == QStringLiteral("quality"));
    CHECK(created.severity == QStringLiteral("high"));
    CHECK(created.status == QStringLiteral("open"));
    CHECK(created.orderId == std::optional<Id>(shop.order));
    CHECK(created.openedAt.startsWith(QStringLiteral("2024-06-15")));
    reloaded(page->model());
    REQUIRE(page->model()->rowCount() == 1);
    page->view()->setCurrentIndex(page->model()->index(0, 0));
    CHECK(page->stepAction(QStringLiteral("in_progress"))->isEnabled());
    CHECK_FALSE(page->stepAction(QStringLiteral("resolved"))->isEnabled());

    page->stepAction(QStringLiteral("in_progress"))->trigger();
    CHECK(statusOf(base, id) == QStringLiteral("in_progress"));
    reloaded(page->model());
    page->view()->setCurrentIndex(page->model()->index(0, 0));
    REQUIRE(page->stepAction(QStringLiteral("resolved"))->isEnabled());

    // Resolving asks how; an empty answer is refused beside the field.
    page->stepAction(QStringLiteral("resolved"))->trigger();
    QPointer<ResolveDialog> resolve = openDialog<ResolveDialog>(&window);
    REQUIRE(resolve);
    resolve->accept();
    CHECK(resolve->errorLabel()->isVisibleTo(resolve));
    CHECK(statusOf(base, id) == QStringLiteral("in_progress"));
    QTest::keyClicks(resolve->resolutionEdit(), QStringLiteral("Sent a new lid"));
    choose(resolve->satisfactionCombo(), 5);
    resolve->accept();
    auto resolved = TicketRepository(base).get(id);
    REQUIRE(resolved.ok());
    CHECK(resolved->status == QStringLiteral("resolved"));
    CHECK(resolved->resolution == QStringLiteral("Sent a new lid"));
    CHECK(resolved->satisfaction == std::optional<int>(5));
    CHECK(resolved->resolvedAt.startsWith(QStringLiteral("2024-06-15")));

    choose(page->statusCombo(), QStringList{}); // finished ones are off the default list
    reloaded(page->model());
    page->view()->setCurrentIndex(page->model()->index(0, 0));
    REQUIRE(page->stepAction(QStringLiteral("closed"))->isEnabled());
    page->stepAction(QStringLiteral("closed"))->trigger();
    CHECK(statusOf(base, id) == QStringLiteral("closed"));
    reloaded(page->model());
    CHECK(page->model()->index(0, TicketListModel::Status).data().toString() ==
          QStringLiteral("Closed"));
    CHECK(page->model()->index(0, TicketListModel::Satisfaction).data().toInt() == 5);
    page->view()->setCurrentIndex(page->model()->index(0, 0));
    CHECK(page->stepAction(QStringLiteral("open"))->isEnabled());
    CHECK_FALSE(page->stepAction(QStringLiteral("in_progress"))->isEnabled());

    // Open Customer shows the ticket's customer, whose timeline lists the ticket.
    page->findChild<QAction*>(QStringLiteral("openTicketCustomer"))->trigger();
    REQUIRE(window.customerPage()->isVisible());
    CHECK(window.currentCustomer() == shop.wang);
    const auto& entries = window.customerPage()->timelineTab()->model()->entries();
    CHECK(std::any_of(entries.begin(), entries.end(), [&](const TimelineEntry& e) {
        return e.kind == TimelineEntry::Kind::Ticket && e.title == QStringLiteral("Lid cracked");
    }));

    QUndoStack* undo = window.app().undoStack();
    undo->undo();
    CHECK(statusOf(base, id) == QStringLiteral("resolved"));
    undo->undo();
    auto back = TicketRepository(base).get(id);
    REQUIRE(back.ok());
    CHECK(back->status == QStringLiteral("in_progress"));
    CHECK(back->resolvedAt.isEmpty());
    CHECK_FALSE(back->satisfaction.has_value());
    undo->undo();
    REQUIRE(statusOf(base, id) == QStringLiteral("open"));
    undo->undo();
    CHECK(countRows(base, "SELECT count(*) FROM ticket") == 0);
    for (int i = 0; i < 4; ++i)
        undo->redo();
    CHECK(statusOf(base, id) == QStringLiteral("closed"));
}

TEST_CASE("the ticket dialog steps along the workflow and asks for the resolution beside it",
          "[gui][tickets]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    const Id id = addTicket(*db, shop.li, "Late delivery", "delivery", "normal", "in_progress");
    MainWindow window(std::move(db));
    TicketsPage* page = showTickets(window);
    REQUIRE(page->model()->rowCount() == 1);

    // Enter on the list opens the ticket.
    page->view()->setFocus();
    page->view()->setCurrentIndex(page->model()->index(0, 0));
    QTest::keyClick(page->view(), Qt::Key_Return);
    QPointer<TicketDialog> dialog = openDialog<TicketDialog>(&window);
    REQUIRE(dialog);
    CHECK(dialog->customerPicker()->lineEdit()->text() == QStringLiteral("李华"));
    CHECK(dialog->statusLabel()->text() == QStringLiteral("In progress"));
    CHECK(dialog->stepButton(QStringLiteral("in_progress"))->isHidden());
    CHECK(dialog->stepButton(QStringLiteral("closed"))->isHidden());
    CHECK_FALSE(dialog->stepButton(QStringLiteral("resolved"))->isHidden());
    CHECK_FALSE(dialog->satisfactionCombo()->isEnabled());

    dialog->subjectEdit()->clear();
    CHECK_FALSE(dialog->moveTo(QStringLiteral("resolved")));
    CHECK(dialog->errorFor(QStringLiteral("subject"))->isVisibleTo(dialog));
    CHECK(dialog->errorFor(QStringLiteral("resolution"))->isHidden());
    QTest::keyClicks(dialog->subjectEdit(), QStringLiteral("Late delivery again"));
    QTest::mouseClick(dialog->stepButton(QStringLiteral("resolved")), Qt::LeftButton);
    CHECK(dialog->errorFor(QStringLiteral("resolution"))->isVisibleTo(dialog));
    CHECK(statusOf(window.database(), id) == QStringLiteral("in_progress"));

    QTest::keyClicks(dialog->resolutionEdit(), QStringLiteral("Courier changed"));
    QTest::mouseClick(dialog->stepButton(QStringLiteral("resolved")), Qt::LeftButton);
    auto stored = TicketRepository(window.database()).get(id);
    CHECK(stored->status == QStringLiteral("resolved"));
    CHECK(stored->subject == QStringLiteral("Late delivery again"));
    CHECK(stored->resolution == QStringLiteral("Courier changed"));
    CHECK(dialog->statusLabel()->text() == QStringLiteral("Resolved"));
    CHECK_FALSE(dialog->stepButton(QStringLiteral("closed"))->isHidden());
    CHECK_FALSE(dialog->stepButton(QStringLiteral("open"))->isHidden());
    REQUIRE(dialog->satisfactionCombo()->isEnabled());
    choose(dialog->satisfactionCombo(), 3);
    dialog->accept();
    CHECK(TicketRepository(window.database()).get(id)->satisfaction == std::optional<int>(3));

    // Delete asks first; the Delete key on the list does it.
    REQUIRE(QTest::qWaitFor([&] { return dialog.isNull(); }, 2000));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    reloaded(page->model());
    choose(page->statusCombo(), QStringList{});
    reloaded(page->model());
    page->view()->setFocus();
    page->view()->setCurrentIndex(page->model()->index(0, 0));
    MessageBox::clearAnswers(); // none left over from elsewhere
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(page->view(), Qt::Key_Delete);
    CHECK(MessageBox::lastText().contains(QStringLiteral("Late delivery again")));
    CHECK(countRows(window.database(), "SELECT count(*) FROM ticket") == 1);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(page->view(), Qt::Key_Delete);
    CHECK(countRows(window.database(), "SELECT count(*) FROM ticket") == 0);
    window.app().undoStack()->undo();
    CHECK(countRows(window.database(), "SELECT count(*) FROM ticket") == 1);
}
