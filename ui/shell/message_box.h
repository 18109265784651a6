#pragma once

#include <QMessageBox>
#include <QString>

namespace clientele {

// Every message box of the app goes through here, so a test can queue the answer the user would
// give (setNextAnswer) instead of a modal box blocking the test. Without a queued answer the real
// box is shown.
class MessageBox {
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button question(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::No);
    static Button warning(QWidget* parent, const QString& title, const QString& text,
                          Buttons buttons = QMessageBox::Ok,
                          Button defaultButton = QMessageBox::Ok);
    static Button critical(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Ok,
                           Button defaultButton = QMessageBox::Ok);
    static Button information(QWidget* parent, const QString& title, const QString& text,
                              Buttons buttons = QMessageBox::Ok,
                              Button defaultButton = QMessageBox::Ok);

    // Test seam: the next boxes answer these, in order, without being shown.
    static void setNextAnswer(Button answer);
    static void clearAnswers();
    static int queuedAnswers();
    // The text of the last box asked (shown or answered from the queue).
    static QString lastText();

private:
    static Button ask(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                      const QString& text, Buttons buttons, Button defaultButton);
};

} // namespace clientele
