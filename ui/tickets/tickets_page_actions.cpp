#include "resolve_dialog.h"
#include "shell/app_context.h"
#include "shell/message_box.h"
#include "storage/database.h"
#include "ticket_commands.h"
#include "ticket_dialog.h"
#include "ticket_list_model.h"
#include "tickets_page.h"

#include <QTableView>

namespace clientele {

bool TicketsPage::createNew() {
    if (app().database().isReadOnly())
        return false;
    newTicket();
    return true;
}

void TicketsPage::newTicket() {
    auto* dialog = new TicketDialog(app(), std::nullopt, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TicketsPage::editCurrent() {
    const int row = currentRow();
    if (row < 0)
        return;
    auto* dialog = new TicketDialog(app(), m_model->rowAt(row).ticket, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TicketsPage::moveCurrent(const QString& status) {
    const int row = currentRow();
    if (row < 0)
        return;
    const Ticket ticket = m_model->rowAt(row).ticket;
    if (status == ticket.status || !ticket_values::canMove(ticket.status, status))
        return;
    if (status == QLatin1String("resolved")) {
        auto* dialog = new ResolveDialog(app(), ticket, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return;
    }
    if (const Status s = app().execute(moveTicket(app(), ticket, status)); !s)
        MessageBox::warning(this, tr("Ticket"), s.error().message);
}

void TicketsPage::deleteCurrent() {
    const int row = currentRow();
    if (row < 0 || app().database().isReadOnly())
        return;
    const Ticket ticket = m_model->rowAt(row).ticket;
    if (MessageBox::question(
            this, tr("Delete Ticket"),
            tr("Delete the ticket “%1”? You can undo this.").arg(ticket.subject)) !=
        QMessageBox::Yes)
        return;
    if (const Status s = app().execute(new DeleteTicketCommand(app(), ticket)); !s)
        MessageBox::warning(this, tr("Delete Ticket"), s.error().message);
}

} // namespace clientele
