#include "template_preview.h"

#include "messages/message_composer.h"
#include "messages/occasion_holidays.h"
#include "shell/app_context.h"
#include "shell/quick_find.h"
#include "storage/database.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace clientele {

TemplatePreview::TemplatePreview(AppContext& app, QWidget* parent)
    : QWidget(parent)
    , m_app(app) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("Pre&view for"), this);
    m_picker = new QuickFind(app, this, QuickFind::Mode::Pick);
    m_picker->lineEdit()->setPlaceholderText(tr("Find a customer…"));
    label->setBuddy(m_picker->lineEdit());
    m_who = new QLabel(this);
    top->addWidget(label);
    top->addWidget(m_picker, 1);
    top->addWidget(m_who);
    layout->addLayout(top);
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setObjectName(QStringLiteral("templatePreview"));
    layout->addWidget(m_text, 1);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #8a6d00;"));
    layout->addWidget(m_note);
    connect(m_picker, &QuickFind::picked, this, &TemplatePreview::setCustomer);
}

void TemplatePreview::setCustomer(Id customerId) {
    m_facts.reset();
    if (customerId != 0)
        if (auto facts = readMessageFacts(m_app.database(), customerId, m_app.today()))
            m_facts = std::move(*facts);
    m_who->setText(m_facts ? m_facts->name : QString());
    m_picker->lineEdit()->clear();
    show(m_shown, m_shop);
}

void TemplatePreview::show(const MessageTemplate& t, const QString& shop) {
    m_shown = t;
    m_shop = shop;
    if (!m_facts) {
        m_text->setPlainText(tr("Subject: %1").arg(t.subject) + QStringLiteral("\n\n") + t.body);
        m_note->setText(tr("Pick a customer to see the message they would get."));
        return;
    }
    const Database& db = m_app.database();
    MessageContext context = readMessageContext(db);
    context.shop = shop;
    context.holidayKey = holidayKeyFor(t.occasion, m_app.today(), db.settings().locale);
    const RenderedMessage m = composeMessage({t}, *m_facts, t.occasion, t.language, context);
    m_text->setPlainText(tr("Subject: %1").arg(m.subject) + QStringLiteral("\n\n") + m.body);
    QStringList names;
    for (const QString& p : m.empty)
        names << u'{' + p + u'}';
    m_note->setText(names.isEmpty()
                        ? QString()
                        : tr("Empty for this customer: %1").arg(names.join(QStringLiteral(", "))));
}

} // namespace clientele
