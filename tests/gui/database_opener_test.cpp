// What the desktop app does with a file it must not use: it says why, leaves the file alone and
// lets the user pick another one.
#include "../core/qt_catch_strings.h"
#include "shell/database_opener.h"
#include "shell/file_dialog.h"
#include "shell/main_window.h"
#include "shell/message_box.h"
#include "shell/status_info.h"
#include "storage/database.h"
#include "test_support.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLabel>

#include <catch2/catch.hpp>

using namespace clientele;

namespace {
QByteArray fileHash(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString writeNotADatabase(const test::TempDir& dir) {
    const QString path = dir.path(QStringLiteral("letter.sqlite"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("Dear customer, this is a letter and not a database.\n");
    return path;
}
} // namespace

TEST_CASE("a file that is not a database is explained, left untouched, and another can be opened",
          "[gui]") {
    test::TempDir dir;
    const QString bad = writeNotADatabase(dir);
    const QByteArray before = fileHash(bad);
    const QString good = dir.path(QStringLiteral("shop.sqlite"));
    test::createDatabase(dir, QStringLiteral("shop.sqlite"));

    MessageBox::clearAnswers();
    FileDialog::clearFileNames();
    MessageBox::setNextAnswer(QMessageBox::Open);
    FileDialog::setNextFileName(good);
    auto db = openDatabaseInteractively(bad);

    REQUIRE(db);
    CHECK(db->path() == good);
    CHECK(MessageBox::lastText().contains(QStringLiteral("cannot be opened")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("not changed")));
    CHECK(fileHash(bad) == before);
}

TEST_CASE("giving up on a file that cannot be opened opens nothing", "[gui]") {
    test::TempDir dir;
    const QString bad = writeNotADatabase(dir);
    MessageBox::clearAnswers();
    MessageBox::setNextAnswer(QMessageBox::Close);
    CHECK_FALSE(openDatabaseInteractively(bad));
    CHECK(MessageBox::queuedAnswers() == 0);
}

TEST_CASE("a database another program is writing opens read-only and the window says so", "[gui]") {
    test::TempDir dir;
    auto writer = test::createDatabase(dir, QStringLiteral("shop.sqlite"));
    REQUIRE_FALSE(writer->isReadOnly());
    MessageBox::clearAnswers();

    auto second = openDatabaseInteractively(writer->path());

    REQUIRE(second);
    CHECK(second->isReadOnly());
    CHECK_FALSE(second->readOnlyReason().isEmpty());
    MainWindow window(std::move(second));
    CHECK(window.statusInfo()->fileLabel()->text().endsWith(QStringLiteral("(read-only)")));
    CHECK(window.readOnlyBanner()->isVisibleTo(&window));
    CHECK(window.readOnlyBanner()->text().startsWith(QStringLiteral("Read-only: ")));
}
