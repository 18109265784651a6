#include "gui_fixture.h"
#include "shell/file_dialog.h"
#include "shell/preferences_dialog.h"
#include "sync/conflict_list_model.h"
#include "sync/device_list_model.h"
#include "sync/sync_folder.h"
#include "sync/sync_page.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QUndoStack>

using namespace clientele;
using namespace clientele::test;

namespace {

// Two copies of a small shop: "a" here, "b" opened in the window by the test.
struct Family {
    TempDir dir;
    QString folder = dir.path(QStringLiteral("shared"));
    std::unique_ptr<Database> a = createDatabase(dir, QStringLiteral("a.sqlite"));
    Shop shop = makeShop(*a);
    std::unique_ptr<Database> b;

    Family() {
        REQUIRE(QDir().mkpath(folder));
        const QString path = dir.path(QStringLiteral("b.sqlite"));
        REQUIRE(sync::cloneDatabase(*a, path, QStringLiteral("b")).ok());
        OpenOptions options;
        options.clock = &testClock();
        auto opened = Database::open(path, options);
        REQUIRE(opened.ok());
        b = std::move(*opened);
    }
};

void rename(Database& db, Id id, const QString& name) {
    CustomerRepository repo(db);
    auto c = repo.get(id);
    REQUIRE(c.ok());
    c->name = name;
    REQUIRE(repo.update(*c).ok());
}

QString nameOf(Database& db, Id id) {
    auto c = CustomerRepository(db).get(id);
    return c ? c->name : QString();
}

SyncPage* showSync(MainWindow& window) {
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto* page = window.page<SyncPage>();
    REQUIRE(page);
    REQUIRE(window.showPageNamed(QStringLiteral("sync")));
    REQUIRE(window.currentPage() == page);
    return page;
}

void settle(SyncPage* page) {
    REQUIRE(
        QTest::qWaitFor([&] { return !page->runner()->isRunning() && !page->isLoading(); }, 10000));
}

QString cell(ConflictListModel* model, int row, int column) {
    return model->index(row, column).data().toString();
}

} // namespace

TEST_CASE("the Sync page lists a field two copies edited, restores the other value, and shows "
          "the conflict resolved",
          "[gui][sync]") {
    Family family;
    rename(*family.a, family.shop.li, QStringLiteral("Li Hua (shop)"));
    REQUIRE(sync::syncWithFolder(*family.a, family.folder).ok());
    QThread::msleep(3); // b's edit is the later one
    rename(*family.b, family.shop.li, QStringLiteral("Li Hua (road)"));
    MainWindow window(std::move(family.b));
    SyncPage* page = showSync(window);
    settle(page);
    ConflictListModel* model = page->conflicts();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model->rowCount() == 0);
    REQUIRE(page->setSyncFolder(family.folder).ok());

    QTest::keyClick(page->conflictView(), Qt::Key_F5); // Sync Now
    settle(page);
    REQUIRE(model->rowCount() == 1);
    CHECK(cell(model, 0, ConflictListModel::Record) == QStringLiteral("Li Hua (road) (C000003)"));
    CHECK(cell(model, 0, ConflictListModel::Kind) == QStringLiteral("Customer"));
    CHECK(cell(model, 0, ConflictListModel::Field) == QStringLiteral("Name"));
    CHECK(cell(model, 0, ConflictListModel::Kept) == QStringLiteral("Li Hua (road)"));
    CHECK(cell(model, 0, ConflictListModel::Other) == QStringLiteral("Li Hua (shop)"));
    CHECK(cell(model, 0, ConflictListModel::KeptFrom).startsWith(QStringLiteral("b, ")));
    // The devices: this one and the shop's, whose packet was read at the test's noon.
    DeviceListModel* devices = page->devices();
    REQUIRE(devices->rowCount() == 2);
    CHECK(devices->index(0, DeviceListModel::Device).data().toString() ==
          QStringLiteral("b (this device)"));
    CHECK_FALSE(devices->index(1, DeviceListModel::LastSeen).data().toString().isEmpty());
    CHECK(devices->index(1, DeviceListModel::LastSeen).data().toString() !=
          QStringLiteral("never"));

    page->conflictView()->setCurrentIndex(model->index(0, 0));
    REQUIRE(page->restoreAction()->isEnabled());
    page->restoreAction()->trigger();
    settle(page);
    CHECK(nameOf(window.database(), family.shop.li) == QStringLiteral("Li Hua (shop)"));
    CHECK(model->rowCount() == 0);
    page->showResolved()->setChecked(true);
    settle(page);
    REQUIRE(model->rowCount() == 1);
    CHECK(cell(model, 0, ConflictListModel::Record) == QStringLiteral("Li Hua (shop) (C000003)"));
    CHECK_FALSE(cell(model, 0, ConflictListModel::Resolved).isEmpty());
    CHECK_FALSE(page->conflictView()->isColumnHidden(ConflictListModel::Resolved));

    // Undo writes the kept value back and opens the conflict again.
    window.app().undoStack()->undo();
    settle(page);
    CHECK(nameOf(window.database(), family.shop.li) == QStringLiteral("Li Hua (road)"));
    REQUIRE(model->rowCount() == 1);
    CHECK(cell(model, 0, ConflictListModel::Resolved).isEmpty());
    window.app().undoStack()->redo();

    // The restored value reaches the shop's copy with the next sync, as an edit of its own.
    page->syncNow();
    settle(page);
    REQUIRE(sync::syncWithFolder(*family.a, family.folder).ok());
    CHECK(nameOf(*family.a, family.shop.li) == QStringLiteral("Li Hua (shop)"));
}

TEST_CASE("a damaged packet in the sync folder is named on the Sync page and in the status bar, "
          "and nothing of it is applied",
          "[gui][sync]") {
    Family family;
    addPerson(*family.a, QStringLiteral("C000099"), QStringLiteral("Zhou Jie"), QString());
    auto written = sync::syncWithFolder(*family.a, family.folder);
    REQUIRE(written.ok());
    QByteArray bytes = readFile(written->packet);
    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x04);
    REQUIRE(QFile::remove(written->packet));
    const QString broken = QDir(family.folder).filePath(QStringLiteral("broken.clpacket"));
    writeFile(broken, bytes);

    MainWindow window(std::move(family.b));
    SyncPage* page = showSync(window);
    REQUIRE(page->setSyncFolder(family.folder).ok());
    page->syncNowAction()->trigger();
    settle(page);
    CHECK(page->problems()->isVisible());
    CHECK(page->problems()->text().contains(broken));
    CHECK(page->problems()->text().contains(QStringLiteral("damaged")));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("broken.clpacket")));
    CHECK(countRows(window.database(), "SELECT count(*) FROM customer WHERE ref = 'C000099'") == 0);
    // b's own packet went out all the same.
    auto self = sync::syncStatus(window.database());
    REQUIRE(self.ok());
    CHECK(QFile::exists(
        QDir(family.folder).filePath(sync::packetFileName(self->family, self->self.id))));
}

TEST_CASE("with a sync folder, closing the window syncs once more before it goes", "[gui][sync]") {
    Family family;
    MainWindow window(std::move(family.b));
    SyncPage* page = showSync(window);
    settle(page);
    rename(window.database(), family.shop.wang, QStringLiteral("Wang (late edit)"));
    REQUIRE(page->setSyncFolder(family.folder).ok());
    window.close();
    REQUIRE(QTest::qWaitFor([&] { return !window.isVisible() && !page->runner()->isRunning(); },
                            10000));
    REQUIRE(sync::syncWithFolder(*family.a, family.folder).ok());
    CHECK(nameOf(*family.a, family.shop.wang) == QStringLiteral("Wang (late edit)"));
}

TEST_CASE("the sync folder is set in Preferences too, and must exist", "[gui][sync]") {
    Family family;
    MainWindow window(std::move(family.b));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showPreferences();
    auto* dialog = openDialog<PreferencesDialog>(&window);
    REQUIRE(dialog);
    dialog->syncFolder()->setText(family.dir.path(QStringLiteral("missing")));
    dialog->accept();
    CHECK(dialog->isVisible()); // refused, with why
    dialog->syncFolder()->setText(family.folder);
    dialog->accept();
    CHECK_FALSE(dialog->isVisible());
    CHECK(window.database().setting(sync::syncFolderSettingKey()) == family.folder);
    CHECK(window.page<SyncPage>()->syncFolder() == family.folder);
}

TEST_CASE("packets for a USB stick go out and come in through Export Packet and Import Packet",
          "[gui][sync]") {
    Family family;
    rename(*family.a, family.shop.wang, QStringLiteral("Wang (shop)"));
    const QString fromShop = family.dir.path(QStringLiteral("from-shop.clpacket"));
    REQUIRE(sync::exportPacket(*family.a, QString(), fromShop).ok());
    MainWindow window(std::move(family.b));
    SyncPage* page = showSync(window);
    settle(page);

    FileDialog::setNextFileName(fromShop);
    window.action(QStringLiteral("importPacket"))->trigger();
    settle(page);
    CHECK(nameOf(window.database(), family.shop.wang) == QStringLiteral("Wang (shop)"));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("1 change applied")));

    rename(window.database(), family.shop.li, QStringLiteral("Li (road)"));
    const QString toShop = family.dir.path(QStringLiteral("to-shop.clpacket"));
    FileDialog::setNextFileName(toShop);
    window.action(QStringLiteral("exportPacket"))->trigger();
    settle(page);
    REQUIRE(QFile::exists(toShop));
    REQUIRE(sync::importPacket(*family.a, toShop).ok());
    CHECK(nameOf(*family.a, family.shop.li) == QStringLiteral("Li (road)"));
}

TEST_CASE("this device is renamed on the Sync page, and undo gives the old name back",
          "[gui][sync]") {
    Family family;
    MainWindow window(std::move(family.b));
    SyncPage* page = showSync(window);
    settle(page);
    REQUIRE(page->deviceName()->text() == QStringLiteral("b"));
    page->deviceName()->clear();
    typeText(page->deviceName(), QStringLiteral("李华的电脑"));
    QTest::keyClick(page->deviceName(), Qt::Key_Return);
    settle(page);
    CHECK(sync::syncStatus(window.database())->self.name == QStringLiteral("李华的电脑"));
    CHECK(page->devices()->index(0, DeviceListModel::Device).data().toString() ==
          QStringLiteral("李华的电脑 (this device)"));
    window.app().undoStack()->undo();
    settle(page);
    CHECK(sync::syncStatus(window.database())->self.name == QStringLiteral("b"));
    CHECK(page->deviceName()->text() == QStringLiteral("b"));
}
