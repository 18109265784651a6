#pragma once

#include "common/ids.h"
#include "messages/message_facts.h"
#include "messages/message_template.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;

namespace clientele {

class AppContext;
class QuickFind;

// A template as one customer would receive it: a customer picker above the rendered subject
// and body, and a line naming the placeholders that have no value for that customer.
class TemplatePreview : public QWidget {
    Q_OBJECT
public:
    explicit TemplatePreview(AppContext& app, QWidget* parent = nullptr);

    void setCustomer(Id customerId); // 0: none (the text is shown as written)
    Id customer() const { return m_facts ? m_facts->customerId : 0; }
    // Renders t for the customer, signed with `shop`.
    void show(const MessageTemplate& t, const QString& shop);

    QuickFind* picker() const { return m_picker; }
    QPlainTextEdit* text() const { return m_text; }
    QLabel* note() const { return m_note; }

private:
    AppContext& m_app;
    QuickFind* m_picker = nullptr;
    QLabel* m_who = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_note = nullptr;
    std::optional<MessageFacts> m_facts;
    MessageTemplate m_shown;
    QString m_shop;
};

} // namespace clientele
