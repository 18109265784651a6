#include "domain/ticket_repository.h"
#include "shell/app_context.h"
#include "storage/database.h"
#include "ticket_commands.h"
#include "ticket_dialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace clientele {

std::optional<Ticket> TicketDialog::collect() {
    for (const auto& [name, label] : m_errors)
        setError(name, {});
    Ticket t = m_existing.value_or(Ticket{});
    if (!m_existing)
        t.openedAt = m_app.database().clock().nowText();
    t.customerId = m_customer;
    t.subject = m_subject->text().trimmed();
    t.category = m_category->currentText().trimmed();
    t.severity = m_severity->currentData().toString();
    const Id order = m_order->currentData().toLongLong();
    t.orderId = order != 0 ? std::optional<Id>(order) : std::nullopt;
    t.notes = m_notes->toPlainText().trimmed();
    t.resolution = m_resolution->toPlainText().trimmed();
    const int rating = m_satisfaction->isEnabled() ? m_satisfaction->currentData().toInt() : 0;
    t.satisfaction = rating != 0 ? std::optional<int>(rating) : std::nullopt;
    bool ok = true;
    if (m_customer == 0) {
        setError(QStringLiteral("customer"), tr("Pick the customer: type a name or phone."));
        ok = false;
    }
    if (t.subject.isEmpty()) {
        setError(QStringLiteral("subject"), tr("Say what the customer is unhappy about."));
        ok = false;
    }
    return ok ? std::optional<Ticket>(t) : std::nullopt;
}

bool TicketDialog::save(const Ticket& after) {
    auto* command = new SaveTicketCommand(m_app, m_existing, after);
    const Id id = command->ticketId();
    if (const Status s = m_app.execute(command); !s) {
        setError(QStringLiteral("save"), s.error().message);
        return false;
    }
    m_saved = id;
    return true;
}

void TicketDialog::accept() {
    const std::optional<Ticket> ticket = collect();
    if (ticket && save(*ticket))
        QDialog::accept();
}

bool TicketDialog::moveTo(const QString& status) {
    std::optional<Ticket> ticket = collect();
    if (!ticket || !m_existing)
        return false;
    if (status == QLatin1String("resolved") && ticket->resolution.isEmpty()) {
        setError(QStringLiteral("resolution"), tr("Say how it was resolved."));
        m_resolution->setFocus();
        return false;
    }
    ticket->status = status;
    if (!ticket_values::isFinished(status))
        ticket->satisfaction.reset(); // rated only once resolved
    if (!save(*ticket))
        return false;
    if (auto stored = TicketRepository(m_app.database()).get(ticket->id))
        m_existing = *stored;
    showStatus();
    return true;
}

} // namespace clientele
