#pragma once

#include "common/ids.h"
#include "message_queue.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace clientele {

class AppContext;

struct MessageRecipient {
    Id customerId = 0;
    QString occasion; // message_values::occasions
};

// Whom to write to and why: the Today page's birthdays, holidays, overdue payments and
// follow-ups, or a campaign's members.
struct MessageRequest {
    std::vector<MessageRecipient> recipients;
    QString holidayKey;          // the holiday greeted; empty: the next one the occasion has
    Id campaignId = 0;           // the members messaged are marked contacted
    bool occasionChoice = false; // the user picks the occasion (a campaign's message)
};

// Writes to the picked customers one by one or all at once. Each message is rendered in the
// customer's language from its occasion's template and can be edited before it goes. "Open in
// Mail" hands it to the user's mail program as a mailto: link (only for a customer with an
// email address); "Copy Text" puts the body on the clipboard for a messaging app; "Copy All"
// puts every message there. Each message that goes is logged, undoably, as a visit of kind
// message on the customer's timeline. Nothing is sent from Clientele itself.
class SendMessagesDialog : public QDialog {
    Q_OBJECT
public:
    SendMessagesDialog(AppContext& app, MessageRequest request, QWidget* parent = nullptr);
    static SendMessagesDialog* start(AppContext& app, MessageRequest request, QWidget* parent);

    bool isLoading() const { return m_loading; }
    const MessageQueue& queue() const { return m_queue; }
    int current() const;
    void setCurrent(int row);
    bool mailCurrent();
    bool copyCurrent();
    void copyAll();

    QListWidget* recipientList() const { return m_list; }
    QLabel* toLabel() const { return m_to; }
    QComboBox* occasionCombo() const { return m_occasion; }
    QComboBox* languageCombo() const { return m_language; }
    QLineEdit* subjectEdit() const { return m_subject; }
    QPlainTextEdit* bodyEdit() const { return m_body; }
    QLabel* noteLabel() const { return m_note; }
    QPushButton* mailButton() const { return m_mail; }
    QPushButton* copyButton() const { return m_copy; }
    QPushButton* copyAllButton() const { return m_copyAll; }
    QPushButton* previousButton() const { return m_previous; }
    QPushButton* nextButton() const { return m_next; }

private:
    QWidget* buildMessage();
    QWidget* buildButtons();
    void load();
    void showCurrent();
    void keepEdits();
    void step(int by);
    bool log(const std::vector<std::size_t>& which, QueuedMessage::State how);
    void updateStates();

    AppContext& m_app;
    MessageRequest m_request;
    MessageQueue m_queue;
    bool m_loading = false;
    bool m_showing = false;
    QListWidget* m_list = nullptr;
    QLabel* m_to = nullptr;
    QComboBox* m_occasion = nullptr;
    QComboBox* m_language = nullptr;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_progress = nullptr;
    QPushButton* m_mail = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_copyAll = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
};

} // namespace clientele
