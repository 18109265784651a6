// Backups, restore and the integrity check, as the desktop app offers them.
#include "backups/backups_dialog.h"
#include "backups/passphrase_prompt.h"
#include "backups/restore_flow.h"
#include "gui_fixture.h"
#include "shell/file_dialog.h"
#include "shell/message_box.h"
#include "storage/backup_folder.h"

#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

using namespace clientele;
using namespace clientele::test;

namespace {

void resetSeams() {
    MessageBox::clearAnswers();
    FileDialog::clearFileNames();
    PassphrasePrompt::clearPassphrases();
}

QPushButton* buttonNamed(QWidget* parent, const QString& text) {
    for (auto* b : parent->findChildren<QPushButton*>())
        if (b->text() == text)
            return b;
    return nullptr;
}

qint64 customerCount(const QString& path) {
    OpenOptions options;
    options.mode = OpenMode::ReadOnly;
    auto db = Database::open(path, options);
    REQUIRE(db);
    return countRows(**db, "SELECT count(*) FROM customer");
}

} // namespace

TEST_CASE("the backups dialog lists verified backups and restores the one selected",
          "[gui][backup]") {
    resetSeams();
    TempDir dir;
    auto db = createDatabase(dir);
    makeShop(*db);
    auto taken = BackupFolder(*db).backupNow();
    REQUIRE(taken);
    BackupsDialog dialog(*db, nullptr);

    REQUIRE(dialog.table()->rowCount() == 1);
    CHECK(dialog.table()->item(0, 2)->text() == QStringLiteral("Verified"));
    QSignalSpy restore(&dialog, &BackupsDialog::restoreRequested);
    QPushButton* restoreSelected = buttonNamed(&dialog, QStringLiteral("Restore Selected…"));
    REQUIRE(restoreSelected);
    CHECK_FALSE(restoreSelected->isEnabled()); // nothing selected yet
    dialog.table()->selectRow(0);
    CHECK(restoreSelected->isEnabled());
    QTest::mouseClick(restoreSelected, Qt::LeftButton);
    REQUIRE(restore.size() == 1);
    CHECK(restore.at(0).at(0).toString() == taken->path);
}

TEST_CASE("restoring a backup brings back its contents and keeps the replaced file",
          "[gui][backup]") {
    resetSeams();
    TempDir dir;
    QString backup, dbPath;
    {
        auto db = createDatabase(dir);
        makeShop(*db);
        dbPath = db->path();
        backup = BackupFolder(*db).backupNow()->path;
        addPerson(*db, QStringLiteral("C000099"), QStringLiteral("Added later"), {});
    }
    REQUIRE(customerCount(dbPath) == 5);

    MessageBox::setNextAnswer(QMessageBox::No);
    CHECK_FALSE(confirmRestore(nullptr, backup, dbPath)); // declined: nothing happens
    MessageBox::setNextAnswer(QMessageBox::Yes);
    auto request = confirmRestore(nullptr, backup, dbPath);
    REQUIRE(request);
    CHECK(MessageBox::lastText().contains(QStringLiteral("kept beside it")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    REQUIRE(performRestore(nullptr, *request));

    CHECK(customerCount(dbPath) == 4);
    const QStringList replaced =
        QDir(dir.root()).entryList({QStringLiteral("test.sqlite.replaced-*")}, QDir::Files);
    REQUIRE(replaced.size() == 1);
    CHECK(MessageBox::lastText().contains(replaced.first()));
    CHECK(customerCount(dir.path(replaced.first())) == 5);
}

TEST_CASE("an encrypted copy made in the app restores only with its passphrase", "[gui][backup]") {
    resetSeams();
    TempDir dir;
    const QString copy = dir.path(QStringLiteral("road.encrypted"));
    QString dbPath;
    {
        auto db = createDatabase(dir);
        makeShop(*db);
        dbPath = db->path();
        BackupsDialog dialog(*db, nullptr);
        QSignalSpy finished(&dialog, &BackupsDialog::encryptedCopyFinished);
        FileDialog::setNextFileName(copy);
        PassphrasePrompt::setNextPassphrase("correct horse battery");
        MessageBox::setNextAnswer(QMessageBox::Ok);
        dialog.makeEncryptedCopy();
        REQUIRE(finished.wait(20000));
        REQUIRE(finished.at(0).at(0).toBool());
        addPerson(*db, QStringLiteral("C000099"), QStringLiteral("Added later"), {});
    }
    CHECK_FALSE(readFile(copy).contains("SQLite format 3"));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    PassphrasePrompt::setNextPassphrase("wrong horse battery");
    auto wrong = confirmRestore(nullptr, copy, dbPath);
    REQUIRE(wrong);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(performRestore(nullptr, *wrong));
    CHECK(MessageBox::lastText().contains(QStringLiteral("was not changed")));
    CHECK(customerCount(dbPath) == 5);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    PassphrasePrompt::setNextPassphrase("correct horse battery");
    auto right = confirmRestore(nullptr, copy, dbPath);
    REQUIRE(right);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK(performRestore(nullptr, *right));
    CHECK(customerCount(dbPath) == 4);
}

TEST_CASE("a damaged database found after opening offers the newest verified backup",
          "[gui][backup]") {
    resetSeams();
    TempDir dir;
    auto db = createDatabase(dir);
    makeShop(*db);
    CustomerRepository repo(*db);
    for (int n = 1; n <= 300; ++n) {
        Customer c;
        c.ref = QStringLiteral("X%1").arg(n);
        c.name = QStringLiteral("Customer %1 %2").arg(n).arg(QString(400, u'x'));
        REQUIRE(repo.create(c).ok());
    }
    auto good = BackupFolder(*db).backupNow();
    REQUIRE(good);
    db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    // Flip bytes in the customer table's root page (an interior b-tree page: its cell pointers
    // go), which only a check of the whole file notices.
    const qint64 root =
        sql::queryInt(db->handle(), "SELECT rootpage FROM sqlite_schema WHERE name = 'customer'");
    QByteArray bytes = readFile(db->path());
    const int target = static_cast<int>(root - 1) * 4096;
    for (int i = target + 8; i < target + 200; ++i)
        bytes[i] = static_cast<char>(bytes[i] ^ 0x5A);
    writeFile(db->path(), bytes);

    MainWindow window(std::move(db));
    QSignalSpy checked(&window, &MainWindow::integrityChecked);
    QSignalSpy restore(&window, &MainWindow::restoreRequested);
    MessageBox::setNextAnswer(QMessageBox::Yes); // restore the newest good backup?
    MessageBox::setNextAnswer(QMessageBox::Yes); // replace the database with it?
    window.checkIntegrity();
    REQUIRE(checked.wait(10000));
    CHECK_FALSE(checked.at(0).at(0).toStringList().isEmpty());
    REQUIRE(restore.size() == 1);
    CHECK(restore.at(0).at(0).value<RestoreRequest>().backupPath == good->path);
}

TEST_CASE("a clean database passes the check after opening without a word", "[gui][backup]") {
    resetSeams();
    TempDir dir;
    auto db = createDatabase(dir);
    makeShop(*db);
    MainWindow window(std::move(db));
    QSignalSpy checked(&window, &MainWindow::integrityChecked);
    MessageBox::setNextAnswer(QMessageBox::Yes); // would be taken by any box that came up
    window.checkIntegrity();
    REQUIRE(checked.wait(10000));
    CHECK(checked.at(0).at(0).toStringList().isEmpty());
    CHECK(MessageBox::queuedAnswers() == 1);
}
