// The Today page's ways to write to customers: birthday greetings and payment reminders for the
// selected rows, in the message sender (ui/messages).
#include "messages/message_template.h"
#include "messages/send_messages_dialog.h"
#include "today_page.h"
#include "today_section.h"

#include <QPushButton>
#include <QTableView>

#include <algorithm>

namespace clientele {

void TodayPage::addMessageButtons(QWidget* parent) {
    m_greetBirthdays = new QPushButton(tr("Greet…"), parent);
    m_greetBirthdays->setObjectName(QStringLiteral("greetBirthdays"));
    m_greetBirthdays->setToolTip(tr("Write a birthday greeting to the selected customers"));
    connect(m_greetBirthdays, &QPushButton::clicked, this, &TodayPage::greetBirthdays);
    m_birthdays->addButton(m_greetBirthdays);
    m_remind = new QPushButton(tr("Remind…"), parent);
    m_remind->setObjectName(QStringLiteral("remindPayments"));
    m_remind->setToolTip(tr("Write a payment reminder to the customers of the selected orders"));
    connect(m_remind, &QPushButton::clicked, this, &TodayPage::remindPayments);
    m_payments->addButton(m_remind);
    // Several rows can be picked to write to them in one go.
    for (TodaySection* s : {m_birthdays, m_payments})
        s->view()->setSelectionMode(QAbstractItemView::ExtendedSelection);
}

void TodayPage::greetBirthdays() {
    MessageRequest request;
    for (int row : m_birthdays->selectedRows()) {
        const AgendaBirthday& b = m_agenda.birthdays[static_cast<std::size_t>(row)];
        request.recipients.push_back(
            {b.customer.id, b.lunar ? message_values::lunarBirthday : message_values::birthday});
    }
    if (!request.recipients.empty())
        SendMessagesDialog::start(app(), std::move(request), this);
}

void TodayPage::remindPayments() {
    MessageRequest request;
    for (int row : m_payments->selectedRows()) {
        const Id customer = m_agenda.payments[static_cast<std::size_t>(row)].customer.id;
        const bool listed =
            std::any_of(request.recipients.begin(), request.recipients.end(),
                        [customer](const MessageRecipient& r) { return r.customerId == customer; });
        if (customer != 0 && !listed)
            request.recipients.push_back({customer, message_values::paymentReminder});
    }
    if (!request.recipients.empty())
        SendMessagesDialog::start(app(), std::move(request), this);
}

} // namespace clientele
