#include "shell/file_dialog.h"
#include "shell/message_box.h"

#include <QWidget>

#include <catch2/catch.hpp>

using namespace clientele;

TEST_CASE("a queued message box answer is returned in order without showing the box", "[gui]") {
    MessageBox::clearAnswers();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QWidget parent;
    CHECK(MessageBox::question(&parent, QStringLiteral("t"), QStringLiteral("first?")) ==
          QMessageBox::Yes);
    CHECK(MessageBox::lastText() == QStringLiteral("first?"));
    CHECK(MessageBox::warning(&parent, QStringLiteral("t"), QStringLiteral("second")) ==
          QMessageBox::Cancel);
    CHECK(MessageBox::queuedAnswers() == 0);
}

TEST_CASE("a queued file name is returned by the next chooser, an empty one is a cancel", "[gui]") {
    FileDialog::clearFileNames();
    FileDialog::setNextFileName(QStringLiteral("/tmp/a.pdf"));
    FileDialog::setNextFileName(QString());
    CHECK(FileDialog::getSaveFileName(nullptr, QStringLiteral("Save")) ==
          QStringLiteral("/tmp/a.pdf"));
    CHECK(FileDialog::getOpenFileName(nullptr, QStringLiteral("Open")).isEmpty());
    CHECK(FileDialog::queuedFileNames() == 0);
}
