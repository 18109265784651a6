#pragma once

#include "shell/page.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace clientele {

class TicketListModel;
struct Ticket;
struct TicketFilter;

// Complaints and after-sales requests, filtered by status, severity, category and text; new,
// edit, the workflow steps and delete, each undoable.
class TicketsPage : public Page {
    Q_OBJECT
public:
    explicit TicketsPage(AppContext& app, QWidget* parent = nullptr);

    QString title() const override { return tr("Tickets"); }
    QIcon icon() const override;
    void activate() override;
    QWidget* focusTarget() override;
    Id currentCustomer() const override;
    bool createNew() override;

    TicketListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QComboBox* statusCombo() const { return m_status; }
    QComboBox* severityCombo() const { return m_severity; }
    QComboBox* categoryCombo() const { return m_category; }
    QLineEdit* textFilter() const { return m_text; }
    // The toolbar action of a workflow step ("in_progress", "resolved", "closed", "open").
    QAction* stepAction(const QString& status) const;

    void newTicket();
    void editCurrent();
    // Start, Close and Reopen happen at once; Resolve asks for the resolution first.
    void moveCurrent(const QString& status);
    void deleteCurrent();

private:
    QWidget* buildToolbar();
    QWidget* buildFilters();
    void refillCategories();
    TicketFilter currentFilter() const;
    void applyFilter();
    void updateActions();
    void onDataChanged(const QString& what);
    int currentRow() const;

    TicketListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_severity = nullptr;
    QComboBox* m_category = nullptr;
    QLineEdit* m_text = nullptr;
    QLabel* m_count = nullptr;
    QAction* m_new = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_openCustomer = nullptr;
    std::vector<std::pair<QString, QAction*>> m_steps;
    bool m_stale = true;
};

} // namespace clientele
