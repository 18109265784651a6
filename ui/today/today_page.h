#pragma once

#include "agenda/agenda.h"
#include "shell/page.h"

class QLabel;
class QPushButton;

namespace clientele {

class RevisitsSection;
class TodaySection;

// What needs doing today: due and overdue follow-ups, revisits due by the tiers' rules, the
// week's birthdays, holidays ahead, overdue payments, open tickets and products to reorder.
// Read in one go on a worker thread; refreshed when data changes or the day turns.
class TodayPage : public Page {
    Q_OBJECT
public:
    explicit TodayPage(AppContext& app, QWidget* parent = nullptr);

    QString title() const override { return tr("Today"); }
    QIcon icon() const override;
    void activate() override;
    QWidget* focusTarget() override;
    Id currentCustomer() const override;

    void reload();
    bool isLoading() const { return m_generation != m_applied; }
    const Agenda& agenda() const { return m_agenda; }

    TodaySection* tasks() const { return m_tasks; }
    TodaySection* birthdays() const { return m_birthdays; }
    TodaySection* holidays() const { return m_holidays; }
    TodaySection* payments() const { return m_payments; }
    TodaySection* tickets() const { return m_tickets; }
    RevisitsSection* revisits() const { return m_revisits; }
    TodaySection* lowStock() const { return m_lowStock; }
    QLabel* emptyState() const { return m_emptyState; }

    // Marks the task of this row of the follow-ups done (an undoable command).
    void markDone(int row);
    // Opens the list of customers to greet for the holiday of this row.
    void greet(int row);
    // Opens the message sender on the customers of the selected birthdays (their birthday or
    // lunar birthday greeting) or overdue payments (a reminder each, however many orders).
    void greetBirthdays();
    void remindPayments();

private:
    QWidget* buildHeader();
    QWidget* buildSections();
    void addMessageButtons(QWidget* parent);
    void apply(Agenda agenda);
    void updateButtons();

    Agenda m_agenda;
    QLabel* m_date = nullptr;
    QLabel* m_emptyState = nullptr;
    TodaySection* m_tasks = nullptr;
    TodaySection* m_birthdays = nullptr;
    TodaySection* m_holidays = nullptr;
    TodaySection* m_payments = nullptr;
    TodaySection* m_tickets = nullptr;
    RevisitsSection* m_revisits = nullptr;
    TodaySection* m_lowStock = nullptr;
    QPushButton* m_done = nullptr;
    QPushButton* m_greet = nullptr;
    QPushButton* m_greetBirthdays = nullptr;
    QPushButton* m_remind = nullptr;
    quint64 m_generation = 0;
    quint64 m_applied = 0;
    bool m_stale = true;
    DayNumber m_loadedDay = -1;
};

} // namespace clientele
