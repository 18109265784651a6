#include "message_box.h"

#include <deque>

namespace clientele {

namespace {
std::deque<MessageBox::Button>& answers() {
    static std::deque<MessageBox::Button> queue;
    return queue;
}
QString& lastAsked() {
    static QString text;
    return text;
}
} // namespace

MessageBox::Button MessageBox::ask(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                   const QString& text, Buttons buttons, Button defaultButton) {
    lastAsked() = text;
    if (!answers().empty()) {
        const Button answer = answers().front();
        answers().pop_front();
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return static_cast<Button>(box.exec());
}

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                        Buttons buttons, Button defaultButton) {
    return ask(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget* parent, const QString& title, const QString& text,
                                       Buttons buttons, Button defaultButton) {
    return ask(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::critical(QWidget* parent, const QString& title, const QString& text,
                                        Buttons buttons, Button defaultButton) {
    return ask(QMessageBox::Critical, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(QWidget* parent, const QString& title,
                                           const QString& text, Buttons buttons,
                                           Button defaultButton) {
    return ask(QMessageBox::Information, parent, title, text, buttons, defaultButton);
}

void MessageBox::setNextAnswer(Button answer) {
    answers().push_back(answer);
}

void MessageBox::clearAnswers() {
    answers().clear();
}

int MessageBox::queuedAnswers() {
    return static_cast<int>(answers().size());
}

QString MessageBox::lastText() {
    return lastAsked();
}

} // namespace clientele
