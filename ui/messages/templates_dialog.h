#pragma once

#include "common/ids.h"
#include "messages/message_template.h"

#include <QDialog>

#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QToolButton;

namespace clientele {

class AppContext;
class TemplatePreview;

// The message templates: every occasion in Chinese and English in a list, the chosen one's
// subject and body beside it, each with its problems (an unknown placeholder, one of another
// occasion) shown under it as it is typed, the placeholders the occasion has, and a live
// preview for a customer. Save writes every edited template in one undoable command and the
// shop's name that {shop} signs with; a template with problems is refused and shown.
class TemplatesDialog : public QDialog {
    Q_OBJECT
public:
    // previewCustomer: the customer to preview for (0: the first one by name).
    TemplatesDialog(AppContext& app, Id previewCustomer, QWidget* parent = nullptr);
    static TemplatesDialog* start(AppContext& app, Id previewCustomer, QWidget* parent);

    void accept() override;
    bool select(const QString& occasion, const QString& language);
    // Inserts "{name}" at the cursor of the subject when it had the focus last, else of the body.
    void insertPlaceholder(const QString& name);

    QListWidget* list() const { return m_list; }
    QLineEdit* shopEdit() const { return m_shop; }
    QLineEdit* subjectEdit() const { return m_subject; }
    QPlainTextEdit* bodyEdit() const { return m_body; }
    QLabel* subjectProblems() const { return m_subjectProblems; }
    QLabel* bodyProblems() const { return m_bodyProblems; }
    QLabel* saveError() const { return m_error; }
    TemplatePreview* preview() const { return m_preview; }

private:
    QWidget* buildEditor();
    void showCurrent();
    void edited();
    void checkCurrent();
    void fillPlaceholderMenu();
    MessageTemplate& current();
    bool isEdited(std::size_t i) const;

    AppContext& m_app;
    std::vector<MessageTemplate> m_stored;
    std::vector<MessageTemplate> m_edited;
    QListWidget* m_list = nullptr;
    QLineEdit* m_shop = nullptr;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QLabel* m_subjectProblems = nullptr;
    QLabel* m_bodyProblems = nullptr;
    QLabel* m_placeholders = nullptr;
    QToolButton* m_insert = nullptr;
    QLabel* m_error = nullptr;
    TemplatePreview* m_preview = nullptr;
    QWidget* m_lastField = nullptr; // the subject or the body, whichever had the focus last
    bool m_filling = false;
};

} // namespace clientele
